// The one engine that applies every technique record. For each actor it asks the selectors where
// the technique can lead, keeps the candidates whose preconditions hold, decides every permission the
// technique needs with the policy engine (in bulk: one forEachAllowed call per principal, context and
// kind of resource), and adds one traversable edge per satisfied (technique, actor, target, access).
//
// This is the accelerated engine: it must build exactly the graph the reference engine
// (../reference-techniques.ts, the specification) builds, which test/graph/reference-engine.test.ts
// checks. Everything it caches lives in one EngineRun per build (engine-run.ts): nothing outlives it.
import type { Diagnostic } from '../../snapshot/types.js';
import type { GraphDraft } from '../draft.js';
import { identityPrefilter, noPrefilter, type IdentityPrefilter } from '../identity-prefilter.js';
import { checkPreconditions } from '../preconditions.js';
import { accountBindings, selectTargets } from '../targets.js';
import { credentials, principals, workloads } from '../technique-actors.js';
import type { Actor, Candidate, TechniqueContext } from '../technique-context.js';
import { edgeAccess, edgeType, emitEdge, hostRoleDiagnostic } from '../technique-edge.js';
import type { TechniqueRecord } from '../techniques/types.js';
import { applySet } from './candidates.js';
import { EngineRun } from './engine-run.js';
import { buildPlan } from './plans.js';
import { principalVariantOf, recordShape, uniformRecord } from './record-shapes.js';
import { addQueries, decideQueries, wayMayHold } from './request-batches.js';
import type { ExaminedCache, PlanCache, PrincipalQuery, PrincipalWork, RecordPlan } from './types.js';

export function applyTechniques(
  ctx: TechniqueContext,
  draft: GraphDraft,
  records: readonly TechniqueRecord[],
  diagnostics: Diagnostic[],
  options: { exhaustive?: boolean } = {},
): void {
  const run = new EngineRun(ctx, draft, options.exhaustive ?? false);
  records = records.map((r) => uniformRecord(run, r));
  const byActor = (kind: TechniqueRecord['actor']) => records.filter((r) => r.actor === kind);
  const principalRecords = [...byActor('principal'), ...records.flatMap((r) => principalVariantOf(run, r))];
  const workloadRecords = byActor('workload');
  const credentialRecords = byActor('credential');

  const bindings = new Map<string, Candidate['bindings']>();
  for (const actor of principals(ctx)) {
    // The account's bindings are the same for every principal of it (computed once: shared lists
    // also share the prefilter's per-list caches); only `self` differs.
    let shared = bindings.get(actor.account.id);
    if (!shared) bindings.set(actor.account.id, (shared = accountBindings(ctx, actor)));
    const base = { ...shared, self: [actor.id] };
    applyToPrincipal(run, ctx, draft, actor, base, principalRecords);
  }
  for (const actor of workloads(ctx)) applyWithoutPermissions(ctx, draft, actor, workloadRecords);
  for (const actor of credentials(ctx)) applyWithoutPermissions(ctx, draft, actor, credentialRecords);
  hostRoleDiagnostic(ctx, workloadRecords, diagnostics);
}

/** Workload and credential techniques need no permission: the attacker already holds what they use. */
function applyWithoutPermissions(
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  records: TechniqueRecord[],
) {
  for (const record of records) {
    for (const cand of selectTargets(ctx, record.targets, actor)) {
      const pre = checkPreconditions(ctx, actor, cand, record);
      if (!pre.ok) continue;
      emitEdge(
        ctx,
        draft,
        actor,
        record,
        cand,
        undefined,
        { conditional: false, conditionKeys: [], evidence: [] },
        [...(record.assumptions ?? []), ...cand.assumptions, ...(pre.assumptions ?? [])],
        edgeType(record, cand, undefined),
        edgeAccess(record, cand, undefined, edgeType(record, cand, undefined)),
      );
    }
  }
}

/** Shared by the records without actor preconditions (never mutated). */
const noActorAssumptions: string[] = [];

// applyToPrincipal runs in three phases, each its own function: V8 optimises (and, when a late
// branch first runs, re-optimises) each on its own instead of one very large function.
function applyToPrincipal(
  run: EngineRun,
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  base: Candidate['bindings'],
  records: TechniqueRecord[],
) {
  const { plans, exhaustive } = run;
  const prefilter = exhaustive ? noPrefilter : identityPrefilter(ctx.inv, actor.id, ctx.resourcePolicies);
  const noCandidate: Candidate = {
    to: '',
    edge: undefined,
    access: undefined,
    bindings: {},
    assumptions: [],
    notes: [],
  };
  const queries = new Map<string, PrincipalQuery>();
  const work = planPrincipal(run, ctx, actor, base, records, plans, prefilter, noCandidate, queries);
  if (!work.length) return;
  const decisions = decideQueries(run, ctx, actor, queries);
  const examined: ExaminedCache = new Map();
  for (const item of work) {
    for (const { set, index } of item.sets)
      applySet(
        run,
        ctx,
        draft,
        actor,
        base,
        item,
        set,
        index,
        decisions,
        prefilter,
        noCandidate,
        examined,
        exhaustive,
      );
  }
}

/** Phase 1: the records worth examining for this principal, their plans, and the bulk questions
 *  (filled into `queries`) whose decisions their ways read. */
function planPrincipal(
  run: EngineRun,
  ctx: TechniqueContext,
  actor: Actor,
  base: Candidate['bindings'],
  records: TechniqueRecord[],
  plans: PlanCache,
  prefilter: IdentityPrefilter,
  noCandidate: Candidate,
  queries: Map<string, PrincipalQuery>,
): PrincipalWork[] {
  const partition = actor.account.partition;
  const work: PrincipalWork[] = [];
  for (const record of records) {
    const shape = recordShape(run, record);
    let sets = shape.always;
    if (!sets) {
      sets = [];
      for (const way of shape.sets)
        if (wayMayHold(way.perms, prefilter)) sets.push({ set: way.set, index: way.index });
      if (!sets.length) continue;
    }
    let actorAssumptions = noActorAssumptions;
    if (shape.actorPreconditions) {
      const actorPre = checkPreconditions(ctx, actor, noCandidate, record, 'actor');
      if (!actorPre.ok) continue;
      actorAssumptions = actorPre.assumptions ?? [];
    }
    let plan: RecordPlan | undefined;
    if (shape.accountScoped) {
      let byAccount = plans.get(record);
      if (!byAccount) plans.set(record, (byAccount = new Map()));
      plan = byAccount.get(actor.account.id);
      if (!plan) byAccount.set(actor.account.id, (plan = buildPlan(run, ctx, record, actor)));
    } else {
      plan = buildPlan(run, ctx, record, actor);
    }
    if (!plan.candidates.length) continue;
    work.push({ record, plan, sets, actorAssumptions });
    addQueries(run, record, shape, plan, sets, base, prefilter, partition, queries);
  }
  return work;
}
