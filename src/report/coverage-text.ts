// The coverage lines every text report starts with: a partial view must never read as a safe one.
// Gaps are grouped by kind ("44 × iam get-login-profile: NotCollected"), so the banner stays short
// while naming every kind of thing that is missing; inventory and the JSON list each item.
import { UNUSED_INPUT_CODES } from '../queries/coverage.js';
import type { CoverageSummary } from '../queries/types.js';

type Gap = CoverageSummary['gaps'][number];

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

/** Where a group of gaps is: their one account/region, or how many accounts. */
function groupWhere(group: Gap[]): string {
  const places = new Set(group.map((g) => [g.account, g.region].filter(Boolean).join('/')));
  if (places.size === 1) {
    const [only] = places;
    return only ? ` [${only}]` : '';
  }
  const accounts = new Set(group.map((g) => g.account).filter(Boolean)).size;
  return accounts > 1 ? ` [${accounts} accounts]` : ` [${places.size} places]`;
}

/** The banner's gap lines: one per kind (code, service, operation), never one per item. A kind seen
 *  once is its gap's line; a kind seen N times is "N × iam get-login-profile: NotCollected — …, e.g.
 *  <first item>". When a kind groups several items, a last line says where every item is listed. */
export function gapLines(coverage: CoverageSummary): string[] {
  const groups = new Map<string, Gap[]>();
  for (const g of coverage.gaps) {
    const key = `${g.code}\u0000${g.service}\u0000${g.operation}`;
    const group = groups.get(key);
    if (group) group.push(g);
    else groups.set(key, [g]);
  }
  const lines = [...groups.values()].map((group) => {
    if (group.length === 1) return gapLine(group[0]);
    const [first] = group;
    const sameMessage = group.every((g) => g.message === first.message);
    const example = first.resource ?? first.file;
    const detail = sameMessage
      ? `${first.message}${example ? `, e.g. ${example}` : ''}`
      : `e.g. ${example ? `${example}: ` : ''}${first.message}`;
    return `${group.length} × ${first.service} ${first.operation}${groupWhere(group)}: ${first.code} — ${detail}`;
  });
  if (groups.size < coverage.gaps.length) lines.push(GAPS_LISTED_WHERE);
  return lines;
}

/** Where the items a grouped banner counts are listed one by one. */
export const GAPS_LISTED_WHERE = '`blastmap inventory` and the JSON report (coverage.gaps) list each one';
