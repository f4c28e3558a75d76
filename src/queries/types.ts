// Result shapes of the queries. Reports render these; they never compute. The JSON report
// (docs/report.schema.json) is these shapes serialized in a deterministic order.
import type { Access, NodeKind } from '../graph/model.js';
import type { EvidenceItem } from '../graph/model.js';

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
}

export interface SourceRadius {
  id: string;
  kind: NodeKind;
  account: string;
  score: number;
  assets: ReachedAsset[];
}

export interface CoverageSummary {
  partial: boolean;
  gaps: {
    account?: string;
    region?: string;
    service: string;
    operation: string;
    resource?: string;
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
}
