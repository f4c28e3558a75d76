// Everything one source reaches: each asset with its best access, fewest hops, whether the best path
// is conditional, and its score; the source's radius is the sum of those scores. Each asset's score
// is the score of exactly one path, returned beside it.
import type { Access, AttackGraph } from '../graph/model.js';
import { attackPathOf } from './attack-path-of.js';
import { isAssetKind } from './edge-semantics.js';
import { searchArrivals } from './path-search.js';
import { pathScore, round2, scoringOptions } from './score.js';
import { SLOT_NAMES } from './search-index.js';
import type { AttackPath, BlastRadiusResult, QueryOptions, ReachedAsset } from './types.js';

export function blastRadius(graph: AttackGraph, source: string, opts: QueryOptions = {}): BlastRadiusResult {
  const scoring = scoringOptions(opts.scoring);
  // One cheapest path per (asset, access) is enough here: the search also keeps every path not
  // dominated in (hops, conditional steps), which includes the best-scoring and the fewest-hops ones.
  const run = searchArrivals(graph, source, { ...opts, k: opts.k ?? 1 });
  const { nodeIds, nodeKinds } = run.index;
  const entries: { asset: ReachedAsset; path: AttackPath; certainPath?: AttackPath }[] = [];
  for (const n of run.nodes) {
    const kind = nodeKinds[n];
    if (!isAssetKind(kind)) continue;
    // The node's arrivals with an access level, slot by slot in the order the slots were created.
    const labels: number[] = [];
    for (const slot of run.slotsOf(n)) if (slot !== 0) labels.push(...run.labelsOf(n, slot));
    if (!labels.length) continue;
    const node = nodeIds[n];
    const sensitivity = graph.getNodeAttribute(node, 'sensitivity');
    const accessOf = (l: number) => SLOT_NAMES[run.slotOfLabel(l)] as Access;
    const bestOf = (candidates: number[]): number => {
      let best = -1;
      let bestScore = -1;
      for (const l of candidates) {
        const hops = run.hopsOf(l);
        const s = pathScore(kind, accessOf(l), sensitivity, hops, run.conditionalStepsOf(l), scoring);
        // Highest score; ties go to fewer hops, then the cheaper, then the lexically first path.
        if (
          s > bestScore ||
          (s === bestScore && best >= 0 && (hops - run.hopsOf(best) || run.compare(l, best)) < 0)
        ) {
          best = l;
          bestScore = s;
        }
      }
      return best;
    };
    const fewestHops = (best: number, certainOnly: boolean) => {
      const slot = run.slotOfLabel(best);
      let fewest = run.hopsOf(best);
      for (const l of labels)
        if (
          run.slotOfLabel(l) === slot &&
          run.hopsOf(l) < fewest &&
          (!certainOnly || run.conditionalStepsOf(l) === 0)
        )
          fewest = run.hopsOf(l);
      return fewest;
    };
    const b = bestOf(labels);
    const path = attackPathOf(graph, source, run.label(b), scoring);
    const conditional = run.conditionalStepsOf(b) > 0;
    const entry: (typeof entries)[number] = {
      asset: {
        id: node,
        kind,
        access: accessOf(b),
        hops: fewestHops(b, false),
        conditional,
        score: path.score,
      },
      path,
    };
    // A conditional best path must not hide a certain one (e.g. a certain read beside a speculative
    // admin through a resource policy that was not collected).
    const c = conditional ? bestOf(labels.filter((l) => run.conditionalStepsOf(l) === 0)) : -1;
    if (c >= 0) {
      entry.certainPath = attackPathOf(graph, source, run.label(c), scoring);
      entry.asset.certain = {
        access: accessOf(c),
        hops: fewestHops(c, true),
        score: entry.certainPath.score,
      };
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
