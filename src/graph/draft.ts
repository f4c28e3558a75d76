// Nodes and edges collected before insertion, so the graph is built in one sorted order: the same
// snapshot always gives the same graph, node for node and edge for edge. Edge keys are
// `<type>|<from>|<to>` (structural) and `<technique>|<from>|<to>|<access>` (attack), inserted in the
// order of those strings.
import { MultiDirectedGraph } from 'graphology';
import type { AttackGraph, EdgeAttributes, NodeAttributes } from './model.js';

interface DraftEdge {
  from: string;
  to: string;
  attrs: EdgeAttributes;
}

/** Access levels numbered in the order of their names ('' first), as they sort in an edge key. */
const accessCodes: Record<string, number> = { '': 0, admin: 1, invoke: 2, read: 3, write: 4 };
const TECHNIQUE_SLOTS = 1024;

export class GraphDraft {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly structural = new Map<string, DraftEdge>();
  /** Node id → index, assigned when the first attack edge arrives (every node exists by then). */
  private nodeIndex: Map<string, number> | undefined;
  private readonly techniqueIndex = new Map<string, number>();
  /** Attack edges by source node, each keyed by a small number (target, technique, access): a large
   *  account's hundreds of thousands of candidate edges never build a string key to be deduplicated. */
  private readonly attacks = new Map<number, Map<number, DraftEdge>>();
  private lastSource = -1;
  private lastEdges: Map<number, DraftEdge> | undefined;

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): NodeAttributes | undefined {
    return this.nodes.get(id);
  }

  /** First writer wins: a node seen twice (e.g. an AWS managed policy in two accounts) is one node. */
  addNode(attrs: NodeAttributes): void {
    if (this.nodes.has(attrs.id)) return;
    this.nodes.set(attrs.id, attrs);
    if (this.nodeIndex) this.nodeIndex.set(attrs.id, this.nodeIndex.size);
  }

  addStructural(type: EdgeAttributes['type'], from: string, to: string): void {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return;
    const key = `${type}|${from}|${to}`;
    if (this.structural.has(key)) return;
    this.structural.set(key, {
      from,
      to,
      attrs: {
        type,
        traversable: false,
        conditional: false,
        conditionKeys: [],
        evidence: [],
        assumptions: [],
        effort: 0,
      },
    });
  }

  /** Whether an attack edge with this identity already exists unconditionally and without
   *  assumptions: nothing emitted later can replace it, so the caller may skip building the edge. */
  hasBestAttack(from: string, to: string, technique: string, access: string): boolean {
    const key = this.attackKey(from, to, technique, access);
    const existing = key === undefined ? undefined : this.lastEdges!.get(key);
    return existing !== undefined && rank(existing.attrs) === 0;
  }

  /** One edge per (technique, from, to, access); a better one (unconditional, fewer assumptions) replaces a worse. */
  addAttack(from: string, to: string, attrs: EdgeAttributes): void {
    const key = this.attackKey(from, to, attrs.technique ?? '', attrs.access ?? '');
    if (key === undefined) return;
    const existing = this.lastEdges!.get(key);
    if (existing && rank(existing.attrs) <= rank(attrs)) return;
    this.lastEdges!.set(key, { from, to, attrs });
  }

  /** The edge's key within its source's map, with `lastEdges` set to that map; undefined when a node
   *  is missing or the edge is a loop. */
  private attackKey(from: string, to: string, technique: string, access: string): number | undefined {
    // The engine asks about one edge two or three times in a row (is it there at its best? add it).
    const m = this.memo;
    if (from === m.from && to === m.to && technique === m.technique && access === m.access) return m.key;
    const key = this.computeAttackKey(from, to, technique, access);
    m.from = from;
    m.to = to;
    m.technique = technique;
    m.access = access;
    m.key = key;
    return key;
  }

  /** The last key asked for (`lastEdges` stays the map of its source). */
  private readonly memo = {
    from: '',
    to: '',
    technique: '',
    access: '',
    key: undefined as number | undefined,
  };

  private computeAttackKey(from: string, to: string, technique: string, access: string): number | undefined {
    if (from === to) return undefined;
    if (!this.nodeIndex) this.nodeIndex = new Map([...this.nodes.keys()].map((id, i) => [id, i]));
    const f = this.nodeIndex.get(from);
    const t = this.nodeIndex.get(to);
    if (f === undefined || t === undefined) return undefined;
    if (f !== this.lastSource) {
      let edges = this.attacks.get(f);
      if (!edges) this.attacks.set(f, (edges = new Map()));
      this.lastSource = f;
      this.lastEdges = edges;
    }
    let tech = this.techniqueIndex.get(technique);
    if (tech === undefined) this.techniqueIndex.set(technique, (tech = this.techniqueIndex.size));
    // Exact as long as there are fewer than 1,024 techniques (checked) and 2^40 nodes.
    if (tech >= TECHNIQUE_SLOTS) throw new Error(`more than ${TECHNIQUE_SLOTS} techniques`);
    return (t * TECHNIQUE_SLOTS + tech) * 8 + (accessCodes[access] ?? 7);
  }

  build(): AttackGraph {
    const graph: AttackGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of [...this.nodes.keys()].sort()) graph.addNode(id, this.nodes.get(id)!);
    for (const { key, edge } of this.sortedEdges())
      graph.addDirectedEdgeWithKey(key, edge.from, edge.to, edge.attrs);
    return graph;
  }

  /** Every edge with its string key, in the order of those keys. */
  private sortedEdges(): { key: string; edge: DraftEdge }[] {
    const structural = [...this.structural.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, edge]) => ({ key, edge }));
    const attacks = this.sortedAttacks();
    // Structural types are upper case and technique ids lower case, so structural keys come first;
    // merged in general all the same.
    const out: { key: string; edge: DraftEdge }[] = [];
    let i = 0;
    let j = 0;
    while (i < structural.length || j < attacks.length) {
      if (j >= attacks.length || (i < structural.length && structural[i].key < attacks[j].key))
        out.push(structural[i++]);
      else out.push(attacks[j++]);
    }
    return out;
  }

  /** Attack edges in the order of their string keys: sorted by numbers (the rank of the technique,
   *  of `<from>|` and `<to>|`, then access), which is that order whenever no node id holds a `|`;
   *  checked pair by pair, with a string sort as the fallback. */
  private sortedAttacks(): { key: string; edge: DraftEdge; order: number }[] {
    const edges: { key: string; edge: DraftEdge; order: number }[] = [];
    const ids = [...this.nodes.keys()];
    const rankOf = new Map([...ids].sort((a, b) => compare(`${a}|`, `${b}|`)).map((id, r) => [id, r]));
    const techniques = [...this.techniqueIndex.keys()].sort((a, b) => compare(`${a}|`, `${b}|`));
    const techniqueRank = new Map(techniques.map((t, r) => [t, r]));
    const n = ids.length;
    const exact = techniques.length * n * n * 8 < 2 ** 53;
    for (const bySource of this.attacks.values()) {
      for (const edge of bySource.values()) {
        const technique = edge.attrs.technique ?? '';
        const access = edge.attrs.access ?? '';
        const order = exact
          ? ((techniqueRank.get(technique)! * n + rankOf.get(edge.from)!) * n + rankOf.get(edge.to)!) * 8 +
            (accessCodes[access] ?? 7)
          : 0;
        edges.push({ key: `${technique}|${edge.from}|${edge.to}|${access}`, edge, order });
      }
    }
    if (exact) edges.sort((a, b) => a.order - b.order);
    for (let i = 1; i < edges.length; i++) {
      if (edges[i - 1].key < edges[i].key) continue;
      return edges.sort((a, b) => compare(a.key, b.key));
    }
    return edges;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rank(e: EdgeAttributes): number {
  return (e.conditional ? 1000 : 0) + e.assumptions.length;
}
