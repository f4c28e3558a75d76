// Nodes and edges collected before insertion, so the graph is built in one sorted order: the same
// snapshot always gives the same graph, node for node and edge for edge.
import { MultiDirectedGraph } from 'graphology';
import type { AttackGraph, EdgeAttributes, NodeAttributes } from './model.js';

export class GraphDraft {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, { from: string; to: string; attrs: EdgeAttributes }>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): NodeAttributes | undefined {
    return this.nodes.get(id);
  }

  /** First writer wins: a node seen twice (e.g. an AWS managed policy in two accounts) is one node. */
  addNode(attrs: NodeAttributes): void {
    if (!this.nodes.has(attrs.id)) this.nodes.set(attrs.id, attrs);
  }

  addStructural(type: EdgeAttributes['type'], from: string, to: string): void {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return;
    const key = `${type}|${from}|${to}`;
    if (this.edges.has(key)) return;
    this.edges.set(key, {
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

  /** One edge per (technique, from, to, access); a better one (unconditional, fewer assumptions) replaces a worse. */
  addAttack(from: string, to: string, attrs: EdgeAttributes): void {
    if (!this.nodes.has(from) || !this.nodes.has(to) || from === to) return;
    const key = `${attrs.technique}|${from}|${to}|${attrs.access ?? ''}`;
    const existing = this.edges.get(key);
    if (existing && rank(existing.attrs) <= rank(attrs)) return;
    this.edges.set(key, { from, to, attrs });
  }

  build(): AttackGraph {
    const graph: AttackGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of [...this.nodes.keys()].sort()) graph.addNode(id, this.nodes.get(id)!);
    for (const key of [...this.edges.keys()].sort()) {
      const e = this.edges.get(key)!;
      graph.addDirectedEdgeWithKey(key, e.from, e.to, e.attrs);
    }
    return graph;
  }
}

function rank(e: EdgeAttributes): number {
  return (e.conditional ? 1000 : 0) + e.assumptions.length;
}
