// The one engine that applies every technique record. For each actor it asks the selectors where
// the technique can lead, keeps the candidates whose preconditions hold, decides every permission the
// technique needs with the policy engine (in bulk: one forEachAllowed call per principal, context and
// kind of resource), and adds one traversable edge per satisfied (technique, actor, target, access).
import type { ContextValue, Decision } from '../policy/api.js';
import type { Diagnostic } from '../snapshot/types.js';
import type { GraphDraft } from './draft.js';
import type { EvidenceItem } from './model.js';
import {
  identityOnlyAction,
  identityPrefilter,
  noPrefilter,
  type IdentityPrefilter,
} from './identity-prefilter.js';
import { candidatePreconditionsKey, checkPreconditions, hasPreconditions } from './preconditions.js';
import { accountBindings, accountScopedSelectors, selectTargets } from './targets.js';
import { credentials, principals, workloads } from './technique-actors.js';
import type { Actor, Candidate, TechniqueContext } from './technique-context.js';
import {
  edgeAccess,
  edgeType,
  emitEdge,
  grantKind,
  hostRoleDiagnostic,
  inRegion,
  noAssumptions,
  noKeys,
  resolveContext,
  type SetResult,
} from './technique-edge.js';
import type { Permission, RequirementSet, ResourceRef, TechniqueRecord } from './techniques/types.js';

/** One permission of a requirement set, prepared once per principal: the actions worth asking
 *  about and, per action, the engine's decisions by resource. */
interface PreparedPermission {
  perm: Permission;
  actions: { action: string; decided: Map<string, Decision> | undefined }[];
  /** The evidence note when the permission is decided for another principal than the actor (the
   *  passed role). */
  note?: string;
  /** The resources it is asked on, per candidate of the plan (`plan.columns`; undefined when no
   *  candidate binds `perm.on`), and when the candidate binds none (the account's or the actor's). */
  column?: readonly (readonly string[] | undefined)[];
  fallback: readonly string[];
}

export function applyTechniques(
  ctx: TechniqueContext,
  draft: GraphDraft,
  records: readonly TechniqueRecord[],
  diagnostics: Diagnostic[],
  options: { exhaustive?: boolean } = {},
): void {
  records = records.map(uniformRecord);
  const byActor = (kind: TechniqueRecord['actor']) => records.filter((r) => r.actor === kind);
  const principalRecords = [...byActor('principal'), ...records.flatMap(principalVariantOf)];
  const workloadRecords = byActor('workload');
  const credentialRecords = byActor('credential');

  const plans: PlanCache = new Map();
  const bindings = new Map<string, Candidate['bindings']>();
  for (const actor of principals(ctx)) {
    // The account's bindings are the same for every principal of it (computed once: shared lists
    // also share the prefilter's per-list caches); only `self` differs.
    let shared = bindings.get(actor.account.id);
    if (!shared) bindings.set(actor.account.id, (shared = accountBindings(ctx, actor)));
    const base = { ...shared, self: [actor.id] };
    applyToPrincipal(ctx, draft, actor, base, principalRecords, plans, options.exhaustive ?? false);
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

/** A record's candidates for one account (selectors that do not depend on who the actor is), with
 *  the candidate-only preconditions already applied, and an index from the resources its ways
 *  check first to the candidates, so only candidates the policy engine allowed are examined. */
interface RecordPlan {
  candidates: Candidate[];
  /** Per requirement set: resource of its first permission → candidate indexes. */
  firstIndex: Map<string, number[]>[];
  /** Per ref: every resource the candidates bind. */
  bound: Map<ResourceRef, string[]>;
  /** Per requirement set of a resource-granted record: who the candidates' policies could admit. */
  admits: (AdmitIndex | undefined)[];
  /** 0 … candidates.length − 1 (made on first use). */
  everyIndex?: Int32Array;
  /** Per ref the candidates bind: each candidate's resources (made on first use), read by index
   *  instead of from each candidate's bindings object (whose shapes differ by selector). */
  columns?: Map<ResourceRef, readonly (readonly string[] | undefined)[]>;
  /** 1 for each candidate whose target is in another account than the plan's actors (computed on
   *  first use: the plan serves the actors of one account, or one actor). */
  otherAccount?: Uint8Array;
  /** Each candidate's target as the draft numbers it (−2 until first asked): the plan's actors ask
   *  about the same targets, each a look-up by id otherwise. */
  targetNumbers?: Int32Array;
}

function otherAccount(draft: GraphDraft, plan: RecordPlan, actor: Actor): Uint8Array {
  if (!plan.otherAccount) {
    plan.otherAccount = new Uint8Array(plan.candidates.length);
    plan.candidates.forEach((cand, i) => {
      if (draft.node(cand.to)?.account !== actor.account.id) plan.otherAccount![i] = 1;
    });
  }
  return plan.otherAccount;
}

function targetNumber(draft: GraphDraft, plan: RecordPlan, i: number): number {
  const numbers = (plan.targetNumbers ??= new Int32Array(plan.candidates.length).fill(-2));
  if (numbers[i] === -2) numbers[i] = draft.nodeNumber(plan.candidates[i].to);
  return numbers[i];
}

/** Which candidates of a plan a resource policy could grant to an actor: those in another account
 *  than the plan's actors (there the resource policy must grant, and is decided), and those whose
 *  resources of the set's first permission have a policy naming anyone, the actor's account or the
 *  actor. Built once per plan and set. */
interface AdmitIndex {
  always: Uint8Array;
  byAccount: Map<string, Set<number>>;
  byPrincipal: Map<string, Set<number>>;
}

/** A selector's candidates that pass some candidate-only preconditions, and what the plans of every
 *  record that selects them so share (never mutated). */
interface Selection {
  candidates: Candidate[];
  bound: Map<ResourceRef, string[]>;
  /** Per ref: resource → indexes of the candidates that bind it (made when a way first asks). */
  indexByRef: Map<ResourceRef, Map<string, number[]>>;
}

/** Per context: account-scoped selections by account, selector and `candidatePreconditionsKey`
 *  (several records select the same candidates: roles to pass, buckets …), and the selectors' raw
 *  candidates by account and selector. */
const selections = new WeakMap<
  TechniqueContext,
  { selected: Map<string, Selection>; targets: Map<string, Candidate[]> }
>();

function buildPlan(ctx: TechniqueContext, record: TechniqueRecord, actor: Actor): RecordPlan {
  let selection: Selection;
  if (accountScopedSelectors.has(record.targets)) {
    let cache = selections.get(ctx);
    if (!cache) selections.set(ctx, (cache = { selected: new Map(), targets: new Map() }));
    const targetsKey = `${actor.account.id}|${record.targets}`;
    const key = `${targetsKey}|${candidatePreconditionsKey(record)}`;
    let found = cache.selected.get(key);
    if (!found) {
      let targets = cache.targets.get(targetsKey);
      if (!targets) cache.targets.set(targetsKey, (targets = selectTargets(ctx, record.targets, actor)));
      cache.selected.set(key, (found = select(ctx, record, actor, targets)));
    }
    selection = found;
  } else {
    selection = select(ctx, record, actor, selectTargets(ctx, record.targets, actor));
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
    let whole = unfiltered.get(targets);
    if (!whole) unfiltered.set(targets, (whole = selectionOf(targets)));
    return whole;
  }
  return selectionOf(candidates);
}

/** Per list of a selector's candidates, its selection when no precondition drops or changes one. */
const unfiltered = new WeakMap<Candidate[], Selection>();

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
function admittedCandidates(
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

/** Plans of account-scoped selectors, by record and account. */
type PlanCache = Map<TechniqueRecord, Map<string, RecordPlan>>;

/** What a record asks of any principal, worked out once per record (not once per principal). */
interface RecordShape {
  /** Its ways (a record without permissions has one empty way). */
  sets: { set: RequirementSet; index: number; perms: PermissionShape[] }[];
  /** The ways as the engine lists them, when every way holds whatever the principal's policies. */
  always: { set: RequirementSet; index: number }[] | undefined;
  /** Whether a precondition reads the actor alone. */
  actorPreconditions: boolean;
  /** Whether a precondition reads the actor and the candidate (checked per candidate). */
  bothPreconditions: boolean;
  accountScoped: boolean;
}

interface PermissionShape {
  perm: Permission;
  /** Decided for the passed role, or an action of a service a resource policy can grant: the
   *  identity prefilter keeps the permission for every principal. */
  open: boolean;
  /** Every action is of such a service: the actions to ask are `perm.actions` themselves. */
  allOpen: boolean;
}

const recordShapes = new WeakMap<TechniqueRecord, RecordShape>();

function recordShape(record: TechniqueRecord): RecordShape {
  let shape = recordShapes.get(record);
  if (shape) return shape;
  const all: RequirementSet[] = record.requires.length ? record.requires : [{ all: [] }];
  const sets = all.map((set, index) => ({
    set,
    index,
    perms: set.all.map((perm) => {
      const open = perm.actions.map((a) => !identityOnlyAction(a));
      return {
        perm,
        open: !!perm.as || open.some(Boolean),
        allOpen: open.every(Boolean),
      };
    }),
  }));
  shape = {
    sets,
    always: sets.every((s) => s.perms.every((p) => p.open))
      ? sets.map(({ set, index }) => ({ set, index }))
      : undefined,
    actorPreconditions: hasPreconditions(record, 'actor'),
    bothPreconditions: hasPreconditions(record, 'both'),
    accountScoped: accountScopedSelectors.has(record.targets),
  };
  recordShapes.set(record, shape);
  return shape;
}

/** Shared by the records without actor preconditions (never mutated). */
const noActorAssumptions: string[] = [];
const noResources: readonly string[] = [];

/** A record's share of one principal's work: its plan and the ways the prefilter leaves. */
interface PrincipalWork {
  record: TechniqueRecord;
  plan: RecordPlan;
  sets: { set: RequirementSet; index: number }[];
  actorAssumptions: string[];
}

/** One bulk question to the policy engine: a context, the actions asked in it, the resource lists. */
interface PrincipalQuery {
  context: Record<string, ContextValue>;
  actions: Set<string>;
  lists: Set<readonly string[]>;
}

// applyToPrincipal runs in three phases, each its own function: V8 optimises (and, when a late
// branch first runs, re-optimises) each on its own instead of one very large function.
function applyToPrincipal(
  ctx: TechniqueContext,
  draft: GraphDraft,
  actor: Actor,
  base: Candidate['bindings'],
  records: TechniqueRecord[],
  plans: PlanCache,
  exhaustive: boolean,
) {
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
  const work = planPrincipal(ctx, actor, base, records, plans, prefilter, noCandidate, queries);
  if (!work.length) return;
  const decisions = decideQueries(ctx, actor, queries);
  const examined: ExaminedCache = new Map();
  for (const item of work) {
    for (const { set, index } of item.sets)
      applySet(
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
    const shape = recordShape(record);
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
      if (!plan) byAccount.set(actor.account.id, (plan = buildPlan(ctx, record, actor)));
    } else {
      plan = buildPlan(ctx, record, actor);
    }
    if (!plan.candidates.length) continue;
    work.push({ record, plan, sets, actorAssumptions });
    addQueries(record, shape, plan, sets, base, prefilter, partition, queries);
  }
  return work;
}

/** Whether the principal's identity policies may allow every permission of a way (one that only
 *  they can grant and none of whose actions they name cannot hold). Loops, not closures: this runs
 *  for every way of every record of every principal. */
function wayMayHold(perms: readonly PermissionShape[], prefilter: IdentityPrefilter): boolean {
  for (let i = 0; i < perms.length; i++) {
    const p = perms[i];
    if (p.open) continue;
    let any = false;
    for (let a = 0; a < p.perm.actions.length && !any; a++) any = prefilter.mayAllowAction(p.perm.actions[a]);
    if (!any) return false;
  }
  return true;
}

/** The bulk questions one record's ways need for this principal, added to `queries` (one per
 *  context, class of resource list and region; the actions and lists of every record merged). */
function addQueries(
  record: TechniqueRecord,
  shape: RecordShape,
  plan: RecordPlan,
  sets: { set: RequirementSet; index: number }[],
  base: Candidate['bindings'],
  prefilter: IdentityPrefilter,
  partition: string,
  queries: Map<string, PrincipalQuery>,
) {
  const mayAllow = (action: string) => prefilter.mayAllowAction(action);
  for (const { index } of sets) {
    for (const ps of shape.sets[index].perms) {
      const perm = ps.perm;
      if (perm.as) continue; // decided per candidate, for the passed role
      const actions = ps.allOpen ? perm.actions : perm.actions.filter(mayAllow);
      const listed = plan.bound.get(perm.on) ?? base[perm.on] ?? noResources;
      const resources = prefilter.filterResources(listed, actions);
      if (!resources.length) continue;
      const resolved = resolvedContext(perm, record, partition);
      const context = resolved.context;
      for (const [cls, list] of classesOf(listed, resources)) {
        // A context naming `{region}` is asked once per region of the resources; the decisions
        // are filed under the unresolved context (each resource has one region).
        for (const [region, sub] of resolved.regional ? byRegion(context, list) : [['', list] as const]) {
          const key = `${resolved.queryHead}${cls}:${region}`;
          let q = queries.get(key);
          if (!q)
            queries.set(
              key,
              (q = { context: inRegion(context, region), actions: new Set(), lists: new Set() }),
            );
          for (const a of actions) q.actions.add(a);
          q.lists.add(sub);
        }
      }
    }
  }
}

/** Phase 2: every bulk question asked, in key order. Returns `<context>|<action>` → decision by
 *  resource (the resources allowed or conditionally allowed, in the order the engine answered). */
function decideQueries(
  ctx: TechniqueContext,
  actor: Actor,
  queries: Map<string, PrincipalQuery>,
): Map<string, Map<string, Decision>> {
  const decisions = new Map<string, Map<string, Decision>>();
  // (Keys are distinct: the default sort's order is `<`'s.)
  for (const key of [...queries.keys()].sort()) {
    const q = queries.get(key)!;
    const contextKey = key.slice(0, key.lastIndexOf('|'));
    const context = Object.keys(q.context).length ? q.context : undefined;
    const actions = [...q.actions].sort();
    // Per action, where its decisions are filed (made on its first allowed resource). Visited one by
    // one: a broad role's million decisions are never held in one list.
    const files: Map<string, Decision>[] = [];
    const fileOf = (action: string) => {
      const k = `${contextKey}|${action.toLowerCase()}`;
      let byResource = decisions.get(k);
      if (!byResource) decisions.set(k, (byResource = new Map()));
      return byResource;
    };
    ctx.model.forEachAllowed(
      actor.id,
      actions,
      mergeLists(q.lists),
      context,
      (action, resource, decision, i) => {
        (files[i] ??= fileOf(action)).set(resource, decision);
      },
    );
  }
  return decisions;
}

/** Phase 3, one way of one record: its permissions read from the decisions, then (unless a
 *  permission every candidate shares fails) its candidates examined. */
function applySet(
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
    const { actionKeys } = resolvedContext(perm, record, partition);
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
      !evaluateForCandidate(ctx, record, { all: [], needs }, unbound, noCandidate, -1, base, partition)
    )
      return;
  }
  examineCandidates(
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
function examineCandidates(
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
  const checkBoth = recordShape(record).bothPreconditions;
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
  for (const i of candidatesToExamine(plan, set, index, record, decisions, partition, examined)) {
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
      result = evaluateForCandidate(ctx, record, set, prepared, cand, i, base, partition);
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
function evaluateForCandidate(
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
  let found = 0;
  let conditional = false;
  for (const p of prepared) {
    const resources = (at >= 0 ? p.column?.[at] : undefined) ?? p.fallback;
    if (!resources.length) {
      if (p.perm.ifBound) continue;
      return undefined;
    }
    const check = p.perm.as ? asPassedRole(ctx, p.perm, record, cand, resources, partition) : p;
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

/** Whether a list is in ascending order without repeats (what `[...new Set(list)].sort()` gives). */
function sortedDistinct(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}

/** evaluateForCandidate's per-permission results before it knows the candidate passes (reused). */
const scratch = {
  actions: [] as string[],
  resources: [] as string[],
  decisions: [] as Decision[],
  notes: [] as (string | undefined)[],
};

/** One principal's candidatesToExamine answers, by candidate index (resource → candidates) and the
 *  first permission's decision keys (joined): records that select the same candidates and ask the same
 *  first question (the S3 reads granted by identity or by bucket policy) share them. */
type ExaminedCache = Map<Map<string, number[]>, Map<string, Int32Array>>;

/** Indexes of the candidates whose first permission the engine allowed on some resource (all when
 *  the first permission is on a resource the candidates do not bind). Sorted. */
function candidatesToExamine(
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
  const { actionKeys, actionsKey } = resolvedContext(first, record, partition);
  const index = plan.firstIndex[setIndex];
  let byActions = examined.get(index);
  if (!byActions) examined.set(index, (byActions = new Map()));
  const known = byActions.get(actionsKey);
  if (known) return known;
  // Each index once (a reused mark per candidate, cleared after), then a numeric sort.
  if (seen.length < plan.candidates.length) seen = new Uint8Array(plan.candidates.length * 2);
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
function column(plan: RecordPlan, ref: ResourceRef): readonly (readonly string[] | undefined)[] {
  plan.columns ??= new Map();
  let out = plan.columns.get(ref);
  if (!out) plan.columns.set(ref, (out = plan.candidates.map((cand) => cand.bindings[ref])));
  return out;
}

/** candidatesToExamine's marks, all 0 between calls. */
let seen = new Uint8Array(1024);

const variants = new WeakMap<TechniqueRecord, TechniqueRecord>();

const uniformRecords = new WeakMap<TechniqueRecord, TechniqueRecord>();

/** The record with every field present, in one order (absent ones undefined), and so its requirement
 *  sets and permissions: records are data written as literals of many shapes, and the engine reads
 *  their fields for every candidate — sites that stay monomorphic with one shape. The same copy for
 *  the same record, so the caches keyed by record hold across graphs. */
function uniformRecord(r: TechniqueRecord): TechniqueRecord {
  let out = uniformRecords.get(r);
  if (!out) {
    // Typed with every field required, so a field added to the types must be added here too.
    const record: Every<TechniqueRecord> = {
      id: r.id,
      title: r.title,
      group: r.group,
      module: r.module,
      actor: r.actor,
      targets: r.targets,
      servicePrincipal: r.servicePrincipal,
      requires: r.requires.map(uniformSet),
      preconditions: r.preconditions,
      gain: { edge: r.gain.edge, access: r.gain.access, summary: r.gain.summary },
      adminThroughTarget: r.adminThroughTarget,
      grantedBy: r.grantedBy,
      effort: r.effort,
      assumptions: r.assumptions,
      assumedResource: r.assumedResource,
      prerequisites: r.prerequisites,
      principalVariant: r.principalVariant,
      references: r.references,
    };
    uniformRecords.set(r, (out = record));
  }
  return out;
}

/** Every field of T, optional ones included (as possibly undefined). */
type Every<T> = { [K in keyof Required<T>]: T[K] };

function uniformSet(set: RequirementSet): RequirementSet {
  const out: Every<RequirementSet> = {
    all: set.all.map((p) => {
      const perm: Every<Permission> = {
        actions: p.actions,
        on: p.on,
        context: p.context,
        ifBound: p.ifBound,
        as: p.as,
      };
      return perm;
    }),
    access: set.access,
    assumptions: set.assumptions,
    needs: set.needs,
    assumedResource: set.assumedResource,
  };
  return out;
}

/** The principal way of a workload record, as a principal record with the same id (one object per
 *  record, so the per-record caches hold). */
function principalVariantOf(record: TechniqueRecord): TechniqueRecord[] {
  const v = record.principalVariant;
  if (!v || record.actor === 'principal') return [];
  let out = variants.get(record);
  if (!out) {
    out = uniformRecord({ ...record, ...v, actor: 'principal', principalVariant: undefined });
    variants.set(record, out);
  }
  return [out];
}

/** What a passed role was asked, per role: decisions by decision key (context and action, see
 *  `actionKeys`) and resource (a resource fixes its region, when the context names one), and the
 *  prepared permissions over them, by resolved permission. */
interface PassedRoleAnswers {
  decided: Map<string, Map<string, Decision>>;
  prepared: Map<ResolvedContext, PreparedPermission>;
}

const passedRoleAnswers = new WeakMap<TechniqueContext, Map<string, PassedRoleAnswers>>();

/** A permission the passed role needs, decided for that role on the candidate's resources (cached
 *  per role, action, context and resource: every actor that may pass the role asks the same). The
 *  decision maps may hold more resources than this candidate's: only its own are looked up. */
function asPassedRole(
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
  const resolved = resolvedContext(perm, record, partition);
  const { context, regional } = resolved;
  let byRole = passedRoleAnswers.get(ctx);
  if (!byRole) passedRoleAnswers.set(ctx, (byRole = new Map()));
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
function joined(
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

interface ResolvedContext {
  context: Record<string, ContextValue>;
  /** The context as a string key. */
  key: string;
  /** Whether a value names `{region}` (then resolved per resource). */
  regional: boolean;
  /** Per action of the permission (same order): `<key>|<action, lower case>`, where its decisions
   *  are filed. */
  actionKeys: string[];
  /** `actionKeys` joined by newlines. */
  actionsKey: string;
  /** `<key>|<resource ref>:`, the start of the keys of its bulk questions. */
  queryHead: string;
}

const resolvedContexts = new WeakMap<TechniqueRecord, WeakMap<Permission, Map<string, ResolvedContext>>>();

/** A permission's request context, resolved once per record, permission and partition (never
 *  mutated: shared by every principal that asks). */
function resolvedContext(perm: Permission, record: TechniqueRecord, partition: string): ResolvedContext {
  let byPerm = resolvedContexts.get(record);
  if (!byPerm) resolvedContexts.set(record, (byPerm = new WeakMap()));
  let byPartition = byPerm.get(perm);
  if (!byPartition) byPerm.set(perm, (byPartition = new Map()));
  let resolved = byPartition.get(partition);
  if (!resolved) {
    const context = resolveContext(perm, record, partition);
    const key = JSON.stringify(context);
    const actionKeys = perm.actions.map((a) => `${key}|${a.toLowerCase()}`);
    resolved = {
      context,
      key,
      actionKeys,
      actionsKey: actionKeys.join('\n'),
      queryHead: `${key}|${perm.on}:`,
      regional: Object.values(context).some((v) => typeof v === 'string' && v.includes('{region}')),
    };
    byPartition.set(partition, resolved);
  }
  return resolved;
}

const regionCache = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/** A resource list split by ARN region when the context names `{region}` (else one group ''). */
function byRegion(
  context: Record<string, ContextValue>,
  resources: readonly string[],
): Map<string, readonly string[]> {
  if (!Object.values(context).some((v) => typeof v === 'string' && v.includes('{region}')))
    return new Map([['', resources]]);
  let out = regionCache.get(resources);
  if (out) return out;
  const groups = new Map<string, string[]>();
  for (const r of resources) {
    const region = r.split(':')[3] ?? '';
    const list = groups.get(region);
    if (list) list.push(r);
    else groups.set(region, [r]);
  }
  out = groups;
  regionCache.set(resources, out);
  return out;
}

const classCache = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/** `resources` (a subset of `listed`) split by resource service: when the whole list is of one
 *  service, so is the subset (no pass over a principal's own list). */
function classesOf(
  listed: readonly string[],
  resources: readonly string[],
): Map<string, readonly string[]> | [string, readonly string[]][] {
  if (resources !== listed) {
    const whole = byResourceClass(listed);
    if (whole.size === 1) return [[whole.keys().next().value!, resources]];
  }
  return byResourceClass(resources);
}

/** A resource list split by resource service (computed once per list). */
function byResourceClass(resources: readonly string[]): Map<string, readonly string[]> {
  let out = classCache.get(resources);
  if (out) return out;
  const groups = new Map<string, string[]>();
  for (const r of resources) {
    const cls = resourceClass(r);
    const list = groups.get(cls);
    if (list) list.push(r);
    else groups.set(cls, [r]);
  }
  out = groups.size === 1 ? new Map([[[...groups.keys()][0], resources]]) : groups;
  classCache.set(resources, out);
  return out;
}

const sortedLists = new WeakMap<readonly string[], readonly string[]>();

/** The sorted union of resource lists (most often one list). */
function mergeLists(lists: Set<readonly string[]>): readonly string[] {
  if (lists.size === 1) {
    // One list (never mutated, often shared by many principals): sorted once.
    const [only] = lists;
    let sorted = sortedLists.get(only);
    if (!sorted) {
      // Most lists are a sorted selection already: checked in one pass, not copied and sorted.
      sorted = sortedDistinct(only) ? only : [...new Set(only)].sort();
      sortedLists.set(only, sorted);
    }
    return sorted;
  }
  // Several lists (records of one selector with different candidate preconditions, …): the same
  // lists recur for many principals, so their union is kept per lists, in order.
  let node = mergedLists;
  for (const list of lists) {
    let next = node.next.get(list);
    if (!next) node.next.set(list, (next = { next: new WeakMap() }));
    node = next;
  }
  if (!node.merged) {
    const all = new Set<string>();
    for (const list of lists) for (const r of list) all.add(r);
    node.merged = [...all].sort();
  }
  return node.merged;
}

/** mergeLists' unions of several lists, by the lists in order (a trie on weak keys). */
interface MergeNode {
  merged?: readonly string[];
  next: WeakMap<readonly string[], MergeNode>;
}
const mergedLists: MergeNode = { next: new WeakMap() };

/** The service of an ARN (or `*`): requests are batched per service of the resource. */
function resourceClass(resource: string): string {
  if (!resource.startsWith('arn:')) return resource;
  // The third field, cut out without splitting the whole ARN (this runs for every listed resource).
  const start = resource.indexOf(':', 4) + 1;
  if (start === 0) return resource.split(':')[2];
  const end = resource.indexOf(':', start);
  return end < 0 ? resource.slice(start) : resource.slice(start, end);
}
