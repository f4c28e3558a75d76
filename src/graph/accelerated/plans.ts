// A record's plan for the actors of one account: its candidates (selected once per account and
// selector, candidate-only preconditions applied), indexes from resources to candidates, and columns
// of each candidate's resources, so a principal's decisions are joined to candidates by look-up.
import type { Decision } from '../../policy/api.js';
import type { GraphDraft } from '../draft.js';
import { candidatePreconditionsKey, checkPreconditions } from '../preconditions.js';
import { accountScopedSelectors, selectTargets } from '../targets.js';
import type { Actor, Candidate, TechniqueContext } from '../technique-context.js';
import type { RequirementSet, ResourceRef, TechniqueRecord } from '../techniques/types.js';
import type { EngineRun } from './engine-run.js';
import { resolvedContext, sortedDistinct } from './request-batches.js';
import type { ExaminedCache, RecordPlan, Selection } from './types.js';

export function otherAccount(draft: GraphDraft, plan: RecordPlan, actor: Actor): Uint8Array {
  if (!plan.otherAccount) {
    plan.otherAccount = new Uint8Array(plan.candidates.length);
    plan.candidates.forEach((cand, i) => {
      if (draft.node(cand.to)?.account !== actor.account.id) plan.otherAccount![i] = 1;
    });
  }
  return plan.otherAccount;
}

export function targetNumber(draft: GraphDraft, plan: RecordPlan, i: number): number {
  const numbers = (plan.targetNumbers ??= new Int32Array(plan.candidates.length).fill(-2));
  if (numbers[i] === -2) numbers[i] = draft.nodeNumber(plan.candidates[i].to);
  return numbers[i];
}

export function buildPlan(
  run: EngineRun,
  ctx: TechniqueContext,
  record: TechniqueRecord,
  actor: Actor,
): RecordPlan {
  let selection: Selection;
  if (accountScopedSelectors.has(record.targets)) {
    const cache = run.selections;
    const targetsKey = `${actor.account.id}|${record.targets}`;
    const key = `${targetsKey}|${candidatePreconditionsKey(record)}`;
    let found = cache.selected.get(key);
    if (!found) {
      let targets = cache.targets.get(targetsKey);
      if (!targets) cache.targets.set(targetsKey, (targets = selectTargets(ctx, record.targets, actor)));
      cache.selected.set(key, (found = select(run, ctx, record, actor, targets)));
    }
    selection = found;
  } else {
    selection = select(run, ctx, record, actor, selectTargets(ctx, record.targets, actor));
  }
  const sets = record.requires.length ? record.requires : [{ all: [] }];
  return {
    candidates: selection.candidates,
    firstIndex: sets.map((set) => (set.all[0] ? candidateIndex(selection, set.all[0].on) : new Map())),
    bound: selection.bound,
    admits: [],
    // Made on first use; present from the start so every plan keeps one shape.
    everyIndex: undefined,
    columns: undefined,
    otherAccount: undefined,
    targetNumbers: undefined,
  };
}

function select(
  run: EngineRun,
  ctx: TechniqueContext,
  record: TechniqueRecord,
  actor: Actor,
  targets: Candidate[],
): Selection {
  const candidates: Candidate[] = [];
  for (const cand of targets) {
    const pre = checkPreconditions(ctx, actor, cand, record, 'selection');
    if (!pre.ok) continue;
    candidates.push(
      pre.assumptions?.length ? { ...cand, assumptions: [...cand.assumptions, ...pre.assumptions] } : cand,
    );
  }
  // Every target kept as it is: the selection of the selector's own candidates, shared with the
  // records whose preconditions drop none (same lists and indexes, so the per-list caches hold).
  if (candidates.length === targets.length && candidates.every((cand, i) => cand === targets[i])) {
    let whole = run.unfiltered.get(targets);
    if (!whole) run.unfiltered.set(targets, (whole = selectionOf(targets)));
    return whole;
  }
  return selectionOf(candidates);
}

function selectionOf(candidates: Candidate[]): Selection {
  const bound = new Map<ResourceRef, Set<string>>();
  for (const cand of candidates) {
    const bindings = cand.bindings;
    for (const ref in bindings) {
      let set = bound.get(ref as ResourceRef);
      if (!set) bound.set(ref as ResourceRef, (set = new Set()));
      for (const r of bindings[ref as ResourceRef]!) set.add(r);
    }
  }
  const lists = new Map<ResourceRef, string[]>();
  for (const [ref, set] of bound) {
    const list = [...set];
    lists.set(ref, sortedDistinct(list) ? list : list.sort());
  }
  return { candidates, bound: lists, indexByRef: new Map() };
}

/** The candidates of a resource-granted record's set a resource policy could grant to `actor`
 *  (a candidate it cannot would be granted by identity policies only: never an edge of the record). */
export function admittedCandidates(
  ctx: TechniqueContext,
  draft: GraphDraft,
  plan: RecordPlan,
  setIndex: number,
  on: ResourceRef,
  base: Candidate['bindings'],
  actor: Actor,
): { has(i: number): boolean } {
  let index = plan.admits[setIndex];
  if (!index) {
    index = { always: new Uint8Array(plan.candidates.length), byAccount: new Map(), byPrincipal: new Map() };
    const add = (map: Map<string, Set<number>>, key: string, i: number) => {
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(i);
    };
    const other = otherAccount(draft, plan, actor);
    plan.candidates.forEach((cand, i) => {
      if (other[i]) index!.always[i] = 1;
      for (const r of cand.bindings[on] ?? base[on] ?? []) {
        const g = ctx.resourcePolicies.grantees(r);
        if (!g) continue;
        if (g.anyone) index!.always[i] = 1;
        g.accounts.forEach((a) => add(index!.byAccount, a, i));
        g.principals.forEach((p) => add(index!.byPrincipal, p, i));
      }
    });
    plan.admits[setIndex] = index;
  }
  const { always } = index;
  const ofAccount = index.byAccount.get(actor.account.id);
  const ofActor = index.byPrincipal.get(actor.id);
  return { has: (i) => always[i] === 1 || ofAccount?.has(i) === true || ofActor?.has(i) === true };
}

/** Resource → indexes of the selection's candidates that bind it under `ref`. */
function candidateIndex(selection: Selection, ref: ResourceRef): Map<string, number[]> {
  let index = selection.indexByRef.get(ref);
  if (index) return index;
  index = new Map<string, number[]>();
  for (let i = 0; i < selection.candidates.length; i++) {
    for (const r of selection.candidates[i].bindings[ref] ?? []) {
      const list = index.get(r);
      if (list) list.push(i);
      else index.set(r, [i]);
    }
  }
  selection.indexByRef.set(ref, index);
  return index;
}

/** Indexes of the candidates whose first permission the engine allowed on some resource (all when
 *  the first permission is on a resource the candidates do not bind). Sorted. */
export function candidatesToExamine(
  run: EngineRun,
  plan: RecordPlan,
  set: RequirementSet,
  setIndex: number,
  record: TechniqueRecord,
  decisions: Map<string, Map<string, Decision>>,
  partition: string,
  examined: ExaminedCache,
): Int32Array {
  const first = set.all[0];
  if (!first || first.as || !plan.bound.has(first.on))
    return (plan.everyIndex ??= Int32Array.from(plan.candidates, (_c, i) => i));
  const { actionKeys, actionsKey } = resolvedContext(run, first, record, partition);
  const index = plan.firstIndex[setIndex];
  let byActions = examined.get(index);
  if (!byActions) examined.set(index, (byActions = new Map()));
  const known = byActions.get(actionsKey);
  if (known) return known;
  // Each index once (a reused mark per candidate, cleared after), then a numeric sort.
  let seen = run.seen;
  if (seen.length < plan.candidates.length) run.seen = seen = new Uint8Array(plan.candidates.length * 2);
  const out: number[] = [];
  for (const key of actionKeys) {
    const allowed = decisions.get(key);
    if (!allowed) continue;
    for (const r of allowed.keys()) {
      const indexes = index.get(r);
      if (!indexes) continue;
      for (const i of indexes) {
        if (seen[i]) continue;
        seen[i] = 1;
        out.push(i);
      }
    }
  }
  for (const i of out) seen[i] = 0;
  const sorted = Int32Array.from(out).sort();
  byActions.set(actionsKey, sorted);
  return sorted;
}

/** Each candidate's resources for `ref`, by candidate index (made once per plan and ref). */
export function column(plan: RecordPlan, ref: ResourceRef): readonly (readonly string[] | undefined)[] {
  plan.columns ??= new Map();
  let out = plan.columns.get(ref);
  if (!out) plan.columns.set(ref, (out = plan.candidates.map((cand) => cand.bindings[ref])));
  return out;
}
