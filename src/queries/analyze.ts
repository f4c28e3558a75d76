// The whole analysis: every source's blast radius, ranked, with the path behind each asset's score,
// and the input's coverage gaps so a partial view never reads as a safe one.
import type { AttackGraphView } from '../graph/model.js';
import type { Snapshot } from '../snapshot/types.js';
import { HopTable } from './attack-path-of.js';
import { blastRadius } from './blast-radius.js';
import { PathSearchRun } from './path-search-run.js';
import { coverageOf } from './coverage.js';
import { resolveNode } from './resolve-node.js';
import {
  REPORT_SCHEMA_VERSION,
  type AnalysisResult,
  type AttackPath,
  type QueryOptions,
  type SourceRadius,
} from './types.js';

/** What analyze needs of the graph builder's output (`BuiltGraph` satisfies it). */
export interface AnalyzableGraph {
  graph: AttackGraphView;
  /** The graph to read when given (`BuiltGraph`'s, which spares building its graphology graph). */
  view?: AttackGraphView;
  /** Default sources: task definitions used by services or running tasks. */
  sources: readonly string[];
}

export interface AnalyzeOptions extends QueryOptions {
  /** Analyse these nodes (principal or task definition ids) instead of the default sources. */
  from?: readonly string[];
  /** Analyse every task definition in the graph, used or not. */
  allTaskDefinitions?: boolean;
  /** Extra data versions to report (e.g. the action catalog the access model used). */
  dataVersions?: Record<string, string>;
}

export function analysisSources(built: AnalyzableGraph, opts: AnalyzeOptions = {}): string[] {
  const graph = graphOf(built);
  if (opts.from && opts.from.length) {
    return [...new Set(opts.from.map((id) => resolveNode(graph, id, '--from source')))].sort();
  }
  if (opts.allTaskDefinitions) {
    return graph.filterNodes((_n, a) => a.kind === 'AWSECSTaskDefinition').sort();
  }
  return [...new Set(built.sources)].filter((s) => graph.hasNode(s)).sort();
}

function graphOf(built: AnalyzableGraph): AttackGraphView {
  return built.view ?? built.graph;
}

export function analyze(
  built: AnalyzableGraph,
  snapshot: Snapshot,
  opts: AnalyzeOptions = {},
): AnalysisResult {
  const sources: SourceRadius[] = [];
  const pathsBySource = new Map<string, AttackPath[]>();
  // Sources' paths share their hops through the same edges.
  const hops = new HopTable(true);
  // One search run for every source: its arrays grow once, and each source's arrivals are read
  // before the next source's search.
  const run = new PathSearchRun();
  const graph = graphOf(built);
  for (const source of analysisSources(built, opts)) {
    const { radius, paths, certainPaths } = blastRadius(graph, source, opts, hops, run);
    sources.push(radius);
    // The certain paths behind `asset.certain` follow the source's scored paths.
    for (const p of certainPaths) paths.push(p);
    pathsBySource.set(source, paths);
  }
  sources.sort((a, b) => (a.score !== b.score ? b.score - a.score : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const dataVersions: Record<string, string> = {};
  const versions = new Map<string, string>();
  for (const d of snapshot.dataSources) versions.set(d.package, d.version);
  for (const [p, v] of Object.entries(opts.dataVersions ?? {})) versions.set(p, v);
  for (const p of [...versions.keys()].sort()) dataVersions[p] = versions.get(p)!;
  const paths: AttackPath[] = [];
  for (const s of sources) for (const p of pathsBySource.get(s.id) ?? []) paths.push(p);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    dataVersions,
    coverage: coverageOf(snapshot),
    sources,
    paths,
  };
}
