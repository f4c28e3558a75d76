// The coverage summary of a snapshot: its gaps, and whether they make the view partial. Gaps come
// from the input (what could not be collected, and what was read but not used: a skipped item, a
// response without its result member, an unknown file …) and from the policy engine (a policy with
// an invalid statement grants nothing). "Complete" means none of these happened.
import type { CoverageGap, Diagnostic, Snapshot } from '../snapshot/types.js';
import type { CoverageSummary } from './types.js';

/** Gap codes of data that was in the input but not used; their gaps also say where (file, JSON path). */
export const UNUSED_INPUT_CODES: ReadonlySet<string> = new Set([
  'ItemSkipped',
  'MissingKey',
  'NotAnAccountFolder',
  'UnknownFile',
  'ForeignAccount',
  'InvalidPolicy',
]);

export function coverageOf(snapshot: Snapshot): CoverageSummary {
  return {
    partial: snapshot.gaps.length > 0,
    gaps: snapshot.gaps.map((g) => {
      const located = UNUSED_INPUT_CODES.has(g.code);
      return {
        ...(g.account !== undefined ? { account: g.account } : {}),
        ...(g.region !== undefined ? { region: g.region } : {}),
        service: g.service,
        operation: g.operation,
        ...(g.resource !== undefined ? { resource: g.resource } : {}),
        ...(located && g.file !== undefined ? { file: g.file } : {}),
        ...(located && g.jsonPath !== undefined ? { jsonPath: g.jsonPath } : {}),
        code: g.code,
        message: g.message,
      };
    }),
  };
}

/**
 * The gaps the policy engine adds: each policy that an error diagnostic made invalid (an `Effect` of
 * "Allows", an unknown element …) grants nothing, which can hide paths. One gap per policy and
 * problem (the engine compiles some policies once per use).
 */
export function policyGaps(diagnostics: readonly Diagnostic[]): CoverageGap[] {
  const seen = new Set<string>();
  const gaps: CoverageGap[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'error' || d.policy === undefined) continue;
    const key = `${d.policy}\u0000${String(d.statement)}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const account = d.policy.split(':')[4]?.match(/^\d{12}/)?.[0];
    const where = d.statement !== undefined ? `statement ${d.statement}: ` : '';
    gaps.push({
      ...(account ? { account } : {}),
      service: 'policy',
      operation: 'parse-policy',
      resource: d.policy,
      code: 'InvalidPolicy',
      message: `${where}${d.message}; the policy's Allow statements are ignored (its Deny statements still apply)`,
    });
  }
  return gaps;
}

/** The snapshot as analysed: its own gaps plus the policy engine's (the input is not changed). */
export function withPolicyGaps(snapshot: Snapshot, diagnostics: readonly Diagnostic[]): Snapshot {
  const extra = policyGaps(diagnostics);
  return extra.length ? { ...snapshot, gaps: [...snapshot.gaps, ...extra] } : snapshot;
}
