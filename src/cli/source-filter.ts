// The filter options (--account, --cluster, --top, --min-score) as the query's filter.
import { clusterSources, type SourceFilter } from '../queries/filter-sources.js';
import type { Snapshot } from '../snapshot/types.js';

export function sourceFilter(
  values: { account?: string; cluster?: string; top?: number; minScore?: number },
  snapshot: Snapshot,
): SourceFilter {
  return {
    ...(values.account !== undefined ? { account: values.account } : {}),
    ...(values.cluster !== undefined ? { only: clusterSources(snapshot, values.cluster) } : {}),
    ...(values.top !== undefined ? { top: values.top } : {}),
    ...(values.minScore !== undefined ? { minScore: values.minScore } : {}),
  };
}
