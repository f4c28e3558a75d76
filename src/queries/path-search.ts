// The one search every query uses: from a source, the cheapest simple paths (bounded hops) to every
// node, at most k per (node, access) plus every path not dominated in (hops, conditional steps) by a
// cheaper one — so the fewest-hops and the best-scoring paths are always found even when k cheaper
// but longer paths exist. Cost = technique effort + a penalty per conditional step. Ties are broken
// by hop count, then by the path's text (technique and node ids), so results are deterministic.
import type { Access, AttackGraph, EdgeAttributes, NodeKind } from '../graph/model.js';
import { accessOf, continuesFrom } from './edge-semantics.js';
import { PriorityQueue } from './priority-queue.js';

export interface SearchOptions {
  /** Longest path, in steps. Default 6. */
  maxHops?: number;
  /** Paths kept per (target, access). Default 3. */
  k?: number;
  /** Cost added per conditional step. Default 2. */
  conditionalPenalty?: number;
  /** Only keep arrivals at this node (who-can / explain); the search still walks through others. */
  target?: string;
}

export interface Label {
  node: string;
  kind: NodeKind;
  parent: Label | null;
  edge: EdgeAttributes | null;
  cost: number;
  hops: number;
  conditionalSteps: number;
  /** Access obtained on `node` when it is an asset reached by this step. */
  access?: Access;
  continues: boolean;
}

export interface SearchResult {
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
export function compareText(a: Label, b: Label): number {
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
export function compareLabels(a: Label, b: Label): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.hops !== b.hops) return a.hops - b.hops;
  return compareText(a, b);
}

function before(a: Label, b: Label): boolean {
  return compareLabels(a, b) < 0;
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

export function searchPaths(graph: AttackGraph, source: string, opts: SearchOptions = {}): SearchResult {
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
      labels.sort(compareLabels);
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

/** The labels of the path, source first (excluded), in order. */
export function labelChain(label: Label): Label[] {
  const chain: Label[] = [];
  for (let l: Label | null = label; l && l.parent; l = l.parent) chain.push(l);
  return chain.reverse();
}
