// The coverage lines every text report starts with: a partial view must never read as a safe one.
// Few gaps are listed one a line; many are grouped by kind ("44 × secretsmanager list-secrets:
// ItemSkipped"), so the banner stays short while naming everything that is missing.
import { UNUSED_INPUT_CODES } from '../queries/coverage.js';
import type { CoverageSummary } from '../queries/types.js';

type Gap = CoverageSummary['gaps'][number];

/** More gaps than this are summarised by kind (code, service, operation). */
export const LISTED_GAPS = 12;

export function coverageHeadline(coverage: CoverageSummary): string {
  if (!coverage.partial) return 'Coverage: complete (no gaps recorded in the input)';
  const n = coverage.gaps.length;
  const unused = coverage.gaps.filter((g) => UNUSED_INPUT_CODES.has(g.code)).length;
  const detail = unused ? ` (${unused} of them input that was skipped or not understood)` : '';
  return `PARTIAL VIEW: ${n} coverage gap${n === 1 ? '' : 's'} in the input${detail}; missing data can hide paths, so a low score here is NOT a safe result`;
}

export function gapLine(g: Gap): string {
  const where = [g.account, g.region].filter(Boolean).join('/');
  const about = g.resource ? ` ${g.resource}` : '';
  const file = g.file
    ? ` (${g.file}${g.jsonPath && !g.message.includes(g.jsonPath) ? ` ${g.jsonPath}` : ''})`
    : '';
  return `${g.service} ${g.operation}${about}${where ? ` [${where}]` : ''}: ${g.code} — ${g.message}${file}`;
}

export function gapLines(coverage: CoverageSummary): string[] {
  if (coverage.gaps.length <= LISTED_GAPS) return coverage.gaps.map(gapLine);
  const groups = new Map<string, Gap[]>();
  for (const g of coverage.gaps) {
    const key = `${g.code} ${g.service} ${g.operation}`;
    const group = groups.get(key);
    if (group) group.push(g);
    else groups.set(key, [g]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return gapLine(group[0]);
    const [first] = group;
    const accounts = new Set(group.map((g) => g.account).filter(Boolean)).size;
    const spread = accounts > 1 ? ` in ${accounts} accounts` : '';
    return `${group.length} × ${first.service} ${first.operation}: ${first.code}${spread} — e.g. ${gapLine(first)}`;
  });
}
