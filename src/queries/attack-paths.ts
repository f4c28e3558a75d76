// The k best attack paths from one source to every asset it reaches.
import type { AttackGraphView } from '../graph/model.js';
import { attackPathOf, comparePaths } from './attack-path-of.js';
import { isAssetKind } from './edge-semantics.js';
import { compareLabels, searchPaths, type Label } from './path-search.js';
import { scoringOptions } from './score.js';
import type { AttackPath, QueryOptions } from './types.js';

/** Up to `k` cheapest paths per reached asset (any access level), listed best score first. */
export function attackPaths(graph: AttackGraphView, source: string, opts: QueryOptions = {}): AttackPath[] {
  const k = Math.max(1, opts.k ?? 3);
  const scoring = scoringOptions(opts.scoring);
  const { slots } = searchPaths(graph, source, opts);
  const byTarget = new Map<string, Label[]>();
  for (const labels of slots.values()) {
    for (const label of labels) {
      if (!label.access || !isAssetKind(label.kind)) continue;
      const list = byTarget.get(label.node);
      if (list) list.push(label);
      else byTarget.set(label.node, [label]);
    }
  }
  const paths: AttackPath[] = [];
  for (const labels of byTarget.values()) {
    labels.sort(compareLabels);
    for (const label of labels.slice(0, k)) paths.push(attackPathOf(graph, source, label, scoring));
  }
  return paths.sort(comparePaths);
}
