// The attack graph as the builder leaves it: nodes numbered in their sorted order, edges in their
// insertion order, and each node's out-edges in flat arrays. It reads exactly like the graphology
// graph built from it (same nodes, edges, keys, attribute objects and iteration orders), but costs
// no object per edge: an analysis walks this, and the graphology graph is built only when a
// consumer needs graphology itself (Neo4j export, the HTML report, library users).
import { MultiDirectedGraph } from 'graphology';
import type {
  AttackGraph,
  AttackGraphView,
  EdgeAttributes,
  NodeAttributes,
  OutEdgeCallback,
} from './model.js';

/** An edge's key: `<type>|<from>|<to>` for a structural edge, `<technique>|<from>|<to>|<access>`
 *  for an attack edge. */
export function edgeKey(attack: boolean, from: string, to: string, attrs: EdgeAttributes): string {
  return attack
    ? `${attrs.technique ?? ''}|${from}|${to}|${attrs.access ?? ''}`
    : `${attrs.type}|${from}|${to}`;
}

export class CompactAttackGraph implements AttackGraphView {
  /** Node numbers by id (a node's number is its rank in `ids`). */
  readonly numbers: Map<string, number>;
  /** Out-edges of node n are `outEdges[outStart[n]] … outEdges[outStart[n+1]-1]`, in the order
   *  graphology would list them. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;

  /**
   * @param ids node ids in insertion (= sorted) order; `attributes[i]` is node i's.
   * @param edgeFrom, edgeTo, edgeAttributes, edgeIsAttack edges in insertion order.
   */
  constructor(
    readonly ids: readonly string[],
    readonly attributes: readonly NodeAttributes[],
    readonly edgeFrom: Int32Array,
    readonly edgeTo: Int32Array,
    readonly edgeAttributes: readonly EdgeAttributes[],
    private readonly edgeIsAttack: Uint8Array,
  ) {
    this.numbers = new Map(ids.map((id, i) => [id, i]));
    [this.outStart, this.outEdges] = outAdjacency(ids, edgeFrom, edgeTo);
  }

  get order(): number {
    return this.ids.length;
  }

  get size(): number {
    return this.edgeFrom.length;
  }

  edgeKey(edge: number): string {
    return edgeKey(
      this.edgeIsAttack[edge] === 1,
      this.ids[this.edgeFrom[edge]],
      this.ids[this.edgeTo[edge]],
      this.edgeAttributes[edge],
    );
  }

  hasNode(node: string): boolean {
    return this.numbers.has(node);
  }

  getNodeAttributes(node: string): NodeAttributes {
    return this.attributes[this.numberOf(node, 'getNodeAttributes')];
  }

  getNodeAttribute<K extends keyof NodeAttributes>(node: string, name: K): NodeAttributes[K] {
    return this.attributes[this.numberOf(node, 'getNodeAttribute')][name];
  }

  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void {
    for (let i = 0; i < this.ids.length; i++) callback(this.ids[i], this.attributes[i]);
  }

  filterNodes(callback: (node: string, attributes: NodeAttributes) => boolean): string[] {
    const kept: string[] = [];
    for (let i = 0; i < this.ids.length; i++)
      if (callback(this.ids[i], this.attributes[i])) kept.push(this.ids[i]);
    return kept;
  }

  forEachOutEdge(node: string, callback: OutEdgeCallback): void {
    const n = this.numberOf(node, 'forEachOutEdge');
    for (let s = this.outStart[n]; s < this.outStart[n + 1]; s++) {
      const e = this.outEdges[s];
      const t = this.edgeTo[e];
      callback(
        this.edgeKey(e),
        this.edgeAttributes[e],
        node,
        this.ids[t],
        this.attributes[n],
        this.attributes[t],
      );
    }
  }

  /** The same graph in graphology: nodes and edges inserted in this graph's order, sharing its
   *  attribute objects. */
  toGraphology(): AttackGraph {
    const graph: AttackGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (let i = 0; i < this.ids.length; i++) graph.addNode(this.ids[i], this.attributes[i]);
    for (let e = 0; e < this.edgeFrom.length; e++) {
      graph.addDirectedEdgeWithKey(
        this.edgeKey(e),
        this.ids[this.edgeFrom[e]],
        this.ids[this.edgeTo[e]],
        this.edgeAttributes[e],
      );
    }
    return graph;
  }

  private numberOf(node: string, method: string): number {
    const n = this.numbers.get(node);
    // graphology's wording, so callers see one error whichever graph they hold.
    if (n === undefined) throw new Error(`Graph.${method}: could not find the "${node}" node in the graph.`);
    return n;
  }
}

/** Each node's out-edges in graphology's order for a multi graph: neighbours in the order their
 *  first edge was inserted (neighbours whose id is an array index first, by value: the key order of
 *  the object graphology keeps them in), and a neighbour's edges newest first. */
function outAdjacency(ids: readonly string[], from: Int32Array, to: Int32Array): [Int32Array, Int32Array] {
  const n = ids.length;
  const m = from.length;
  // Edges by source, stable (each source's edges in insertion order).
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[from[e] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const next = start.slice(0, n);
  const bySource = new Int32Array(m);
  for (let e = 0; e < m; e++) bySource[next[from[e]]++] = e;

  // Array-index ids (rare) are listed first by graphology's object keys.
  const index = new Float64Array(n);
  let anyIndex = false;
  for (let i = 0; i < n; i++) if ((index[i] = arrayIndexValue(ids[i])) >= 0) anyIndex = true;
  const out = new Int32Array(m);
  // Per neighbour of the current node: its group number (−1 = not seen); per group its node, edge
  // count and next place. Reused from node to node.
  const group = new Int32Array(n).fill(-1);
  const groupNode = new Int32Array(n);
  const count = new Int32Array(n);
  const place = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const lo = start[u];
    const hi = start[u + 1];
    let groups = 0;
    for (let s = lo; s < hi; s++) {
      const t = to[bySource[s]];
      if (group[t] === -1) {
        group[t] = groups;
        groupNode[groups] = t;
        count[groups++] = 0;
      }
      count[group[t]]++;
    }
    let at = lo;
    // Filled from the back: the newest edge to a neighbour comes first.
    const order = anyIndex ? indexFirst(groups, groupNode, index) : undefined;
    for (let k = 0; k < groups; k++) {
      const g = order ? order[k] : k;
      at += count[g];
      place[g] = at;
    }
    for (let s = lo; s < hi; s++) {
      const e = bySource[s];
      out[--place[group[to[e]]]] = e;
    }
    for (let g = 0; g < groups; g++) group[groupNode[g]] = -1;
  }
  return [start, out];
}

/** Group numbers in listing order when some id is an array index: those neighbours first, by
 *  value, the others as first seen (the sort is stable). */
function indexFirst(groups: number, groupNode: Int32Array, index: Float64Array): number[] {
  return Array.from({ length: groups }, (_, g) => g).sort((a, b) => {
    const x = index[groupNode[a]];
    const y = index[groupNode[b]];
    return x >= 0 && y >= 0 ? x - y : x >= 0 ? -1 : y >= 0 ? 1 : 0;
  });
}

/** The id's value when it is an array index (a canonical integer below 2^32 − 1), else −1. */
function arrayIndexValue(id: string): number {
  if (id.length === 0 || id.length > 10 || !/^(0|[1-9][0-9]*)$/.test(id)) return -1;
  const value = Number(id);
  return value < 2 ** 32 - 1 ? value : -1;
}
