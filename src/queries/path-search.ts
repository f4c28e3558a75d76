// The one search every query uses: from a source, the cheapest simple paths (bounded hops) to every
// node, at most k per (node, access) plus every path not dominated in (hops, conditional steps) by a
// cheaper one — so the fewest-hops and the best-scoring paths are always found even when k cheaper
// but longer paths exist. Cost = technique effort + a penalty per conditional step. Ties are broken
// by hop count, then by the path's text (technique and node ids), so results are deterministic.
import type { AttackGraphView, EdgeAttributes } from '../graph/model.js';
import type { Label } from './path-label.js';
import { PathSearchRun } from './path-search-run.js';
import { SLOT_NAMES, searchIndexOf } from './search-index.js';

export type { Label } from './path-label.js';

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

export interface SearchResult {
  source: string;
  /** Accepted labels per slot (`node` or `node\0access`), cheapest first. */
  slots: Map<string, Label[]>;
}

// One step's text (technique and node), built once per label: explain and attackPaths compare the
// same tied labels many times.
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

export function searchPaths(
  graph: AttackGraphView,
  source: string,
  opts: SearchOptions = {},
  /** Where the search runs (a caller searching from many sources passes one run to all of them: its
   *  arrays then grow once, to the largest search). */
  run: PathSearchRun = new PathSearchRun(),
): SearchResult {
  searchArrivals(graph, source, opts, run);
  const target = opts.target === undefined ? -1 : (run.index.nodeNumber.get(opts.target) ?? -2);
  const slots = new Map<string, Label[]>();
  for (const node of run.nodes) {
    if (target !== -1 && node !== target) continue;
    const id = run.index.nodeIds[node];
    for (const slot of run.slotsOf(node)) {
      const labels = run.labelsOf(node, slot).map((l) => run.label(l));
      slots.set(slot === 0 ? id : `${id}\0${SLOT_NAMES[slot]}`, labels);
    }
  }
  return { source, slots };
}

/** The search itself, on the graph's integer index, in `run` (a new one by default); its arrivals are
 *  read through the run returned, which holds them until the caller runs another search in it. */
export function searchArrivals(
  graph: AttackGraphView,
  source: string,
  opts: SearchOptions = {},
  run: PathSearchRun = new PathSearchRun(),
): PathSearchRun {
  graph.getNodeAttribute(source, 'kind'); // throws the usual graphology error for an unknown node
  const index = searchIndexOf(graph);
  run.run(index, index.nodeNumber.get(source)!, {
    maxHops: opts.maxHops ?? 6,
    k: Math.max(1, opts.k ?? 3),
    penalty: opts.conditionalPenalty ?? 2,
  });
  return run;
}

/** The labels of the path, source first (excluded), in order. */
export function labelChain(label: Label): Label[] {
  const chain: Label[] = [];
  for (let l: Label | null = label; l && l.parent; l = l.parent) chain.push(l);
  return chain.reverse();
}
