// The reference technique engine: the specification of what the technique records mean. For each
// actor and record: select the targets → check the preconditions → decide each permission of each
// way with the policy engine → emit the edge. No plan, index, cache or shortcut: one decision per
// (principal, action, resource) asked, so it is slow on a large account. The accelerated engine
// (accelerated/, what the CLI runs) must give the same graph, edge for edge and attribute for
// attribute: test/graph/reference-engine.test.ts compares them on the synthetic accounts, every
// scenario and the demo. Use it with `buildAttackGraph(snapshot, model, { engine: 'reference' })`.
//
// The order of the loops is part of the specification: the draft keeps the first of two edges of
// equal rank (see draft.ts), so actors, records, ways and candidates are visited in the order the
// accelerated engine visits them too.
import type { Decision } from '../policy/api.js';
import type { Diagnostic } from '../snapshot/types.js';
import type { GraphDraft } from './draft.js';
import type { EvidenceItem } from './model.js';
import { checkPreconditions } from './preconditions.js';
import { accountBindings, selectTargets } from './targets.js';
import { credentials, principals, workloads } from './technique-actors.js';
import type { Actor, Candidate, TechniqueContext } from './technique-context.js';
import {
  edgeAccess,
  edgeType,
  emitEdge,
  grantKind,
  hostRoleDiagnostic,
  inRegion,
  principalVariantOf,
  resolveContext,
  type SetResult,
} from './technique-edge.js';
import type { Permission, RequirementSet, ResourceRef, TechniqueRecord } from './techniques/types.js';

export function applyTechniquesReference(
  ctx: TechniqueContext,
  draft: GraphDraft,
  records: readonly TechniqueRecord[],
  diagnostics: Diagnostic[],
): void {
  const ofActor = (kind: TechniqueRecord['actor']) => records.filter((r) => r.actor === kind);
  // A workload record with a principal variant is also a principal record (same id), after the others.
  const variants = records.map(principalVariantOf).filter((r): r is TechniqueRecord => r !== undefined);
  const principalRecords = [...ofActor('principal'), ...variants];
  const workloadRecords = ofActor('workload');
  const credentialRecords = ofActor('credential');

  for (const actor of principals(ctx)) {
    // The resources every selector shares: the account's (probe ARNs, new-resource patterns,
    // clusters …) and the actor's own ARN as `self`.
    const base = accountBindings(ctx, actor);
    for (const record of principalRecords) applyToPrincipal(ctx, draft, actor, base, record);
  }
  for (const actor of workloads(ctx))
    for (const record of workloadRecords) applyWithoutPermissions(ctx, draft, actor, record);
  for (const actor of credentials(ctx))
    for (const record of credentialRecords) applyWithoutPermissions(ctx, draft, actor, record);
  hostRoleDiagnostic(ctx, workloadRecords, diagnostics);
}

/** A candidate whose preconditions hold, with the assumptions they rest on. */
interface Eligible {
  cand: Candidate;
  assumptions: string[];
}

/** The record's targets for this actor whose preconditions (all of them) hold. */
function eligibleTargets(ctx: TechniqueContext, actor: Actor, record: TechniqueRecord): Eligible[] {
  const out: Eligible[] = [];
  for (const cand of selectTargets(ctx, record.targets, actor)) {
    const pre = checkPreconditions(ctx, actor, cand, record);
    if (pre.ok) out.push({ cand, assumptions: pre.assumptions ?? [] });
  }
  return out;
}

/** Workload and credential records need no permission: the attacker already holds what they use. */
function applyWithoutPermissions(
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  record: TechniqueRecord,
): void {
  for (const { cand, assumptions } of eligibleTargets(ctx, actor, record)) {
    const type = edgeType(record, cand, undefined);
    emitEdge(
      ctx,
      draft,
      actor,
      record,
      cand,
      undefined,
      { conditional: false, conditionKeys: [], evidence: [] },
      [...(record.assumptions ?? []), ...cand.assumptions, ...assumptions],
      type,
      edgeAccess(record, cand, undefined, type),
    );
  }
}

/** A principal record: each way (requirement set) in order, each eligible candidate in order. */
function applyToPrincipal(
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  base: Candidate['bindings'],
  record: TechniqueRecord,
): void {
  const eligible = eligibleTargets(ctx, actor, record);
  const ways: RequirementSet[] = record.requires.length ? record.requires : [{ all: [] }];
  for (const set of ways) {
    for (const { cand, assumptions } of eligible) {
      // `grantedBy`: an identity-granted record does not cross accounts (there a resource policy must
      // grant too); the first permission's grant must come from the kind of policy the record names.
      const crossAccount = draft.node(cand.to)?.account !== actor.account.id;
      if (record.grantedBy === 'identity' && crossAccount) continue;
      const result = decideWay(ctx, actor, record, set, cand, base);
      if (!result) continue;
      if (
        record.grantedBy &&
        grantKind(result.evidence[0]?.statements ?? [], crossAccount) !== record.grantedBy
      )
        continue;
      const type = edgeType(record, cand, set);
      emitEdge(
        ctx,
        draft,
        actor,
        record,
        cand,
        set,
        result,
        [...(record.assumptions ?? []), ...(set.assumptions ?? []), ...cand.assumptions, ...assumptions],
        type,
        edgeAccess(record, cand, set, type),
      );
    }
  }
}

/** One way's permissions decided on one candidate's resources: each permission's best grant, in the
 *  way's order (undefined when a resource the way needs is missing or a permission is not allowed). */
function decideWay(
  ctx: TechniqueContext,
  actor: Actor,
  record: TechniqueRecord,
  set: RequirementSet,
  cand: Candidate,
  base: Candidate['bindings'],
): SetResult | undefined {
  // A candidate's own binding of a ref wins over the account's (even when it binds nothing).
  const bound = (ref: ResourceRef): readonly string[] => cand.bindings[ref] ?? base[ref] ?? [];
  if (set.needs?.some((ref) => !bound(ref).length)) return undefined;
  const evidence: EvidenceItem[] = [];
  const keys = new Set<string>();
  let conditional = false;
  for (const perm of set.all) {
    const resources = bound(perm.on);
    if (!resources.length) {
      if (perm.ifBound) continue; // dropped: nothing of that kind to ask about
      return undefined;
    }
    // `as: 'passed-role'`: what the passed role does on the attacker's behalf, decided for that role.
    const principal = perm.as === 'passed-role' ? cand.bindings['passed-role']?.[0] : actor.id;
    if (!principal) return undefined;
    const grant = bestGrant(ctx, principal, perm, record, actor.account.partition, resources);
    if (!grant) return undefined;
    const { action, resource, decision } = grant;
    if (decision.outcome === 'Conditional') {
      conditional = true;
      for (const k of decision.conditionKeys) keys.add(k);
    }
    evidence.push(
      perm.as
        ? {
            action,
            resource,
            statements: decision.allowedBy,
            note: `allowed to the passed role ${principal}`,
          }
        : { action, resource, statements: decision.allowedBy },
    );
  }
  return { conditional, conditionKeys: [...keys].sort(), evidence };
}

/** The first (resource, action) the policy engine allows, in the binding's order of resources and
 *  the permission's order of actions; else the first it allows on conditions; else undefined. */
function bestGrant(
  ctx: TechniqueContext,
  principal: string,
  perm: Permission,
  record: TechniqueRecord,
  partition: string,
  resources: readonly string[],
): { action: string; resource: string; decision: Decision } | undefined {
  const context = resolveContext(perm, record, partition);
  // A context value naming `{region}` takes the region of the resource asked about.
  const regional = Object.values(context).some((v) => typeof v === 'string' && v.includes('{region}'));
  let best: { action: string; resource: string; decision: Decision } | undefined;
  for (const resource of resources) {
    const given = regional ? inRegion(context, resource.split(':')[3] ?? '') : context;
    for (const action of perm.actions) {
      const decision = ctx.model.decide({
        principal,
        action,
        resource,
        ...(Object.keys(given).length ? { context: given } : {}),
      });
      if (decision.outcome === 'Allow') return { action, resource, decision };
      if (decision.outcome === 'Conditional') best ??= { action, resource, decision };
    }
  }
  return best;
}
