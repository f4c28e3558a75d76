// One line per verified fix (src/queries/fix-types.ts): what to change, and the radius it removes.
import type { Fix } from '../queries/fix-types.js';

export function fixText(fix: Fix): string {
  const n = fix.removesPaths.length;
  return `${fix.change.summary} — radius ${fix.radiusBefore.toFixed(2)} → ${fix.radiusAfter.toFixed(2)}, removes ${n} path${n === 1 ? '' : 's'}`;
}
