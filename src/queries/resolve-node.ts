// Looks up a node the user named (an ARN, `admin:<account>`), and when it is not in the graph says
// so in one line with the closest ids as a hint.
import type { AttackGraphView, NodeKind } from '../graph/model.js';
import { InputError } from '../snapshot/errors.js';
import { closestIds } from './closest-ids.js';

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
  graph.forEachNode((node, attrs) => {
    if (!accept || accept(attrs.kind)) candidates.push(node);
  });
  const near = closestIds(id, candidates, 3);
  throw new InputError(
    `${what} '${id}' is not in the input`,
    {},
    { hint: near.length ? `did you mean ${near.join(', ')}?` : 'no similar ARN in the input' },
  );
}
