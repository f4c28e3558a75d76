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

const accessCodes: Record<string, number> = { '': 0, admin: 1, invoke: 2, read: 3, write: 4 };

export class GraphDraft {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly structural = new Map<string, DraftEdge>();
  /** Attack edges by a numeric key (technique, from, to, access), so the hundreds of thousands of
   *  candidate edges of a large account never build and hash a string key just to be deduplicated. */
  private readonly attacks = new Map<number, DraftEdge>();
  /** The same for an account too large for the numeric key (more than 2^20 nodes). */
  private readonly largeAttacks = new Map<string, DraftEdge>();
  /** Node id → its index, assigned when the first attack edge arrives (every node exists by then). */
  private nodeIndex: Map<string, number> | undefined;
  private readonly techniqueIndex = new Map<string, number>();

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

  /** The key of an attack edge, or undefined when one of its nodes is missing or it is a loop. */
  private attackKey(
    from: string,
    to: string,
    technique: string,
    access: string,
  ): number | string | undefined {
    if (from === to) return undefined;
    if (!this.nodeIndex) this.nodeIndex = new Map([...this.nodes.keys()].map((id, i) => [id, i]));
    const f = this.nodeIndex.get(from);
    const t = this.nodeIndex.get(to);
    if (f === undefined || t === undefined) return undefined;
    let tech = this.techniqueIndex.get(technique);
    if (tech === undefined) this.techniqueIndex.set(technique, (tech = this.techniqueIndex.size));
    // Exact below 2^53: techniques (< 2^10) × nodes² (< 2^20 each) × access (8).
    if (f >= 2 ** 20 || t >= 2 ** 20 || tech >= 2 ** 10) return `${technique}|${from}|${to}|${access}`;
    return ((tech * 2 ** 20 + f) * 2 ** 20 + t) * 8 + (accessCodes[access] ?? 7);
  }

  /** Whether an attack edge with this key already exists unconditionally and without assumptions:
   *  nothing emitted later can replace it, so the caller may skip building the edge. */
  hasBestAttack(from: string, to: string, technique: string, access: string): boolean {
    const key = this.attackKey(from, to, technique, access);
    const existing = key === undefined ? undefined : this.attackEdge(key);
    return existing !== undefined && rank(existing.attrs) === 0;
  }

  /** One edge per (technique, from, to, access); a better one (unconditional, fewer assumptions) replaces a worse. */
  addAttack(from: string, to: string, attrs: EdgeAttributes): void {
    const key = this.attackKey(from, to, attrs.technique ?? '', attrs.access ?? '');
    if (key === undefined) return;
    const existing = this.attackEdge(key);
    if (existing && rank(existing.attrs) <= rank(attrs)) return;
    if (typeof key === 'number') this.attacks.set(key, { from, to, attrs });
    else this.largeAttacks.set(key, { from, to, attrs });
  }

  private attackEdge(key: number | string): DraftEdge | undefined {
    return typeof key === 'number' ? this.attacks.get(key) : this.largeAttacks.get(key);
  }

  build(): AttackGraph {
    const graph: AttackGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of [...this.nodes.keys()].sort()) graph.addNode(id, this.nodes.get(id)!);
    for (const [key, e] of this.sortedEdges()) graph.addDirectedEdgeWithKey(key, e.from, e.to, e.attrs);
    return graph;
  }

  /** Every edge with its string key, sorted by that key. */
  private sortedEdges(): [string, DraftEdge][] {
    const edges: [string, DraftEdge][] = [...this.structural.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const e of [...this.attacks.values(), ...this.largeAttacks.values()])
      edges.push([`${e.attrs.technique}|${e.from}|${e.to}|${e.attrs.access ?? ''}`, e]);
    return edges.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

function rank(e: EdgeAttributes): number {
  return (e.conditional ? 1000 : 0) + e.assumptions.length;
}
