// The bulk questions to the policy engine for one principal: one forEachAllowed call per request
// context, class of resource and region, the actions and resource lists of every record merged; and
// the request contexts, resolved once per record, permission and partition.
import type { ContextValue, Decision } from '../../policy/api.js';
import type { IdentityPrefilter } from '../identity-prefilter.js';
import type { Actor, Candidate, TechniqueContext } from '../technique-context.js';
import { inRegion, resolveContext } from '../technique-edge.js';
import type { Permission, RequirementSet, TechniqueRecord } from '../techniques/types.js';
import type { EngineRun } from './engine-run.js';
import type { PermissionShape, PrincipalQuery, RecordPlan, RecordShape, ResolvedContext } from './types.js';

export const noResources: readonly string[] = [];

/** Whether the principal's identity policies may allow every permission of a way (one that only
 *  they can grant and none of whose actions they name cannot hold). Loops, not closures: this runs
 *  for every way of every record of every principal. */
export function wayMayHold(perms: readonly PermissionShape[], prefilter: IdentityPrefilter): boolean {
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
export function addQueries(
  run: EngineRun,
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
      const resolved = resolvedContext(run, perm, record, partition);
      const context = resolved.context;
      for (const [cls, list] of classesOf(run, listed, resources)) {
        // A context naming `{region}` is asked once per region of the resources; the decisions
        // are filed under the unresolved context (each resource has one region).
        for (const [region, sub] of resolved.regional
          ? byRegion(run, context, list)
          : [['', list] as const]) {
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
export function decideQueries(
  run: EngineRun,
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
      mergeLists(run, q.lists),
      context,
      (action, resource, decision, i) => {
        (files[i] ??= fileOf(action)).set(resource, decision);
      },
    );
  }
  return decisions;
}

/** A permission's request context, resolved once per record, permission and partition (never
 *  mutated: shared by every principal that asks). */
export function resolvedContext(
  run: EngineRun,
  perm: Permission,
  record: TechniqueRecord,
  partition: string,
): ResolvedContext {
  let byPerm = run.resolvedContexts.get(record);
  if (!byPerm) run.resolvedContexts.set(record, (byPerm = new Map()));
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

/** A resource list split by ARN region when the context names `{region}` (else one group ''). */
function byRegion(
  run: EngineRun,
  context: Record<string, ContextValue>,
  resources: readonly string[],
): Map<string, readonly string[]> {
  if (!Object.values(context).some((v) => typeof v === 'string' && v.includes('{region}')))
    return new Map([['', resources]]);
  let out = run.regionCache.get(resources);
  if (out) return out;
  const groups = new Map<string, string[]>();
  for (const r of resources) {
    const region = r.split(':')[3] ?? '';
    const list = groups.get(region);
    if (list) list.push(r);
    else groups.set(region, [r]);
  }
  out = groups;
  run.regionCache.set(resources, out);
  return out;
}

/** `resources` (a subset of `listed`) split by resource service: when the whole list is of one
 *  service, so is the subset (no pass over a principal's own list). */
function classesOf(
  run: EngineRun,
  listed: readonly string[],
  resources: readonly string[],
): Map<string, readonly string[]> | [string, readonly string[]][] {
  if (resources !== listed) {
    const whole = byResourceClass(run, listed);
    if (whole.size === 1) return [[whole.keys().next().value!, resources]];
  }
  return byResourceClass(run, resources);
}

/** A resource list split by resource service (computed once per list). */
function byResourceClass(run: EngineRun, resources: readonly string[]): Map<string, readonly string[]> {
  let out = run.classCache.get(resources);
  if (out) return out;
  const groups = new Map<string, string[]>();
  for (const r of resources) {
    const cls = resourceClass(r);
    const list = groups.get(cls);
    if (list) list.push(r);
    else groups.set(cls, [r]);
  }
  out = groups.size === 1 ? new Map([[[...groups.keys()][0], resources]]) : groups;
  run.classCache.set(resources, out);
  return out;
}

/** The sorted union of resource lists (most often one list). */
function mergeLists(run: EngineRun, lists: Set<readonly string[]>): readonly string[] {
  if (lists.size === 1) {
    // One list (never mutated, often shared by many principals): sorted once.
    const [only] = lists;
    let sorted = run.sortedLists.get(only);
    if (!sorted) {
      // Most lists are a sorted selection already: checked in one pass, not copied and sorted.
      sorted = sortedDistinct(only) ? only : [...new Set(only)].sort();
      run.sortedLists.set(only, sorted);
    }
    return sorted;
  }
  // Several lists (records of one selector with different candidate preconditions, …): the same
  // lists recur for many principals, so their union is kept per lists, in order.
  let node = run.mergedLists;
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

/** The service of an ARN (or `*`): requests are batched per service of the resource. */
function resourceClass(resource: string): string {
  if (!resource.startsWith('arn:')) return resource;
  // The third field, cut out without splitting the whole ARN (this runs for every listed resource).
  const start = resource.indexOf(':', 4) + 1;
  if (start === 0) return resource.split(':')[2];
  const end = resource.indexOf(':', start);
  return end < 0 ? resource.slice(start) : resource.slice(start, end);
}

/** Whether a list is in ascending order without repeats (what `[...new Set(list)].sort()` gives). */
export function sortedDistinct(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}
