// Blast-radius scoring: how bad is reaching this asset with this access, by this path.
// Documented in docs/scoring.md; every number a report shows comes from `pathScore`.
import type { Access, NodeKind } from '../graph/model.js';

export interface ScoringOptions {
  /** Impact of becoming administrator of an account. Dominates every single asset. */
  accountAdminImpact: number;
  /** Weight of each access level on an asset (admin = full control of that asset). */
  accessWeight: Record<Access, number>;
  /** Base impact of each asset kind (before access and sensitivity). */
  kindImpact: Partial<Record<NodeKind, number>>;
  /** Multiplier per hop beyond the first. */
  hopDiscount: number;
  /** Multiplier per conditional step on the path. */
  conditionalDiscount: number;
}

export const DEFAULT_SCORING: ScoringOptions = {
  accountAdminImpact: 100,
  accessWeight: { admin: 10, write: 6, read: 4, invoke: 1 },
  kindImpact: {
    S3Bucket: 1,
    RDSInstance: 1.5,
    RDSCluster: 1.5,
    SecretsManagerSecret: 1.2,
    SSMParameter: 0.8,
    KMSKey: 1,
    AWSLambda: 1,
  },
  hopDiscount: 0.85,
  conditionalDiscount: 0.5,
};

/** The defaults as `scoringOptions` makes them, made once (from DEFAULT_SCORING as it is at the first
 *  query): every query of an analysis then reads one object, not a fresh copy per source — fresh
 *  copies gave V8 new object shapes to reoptimise the scoring for. Not to be modified. */
let defaults: ScoringOptions | undefined;

export function scoringOptions(overrides?: Partial<ScoringOptions>): ScoringOptions {
  if (overrides === undefined) return (defaults ??= withDefaults({}));
  return withDefaults(overrides);
}

function withDefaults(overrides: Partial<ScoringOptions>): ScoringOptions {
  return {
    ...DEFAULT_SCORING,
    ...overrides,
    accessWeight: { ...DEFAULT_SCORING.accessWeight, ...overrides.accessWeight },
    kindImpact: { ...DEFAULT_SCORING.kindImpact, ...overrides.kindImpact },
  };
}

/** Impact of holding `access` on an asset of `kind` with the node's sensitivity multiplier. */
export function assetImpact(kind: NodeKind, access: Access, sensitivity: number, s: ScoringOptions): number {
  if (kind === 'Admin') return s.accountAdminImpact;
  const base = s.kindImpact[kind] ?? 1;
  return base * s.accessWeight[access] * (sensitivity > 0 ? sensitivity : 1);
}

/** Score of one path: impact × hopDiscount^(hops-1) × conditionalDiscount^(conditional steps), 2 decimals. */
export function pathScore(
  kind: NodeKind,
  access: Access,
  sensitivity: number,
  hops: number,
  conditionalSteps: number,
  s: ScoringOptions,
): number {
  const raw =
    assetImpact(kind, access, sensitivity, s) *
    Math.pow(s.hopDiscount, Math.max(0, hops - 1)) *
    Math.pow(s.conditionalDiscount, conditionalSteps);
  return round2(raw);
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
