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

function stepTexts(label: Label): string[] {
  const out: string[] = [];
  for (let l: Label | null = label; l && l.edge; l = l.parent)
    out.push(`${l.edge.technique ?? l.edge.type}>${l.node}`);
  return out.reverse();
}

/** Orders two paths by their text (technique and node of each step, source first): the last tie-break. */
export function compareText(a: Label, b: Label): number {
  if (a === b) return 0;
  const ta = stepTexts(a);
  const tb = stepTexts(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    if (ta[i] !== tb[i]) return ta[i] < tb[i] ? -1 : 1;
  }
  return ta.length - tb.length;
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

function slotKey(node: string, access: Access | undefined): string {
  return access ? `${node}\0${access}` : node;
}

export function searchPaths(graph: AttackGraph, source: string, opts: SearchOptions = {}): SearchResult {
  const maxHops = opts.maxHops ?? 6;
  const k = Math.max(1, opts.k ?? 3);
  const penalty = opts.conditionalPenalty ?? 2;
  const slots = new Map<string, Label[]>();
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
      const key = slotKey(label.node, label.access);
      const slot = slots.get(key);
      if (dominated(slot, label.hops, label.conditionalSteps, k)) continue;
      if (slot) slot.push(label);
      else slots.set(key, [label]);
    }
    first = false;
    if (!label.continues || label.hops >= maxHops) continue;
    graph.forEachOutEdge(label.node, (_edge, attrs, _from, to, _fa, toAttrs) => {
      if (!attrs.traversable) return;
      if (onPath(label, to)) return;
      const access = accessOf(attrs, toAttrs.kind);
      const hops = label.hops + 1;
      const cond = label.conditionalSteps + (attrs.conditional ? 1 : 0);
      if (dominated(slots.get(slotKey(to, access)), hops, cond, k)) return;
      const effort = attrs.effort > 0 ? attrs.effort : 1;
      queue.push({
        node: to,
        kind: toAttrs.kind,
        parent: label,
        edge: attrs,
        cost: label.cost + effort + (attrs.conditional ? penalty : 0),
        hops,
        conditionalSteps: cond,
        access,
        continues: continuesFrom(attrs, toAttrs.kind, access),
      });
    });
  }
  if (opts.target !== undefined) {
    for (const key of [...slots.keys()]) {
      if (key !== opts.target && !key.startsWith(`${opts.target}\0`)) slots.delete(key);
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
