// The coverage lines every text report starts with: a partial view must never read as a safe one.
import type { CoverageSummary } from '../queries/types.js';

export function coverageHeadline(coverage: CoverageSummary): string {
  if (!coverage.partial) return 'Coverage: complete (no gaps recorded in the input)';
  const n = coverage.gaps.length;
  return `PARTIAL VIEW: ${n} coverage gap${n === 1 ? '' : 's'} in the input; missing data can hide paths, so a low score here is NOT a safe result`;
}

export function gapLines(coverage: CoverageSummary): string[] {
  return coverage.gaps.map((g) => {
    const where = [g.account, g.region].filter(Boolean).join('/');
    const about = g.resource ? ` ${g.resource}` : '';
    return `${g.service} ${g.operation}${about}${where ? ` [${where}]` : ''}: ${g.code} — ${g.message}`;
  });
}
