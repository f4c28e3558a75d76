// Which nodes and edges make up each source's attack paths, as one deduplicated table of nodes and
// edges shared by every source (an edge on a hundred sources' paths is listed once). The HTML report
// draws a source's graph from its index lists; the DOT and Mermaid renderers draw one source's.
import type { Access, AttackGraph, EdgeType, EvidenceItem, NodeKind } from '../graph/model.js';
import type { AnalysisResult, AttackPath, PathHop } from './types.js';

export interface SubgraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  account: string;
}

export interface SubgraphEdge {
  /** Indices into `SourceSubgraphs.nodes`. */
  from: number;
  to: number;
  /** Edge type in the graph vocabulary (`CAN_BECOME`, `CAN_READ` …). */
  type: EdgeType;
  technique: string;
  access?: Access;
  conditional: boolean;
  conditionKeys: string[];
  assumptions: string[];
  evidence: EvidenceItem[];
}

export interface SourcePathRef {
  /** Index of the reached asset in `nodes`. */
  target: number;
  access: Access;
  score: number;
  /** The path's steps, in order, as indices into `edges`. */
  edges: number[];
}

export interface SourceSubgraph {
  /** Index of the source in `nodes`. */
  source: number;
  /** Every node on the source's paths (the source first), as indices into `nodes`. */
  nodes: number[];
  /** Every edge on the source's paths, as indices into `edges`, sorted. */
  edges: number[];
  /** The source's paths (one per reached asset in an `analyze` result), in the result's order. */
  paths: SourcePathRef[];
  /** Paths of this source left out by `maxPathsPerSource` (its lowest-ranked ones). */
  omittedPaths: number;
}

export interface SubgraphOptions {
  /** Keep at most this many paths per source (the first ones, i.e. the best in an analysis result). */
  maxPathsPerSource?: number;
}

export interface SourceSubgraphs {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  /** One per source of the result, in its ranking order. */
  sources: SourceSubgraph[];
}

/** The subgraph behind each source's paths in an analysis (sources with no path get empty lists). */
export function sourceSubgraphs(
  graph: AttackGraph,
  result: AnalysisResult,
  opts: SubgraphOptions = {},
): SourceSubgraphs {
  return subgraphsOf(
    graph,
    result.sources.map((s) => s.id),
    result.paths,
    opts,
  );
}

/** The same for any list of paths (e.g. `attackPaths(graph, source)` for one source). */
export function subgraphsOf(
  graph: AttackGraph,
  sources: readonly string[],
  paths: readonly AttackPath[],
  opts: SubgraphOptions = {},
): SourceSubgraphs {
  const cap = opts.maxPathsPerSource ?? Infinity;
  const nodes: SubgraphNode[] = [];
  const nodeIndex = new Map<string, number>();
  const edges: SubgraphEdge[] = [];
  const edgeIndex = new Map<string, number>();

  const nodeOf = (id: string): number => {
    let i = nodeIndex.get(id);
    if (i === undefined) {
      const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
      i = nodes.length;
      nodes.push({ id, kind: a?.kind ?? 'AWSRole', name: a?.name ?? id, account: a?.account ?? '' });
      nodeIndex.set(id, i);
    }
    return i;
  };
  const edgeOf = (hop: PathHop): number => {
    const key = `${hop.from}\u0000${hop.to}\u0000${hop.technique}`;
    let i = edgeIndex.get(key);
    if (i === undefined) {
      const attrs = graphEdge(graph, hop);
      i = edges.length;
      edges.push({
        from: nodeOf(hop.from),
        to: nodeOf(hop.to),
        type: attrs?.type ?? 'CAN_BECOME',
        technique: hop.technique,
        ...(attrs?.access ? { access: attrs.access } : {}),
        conditional: hop.conditional,
        conditionKeys: [...hop.conditionKeys],
        assumptions: [...hop.assumptions],
        evidence: hop.evidence,
      });
      edgeIndex.set(key, i);
    }
    return i;
  };

  const bySource = new Map<string, SourceSubgraph>();
  const subgraphs = sources.map((id) => {
    const sub: SourceSubgraph = { source: nodeOf(id), nodes: [], edges: [], paths: [], omittedPaths: 0 };
    bySource.set(id, sub);
    return sub;
  });
  const seenNodes = new Map<SourceSubgraph, Set<number>>();
  const seenEdges = new Map<SourceSubgraph, Set<number>>();
  for (const sub of subgraphs) {
    seenNodes.set(sub, new Set([sub.source]));
    seenEdges.set(sub, new Set());
  }
  for (const path of paths) {
    const sub = bySource.get(path.source);
    if (!sub) continue;
    if (sub.paths.length >= cap) {
      sub.omittedPaths++;
      continue;
    }
    const steps = path.hops.map(edgeOf);
    const ns = seenNodes.get(sub)!;
    const es = seenEdges.get(sub)!;
    for (const e of steps) {
      es.add(e);
      ns.add(edges[e].from);
      ns.add(edges[e].to);
    }
    sub.paths.push({ target: nodeOf(path.target), access: path.access, score: path.score, edges: steps });
  }
  for (const sub of subgraphs) {
    sub.nodes = [...seenNodes.get(sub)!];
    sub.edges = [...seenEdges.get(sub)!].sort((a, b) => a - b);
  }
  return { nodes, edges, sources: subgraphs };
}

/** The graph edge a hop walked: same endpoints and technique. */
function graphEdge(graph: AttackGraph, hop: PathHop) {
  if (!graph.hasNode(hop.from) || !graph.hasNode(hop.to)) return undefined;
  for (const key of graph.edges(hop.from, hop.to)) {
    const a = graph.getEdgeAttributes(key);
    if (a.traversable && (a.technique ?? a.type.toLowerCase()) === hop.technique) return a;
  }
  return undefined;
}
