// Everything one source reaches: each asset with its best access, fewest hops, whether the best path
// is conditional, and its score; the source's radius is the sum of those scores. Each asset's score
// is the score of exactly one path, returned beside it.
import type { AttackGraphView, NodeKind } from '../graph/model.js';
import { HopTable, attackPathOfArrival } from './attack-path-of.js';
import { isAssetKind } from './edge-semantics.js';
import { searchArrivals } from './path-search.js';
import { PathSearchRun } from './path-search-run.js';
import { pathScore, round2, scoringOptions, type ScoringOptions } from './score.js';
import type { AttackPath, BlastRadiusResult, QueryOptions, ReachedAsset } from './types.js';

interface Entry {
  asset: ReachedAsset;
  /** The asset's account (admin of it subsumes the asset). */
  account: string;
  path: AttackPath;
  certainPath?: AttackPath;
}

export function blastRadius(
  graph: AttackGraphView,
  source: string,
  opts: QueryOptions = {},
  /** Hops made by earlier calls on the same graph (analyze shares one across its sources). */
  hops: HopTable = new HopTable(),
  /** Where the search runs (analyze reuses one across its sources; it holds this source's arrivals
   *  until the next call given it). */
  run: PathSearchRun = new PathSearchRun(),
): BlastRadiusResult {
  const scoring = scoringOptions(opts.scoring);
  // One cheapest path per (asset, access) is enough here: the search also keeps every path not
  // dominated in (hops, conditional steps), which includes the best-scoring and the fewest-hops ones.
  searchArrivals(graph, source, { ...opts, k: opts.k ?? 1 }, run);
  const { nodeIds, nodeKinds, nodeAttributes } = run.index;
  const entries: Entry[] = [];
  const arrivals: number[] = [];
  const certain: number[] = [];
  for (const n of run.nodes) {
    const kind = nodeKinds[n];
    if (!isAssetKind(kind)) continue;
    arrivals.length = 0;
    run.arrivalsWithAccess(n, arrivals);
    if (!arrivals.length) continue;
    const node = nodeIds[n];
    const { sensitivity, account } = nodeAttributes[n];
    const b = bestOf(run, arrivals, kind, sensitivity, scoring);
    const path = attackPathOfArrival(run, source, b, sensitivity, scoring, hops);
    const conditional = run.conditionalStepsOf(b) > 0;
    const entry: Entry = {
      asset: {
        id: node,
        kind,
        access: run.accessOf(b)!,
        hops: fewestHops(run, arrivals, b, false),
        conditional,
        score: path.score,
      },
      account,
      path,
    };
    // A conditional best path must not hide a certain one (e.g. a certain read beside a speculative
    // admin through a resource policy that was not collected).
    if (conditional) {
      certain.length = 0;
      for (const l of arrivals) if (run.conditionalStepsOf(l) === 0) certain.push(l);
      const c = bestOf(run, certain, kind, sensitivity, scoring);
      if (c !== NONE) {
        entry.certainPath = attackPathOfArrival(run, source, c, sensitivity, scoring, hops);
        entry.asset.certain = {
          access: run.accessOf(c)!,
          hops: fewestHops(run, arrivals, c, true),
          score: entry.certainPath.score,
        };
      }
    }
    entries.push(entry);
  }
  entries.sort((x, y) =>
    x.asset.score !== y.asset.score ? y.asset.score - x.asset.score : x.asset.id < y.asset.id ? -1 : 1,
  );
  // Admin of an account implies every asset in it: count such assets once, through the admin node.
  const admins = new Map<string, ReachedAsset>();
  for (const e of entries) if (e.asset.kind === 'Admin') admins.set(e.account, e.asset);
  let total = 0;
  for (const e of entries) {
    const admin = e.asset.kind === 'Admin' ? undefined : admins.get(e.account);
    if (admin && (!admin.conditional || e.asset.conditional)) e.asset.subsumedBy = admin.id;
    else total += e.asset.score;
  }
  const certainPaths: AttackPath[] = [];
  for (const e of entries) if (e.certainPath) certainPaths.push(e.certainPath);
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
    certainPaths,
  };
}

const NONE = -1;

/** The arrival whose path scores highest; ties go to fewer hops, then the cheaper, then the lexically
 *  first path, then the first listed. NONE when there are no candidates. */
function bestOf(
  run: PathSearchRun,
  candidates: readonly number[],
  kind: NodeKind,
  sensitivity: number,
  scoring: ScoringOptions,
): number {
  let best = NONE;
  let bestScore = -1;
  for (const l of candidates) {
    const hops = run.hopsOf(l);
    const s = pathScore(kind, run.accessOf(l)!, sensitivity, hops, run.conditionalStepsOf(l), scoring);
    if (
      s > bestScore ||
      (s === bestScore && best !== NONE && (hops - run.hopsOf(best) || run.compare(l, best)) < 0)
    ) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

/** Fewest hops among the arrivals with the same access as `best` (only certain ones if asked). */
function fewestHops(
  run: PathSearchRun,
  arrivals: readonly number[],
  best: number,
  certainOnly: boolean,
): number {
  const slot = run.slotOfLabel(best);
  let fewest = run.hopsOf(best);
  for (const l of arrivals)
    if (
      run.slotOfLabel(l) === slot &&
      run.hopsOf(l) < fewest &&
      (!certainOnly || run.conditionalStepsOf(l) === 0)
    )
      fewest = run.hopsOf(l);
  return fewest;
}
