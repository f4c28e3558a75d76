// Result shapes of the queries. Reports render these; they never compute. The JSON report
// (docs/report.schema.json) is these shapes serialized in a deterministic order.
import type { Access, NodeKind } from '../graph/model.js';
import type { EvidenceItem } from '../graph/model.js';
import type { Fix } from './fix-types.js';

export interface PathHop {
  from: string;
  to: string;
  technique: string;
  conditional: boolean;
  conditionKeys: string[];
  assumptions: string[];
  evidence: EvidenceItem[];
}

export interface AttackPath {
  source: string;
  target: string;
  targetKind: NodeKind;
  access: Access;
  /** Score this path contributes (impact × access, discounted per hop and for conditions). */
  score: number;
  hops: PathHop[];
}

export interface ReachedAsset {
  id: string;
  kind: NodeKind;
  access: Access;
  /** Fewest hops to reach it with that access. */
  hops: number;
  conditional: boolean;
  score: number;
  /** When the best path has a conditional step but another path has none: that certain access (its
   *  path is in the result's `certainPaths`), so a certain lower access is never hidden by a
   *  speculative higher one. Not added to the radius (`score` already counts the asset). */
  certain?: { access: Access; hops: number; score: number };
  /** Set to `admin:<account>` when the source also becomes admin of the asset's account, at least as
   *  surely (unconditionally, or this asset is conditional too): admin implies the asset, so its score
   *  is not added to the radius again. */
  subsumedBy?: string;
}

export interface SourceRadius {
  id: string;
  kind: NodeKind;
  account: string;
  score: number;
  assets: ReachedAsset[];
  /** Verified fixes for this source, most radius removed first (absent when none was computed). */
  fixes?: Fix[];
}

export interface CoverageSummary {
  partial: boolean;
  gaps: {
    account?: string;
    region?: string;
    service: string;
    operation: string;
    resource?: string;
    /** Where the unused data is (gaps of data read but not used: ItemSkipped, MissingKey, …). */
    file?: string;
    jsonPath?: string;
    code: string;
    message: string;
  }[];
}

export interface AnalysisResult {
  schemaVersion: number;
  /** Package versions of the data used (action catalog, managed policies). */
  dataVersions: Record<string, string>;
  coverage: CoverageSummary;
  sources: SourceRadius[];
  paths: AttackPath[];
  /** The fixes that remove the most radius account-wide (absent when none was computed). */
  fixes?: Fix[];
}

/** Version of the JSON report contract (docs/report.schema.json). */
export const REPORT_SCHEMA_VERSION = 1;

/** Options every query takes (graphology style: last argument). */
export interface QueryOptions {
  /** Longest path in steps. Default 6. */
  maxHops?: number;
  /** Paths kept per target (and access level). Default 3. */
  k?: number;
  /** Search cost added per conditional step (ranking only; scoring has its own discount). Default 2. */
  conditionalPenalty?: number;
  /** Scoring overrides (see docs/scoring.md). */
  scoring?: Partial<import('./score.js').ScoringOptions>;
}

export interface BlastRadiusResult {
  radius: SourceRadius;
  /** The path each asset's score comes from (one per asset, same order as `radius.assets`). */
  paths: AttackPath[];
  /** The path behind each `asset.certain` (assets order). */
  certainPaths: AttackPath[];
}

export interface WhoCanEntry {
  source: string;
  kind: NodeKind;
  account: string;
  access: Access;
  hops: number;
  conditional: boolean;
  score: number;
  path: AttackPath;
}

export interface WhoCanResult {
  target: string;
  targetKind: NodeKind;
  /** Sources that reach the target, best score first. */
  reachedBy: WhoCanEntry[];
}

/** A path to any node: to an asset it carries access and score; to a principal, neither. */
export interface ExplainedPath {
  source: string;
  target: string;
  targetKind: NodeKind;
  access?: Access;
  score: number;
  hops: PathHop[];
}

export interface ExplainResult {
  source: string;
  target: string;
  targetKind: NodeKind;
  /** The best path (highest score, then cheapest), or null when the target is out of reach. */
  best: ExplainedPath | null;
  /** Other paths found (up to k-1), best first. */
  alternatives: ExplainedPath[];
}
