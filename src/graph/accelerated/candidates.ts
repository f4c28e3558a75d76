// Phase 3 of a principal: each way of each record read from the bulk decisions, then the candidates
// the decisions leave examined one by one (a passed role's own permissions decided for it), and an
// edge emitted for each that passes.
import type { Decision } from '../../policy/api.js';
import type { GraphDraft } from '../draft.js';
import type { EvidenceItem } from '../model.js';
import type { IdentityPrefilter } from '../identity-prefilter.js';
import { checkPreconditions } from '../preconditions.js';
import type { Actor, Candidate, TechniqueContext } from '../technique-context.js';
import {
  edgeAccess,
  edgeType,
  emitEdge,
  grantKind,
  inRegion,
  noAssumptions,
  noKeys,
  type SetResult,
} from '../technique-edge.js';
import type { Permission, RequirementSet, TechniqueRecord } from '../techniques/types.js';
import type { EngineRun } from './engine-run.js';
import { admittedCandidates, candidatesToExamine, column, otherAccount, targetNumber } from './plans.js';
import { recordShape } from './record-shapes.js';
import { noResources, resolvedContext, sortedDistinct } from './request-batches.js';
import type { ExaminedCache, PreparedPermission, PrincipalWork } from './types.js';

/** Phase 3, one way of one record: its permissions read from the decisions, then (unless a
 *  permission every candidate shares fails) its candidates examined. */
export function applySet(
  run: EngineRun,
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  base: Candidate['bindings'],
  work: PrincipalWork,
  set: RequirementSet,
  index: number,
  decisions: Map<string, Map<string, Decision>>,
  prefilter: IdentityPrefilter,
  noCandidate: Candidate,
  examined: ExaminedCache,
  exhaustive: boolean,
) {
  const { record, plan } = work;
  const partition = actor.account.partition;
  const prepared: PreparedPermission[] = [];
  for (const perm of set.all) {
    const { actionKeys } = resolvedContext(run, perm, record, partition);
    const actions: PreparedPermission['actions'] = [];
    for (let a = 0; a < perm.actions.length; a++) {
      const action = perm.actions[a];
      if (prefilter.mayAllowAction(action)) actions.push({ action, decided: decisions.get(actionKeys[a]) });
    }
    prepared.push({
      perm,
      note: undefined,
      actions,
      column: plan.bound.has(perm.on) ? column(plan, perm.on) : undefined,
      fallback: base[perm.on] ?? noResources,
    });
  }
  // A set whose permissions and needs name only account-wide resources has the same result for
  // every candidate: decided once (most principals fail it, and then no candidate is visited).
  const independent =
    set.all.every((perm) => !perm.as && !plan.bound.has(perm.on)) &&
    !set.needs?.some((ref) => plan.bound.has(ref));
  // Permissions on resources no candidate binds are the same for every candidate: when one of
  // them is not allowed, no candidate can pass (e.g. CreateDBSnapshot allowed on the databases,
  // but no way to share or restore the snapshot).
  if (!independent) {
    const unbound = prepared.filter((p) => !p.perm.as && !plan.bound.has(p.perm.on));
    const needs = set.needs?.filter((ref) => !plan.bound.has(ref));
    if (
      (unbound.length || needs?.length) &&
      !evaluateForCandidate(run, ctx, record, { all: [], needs }, unbound, noCandidate, -1, base, partition)
    )
      return;
  }
  examineCandidates(
    run,
    ctx,
    draft,
    actor,
    base,
    work,
    set,
    index,
    prepared,
    independent,
    decisions,
    examined,
    exhaustive,
  );
}

/** Phase 3, the candidates of one way: those the decisions leave (and a resource policy could
 *  admit), each decided and given an edge when it passes. */
export function examineCandidates(
  run: EngineRun,
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  base: Candidate['bindings'],
  { record, plan, actorAssumptions }: PrincipalWork,
  set: RequirementSet,
  index: number,
  prepared: PreparedPermission[],
  independent: boolean,
  decisions: Map<string, Map<string, Decision>>,
  examined: ExaminedCache,
  exhaustive: boolean,
) {
  const partition = actor.account.partition;
  const checkBoth = recordShape(run, record).bothPreconditions;
  // Records granted by a resource policy: in the actor's account, only candidates whose resource
  // policy could admit the actor (or candidates in another account) are worth deciding.
  const admitted =
    record.grantedBy === 'resource' &&
    !exhaustive &&
    set.all[0] &&
    !set.all[0].as &&
    plan.bound.has(set.all[0].on)
      ? admittedCandidates(ctx, draft, plan, index, set.all[0].on, base, actor)
      : undefined;
  let shared: SetResult | null | undefined;
  for (const i of candidatesToExamine(run, plan, set, index, record, decisions, partition, examined)) {
    if (admitted && !admitted.has(i)) continue;
    const cand = plan.candidates[i];
    const crossAccount = record.grantedBy !== undefined && otherAccount(draft, plan, actor)[i] === 1;
    if (record.grantedBy) {
      // Across accounts the resource policy must grant: an identity-granted record stops there
      // (resource-granted candidates were narrowed by `admitted` above).
      if (record.grantedBy === 'identity' && crossAccount) continue;
    }
    // Another way of this record already gave this very edge at its best: nothing to decide.
    const type = edgeType(record, cand, set);
    const access = edgeAccess(record, cand, set, type);
    if (
      !record.adminThroughTarget &&
      draft.hasBestAttack(actor.id, cand.to, record.id, access ?? '', targetNumber(draft, plan, i))
    )
      continue;
    let result: SetResult | undefined;
    if (independent && shared !== undefined) result = shared ?? undefined;
    else {
      result = evaluateForCandidate(run, ctx, record, set, prepared, cand, i, base, partition);
      if (independent) shared = result ?? null;
    }
    if (!result) {
      if (independent) break;
      continue;
    }
    let bothAssumptions: string[] | undefined;
    if (checkBoth) {
      const both = checkPreconditions(ctx, actor, cand, record, 'both');
      if (!both.ok) continue;
      bothAssumptions = both.assumptions;
    }
    if (record.grantedBy) {
      if (grantKind(result.evidence[0]?.statements ?? [], crossAccount) !== record.grantedBy) continue;
    }
    emitEdge(
      ctx,
      draft,
      actor,
      record,
      cand,
      set,
      result,
      joined(record.assumptions, set.assumptions, cand.assumptions, actorAssumptions, bothAssumptions),
      type,
      access,
    );
  }
}

/** The set's permissions decided on one candidate's resources: every permission on the first
 *  resource (sorted) and action that allows it, Allow before Conditional (undefined: one is not
 *  allowed, or a resource the set needs is missing). */
export function evaluateForCandidate(
  run: EngineRun,
  ctx: TechniqueContext,
  record: TechniqueRecord,
  set: RequirementSet,
  prepared: PreparedPermission[],
  cand: Candidate,
  /** The candidate's index in the plan (-1: no candidate, only unbound permissions). */
  at: number,
  base: Candidate['bindings'],
  partition: string,
): SetResult | undefined {
  if (set.needs)
    for (const ref of set.needs) if (!(cand.bindings[ref] ?? base[ref])?.length) return undefined;
  // The best grant of each permission first, in scratch lists: a candidate that fails a later
  // permission (the usual case) allocates nothing.
  const scratch = run.scratch;
  let found = 0;
  let conditional = false;
  for (const p of prepared) {
    const resources = (at >= 0 ? p.column?.[at] : undefined) ?? p.fallback;
    if (!resources.length) {
      if (p.perm.ifBound) continue;
      return undefined;
    }
    const check = p.perm.as ? asPassedRole(run, ctx, p.perm, record, cand, resources, partition) : p;
    let bestAction = '';
    let bestResource = '';
    let best: Decision | undefined;
    for (const resource of resources) {
      for (const { action, decided } of check.actions) {
        const d = decided?.get(resource);
        if (!d || d.outcome === 'Deny') continue;
        if (d.outcome === 'Allow' || !best) {
          bestAction = action;
          bestResource = resource;
          best = d;
          if (d.outcome === 'Allow') break;
        }
      }
      if (best?.outcome === 'Allow') break;
    }
    if (!best) return undefined;
    if (best.outcome === 'Conditional') conditional = true;
    scratch.actions[found] = bestAction;
    scratch.resources[found] = bestResource;
    scratch.decisions[found] = best;
    scratch.notes[found] = check.note;
    found++;
  }
  const evidence: EvidenceItem[] = new Array(found);
  let keys: Set<string> | undefined;
  // One conditional grant with sorted distinct keys (as the engine gives them) lends its own list.
  let onlyKeys: readonly string[] | undefined;
  for (let i = 0; i < found; i++) {
    const best = scratch.decisions[i];
    if (conditional && best.outcome === 'Conditional') {
      if (!keys && !onlyKeys && sortedDistinct(best.conditionKeys)) onlyKeys = best.conditionKeys;
      else {
        keys ??= new Set(onlyKeys);
        onlyKeys = undefined;
        for (const k of best.conditionKeys) keys.add(k);
      }
    }
    const note = scratch.notes[i];
    evidence[i] = note
      ? { action: scratch.actions[i], resource: scratch.resources[i], statements: best.allowedBy, note }
      : { action: scratch.actions[i], resource: scratch.resources[i], statements: best.allowedBy };
  }
  return {
    conditional,
    conditionKeys: keys ? [...keys].sort() : ((onlyKeys as string[] | undefined) ?? noKeys),
    evidence,
  };
}

/** A permission the passed role needs, decided for that role on the candidate's resources (cached
 *  per role, action, context and resource: every actor that may pass the role asks the same). The
 *  decision maps may hold more resources than this candidate's: only its own are looked up. */
function asPassedRole(
  run: EngineRun,
  ctx: TechniqueContext,
  perm: Permission,
  record: TechniqueRecord,
  cand: Candidate,
  resources: readonly string[],
  partition: string,
): PreparedPermission {
  const role = cand.bindings['passed-role']?.[0];
  if (!role)
    return {
      perm,
      note: undefined,
      actions: perm.actions.map((action) => ({ action, decided: undefined })),
      column: undefined,
      fallback: noResources,
    };
  const resolved = resolvedContext(run, perm, record, partition);
  const { context, regional } = resolved;
  const byRole = run.passedRoleAnswers;
  let answers = byRole.get(role);
  if (!answers) byRole.set(role, (answers = { decided: new Map(), prepared: new Map() }));
  let prepared = answers.prepared.get(resolved);
  if (!prepared) {
    const { decided } = answers;
    prepared = {
      perm,
      note: `allowed to the passed role ${role}`,
      actions: perm.actions.map((action, a) => {
        const key = resolved.actionKeys[a];
        let byResource = decided.get(key);
        if (!byResource) decided.set(key, (byResource = new Map()));
        return { action, decided: byResource };
      }),
      column: undefined,
      fallback: noResources,
    };
    answers.prepared.set(resolved, prepared);
  }
  for (const { action, decided } of prepared.actions) {
    for (const resource of resources) {
      if (decided!.has(resource)) continue;
      // The context and the resource's region (when the context names it) fix the request.
      const given = regional ? inRegion(context, resource.split(':')[3] ?? '') : context;
      decided!.set(
        resource,
        ctx.model.decide({
          principal: role,
          action,
          resource,
          ...(Object.keys(given).length ? { context: given } : {}),
        }),
      );
    }
  }
  return prepared;
}

/** The lists one after the other (a new list only when two or more have entries). */
export function joined(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
  c: readonly string[] | undefined,
  d: readonly string[] | undefined,
  e: readonly string[] | undefined,
): readonly string[] {
  return then(then(then(then(then(undefined, a), b), c), d), e) ?? noAssumptions;
}

/** `list` after `out` (`out` or `list` itself when the other is empty). */
function then(out: readonly string[] | undefined, list: readonly string[] | undefined) {
  if (!list?.length) return out;
  return out ? [...out, ...list] : list;
}
