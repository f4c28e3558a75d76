// Reverse question: which sources reach this asset, and by which best path. Candidates are found by
// walking traversable edges backwards from the target (bounded), then confirmed by the forward search,
// so the answer is exactly what `blastRadius` of each source would say about the target.
import type { AttackGraph, NodeKind } from '../graph/model.js';
import { HopTable } from './attack-path-of.js';
import { blastRadius } from './blast-radius.js';
import { PathSearchRun } from './path-search-run.js';
import type { QueryOptions, WhoCanEntry, WhoCanResult } from './types.js';

const PRINCIPAL_OR_WORKLOAD: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'AWSUser',
  'AWSRole',
  'AWSGroup',
  'AWSECSTaskDefinition',
  'AWSECSTask',
]);

export interface WhoCanOptions extends QueryOptions {
  /** Sources to consider. Default: every principal, task definition and task. */
  sources?: readonly string[];
}

export function whoCan(graph: AttackGraph, target: string, opts: WhoCanOptions = {}): WhoCanResult {
  const maxHops = opts.maxHops ?? 6;
  const targetKind = graph.getNodeAttribute(target, 'kind');
  // Nodes within maxHops of the target, walking traversable edges backwards.
  const near = new Set<string>([target]);
  let frontier = [target];
  for (let depth = 0; depth < maxHops && frontier.length; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachInEdge(node, (_e, attrs, from) => {
        if (attrs.traversable && !near.has(from)) {
          near.add(from);
          next.push(from);
        }
      });
    }
    frontier = next;
  }
  const candidates = (opts.sources ?? graph.filterNodes((_n, a) => PRINCIPAL_OR_WORKLOAD.has(a.kind)))
    .filter((s) => s !== target && near.has(s))
    .sort();
  const reachedBy: WhoCanEntry[] = [];
  const hops = new HopTable(true); // sources' paths share their hops through the same edges
  const run = new PathSearchRun(); // one search run for all sources, read before the next search
  for (const source of candidates) {
    const { radius, paths } = blastRadius(graph, source, opts, hops, run);
    const i = radius.assets.findIndex((a) => a.id === target);
    if (i < 0) continue;
    const asset = radius.assets[i];
    reachedBy.push({
      source,
      kind: radius.kind,
      account: radius.account,
      access: asset.access,
      hops: asset.hops,
      conditional: asset.conditional,
      score: asset.score,
      path: paths[i],
    });
  }
  reachedBy.sort((a, b) => (a.score !== b.score ? b.score - a.score : a.source < b.source ? -1 : 1));
  return { target, targetKind, reachedBy };
}
