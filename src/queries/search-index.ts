// The graph as the path search reads it: nodes numbered, and every traversable out-edge as one step
// in flat arrays (what it leads to, the access it obtains, whether a path goes on, its effort, and
// the rank of its text). Built once per graph and shared by every source's search, so a search
// walks integers instead of string keys.
import type { Access, AttackGraphView, EdgeAttributes, NodeAttributes, NodeKind } from '../graph/model.js';
import { CompactAttackGraph } from '../graph/compact-graph.js';
import { accessOf, continuesFrom } from './edge-semantics.js';

/** Slot numbers: arrivals at a node are kept per access level obtained; 0 = none (became / holds it). */
export const SLOT_NAMES = ['none', 'admin', 'write', 'read', 'invoke'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export const SLOT_COUNT = SLOT_NAMES.length;

export function slotNumber(access: Access | undefined): number {
  return access === undefined ? 0 : SLOT_NAMES.indexOf(access);
}

export interface SearchIndex {
  order: number;
  size: number;
  nodeIds: string[];
  nodeKinds: NodeKind[];
  /** Each node's attributes object, as the graph holds it (changes made in place, e.g. by
   *  `setNodeAttribute`, show through; a replaced object does not until the index is rebuilt). */
  nodeAttributes: NodeAttributes[];
  nodeNumber: Map<string, number>;
  /** Steps out of node n are stepStart[n] … stepStart[n+1]-1, in the graph's out-edge order. */
  stepStart: Int32Array;
  stepTo: Int32Array;
  stepEdge: EdgeAttributes[];
  /** Slot number of the access the step obtains (0 = none). */
  stepSlot: Uint8Array;
  stepContinues: Uint8Array;
  stepConditional: Uint8Array;
  stepEffort: Float64Array;
  /** Rank of the step's text `technique>node` among all step texts: equal ranks ⇔ equal texts, and
   *  ranks are ordered as the texts are (JavaScript string order). */
  stepRank: Float64Array;
  /** No node has two steps that both let a path go on and have the same text (same technique to the
   *  same node, e.g. a read and an admin edge). Then no two paths waiting in a search's queue can tie
   *  on cost, hops and text, and the queue's order is total. */
  continuingTextsDistinct: boolean;
}

const cache = new WeakMap<AttackGraphView, SearchIndex>();

/** The graph's index, rebuilt if the graph's size changed since it was built. */
export function searchIndexOf(graph: AttackGraphView): SearchIndex {
  let index = cache.get(graph);
  if (!index || index.order !== graph.order || index.size !== graph.size) {
    index = buildIndex(graph);
    cache.set(graph, index);
  }
  return index;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each node's out-edges, in the graph's order, as (attributes, target number): the compact graph's
 *  arrays read directly, any other graph through `forEachOutEdge`. */
type OutEdgeWalk = (
  node: number,
  visit: (attrs: EdgeAttributes, target: number, targetAttrs: NodeAttributes) => void,
) => void;

function buildIndex(graph: AttackGraphView): SearchIndex {
  if (graph instanceof CompactAttackGraph) {
    const { ids, attributes, outStart, outEdges, edgeTo, edgeAttributes } = graph;
    return indexOf([...ids], [...attributes], graph.numbers, graph.size, (node, visit) => {
      for (let s = outStart[node]; s < outStart[node + 1]; s++) {
        const e = outEdges[s];
        visit(edgeAttributes[e], edgeTo[e], attributes[edgeTo[e]]);
      }
    });
  }
  const nodeIds: string[] = [];
  const nodeAttributes: NodeAttributes[] = [];
  const nodeNumber = new Map<string, number>();
  graph.forEachNode((id, attrs) => {
    nodeNumber.set(id, nodeIds.length);
    nodeIds.push(id);
    nodeAttributes.push(attrs);
  });
  return indexOf(nodeIds, nodeAttributes, nodeNumber, graph.size, (node, visit) =>
    graph.forEachOutEdge(nodeIds[node], (_edge, attrs, _from, target, _fa, targetAttrs) =>
      visit(attrs, nodeNumber.get(target)!, targetAttrs),
    ),
  );
}

function indexOf(
  nodeIds: string[],
  nodeAttributes: NodeAttributes[],
  nodeNumber: Map<string, number>,
  size: number,
  walk: OutEdgeWalk,
): SearchIndex {
  const nodeKinds: NodeKind[] = nodeAttributes.map((a) => a.kind);
  const n = nodeIds.length;
  const stepStart = new Int32Array(n + 1);
  // Sized for every edge; only the traversable ones are filled.
  const stepTo = new Int32Array(size);
  const stepEdge: EdgeAttributes[] = [];
  const stepSlot = new Uint8Array(size);
  const stepContinues = new Uint8Array(size);
  const stepConditional = new Uint8Array(size);
  const stepEffort = new Float64Array(size);
  const stepTechnique = new Int32Array(size);
  const techniques = new Map<string, number>();
  let count = 0;
  const visit = (attrs: EdgeAttributes, target: number, targetAttrs: NodeAttributes) => {
    if (!attrs.traversable) return;
    const access = accessOf(attrs, targetAttrs.kind);
    const technique = attrs.technique ?? attrs.type;
    let t = techniques.get(technique);
    if (t === undefined) techniques.set(technique, (t = techniques.size));
    stepTo[count] = target;
    stepEdge.push(attrs);
    stepSlot[count] = slotNumber(access);
    stepContinues[count] = continuesFrom(attrs, targetAttrs.kind, access) ? 1 : 0;
    stepConditional[count] = attrs.conditional ? 1 : 0;
    stepEffort[count] = attrs.effort > 0 ? attrs.effort : 1;
    stepTechnique[count] = t;
    count++;
  };
  for (let i = 0; i < n; i++) {
    stepStart[i] = count;
    walk(i, visit);
  }
  stepStart[n] = count;
  const to = stepTo.subarray(0, count);
  const continues = stepContinues.subarray(0, count);
  const technique = stepTechnique.subarray(0, count);
  const names = [...techniques.keys()];
  const prefixFree = names.every((t) => !t.includes('>'));
  return {
    order: n,
    size,
    nodeIds,
    nodeKinds,
    nodeAttributes,
    nodeNumber,
    stepStart,
    stepTo: to,
    stepEdge,
    stepSlot: stepSlot.subarray(0, count),
    stepContinues: continues,
    stepConditional: stepConditional.subarray(0, count),
    stepEffort: stepEffort.subarray(0, count),
    stepRank: textRanks(nodeIds, to, names, technique, prefixFree),
    // With a '>' in a technique, two texts can be equal with different nodes (`a>b` + `c` and `a` +
    // `b>c`): not worth analysing, such a graph is simply not treated as total.
    continuingTextsDistinct: prefixFree && continuingStepsDistinct(stepStart, to, continues, technique),
  };
}

/** Whether no node has two continuing steps with the same technique to the same node. */
function continuingStepsDistinct(
  stepStart: Int32Array,
  stepTo: Int32Array,
  continues: Uint8Array,
  technique: Int32Array,
): boolean {
  const nodes = stepStart.length - 1;
  // Per target: the last node with a continuing step to it, and that step; earlier steps from the
  // same node to the same target are chained through `previous`.
  const lastFrom = new Int32Array(nodes).fill(-1);
  const lastStep = new Int32Array(nodes);
  const previous = new Int32Array(stepTo.length);
  for (let from = 0; from < nodes; from++) {
    for (let s = stepStart[from]; s < stepStart[from + 1]; s++) {
      if (!continues[s]) continue;
      const to = stepTo[s];
      if (lastFrom[to] !== from) {
        lastFrom[to] = from;
        previous[s] = -1;
      } else {
        for (let t = lastStep[to]; t !== -1; t = previous[t]) if (technique[t] === technique[s]) return false;
        previous[s] = lastStep[to];
      }
      lastStep[to] = s;
    }
  }
  return true;
}

/** Ranks of the step texts `${technique}>${node}`. When no technique contains '>', `t1>n1` and
 *  `t2>n2` order as the pair (`t1>` vs `t2>`, n1 vs n2): with t1 ≠ t2 neither `t>` is a prefix of
 *  the other, so their first difference lies before the node ids. Otherwise the texts are sorted. */
function textRanks(
  nodeIds: string[],
  stepTo: Int32Array,
  techniques: string[],
  stepTechnique: Int32Array,
  prefixFree: boolean,
): Float64Array {
  const ranks = new Float64Array(stepTo.length);
  const n = nodeIds.length;
  if (prefixFree) {
    const byPrefix = techniques
      .map((_, i) => i)
      .sort((a, b) => byText(`${techniques[a]}>`, `${techniques[b]}>`));
    const techniqueRank = new Float64Array(techniques.length);
    byPrefix.forEach((t, rank) => (techniqueRank[t] = rank));
    const sortedNodes = nodeIds.map((_, i) => i).sort((a, b) => byText(nodeIds[a], nodeIds[b]));
    const nodeRank = new Float64Array(n);
    sortedNodes.forEach((node, rank) => (nodeRank[node] = rank));
    for (let i = 0; i < stepTo.length; i++)
      ranks[i] = techniqueRank[stepTechnique[i]] * n + nodeRank[stepTo[i]];
    return ranks;
  }
  const texts: string[] = [];
  for (let i = 0; i < stepTo.length; i++) texts.push(`${techniques[stepTechnique[i]]}>${nodeIds[stepTo[i]]}`);
  const rankOf = new Map([...new Set(texts)].sort(byText).map((text, i) => [text, i]));
  for (let i = 0; i < texts.length; i++) ranks[i] = rankOf.get(texts[i])!;
  return ranks;
}
