// Looks up a node the user named: its id (an ARN, `admin:<account>`), or a short name when exactly
// one node has it (a role or user name, a bucket name, a task definition's `family:revision`, a
// function, database or secret name, the tail of an ARN after its last `/`). When nothing matches,
// or several nodes do, says so in one line with the closest names or the candidates as a hint.
import type { AttackGraphView, NodeKind } from '../graph/model.js';
import { InputError } from '../snapshot/errors.js';
import { closestIds } from './closest-ids.js';

/** Nodes a short name names only when nothing else does: a role and its policy, a database and its
 *  security group often share a name, and neither is where a path starts or ends. */
const SECONDARY: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'AWSPolicy',
  'AWSECSContainerDefinition',
  'EC2SecurityGroup',
]);

/** Whether a node answers to a short name. */
function hasShortName(node: string, name: string, wanted: string): boolean {
  return name === wanted || node.endsWith(`/${wanted}`);
}

export function resolveNode(
  graph: AttackGraphView,
  id: string,
  what: string,
  accept?: (kind: NodeKind) => boolean,
): string {
  if (graph.hasNode(id)) {
    const kind = graph.getNodeAttribute(id, 'kind');
    if (accept && !accept(kind)) {
      throw new InputError(`${what} '${id}' is a ${kind}, which cannot be used here`);
    }
    return id;
  }
  const candidates: string[] = [];
  const names = new Map<string, number>();
  const named: { node: string; kind: NodeKind }[] = [];
  graph.forEachNode((node, attrs) => {
    if (accept && !accept(attrs.kind)) return;
    candidates.push(node);
    names.set(attrs.name, (names.get(attrs.name) ?? 0) + 1);
    if (hasShortName(node, attrs.name, id)) named.push({ node, kind: attrs.kind });
  });
  const primary = named.filter((n) => !SECONDARY.has(n.kind));
  const matches = primary.length ? primary : named;
  if (matches.length === 1) return matches[0].node;
  if (matches.length > 1) {
    const list = matches.map((m) => m.node).sort();
    throw new InputError(
      `${what} '${id}' names ${list.length} nodes`,
      {},
      { hint: `give the ARN: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}` },
    );
  }
  // A short name gets short names back (those that are unique); an id gets ids.
  const short = !id.startsWith('arn:') && !id.startsWith('admin:');
  const pool = short ? [...names].filter(([, n]) => n === 1).map(([name]) => name) : candidates;
  const near = closestIds(id, pool, 3);
  throw new InputError(
    `${what} '${id}' is not in the input`,
    {},
    {
      hint: near.length
        ? `did you mean ${near.join(', ')}?`
        : `no similar ${short ? 'name' : 'ARN'} in the input`,
    },
  );
}
