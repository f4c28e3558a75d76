// The path search and blast radius as they were before the integer search (commit 4a18976), kept
// as the executable specification: the fast search must return exactly what this returns, ties
// included. Slow on purpose (strings, objects); only tests use it.
import type { Access, AttackGraph, EdgeAttributes, NodeKind } from '../../src/graph/model.js';
import { attackPathOf } from '../../src/queries/attack-path-of.js';
import { accessOf, continuesFrom, isAssetKind } from '../../src/queries/edge-semantics.js';
import type { Label, SearchOptions } from '../../src/queries/path-search.js';
import { pathScore, round2, scoringOptions } from '../../src/queries/score.js';
import type { AttackPath, BlastRadiusResult, QueryOptions, ReachedAsset } from '../../src/queries/types.js';

class PriorityQueue<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as T;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.before(items[l], items[m])) m = l;
        if (r < items.length && this.before(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

interface SearchResult {
  source: string;
  /** Accepted labels per slot (`node` or `node\0access`), cheapest first. */
  slots: Map<string, Label[]>;
}

// One step's text (technique and node), built once per label: the queue compares the same tied
// labels many times.
const textOf = new WeakMap<Label, string>();

function stepText(label: Label, edge: EdgeAttributes): string {
  let text = textOf.get(label);
  if (text === undefined) {
    text = `${edge.technique ?? edge.type}>${label.node}`;
    textOf.set(label, text);
  }
  return text;
}

/** Orders two paths by their text (technique and node of each step, source first): the last tie-break.
 *  Steps above the labels' first shared ancestor are the same steps, so only the steps below it are
 *  compared (a label's hops is its number of steps). */
function compareText(a: Label, b: Label): number {
  if (a === b) return 0;
  const below: Label[] = [];
  const belowB: Label[] = [];
  let x: Label | null = a;
  let y: Label | null = b;
  while (x && x.hops > (y ? y.hops : 0)) {
    below.push(x);
    x = x.parent;
  }
  while (y && y.hops > (x ? x.hops : 0)) {
    belowB.push(y);
    y = y.parent;
  }
  while (x && y && x !== y && x.edge && y.edge) {
    below.push(x);
    belowB.push(y);
    x = x.parent;
    y = y.parent;
  }
  const n = Math.min(below.length, belowB.length);
  for (let j = 1; j <= n; j++) {
    const la = below[below.length - j];
    const lb = belowB[belowB.length - j];
    const ta = stepText(la, la.edge!);
    const tb = stepText(lb, lb.edge!);
    if (ta !== tb) return ta < tb ? -1 : 1;
  }
  return a.hops - b.hops;
}

/** Cheapest first, then fewer hops, then path text. */
export function referenceCompareLabels(a: Label, b: Label): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.hops !== b.hops) return a.hops - b.hops;
  return compareText(a, b);
}

function before(a: Label, b: Label): boolean {
  return referenceCompareLabels(a, b) < 0;
}

function onPath(label: Label, node: string): boolean {
  for (let l: Label | null = label; l; l = l.parent) if (l.node === node) return true;
  return false;
}

function dominated(slot: Label[] | undefined, hops: number, cond: number, k: number): boolean {
  if (!slot || slot.length < k) return false;
  for (const l of slot) if (l.hops <= hops && l.conditionalSteps <= cond) return true;
  return false;
}

/** One traversable out-edge, with what it means for a path precomputed (shared by every search). */
interface Step {
  to: string;
  toKind: NodeKind;
  edge: EdgeAttributes;
  access: Access | undefined;
  continues: boolean;
  effort: number;
}

// Out-edges per node, computed once per graph: every source's search walks the same hubs, so the
// edge meaning is worked out once instead of once per source. Rebuilt if the graph's size changed.
const adjacencyCache = new WeakMap<
  AttackGraph,
  { order: number; size: number; steps: Map<string, Step[]> }
>();

function stepsFrom(graph: AttackGraph, node: string): Step[] {
  let cached = adjacencyCache.get(graph);
  if (!cached || cached.order !== graph.order || cached.size !== graph.size) {
    cached = { order: graph.order, size: graph.size, steps: new Map() };
    adjacencyCache.set(graph, cached);
  }
  let steps = cached.steps.get(node);
  if (!steps) {
    const list: Step[] = [];
    graph.forEachOutEdge(node, (_edge, attrs, _from, to, _fa, toAttrs) => {
      if (!attrs.traversable) return;
      const access = accessOf(attrs, toAttrs.kind);
      list.push({
        to,
        toKind: toAttrs.kind,
        edge: attrs,
        access,
        continues: continuesFrom(attrs, toAttrs.kind, access),
        effort: attrs.effort > 0 ? attrs.effort : 1,
      });
    });
    steps = list;
    cached.steps.set(node, steps);
  }
  return steps;
}

type SlotName = Access | 'none';
/** Arrivals at one node, per access level obtained (`none` = became / holds it, no asset access). */
type NodeSlots = Partial<Record<SlotName, Label[]>>;

function slotOf(map: Map<string, NodeSlots>, node: string, access: Access | undefined, create: true): Label[];
function slotOf(
  map: Map<string, NodeSlots>,
  node: string,
  access: Access | undefined,
  create: false,
): Label[] | undefined;
function slotOf(map: Map<string, NodeSlots>, node: string, access: Access | undefined, create: boolean) {
  let slots = map.get(node);
  if (!slots) {
    if (!create) return undefined;
    slots = {};
    map.set(node, slots);
  }
  const name: SlotName = access ?? 'none';
  let slot = slots[name];
  if (!slot && create) slot = slots[name] = [];
  return slot;
}

export function referenceSearchPaths(
  graph: AttackGraph,
  source: string,
  opts: SearchOptions = {},
): SearchResult {
  const maxHops = opts.maxHops ?? 6;
  const k = Math.max(1, opts.k ?? 3);
  const penalty = opts.conditionalPenalty ?? 2;
  // Arrivals the path goes on from are settled cheapest-first through the queue. Arrivals that end
  // a path (most asset edges) never expand, so they skip the queue: they are collected per slot and
  // the same acceptance rule is applied to them once, in the same order, at the end.
  const accepted = new Map<string, NodeSlots>();
  const ending = new Map<string, NodeSlots>();
  const queue = new PriorityQueue<Label>(before);
  const start: Label = {
    node: source,
    kind: graph.getNodeAttribute(source, 'kind'),
    parent: null,
    edge: null,
    cost: 0,
    hops: 0,
    conditionalSteps: 0,
    continues: true,
  };
  queue.push(start);
  let first = true;
  while (queue.size > 0) {
    const label = queue.pop() as Label;
    if (!first) {
      const slot = slotOf(accepted, label.node, label.access, true);
      if (dominated(slot, label.hops, label.conditionalSteps, k)) continue;
      slot.push(label);
    }
    first = false;
    if (label.hops >= maxHops) continue;
    for (const step of stepsFrom(graph, label.node)) {
      const { to, edge: attrs, access, continues } = step;
      if (onPath(label, to)) continue;
      const hops = label.hops + 1;
      const cond = label.conditionalSteps + (attrs.conditional ? 1 : 0);
      if (continues && dominated(slotOf(accepted, to, access, false), hops, cond, k)) continue;
      const next: Label = {
        node: to,
        kind: step.toKind,
        parent: label,
        edge: attrs,
        cost: label.cost + step.effort + (attrs.conditional ? penalty : 0),
        hops,
        conditionalSteps: cond,
        access,
        continues,
      };
      if (continues) queue.push(next);
      else slotOf(ending, to, access, true).push(next);
    }
  }
  for (const [node, bySlot] of ending) {
    for (const [name, labels] of Object.entries(bySlot) as [SlotName, Label[]][]) {
      labels.sort(referenceCompareLabels);
      const slot = slotOf(accepted, node, name === 'none' ? undefined : name, true);
      for (const l of labels) if (!dominated(slot, l.hops, l.conditionalSteps, k)) slot.push(l);
    }
  }
  const slots = new Map<string, Label[]>();
  for (const [node, bySlot] of accepted) {
    if (opts.target !== undefined && node !== opts.target) continue;
    for (const [name, labels] of Object.entries(bySlot) as [SlotName, Label[]][]) {
      if (labels.length) slots.set(name === 'none' ? node : `${node}\0${name}`, labels);
    }
  }
  return { source, slots };
}

export function referenceBlastRadius(
  graph: AttackGraph,
  source: string,
  opts: QueryOptions = {},
): BlastRadiusResult {
  const scoring = scoringOptions(opts.scoring);
  // One cheapest path per (asset, access) is enough here: the search also keeps every path not
  // dominated in (hops, conditional steps), which includes the best-scoring and the fewest-hops ones.
  const { slots } = referenceSearchPaths(graph, source, { ...opts, k: opts.k ?? 1 });
  const byTarget = new Map<string, Label[]>();
  for (const labels of slots.values()) {
    for (const label of labels) {
      if (!label.access || !isAssetKind(label.kind)) continue;
      const list = byTarget.get(label.node);
      if (list) list.push(label);
      else byTarget.set(label.node, [label]);
    }
  }
  const entries: { asset: ReachedAsset; path: AttackPath; certainPath?: AttackPath }[] = [];
  for (const [node, labels] of byTarget) {
    const sensitivity = graph.getNodeAttribute(node, 'sensitivity');
    const bestOf = (candidates: Label[]): Label | undefined => {
      let best: Label | undefined;
      let bestScore = -1;
      for (const l of candidates) {
        const s = pathScore(l.kind, l.access!, sensitivity, l.hops, l.conditionalSteps, scoring);
        // Highest score; ties go to fewer hops, then the cheaper, then the lexically first path.
        if (
          s > bestScore ||
          (s === bestScore && best && (l.hops - best.hops || referenceCompareLabels(l, best)) < 0)
        ) {
          best = l;
          bestScore = s;
        }
      }
      return best;
    };
    const fewestHops = (best: Label, certainOnly: boolean) => {
      let fewest = best.hops;
      for (const l of labels)
        if (l.access === best.access && l.hops < fewest && (!certainOnly || l.conditionalSteps === 0))
          fewest = l.hops;
      return fewest;
    };
    const b = bestOf(labels)!;
    const path = attackPathOf(graph, source, b, scoring);
    const entry: (typeof entries)[number] = {
      asset: {
        id: node,
        kind: b.kind,
        access: b.access!,
        hops: fewestHops(b, false),
        conditional: b.conditionalSteps > 0,
        score: path.score,
      },
      path,
    };
    // A conditional best path must not hide a certain one (e.g. a certain read beside a speculative
    // admin through a resource policy that was not collected).
    const c = b.conditionalSteps > 0 ? bestOf(labels.filter((l) => l.conditionalSteps === 0)) : undefined;
    if (c) {
      entry.certainPath = attackPathOf(graph, source, c, scoring);
      entry.asset.certain = { access: c.access!, hops: fewestHops(c, true), score: entry.certainPath.score };
    }
    entries.push(entry);
  }
  entries.sort((x, y) =>
    x.asset.score !== y.asset.score ? y.asset.score - x.asset.score : x.asset.id < y.asset.id ? -1 : 1,
  );
  // Admin of an account implies every asset in it: count such assets once, through the admin node.
  const admins = new Map<string, ReachedAsset>();
  for (const e of entries)
    if (e.asset.kind === 'Admin') admins.set(graph.getNodeAttribute(e.asset.id, 'account'), e.asset);
  let total = 0;
  for (const e of entries) {
    const admin =
      e.asset.kind === 'Admin' ? undefined : admins.get(graph.getNodeAttribute(e.asset.id, 'account'));
    if (admin && (!admin.conditional || e.asset.conditional)) e.asset.subsumedBy = admin.id;
    else total += e.asset.score;
  }
  const attrs = graph.getNodeAttributes(source);
  return {
    radius: {
      id: source,
      kind: attrs.kind,
      account: attrs.account,
      score: round2(total),
      assets: entries.map((e) => e.asset),
    },
    paths: entries.map((e) => e.path),
    certainPaths: entries.flatMap((e) => (e.certainPath ? [e.certainPath] : [])),
  };
}
