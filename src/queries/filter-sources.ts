// Narrowing a ranking to what the reader asked for: the sources of one account or one ECS cluster,
// those scoring at least a minimum, the N best. Applied after ranking, so a kept source has the
// score and paths it has in the full analysis. No filter: the very same result.
import type { Snapshot } from '../snapshot/types.js';
import { InputError } from '../snapshot/errors.js';
import { closestIds } from './closest-ids.js';
import type { AnalysisResult, WhoCanResult } from './types.js';

export interface SourceFilter {
  account?: string;
  /** Source ids to keep (e.g. `clusterSources`). */
  only?: ReadonlySet<string>;
  minScore?: number;
  /** Keep the N highest-ranked (after the other filters). */
  top?: number;
}

export function isEmptyFilter(f: SourceFilter): boolean {
  return f.account === undefined && f.only === undefined && f.minScore === undefined && f.top === undefined;
}

/** The ranked items the filter keeps, in their order (items are ranked best first). */
export function keepRanked<T>(
  items: readonly T[],
  f: SourceFilter,
  of: (item: T) => { id: string; account: string; score: number },
): T[] {
  let kept = items.filter((item) => {
    const { id, account, score } = of(item);
    return (
      (f.account === undefined || account === f.account) &&
      (f.only === undefined || f.only.has(id)) &&
      (f.minScore === undefined || score >= f.minScore)
    );
  });
  if (f.top !== undefined) kept = kept.slice(0, f.top);
  return kept;
}

export function filterAnalysis(result: AnalysisResult, f: SourceFilter): AnalysisResult {
  if (isEmptyFilter(f)) return result;
  const sources = keepRanked(result.sources, f, (s) => s);
  const kept = new Set(sources.map((s) => s.id));
  return { ...result, sources, paths: result.paths.filter((p) => kept.has(p.source)) };
}

export function filterWhoCan(result: WhoCanResult, f: SourceFilter): WhoCanResult {
  if (isEmptyFilter(f)) return result;
  return {
    ...result,
    reachedBy: keepRanked(result.reachedBy, f, (r) => ({ id: r.source, account: r.account, score: r.score })),
  };
}

/** Task definitions and tasks of an ECS cluster (by name or ARN): those its services and running
 *  tasks use, and the tasks themselves. Did-you-mean when no cluster has that name. */
export function clusterSources(snapshot: Snapshot, cluster: string): Set<string> {
  const clusters = snapshot.accounts.flatMap((a) => a.ecs.clusters);
  const matching = new Set(clusters.filter((c) => c.arn === cluster || c.name === cluster).map((c) => c.arn));
  if (!matching.size) {
    const near = closestIds(
      cluster,
      clusters.map((c) => c.name),
      3,
    );
    throw new InputError(
      `--cluster '${cluster}' is not a cluster of the input`,
      {},
      { hint: near.length ? `did you mean ${near.join(', ')}?` : 'no similar cluster name in the input' },
    );
  }
  const ids = new Set<string>();
  for (const a of snapshot.accounts) {
    for (const s of a.ecs.services) if (matching.has(s.clusterArn)) ids.add(s.taskDefinitionArn);
    for (const t of a.ecs.tasks) {
      if (!matching.has(t.clusterArn)) continue;
      ids.add(t.taskDefinitionArn);
      ids.add(t.arn);
    }
  }
  return ids;
}
