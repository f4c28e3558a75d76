// Verified fixes for every source of an analysis, and the account-wide ranking.
//
// The search is a greedy cut, bounded by a budget of re-analyses (each one rebuilds the access
// model and the attack graph of the whole snapshot, the cost of one analysis):
// 1. each source's candidates (candidates.ts) are tried best estimate first — a statement on every
//    path to admin first, since removing it alone cuts them all — until one verified change helps
//    it, then until `perSource` do; a change is verified once, whichever sources it serves;
// 2. a source that still reaches admin after each of its verified changes gets a combined fix: the
//    best candidate on its admin paths, then a change found on the admin paths that remain after
//    it, verified together, up to `maxChanges` (two statements that each grant admin need two
//    changes); the steps are listed too, each showing the admin path it leaves;
// 3. every verified change is a fix for every source it helps, and account-wide for all of them.
//    A change that lowers no radius while admin remains (the asset is reached through admin
//    anyway) is not listed for that source.
import type { Snapshot } from '../../snapshot/types.js';
import type { Fix, FixChange } from '../fix-types.js';
import type { AnalysisResult, AttackPath } from '../types.js';
import { applyChanges } from './apply-change.js';
import { candidatesFor, type Candidate, type ChangeMemo } from './candidates.js';
import { rankAccountFixes, rankSourceFixes } from './rank.js';
import { changeKey, statementChange } from './statement-change.js';
import { fixFor, helps, outcomeOf, verifyChanges, type Analyse, type Outcome } from './verify.js';

export interface FixOptions {
  /** The analysis to re-run (analyserFor with the first analysis's options). */
  analyse: Analyse;
  /** Re-analyses at most. Default 24. */
  budget?: number;
  /** Verified helpful changes sought per source. Default 1 (others come free from other sources). */
  perSource?: number;
  /** Candidates tried per source for each one sought. Default 3. */
  triesPerSource?: number;
  /** Changes in a combined fix, at most. Default 3. */
  maxChanges?: number;
  /** Fixes kept per source. Default 3. */
  listedPerSource?: number;
  /** Fixes kept account-wide. Default 10. */
  listedAccountWide?: number;
}

export interface FixStats {
  /** Re-analyses run. */
  verified: number;
  /** Sources that reach something and got no fix (the budget ran out, or no candidate helped). */
  withoutFix: number;
}

/** The result with `fixes` on every source (empty when none was found) and account-wide. */
export function computeFixes(
  snapshot: Snapshot,
  result: AnalysisResult,
  opts: FixOptions,
): { result: AnalysisResult; stats: FixStats } {
  const budget = opts.budget ?? 24;
  const perSource = opts.perSource ?? 1;
  const tries = opts.triesPerSource ?? 3;
  const maxChanges = opts.maxChanges ?? 3;
  const before = outcomeOf(result);
  const pathsOf = new Map<string, AttackPath[]>();
  for (const p of result.paths) {
    let list = pathsOf.get(p.source);
    if (!list) pathsOf.set(p.source, (list = []));
    list.push(p);
  }

  /** Verified change sets, by identity: undefined outcome when the analysis failed. */
  const verified = new Map<string, { changes: FixChange[]; outcome: Outcome | undefined }>();
  let used = 0;
  const verify = (changes: FixChange[]): Outcome | undefined => {
    const key = changes.map(changeKey).join('\u0001');
    const known = verified.get(key);
    if (known) return known.outcome;
    if (used >= budget) return undefined;
    used++;
    const outcome = verifyChanges(snapshot, changes, opts.analyse)?.outcome;
    verified.set(key, { changes, outcome });
    return outcome;
  };

  /** Per source: the keys of the steps of its combined fix (listed even though each alone leaves admin). */
  const steps = new Map<string, Set<string>>();
  const reaching = result.sources.filter((s) => (before.get(s.id)?.refs.length ?? 0) > 0);
  const memo: ChangeMemo = new Map();
  const candidates = new Map<string, { list: Candidate[]; next: number; helped: number }>();
  /** Made when the source's turn comes: once the budget is spent, the rest are never made. */
  const stateOf = (id: string) => {
    let state = candidates.get(id);
    if (!state)
      candidates.set(
        id,
        (state = { list: candidatesFor(snapshot, pathsOf.get(id) ?? [], memo), next: 0, helped: 0 }),
      );
    return state;
  };
  // Rounds over the sources, best-ranked first, so each source gets a fix before any gets a second.
  for (let round = 1; round <= perSource && used < budget; round++) {
    for (const s of reaching) {
      if (used >= budget) break;
      const state = stateOf(s.id);
      for (let n = 0; state.helped < round && n < tries && state.next < state.list.length; n++) {
        const outcome = verify([state.list[state.next++].change]);
        if (outcome && helps(before.get(s.id)!, outcome.get(s.id))) state.helped++;
      }
    }
  }
  for (const s of reaching) {
    const b = before.get(s.id)!;
    if (used >= budget) break;
    if (!b.adminPaths.length || singleFixes(s.id).some((f) => !f.adminRemains)) continue;
    const first = candidatesFor(snapshot, b.adminPaths, memo)[0];
    if (first) combine(s.id, [first.change]);
  }

  function singleFixes(id: string): Fix[] {
    const b = before.get(id)!;
    const fixes: Fix[] = [];
    for (const { changes, outcome } of verified.values())
      if (outcome && changes.length === 1 && helps(b, outcome.get(id)))
        fixes.push(fixFor(changes, [id], before, outcome));
    return fixes.sort((x, y) => x.radiusAfter - y.radiusAfter);
  }

  /** Add changes found on the admin paths that remain, until none remains or maxChanges. */
  function combine(id: string, first: FixChange[]): void {
    let changes = first;
    let outcome = verify(changes);
    const own = new Set<string>();
    steps.set(id, own);
    while (outcome && changes.length < maxChanges) {
      const remaining = outcome.get(id)?.adminPaths ?? [];
      if (!remaining.length) break;
      const after = applyChanges(snapshot, changes);
      const taken = new Set(changes.map(changeKey));
      const next = candidatesFor(after, remaining)
        .map((c) => inOriginalTerms(snapshot, c, changes))
        .find((c) => c && !taken.has(changeKey(c)));
      if (!next) break;
      const attempt = verify([...changes, next]);
      if (!attempt) break;
      own.add(changes.map(changeKey).join('\u0001'));
      changes = [...changes, next];
      outcome = attempt;
    }
  }

  const sources = result.sources.map((s) => {
    const b = before.get(s.id)!;
    const fixes: Fix[] = [];
    for (const [key, { changes, outcome }] of verified) {
      if (!outcome) continue;
      const fix = fixFor(changes, [s.id], before, outcome);
      const step = steps.get(s.id)?.has(key) ?? false;
      if (step || (helps(b, outcome.get(s.id)) && (fix.radiusAfter < fix.radiusBefore || !fix.adminRemains)))
        fixes.push(fix);
    }
    return {
      ...s,
      fixes: rankSourceFixes(fixes, b.adminPaths.length > 0).slice(0, opts.listedPerSource ?? 3),
    };
  });
  const accountWide: Fix[] = [];
  for (const { changes, outcome } of verified.values()) {
    if (!outcome) continue;
    const helped = result.sources.filter((s) => helps(before.get(s.id)!, outcome.get(s.id))).map((s) => s.id);
    if (helped.length) accountWide.push(fixFor(changes, helped, before, outcome));
  }
  const withoutFix = sources.filter(
    (s) => (before.get(s.id)?.refs.length ?? 0) > 0 && !s.fixes.length,
  ).length;
  return {
    result: {
      ...result,
      sources,
      fixes: rankAccountFixes(accountWide).slice(0, opts.listedAccountWide ?? 10),
    },
    stats: { verified: used, withoutFix },
  };
}

/**
 * A candidate found in the snapshot as earlier changes left it, named in the original snapshot's
 * terms: a removed statement shifts the indexes of those after it in its document.
 */
function inOriginalTerms(
  original: Snapshot,
  candidate: Candidate,
  earlier: readonly FixChange[],
): FixChange | undefined {
  const { origin } = candidate;
  if (!origin) return candidate.change;
  const removed = earlier
    .filter(
      (c) =>
        (c.kind === 'remove-statement' || c.kind === 'remove-trust-statement') &&
        c.policyId === origin.ref.policyId &&
        c.versionId === origin.ref.versionId,
    )
    .map((c) => c.statementIndex!)
    .sort((a, b) => a - b);
  let index = origin.ref.statement;
  for (const r of removed) if (r <= index) index++;
  return statementChange(original, { ...origin.ref, statement: index }, origin.principal, origin.actions);
}
