// Everything one source reaches: each asset with its best access, fewest hops, whether the best path
// is conditional, and its score; the source's radius is the sum of those scores. Each asset's score
// is the score of exactly one path, returned beside it.
import type { AttackGraph } from '../graph/model.js';
import { attackPathOf } from './attack-path-of.js';
import { isAssetKind } from './edge-semantics.js';
import { compareLabels, searchPaths, type Label } from './path-search.js';
import { pathScore, round2, scoringOptions } from './score.js';
import type { AttackPath, BlastRadiusResult, QueryOptions, ReachedAsset } from './types.js';

export function blastRadius(graph: AttackGraph, source: string, opts: QueryOptions = {}): BlastRadiusResult {
  const scoring = scoringOptions(opts.scoring);
  // One cheapest path per (asset, access) is enough here: the search also keeps every path not
  // dominated in (hops, conditional steps), which includes the best-scoring and the fewest-hops ones.
  const { slots } = searchPaths(graph, source, { ...opts, k: opts.k ?? 1 });
  const byTarget = new Map<string, Label[]>();
  for (const labels of slots.values()) {
    for (const label of labels) {
      if (!label.access || !isAssetKind(label.kind)) continue;
      const list = byTarget.get(label.node);
      if (list) list.push(label);
      else byTarget.set(label.node, [label]);
    }
  }
  const entries: { asset: ReachedAsset; path: AttackPath; certainPath?: AttackPath }[] = [];
  for (const [node, labels] of byTarget) {
    const sensitivity = graph.getNodeAttribute(node, 'sensitivity');
    const bestOf = (candidates: Label[]): Label | undefined => {
      let best: Label | undefined;
      let bestScore = -1;
      for (const l of candidates) {
        const s = pathScore(l.kind, l.access!, sensitivity, l.hops, l.conditionalSteps, scoring);
        // Highest score; ties go to fewer hops, then the cheaper, then the lexically first path.
        if (
          s > bestScore ||
          (s === bestScore && best && (l.hops - best.hops || compareLabels(l, best)) < 0)
        ) {
          best = l;
          bestScore = s;
        }
      }
      return best;
    };
    const fewestHops = (best: Label, certainOnly: boolean) => {
      let fewest = best.hops;
      for (const l of labels)
        if (l.access === best.access && l.hops < fewest && (!certainOnly || l.conditionalSteps === 0))
          fewest = l.hops;
      return fewest;
    };
    const b = bestOf(labels)!;
    const path = attackPathOf(graph, source, b, scoring);
    const entry: (typeof entries)[number] = {
      asset: {
        id: node,
        kind: b.kind,
        access: b.access!,
        hops: fewestHops(b, false),
        conditional: b.conditionalSteps > 0,
        score: path.score,
      },
      path,
    };
    // A conditional best path must not hide a certain one (e.g. a certain read beside a speculative
    // admin through a resource policy that was not collected).
    const c = b.conditionalSteps > 0 ? bestOf(labels.filter((l) => l.conditionalSteps === 0)) : undefined;
    if (c) {
      entry.certainPath = attackPathOf(graph, source, c, scoring);
      entry.asset.certain = { access: c.access!, hops: fewestHops(c, true), score: entry.certainPath.score };
    }
    entries.push(entry);
  }
  entries.sort((x, y) =>
    x.asset.score !== y.asset.score ? y.asset.score - x.asset.score : x.asset.id < y.asset.id ? -1 : 1,
  );
  // Admin of an account implies every asset in it: count such assets once, through the admin node.
  const admins = new Map<string, ReachedAsset>();
  for (const e of entries)
    if (e.asset.kind === 'Admin') admins.set(graph.getNodeAttribute(e.asset.id, 'account'), e.asset);
  let total = 0;
  for (const e of entries) {
    const admin =
      e.asset.kind === 'Admin' ? undefined : admins.get(graph.getNodeAttribute(e.asset.id, 'account'));
    if (admin && (!admin.conditional || e.asset.conditional)) e.asset.subsumedBy = admin.id;
    else total += e.asset.score;
  }
  const attrs = graph.getNodeAttributes(source);
  return {
    radius: {
      id: source,
      kind: attrs.kind,
      account: attrs.account,
      score: round2(total),
      assets: entries.map((e) => e.asset),
    },
    paths: entries.map((e) => e.path),
    certainPaths: entries.flatMap((e) => (e.certainPath ? [e.certainPath] : [])),
  };
}
