// The coverage summary of a snapshot: its gaps, and whether they make the view partial.
import type { Snapshot } from '../snapshot/types.js';
import type { CoverageSummary } from './types.js';

export function coverageOf(snapshot: Snapshot): CoverageSummary {
  return {
    partial: snapshot.gaps.length > 0,
    gaps: snapshot.gaps.map((g) => ({
      ...(g.account !== undefined ? { account: g.account } : {}),
      ...(g.region !== undefined ? { region: g.region } : {}),
      service: g.service,
      operation: g.operation,
      ...(g.resource !== undefined ? { resource: g.resource } : {}),
      code: g.code,
      message: g.message,
    })),
  };
}
