// The order fixes are read in. For a source with a path to admin: a fix that leaves none first,
// then fewer changes, then the one that removes fewer other paths (the same gain for less
// disruption: what else a statement grants is likely what the workload needs), then the lower
// radius after. For a source without: the lower radius after, then fewer changes. Account-wide: the
// most radius removed over every source, then fewer changes. Ties by the changes' identity.
import type { Fix } from '../fix-types.js';
import { changeKey } from './statement-change.js';

export function fixKey(fix: Fix): string {
  return (fix.changes ?? [fix.change]).map(changeKey).join('\u0001');
}

const count = (f: Fix) => f.changes?.length ?? 1;
const cut = (f: Fix) => Math.round((f.radiusBefore - f.radiusAfter) * 1000);

export function rankSourceFixes(fixes: Fix[], hadAdmin: boolean): Fix[] {
  return [...fixes].sort(
    hadAdmin
      ? (a, b) =>
          Number(a.adminRemains) - Number(b.adminRemains) ||
          count(a) - count(b) ||
          (a.adminRemains ? 0 : a.removesPaths.length - b.removesPaths.length) ||
          a.radiusAfter - b.radiusAfter ||
          compare(fixKey(a), fixKey(b))
      : (a, b) => a.radiusAfter - b.radiusAfter || count(a) - count(b) || compare(fixKey(a), fixKey(b)),
  );
}

export function rankAccountFixes(fixes: Fix[]): Fix[] {
  return [...fixes].sort(
    (a, b) =>
      cut(b) - cut(a) ||
      count(a) - count(b) ||
      b.removesPaths.length - a.removesPaths.length ||
      compare(fixKey(a), fixKey(b)),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
