// The order fixes are read in. For a source: a fix that leaves no path to admin first (when there
// was one), then fewer changes, then the lower radius after. Account-wide: the most radius removed
// over every source, then fewer changes. Ties by the changes' identity, so the order is fixed.
import type { Fix } from '../fix-types.js';
import { changeKey } from './statement-change.js';

export function fixKey(fix: Fix): string {
  return (fix.changes ?? [fix.change]).map(changeKey).join('\u0001');
}

export function rankSourceFixes(fixes: Fix[], hadAdmin: boolean): Fix[] {
  return [...fixes].sort(
    (a, b) =>
      (hadAdmin ? Number(a.adminRemains) - Number(b.adminRemains) : 0) ||
      (a.changes?.length ?? 1) - (b.changes?.length ?? 1) ||
      a.radiusAfter - b.radiusAfter ||
      b.removesPaths.length - a.removesPaths.length ||
      compare(fixKey(a), fixKey(b)),
  );
}

export function rankAccountFixes(fixes: Fix[]): Fix[] {
  return [...fixes].sort(
    (a, b) =>
      b.radiusBefore - b.radiusAfter - (a.radiusBefore - a.radiusAfter) ||
      (a.changes?.length ?? 1) - (b.changes?.length ?? 1) ||
      b.removesPaths.length - a.removesPaths.length ||
      compare(fixKey(a), fixKey(b)),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
