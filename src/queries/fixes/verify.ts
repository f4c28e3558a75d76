// Verification: the snapshot with the change(s) applied is analysed again, the same way the first
// analysis was, and each source's radius and paths are compared with what they were. Nothing here
// estimates: a fix's numbers are those of the re-analysis.
import type { Snapshot } from '../../snapshot/types.js';
import type { Fix, FixChange, PathRef } from '../fix-types.js';
import type { AnalysisResult, AttackPath } from '../types.js';
import { applyChanges } from './apply-change.js';

/** One analysis of a snapshot, as the command being served runs it (see reanalyse.ts). */
export type Analyse = (snapshot: Snapshot) => AnalysisResult;

/** What a fix needs to know of one source in one analysis. */
export interface SourceOutcome {
  score: number;
  refs: PathRef[];
  /** The source's paths to admin (the next changes of a combined fix are found on them). */
  adminPaths: AttackPath[];
}

export type Outcome = Map<string, SourceOutcome>;

export function outcomeOf(result: AnalysisResult): Outcome {
  const out: Outcome = new Map();
  for (const s of result.sources) out.set(s.id, { score: s.score, refs: [], adminPaths: [] });
  const seen = new Set<string>();
  for (const p of result.paths) {
    const o = out.get(p.source);
    if (!o) continue;
    const id = `${p.source}\u0000${p.target}\u0000${p.access}`;
    if (!seen.has(id)) {
      seen.add(id);
      o.refs.push({ source: p.source, target: p.target, access: p.access });
    }
    if (p.targetKind === 'Admin') o.adminPaths.push(p);
  }
  for (const o of out.values()) o.refs.sort(compareRefs);
  return out;
}

/** The analysis of the snapshot with the changes applied, or undefined when it failed. */
export function verifyChanges(
  snapshot: Snapshot,
  changes: readonly FixChange[],
  analyse: Analyse,
): { outcome: Outcome; snapshot: Snapshot } | undefined {
  const changed = applyChanges(snapshot, changes);
  try {
    return { outcome: outcomeOf(analyse(changed)), snapshot: changed };
  } catch {
    // A change the analysis cannot take (it should not happen) is no verified fix: skip it.
    return undefined;
  }
}

/** Whether the source is better off: a lower radius, or a path fewer. */
export function helps(before: SourceOutcome, after: SourceOutcome | undefined): boolean {
  if (!after) return before.score > 0;
  if (after.score < before.score) return true;
  const kept = new Set(after.refs.map(refId));
  return before.refs.some((r) => !kept.has(refId(r)));
}

/** The fix the changes make for these sources, from their before and after outcomes. */
export function fixFor(
  changes: readonly FixChange[],
  sources: readonly string[],
  before: Outcome,
  after: Outcome,
): Fix {
  let radiusBefore = 0;
  let radiusAfter = 0;
  const removesPaths: PathRef[] = [];
  const remainingPaths: PathRef[] = [];
  let adminRemains = false;
  for (const id of sources) {
    const b = before.get(id);
    const a = after.get(id);
    radiusBefore += b?.score ?? 0;
    radiusAfter += a?.score ?? 0;
    const kept = new Set((a?.refs ?? []).map(refId));
    for (const r of b?.refs ?? []) if (!kept.has(refId(r))) removesPaths.push(r);
    for (const r of a?.refs ?? []) remainingPaths.push(r);
    if (a?.adminPaths.length) adminRemains = true;
  }
  const change: FixChange =
    changes.length === 1
      ? changes[0]
      : { ...changes[0], summary: `${changes.length} changes: ${changes.map((c) => c.summary).join('; ')}` };
  return {
    change,
    radiusBefore: round(radiusBefore),
    radiusAfter: round(radiusAfter),
    removesPaths: removesPaths.sort(compareRefs),
    remainingPaths: remainingPaths.sort(compareRefs),
    changes: [...changes],
    sources: [...sources].sort(),
    adminRemains,
  };
}

function refId(r: PathRef): string {
  return `${r.source}\u0000${r.target}\u0000${r.access}`;
}

function compareRefs(a: PathRef, b: PathRef): number {
  const x = refId(a);
  const y = refId(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
