// Turns a search label (an arrival at an asset) into the AttackPath a report shows, with its score.
import type { AttackGraphView, EdgeAttributes } from '../graph/model.js';
import type { PathSearchRun } from './path-search-run.js';
import type { SearchIndex } from './search-index.js';
import { labelChain, type Label } from './path-search.js';
import { pathScore, type ScoringOptions } from './score.js';
import type { AttackPath, PathHop } from './types.js';

export function attackPathOf(
  graph: AttackGraphView,
  source: string,
  label: Label,
  scoring: ScoringOptions,
): AttackPath {
  const hops: PathHop[] = labelChain(label).map((l) => hopOf(l.parent!.node, l.node, l.edge!));
  const access = label.access ?? 'admin';
  const sensitivity = graph.getNodeAttribute(label.node, 'sensitivity');
  return {
    source,
    target: label.node,
    targetKind: label.kind,
    access,
    score: pathScore(label.kind, access, sensitivity, label.hops, label.conditionalSteps, scoring),
    hops,
  };
}

/** The hop of each step of a search index, made once: paths of one analysis that walk the same edge
 *  share one PathHop object (so a report also renders it once). A step always leaves the same node,
 *  so its hop is the same whichever path walks it. Hops are not to be modified. */
export class HopTable {
  private index: SearchIndex | undefined;
  private byStep: (PathHop | undefined)[] = [];
  private readonly few = new Map<number, PathHop>();

  /** `shared`: used for many sources (analyze, whoCan), so the hops are kept in an array of the
   *  index's size; otherwise (one source's paths, a few hops) in a Map. */
  constructor(private readonly shared = false) {}

  hop(index: SearchIndex, step: number, from: string): PathHop {
    if (this.index !== index) {
      this.index = index;
      if (this.shared) this.byStep = new Array<PathHop | undefined>(index.stepEdge.length);
      this.few.clear();
    }
    let hop = this.shared ? this.byStep[step] : this.few.get(step);
    if (hop === undefined) {
      hop = hopOf(from, index.nodeIds[index.stepTo[step]], index.stepEdge[step]);
      if (this.shared) this.byStep[step] = hop;
      else this.few.set(step, hop);
    }
    return hop;
  }
}

/** The same for an arrival of a search run, read from its rows (no Label objects). */
export function attackPathOfArrival(
  run: PathSearchRun,
  source: string,
  arrival: number,
  sensitivity: number,
  scoring: ScoringOptions,
  table: HopTable = new HopTable(),
): AttackPath {
  const { index } = run;
  const { nodeIds, nodeKinds } = index;
  // Walked from the arrival back to the source: a step leaves its parent label's node. The array
  // is made at its length (a label's hops is its number of steps): an analysis keeps hundreds of
  // thousands of them, and one grown by push holds room for 17 hops.
  const hops = new Array<PathHop>(run.hopsOf(arrival));
  for (let l = arrival, s = run.stepOf(l), i = hops.length - 1; s !== -1; s = run.stepOf(l), i--) {
    l = run.parentOf(l);
    hops[i] = table.hop(index, s, nodeIds[run.nodeOf(l)]);
  }
  const node = run.nodeOf(arrival);
  const kind = nodeKinds[node];
  const access = run.accessOf(arrival) ?? 'admin';
  return {
    source,
    target: nodeIds[node],
    targetKind: kind,
    access,
    score: pathScore(
      kind,
      access,
      sensitivity,
      run.hopsOf(arrival),
      run.conditionalStepsOf(arrival),
      scoring,
    ),
    hops,
  };
}

function hopOf(from: string, to: string, edge: EdgeAttributes): PathHop {
  return {
    from,
    to,
    technique: edge.technique ?? edge.type.toLowerCase(),
    conditional: edge.conditional,
    conditionKeys: [...edge.conditionKeys],
    assumptions: [...edge.assumptions],
    evidence: edge.evidence,
  };
}

/** Order used everywhere paths are listed: score desc, then target id, then fewer hops, then text. */
export function comparePaths(a: AttackPath, b: AttackPath): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.target !== b.target) return a.target < b.target ? -1 : 1;
  if (a.hops.length !== b.hops.length) return a.hops.length - b.hops.length;
  const ta = pathText(a);
  const tb = pathText(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function pathText(p: AttackPath): string {
  return p.hops.map((h) => `${h.technique}>${h.to}`).join('|');
}
