// The verified fix for one cause of a diff: the statement that enables new paths (diff.ts's
// EnablingStatement) undone on the after snapshot — the statement removed when it was added or
// modified, the policy detached when only its attachment is new — and the after side analysed again.
import type { StatementRef } from '../../policy/api.js';
import type { Snapshot } from '../../snapshot/types.js';
import type { Fix, FixChange } from '../fix-types.js';
import type { AnalysisResult } from '../types.js';
import { detachChange, statementChange } from './statement-change.js';
import { fixFor, helps, outcomeOf, verifyChanges, type Analyse } from './verify.js';

/** What fixForCause needs of an enabling statement (diff.ts's EnablingStatement has it). */
export interface Cause {
  ref: StatementRef;
  change: 'added' | 'modified' | 'attached';
}

/**
 * The fix that undoes `cause` in `after` (the snapshot the after analysis came from), verified by
 * analysing it again with `analyse` (analyserFor with the after side's options). Its radii sum over
 * the sources the change helps, or, when it helps none, over the sources whose paths cite the
 * statement (the fix then shows that undoing it alone is not enough). Undefined when the statement
 * is not in `after` or no path of `afterResult` cites it.
 */
export function fixForCause(
  after: Snapshot,
  afterResult: AnalysisResult,
  cause: Cause,
  analyse: Analyse,
): Fix | undefined {
  const citing = new Set<string>();
  let principal: string | undefined;
  const actions = new Set<string>();
  for (const p of afterResult.paths)
    for (const hop of p.hops)
      for (const item of hop.evidence)
        if (item.statements.some((r) => sameStatement(r, cause.ref))) {
          citing.add(p.source);
          principal ??= hop.from;
          actions.add(item.action);
        }
  if (principal === undefined) return undefined;
  const change: FixChange | undefined =
    cause.change === 'attached' && !cause.ref.policyId.includes('#')
      ? detachChange(after, cause.ref.policyId, principal)
      : statementChange(after, cause.ref, principal, [...actions].sort(), { revert: true });
  if (!change) return undefined;
  const before = outcomeOf(afterResult);
  const verified = verifyChanges(after, [change], analyse);
  if (!verified) return undefined;
  const helped = afterResult.sources
    .filter((s) => helps(before.get(s.id)!, verified.outcome.get(s.id)))
    .map((s) => s.id);
  return fixFor([change], helped.length ? helped : [...citing].sort(), before, verified.outcome);
}

function sameStatement(a: StatementRef, b: StatementRef): boolean {
  return (
    a.policyId === b.policyId && a.statement === b.statement && (a.versionId ?? '') === (b.versionId ?? '')
  );
}
