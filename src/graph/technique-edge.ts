// The edge a satisfied technique gives, shared by both engines (reference-techniques.ts, the
// specification, and accelerated/): its type and access, where it leads (a record that rewrites its
// target leads to the Admin node), the assumptions and pseudo condition keys it rests on (a
// permissions boundary, an uncollected resource), and the request context its permissions are
// asked in.
import type { ContextValue, Decision, StatementRef } from '../policy/api.js';
import type { Diagnostic } from '../snapshot/types.js';
import type { GraphDraft } from './draft.js';
import type { Access, AttackEdgeType, EdgeAttributes, EvidenceItem } from './model.js';
import { adminNodeId } from './nodes.js';
import { grantsAdmin } from './privilege.js';
import type { Actor, Candidate, TechniqueContext } from './technique-context.js';
import type { Permission, RequirementSet, TechniqueRecord } from './techniques/types.js';

const edgeForAccess: Record<Access, AttackEdgeType> = {
  admin: 'CAN_ADMINISTER',
  write: 'CAN_WRITE',
  read: 'CAN_READ',
  invoke: 'CAN_INVOKE',
};

/** What a way's permissions gave on one candidate: the grants' evidence (one per permission, in
 *  the way's order), and whether one is conditional (on which keys). */
export interface SetResult {
  conditional: boolean;
  conditionKeys: string[];
  evidence: EvidenceItem[];
}

/** Shared by the results without condition keys (never mutated). */
export const noKeys: string[] = [];

/** The type of an edge of this record, candidate and way (it leads to the candidate, unless a record
 *  that rewrites the target redirects it to the Admin node). Type and access are worked out apart,
 *  with no object per candidate: this runs for every candidate examined. */
export function edgeType(
  record: TechniqueRecord,
  cand: Candidate,
  set: RequirementSet | undefined,
): AttackEdgeType {
  const type: AttackEdgeType = cand.edge ?? record.gain.edge;
  const access = cand.access ?? set?.access ?? record.gain.access;
  if (
    !cand.edge &&
    access &&
    (type === 'CAN_READ' || type === 'CAN_WRITE' || type === 'CAN_ADMINISTER' || type === 'CAN_INVOKE')
  )
    return edgeForAccess[access];
  return type;
}

/** The access level of an edge of this record, candidate and way, given its type. */
export function edgeAccess(
  record: TechniqueRecord,
  cand: Candidate,
  set: RequirementSet | undefined,
  type: AttackEdgeType,
): Access | undefined {
  if (type === 'CAN_BECOME' || type === 'HOLDS_CREDENTIAL') return undefined;
  return cand.access ?? set?.access ?? record.gain.access;
}

/** Adds the edge of a satisfied (record, actor, candidate, way) to the draft (the draft keeps the
 *  best edge per technique, source, target and access). */
export function emitEdge(
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  record: TechniqueRecord,
  cand: Candidate,
  set: RequirementSet | undefined,
  result: SetResult,
  assumptionList: readonly string[],
  type: AttackEdgeType,
  access: Access | undefined,
) {
  let to = cand.to;
  // Copied only when this edge adds to them (most edges share the lists they were given).
  let notes = cand.notes;
  let assumptions = assumptionList;
  if (record.adminThroughTarget) {
    const target = ctx.inv.roles.get(cand.to) ?? ctx.inv.users.get(cand.to);
    const boundary = target?.item.permissionsBoundary;
    if ((boundary && boundaryLimit(ctx, boundary) !== 'admin') || !target) {
      type = 'CAN_BECOME';
      access = undefined;
      if (boundary)
        assumptions = [
          ...assumptions,
          `the permissions boundary ${boundary} of ${cand.to} limits what the rewritten policy grants`,
        ];
    } else {
      to = adminNodeId(target.account.id);
      notes = [
        ...notes,
        {
          action: 'act as the target',
          resource: cand.to,
          statements: [],
          note: `gives ${cand.to} admin permissions, then acts as it`,
        },
      ];
    }
  }
  if (type === 'CAN_BECOME' || type === 'HOLDS_CREDENTIAL') access = undefined;
  const selfGrant = grantsToSelf(record) && (actor.kind === 'role' || actor.kind === 'user');
  let boundaryUnknown = false;
  let removalKeys: readonly string[] = noKeys;
  if (selfGrant) {
    // What a principal grants itself is still intersected with its permissions boundary: admin only
    // when the boundary allows it, or together with removing that boundary.
    const holder = ctx.inv.roles.get(actor.id)?.item ?? ctx.inv.users.get(actor.id)?.item;
    const boundary = holder?.permissionsBoundary;
    const limit = boundary ? boundaryLimit(ctx, boundary) : 'admin';
    if (limit === 'limits') {
      // Still admin when the actor may also drop or replace that boundary (grant, then remove).
      const removal = boundaryRemoval(ctx, actor);
      if (!removal) return;
      notes = [...notes, removal.evidence];
      assumptions = [
        ...assumptions,
        `the actor also removes or replaces its permissions boundary ${boundary}`,
      ];
      if (removal.decision.outcome === 'Conditional') removalKeys = removal.decision.conditionKeys;
    }
    if (limit === 'unknown') {
      boundaryUnknown = true;
      assumptions = [
        ...assumptions,
        `the actor's permissions boundary ${boundary} (not in the snapshot) allows admin actions`,
      ];
    }
  }
  const assumed = set !== undefined && targetIsAssumed(record, set);
  const pseudoKeys =
    removalKeys.length || assumed || boundaryUnknown
      ? [
          ...removalKeys,
          ...(assumed ? [ASSUMED_RESOURCE_KEY] : []),
          ...(boundaryUnknown ? [BOUNDARY_UNKNOWN_KEY] : []),
        ]
      : noKeys;
  // An equal edge already stands unconditionally with no assumption: this one could not replace it.
  if (draft.hasBestAttack(actor.id, to, record.id, access ?? '')) return;
  const conditional = result.conditional || pseudoKeys.length > 0;
  const conditionKeys = pseudoKeys.length
    ? [...new Set([...result.conditionKeys, ...pseudoKeys])].sort()
    : result.conditionKeys;
  // (A shared result's evidence list is shared by its edges: attributes are never mutated.)
  const evidence = notes.length ? [...notes, ...result.evidence] : result.evidence;
  const edgeAssumptions = assumptions.length ? sortedUnique(assumptions) : noAssumptions;
  const effort = record.effort;
  // Two whole literals (same key order as the JSON output) rather than a spread of the optional
  // `access`: each edge is then one object with its fields in place, built without a runtime copy.
  const attrs: EdgeAttributes = access
    ? {
        type,
        traversable: true,
        technique: record.id,
        access,
        conditional,
        conditionKeys,
        evidence,
        assumptions: edgeAssumptions,
        effort,
      }
    : {
        type,
        traversable: true,
        technique: record.id,
        conditional,
        conditionKeys,
        evidence,
        assumptions: edgeAssumptions,
        effort,
      };
  draft.addAttack(actor.id, to, attrs);
  if (record.id === 'sts-assume-role' || record.id === 'sts-assume-role-cross-account') {
    draft.addStructural('STS_ASSUMEROLE_ALLOW', actor.id, to);
  }
}

/** Whether the record's edges are permissions the actor grants itself (still cut by its boundary). */
function grantsToSelf(record: TechniqueRecord): boolean {
  return (
    record.group === 'A' &&
    !record.adminThroughTarget &&
    !record.preconditions.includes('actor-has-boundary') &&
    // a role the actor creates does not inherit the actor's boundary
    !record.requires.some((s) => s.all.some((p) => p.on === 'new-role'))
  );
}

/** Shared by the many edges that rest on no assumption (edge attributes are never mutated). */
export const noAssumptions: string[] = [];

/** Distinct strings, sorted (a new list). */
function sortedUnique(list: readonly string[]): string[] {
  return list.length === 1 ? (list as string[]) : [...new Set(list)].sort();
}

/** Pseudo condition key of edges whose target is reached only through a resource the snapshot does
 *  not hold (an existing Batch job definition, App Runner service, launch template …): possible, never
 *  certain. */
export const ASSUMED_RESOURCE_KEY = 'blastmap:AssumedResource';

/** Selectors that offer every role a service could run as, whether or not a resource of that
 *  service runs as it: a way that does not pass the role itself (no permission on `passed-role`)
 *  reaches it only if an uncollected resource already uses it. */
const roleOfUncollectedResource = new Set<TechniqueRecord['targets']>([
  'roles-trusting-service',
  'instance-profile-roles',
]);

/** Pseudo condition key of self-grants whose permissions boundary document is not in the snapshot. */
export const BOUNDARY_UNKNOWN_KEY = 'blastmap:PermissionsBoundaryNotCollected';

/** Whether a permissions boundary lets admin-level permissions through (`admin`), caps them
 *  (`limits`), or is not in the snapshot (`unknown`). */
function boundaryLimit(ctx: TechniqueContext, boundaryArn: string): 'admin' | 'limits' | 'unknown' {
  const policy = ctx.inv.policies.get(boundaryArn);
  if (!policy) return 'unknown';
  const version =
    policy.versions.find((v) => v.versionId === policy.defaultVersionId) ??
    policy.versions.find((v) => v.isDefault);
  if (!version?.document) return 'unknown';
  return grantsAdmin(version.document) ? 'admin' : 'limits';
}

/** Whether the actor may remove or replace its own permissions boundary (the best decision). */
function boundaryRemoval(
  ctx: TechniqueContext,
  actor: Actor,
): { decision: Decision; evidence: EvidenceItem } | undefined {
  const actions =
    actor.kind === 'role'
      ? ['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary']
      : ['iam:DeleteUserPermissionsBoundary', 'iam:PutUserPermissionsBoundary'];
  let best: { decision: Decision; evidence: EvidenceItem } | undefined;
  for (const action of actions) {
    const decision = ctx.model.decide({ principal: actor.id, action, resource: actor.id });
    if (decision.outcome === 'Deny') continue;
    const found = { decision, evidence: { action, resource: actor.id, statements: decision.allowedBy } };
    if (decision.outcome === 'Allow') return found;
    best ??= found;
  }
  return best;
}

function targetIsAssumed(record: TechniqueRecord, set: RequirementSet): boolean {
  if (set.assumedResource ?? record.assumedResource) return true;
  return roleOfUncollectedResource.has(record.targets) && !set.all.some((p) => p.on === 'passed-role');
}

/** The one Region that serves IAM in each partition
 *  (reference_policies_examples_aws_deny-requested-region.html). */
const iamRegion: Record<string, string> = {
  aws: 'us-east-1',
  'aws-cn': 'cn-north-1',
  'aws-us-gov': 'us-gov-west-1',
};

/** The request context a permission is asked in: its own values (`{service}` is the record's
 *  service principal) and, for an IAM request, the Region IAM is served from. */
export function resolveContext(
  perm: Permission,
  record: TechniqueRecord,
  partition: string,
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(perm.context ?? {}))
    out[k] = v === '{service}' ? (record.servicePrincipal ?? v) : v;
  // An IAM request goes to IAM's single endpoint, so a region guard sees that Region. iam:PassRole
  // is no request of its own: it rides on the request of the service the role is passed to.
  const region = iamRegion[partition];
  if (region && perm.actions.every((a) => /^iam:/i.test(a) && !/^iam:passrole$/i.test(a)))
    out['aws:RequestedRegion'] ??= region;
  return out;
}

/** Context values may name `{region}`: the region of the resource asked about (e.g. kms:ViaService
 *  `secretsmanager.{region}.amazonaws.com`: services call KMS in their own region). */
export function inRegion(
  context: Record<string, ContextValue>,
  region: string,
): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(context))
    out[k] = typeof v === 'string' ? v.replaceAll('{region}', region) : v;
  return out;
}

/** Whether the resource policy is what grants an edge's first permission: it alone grants it, or the
 *  request crosses accounts (then the resource policy is required beside the identity policy). */
export function grantKind(statements: StatementRef[], crossAccount: boolean): 'identity' | 'resource' {
  const byResource = statements.some((s) => s.policyType === 'resource');
  const byIdentity = statements.some((s) => s.policyType === 'identity');
  return crossAccount || (byResource && !byIdentity) ? 'resource' : 'identity';
}

/** The principal way of a workload record, as a principal record with the same id. */
export function principalVariantOf(record: TechniqueRecord): TechniqueRecord | undefined {
  const v = record.principalVariant;
  if (!v || record.actor === 'principal') return undefined;
  return { ...record, ...v, actor: 'principal', principalVariant: undefined };
}

/** The warning when host-role techniques apply but the snapshot cannot show a host's role. */
export function hostRoleDiagnostic(
  ctx: TechniqueContext,
  workloadRecords: readonly TechniqueRecord[],
  diagnostics: Diagnostic[],
): void {
  if (workloadRecords.some((r) => r.targets === 'workload-host-role')) {
    const ec2Launched = [...ctx.inv.taskDefinitions.values()].filter(
      ({ item: td }) =>
        td.requiresCompatibilities.includes('EC2') && !td.requiresCompatibilities.includes('FARGATE'),
    );
    if (ec2Launched.length) {
      diagnostics.push({
        severity: 'warning',
        message: `ecs-ec2-host-imds: ${ec2Launched.length} task definition(s) use the EC2 launch type, but the snapshot does not map container instances to their instance roles; host-role paths are not shown`,
      });
    }
  }
}
