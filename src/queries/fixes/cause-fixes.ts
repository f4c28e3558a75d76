// Verified fixes for a diff's causes: for each cause (worst first) undo each of its changed statements
// on the after snapshot, analyse again, and keep the change that cuts the most radius. Each try costs
// one analysis, so a budget bounds them; causes past the budget carry no fix (the reports then show none).
import type { Snapshot } from '../../snapshot/types.js';
import type { DiffResult } from '../diff.js';
import type { Fix } from '../fix-types.js';
import type { AnalysisResult } from '../types.js';
import { fixForCause } from './fix-for-cause.js';
import type { Analyse } from './verify.js';

export interface CauseFixOptions {
  /** The after side: its snapshot and the analysis the diff compared. */
  after: Snapshot;
  afterResult: AnalysisResult;
  /** The analysis to re-run (analyserFor with the after side's options). */
  analyse: Analyse;
  /** Re-analyses to spend in all. */
  budget: number;
}

/** `diff` with `causes[].fix` filled for the causes the budget covers. */
export function withCauseFixes(diff: DiffResult, opts: CauseFixOptions): DiffResult {
  let left = opts.budget;
  const causes = diff.causes.map((cause) => {
    if (cause.kind !== 'statement' || left <= 0) return cause;
    let best: Fix | undefined;
    for (const statement of cause.statements) {
      if (left <= 0) break;
      left -= 1;
      const fix = fixForCause(opts.after, opts.afterResult, statement, opts.analyse);
      if (fix && (!best || cut(fix) > cut(best))) best = fix;
    }
    return best ? { ...cause, fix: best } : cause;
  });
  return { ...diff, causes };
}

function cut(fix: Fix): number {
  return fix.radiusBefore - fix.radiusAfter;
}
