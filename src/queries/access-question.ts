// Ad-hoc policy questions, answered by the policy engine (no path search): "can this principal do
// this action on this resource?" and "which principals may do this action (on this resource)?".
// Names the user typed are resolved over the graph's nodes (resolve-node.ts): a task definition
// asks as its task role, a bucket name means the bucket, or its objects for an object action.
import type { AttackGraphView, NodeKind } from '../graph/model.js';
import type { AccessModel, BlockedBy, ContextValue, Decision, Outcome, StatementRef } from '../policy/api.js';
import { actionCatalog } from '../policy/catalog.js';
import { InputError } from '../snapshot/errors.js';
import { closestIds } from './closest-ids.js';
import { resolveNode } from './resolve-node.js';

const ASKING_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'AWSUser',
  'AWSRole',
  'AWSECSTaskDefinition',
  'AWSECSTask',
]);

export interface ResolvedPrincipal {
  /** The principal the engine is asked about (a task definition's task role). */
  arn: string;
  /** What the user named, when it is not the principal itself (a task definition or task). */
  via?: string;
}

export interface AccessAnswer {
  principal: string;
  via?: string;
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  outcome: Outcome;
  allowedBy: StatementRef[];
  deniedBy: StatementRef[];
  blockedBy: BlockedBy[];
  conditionKeys: string[];
  reason?: string;
}

export interface AllowedPrincipal {
  principal: string;
  kind: NodeKind;
  account: string;
  /** Allow, or Conditional on `conditionKeys`. */
  outcome: Exclude<Outcome, 'Deny'>;
  allowedBy: StatementRef[];
  deniedBy: StatementRef[];
  conditionKeys: string[];
  /** Task definitions that run with this role as their task role. */
  taskDefinitions: string[];
}

export interface WhoCanActionResult {
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
  /** Principals considered (users and roles of the input, after the account filter). */
  considered: number;
  /** How many of them are allowed (before a cut to the first N). */
  allowedCount: number;
  allowed: AllowedPrincipal[];
}

/** The catalog's spelling of one action; did-you-mean for a name the catalog lacks. */
export function resolveAction(action: string): string {
  const catalog = actionCatalog();
  if (!/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(action)) {
    throw new InputError(
      `'${action}' is not an action name`,
      {},
      { hint: 'service:Action, one action without wildcards, e.g. s3:GetObject' },
    );
  }
  const known = catalog.get(action);
  if (known) return known.name;
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  const names = catalog.expandNames(`${service}:*`);
  const near = closestIds(action, names, 3);
  throw new InputError(
    `unknown action '${action}'`,
    {},
    {
      hint: near.length
        ? `did you mean ${near.join(', ')}?`
        : names.length
          ? `no similar ${service} action`
          : `no service '${service}' in the action catalog`,
    },
  );
}

/** A principal named by ARN or short name; a task definition or task asks as its task role. ARNs
 *  of accounts outside the input, service principals and `*` are asked about as they are. */
export function resolvePrincipal(graph: AttackGraphView, name: string): ResolvedPrincipal {
  const external =
    name === '*' ||
    /\.amazonaws\.com(\.cn)?$/.test(name) ||
    (name.startsWith('arn:') && !graph.hasNode(name) && !inInputAccount(graph, name));
  if (external) return { arn: name };
  const node = resolveNode(graph, name, 'principal', (k) => ASKING_KINDS.has(k));
  const kind = graph.getNodeAttribute(node, 'kind');
  if (kind === 'AWSUser' || kind === 'AWSRole') return { arn: node };
  let role: string | undefined;
  graph.forEachOutEdge(node, (_e, attrs, _from, to) => {
    if (attrs.type === 'HAS_TASK_ROLE') role = to;
  });
  if (kind === 'AWSECSTask' && !role) {
    graph.forEachOutEdge(node, (_e, attrs, _from, to) => {
      if (attrs.type !== 'HAS_TASK_DEFINITION') return;
      graph.forEachOutEdge(to, (_e2, a2, _f2, role2) => {
        if (a2.type === 'HAS_TASK_ROLE') role = role2;
      });
    });
  }
  if (!role) throw new InputError(`principal '${name}' (${node}) has no task role: it cannot call AWS`);
  return { arn: role, via: node };
}

function inInputAccount(graph: AttackGraphView, arn: string): boolean {
  const account = arn.split(':')[4];
  return Boolean(account) && graph.hasNode(account);
}

/** A resource named by ARN (taken as written: objects and sets need not be nodes), `*`, or a
 *  short name. A bucket named for an object action means its objects (`bucket/*`). */
export function resolveResource(graph: AttackGraphView, name: string, action: string): string {
  if (name === '*' || name.startsWith('arn:')) return name;
  const node = resolveNode(graph, name, 'resource', (k) => k !== 'Admin' && k !== 'AWSAccount');
  if (graph.getNodeAttribute(node, 'kind') === 'S3Bucket') {
    const types = actionCatalog().get(action)?.resourceTypes ?? [];
    if (types.includes('object') && !types.includes('bucket')) return `${node}/*`;
  }
  return node;
}

export function askAccess(
  model: AccessModel,
  question: {
    principal: ResolvedPrincipal;
    action: string;
    resource: string;
    context: Record<string, ContextValue>;
  },
): AccessAnswer {
  const { principal, action, resource, context } = question;
  const d = model.decide({ principal: principal.arn, action, resource, context });
  return {
    principal: principal.arn,
    ...(principal.via ? { via: principal.via } : {}),
    action,
    resource,
    context,
    ...evidence(d),
  };
}

function evidence(d: Decision) {
  return {
    outcome: d.outcome,
    allowedBy: d.allowedBy,
    deniedBy: d.deniedBy,
    blockedBy: d.blockedBy,
    conditionKeys: d.conditionKeys,
    ...(d.reason ? { reason: d.reason } : {}),
  };
}

/** Every user and role of the input that may do `action` on `resource` (Allow or Conditional). */
export function whoCanAction(
  graph: AttackGraphView,
  model: AccessModel,
  question: { action: string; resource: string; context: Record<string, ContextValue>; account?: string },
): WhoCanActionResult {
  const { action, resource, context } = question;
  const taskDefinitions = new Map<string, string[]>();
  const principals: { id: string; kind: NodeKind; account: string }[] = [];
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'AWSECSTaskDefinition') {
      graph.forEachOutEdge(node, (_e, a, _from, role) => {
        if (a.type !== 'HAS_TASK_ROLE') return;
        const list = taskDefinitions.get(role);
        if (list) list.push(node);
        else taskDefinitions.set(role, [node]);
      });
    }
    if (
      (attrs.kind === 'AWSUser' || attrs.kind === 'AWSRole') &&
      (!question.account || attrs.account === question.account)
    )
      principals.push({ id: node, kind: attrs.kind, account: attrs.account });
  });
  principals.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const allowed: AllowedPrincipal[] = [];
  for (const p of principals) {
    const d = model.decide({ principal: p.id, action, resource, context });
    if (d.outcome === 'Deny') continue;
    allowed.push({
      principal: p.id,
      kind: p.kind,
      account: p.account,
      outcome: d.outcome,
      allowedBy: d.allowedBy,
      deniedBy: d.deniedBy,
      conditionKeys: d.conditionKeys,
      taskDefinitions: (taskDefinitions.get(p.id) ?? []).sort(),
    });
  }
  // Certain answers first; then by principal.
  allowed.sort((a, b) => (a.outcome !== b.outcome ? (a.outcome === 'Allow' ? -1 : 1) : 0));
  return { action, resource, context, considered: principals.length, allowedCount: allowed.length, allowed };
}
