// One source to one target: the best path step by step (each step keeps its evidence), and the
// alternatives the search found.
import type { AttackGraphView } from '../graph/model.js';
import { isAssetKind } from './edge-semantics.js';
import { compareLabels, labelChain, searchPaths, type Label } from './path-search.js';
import { pathScore, scoringOptions } from './score.js';
import type { ExplainResult, ExplainedPath, QueryOptions } from './types.js';

export function explainPath(
  graph: AttackGraphView,
  source: string,
  target: string,
  opts: QueryOptions = {},
): ExplainResult {
  const scoring = scoringOptions(opts.scoring);
  const targetKind = graph.getNodeAttribute(target, 'kind');
  const sensitivity = graph.getNodeAttribute(target, 'sensitivity');
  const { slots } = searchPaths(graph, source, { ...opts, target });
  const labels: Label[] = [...slots.values()].flat();
  const explained = labels.map((l): ExplainedPath => {
    const asAsset = l.access !== undefined && isAssetKind(l.kind);
    return {
      source,
      target,
      targetKind,
      ...(asAsset ? { access: l.access } : {}),
      score: asAsset ? pathScore(l.kind, l.access!, sensitivity, l.hops, l.conditionalSteps, scoring) : 0,
      hops: labelChain(l).map((c) => ({
        from: c.parent!.node,
        to: c.node,
        technique: c.edge!.technique ?? c.edge!.type.toLowerCase(),
        conditional: c.edge!.conditional,
        conditionKeys: [...c.edge!.conditionKeys],
        assumptions: [...c.edge!.assumptions],
        evidence: c.edge!.evidence,
      })),
    };
  });
  const order = new Map(labels.map((l, i) => [explained[i], l]));
  explained.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    const la = order.get(a)!;
    const lb = order.get(b)!;
    return la.hops - lb.hops || compareLabels(la, lb);
  });
  const k = Math.max(1, opts.k ?? 3);
  return { source, target, targetKind, best: explained[0] ?? null, alternatives: explained.slice(1, k) };
}
