// Regional RDS files: DB instances and clusters.
import type { RdsCluster, RdsInstance } from '../../snapshot/types.js';
import { normalizeDbClusters, normalizeDbInstances } from '../normalize/rds.js';
import { type DumpContext, readWith } from './context.js';

export async function readRds(
  dc: DumpContext,
  region: string,
): Promise<{ instances: RdsInstance[]; clusters: RdsCluster[] }> {
  const spec = (operation: string) => ({
    path: `${region}/rds/${operation}`,
    region,
    service: 'rds',
    operation,
    paginated: true,
  });
  return {
    instances: (await readWith(dc, spec('describe-db-instances'), normalizeDbInstances)) ?? [],
    clusters: (await readWith(dc, spec('describe-db-clusters'), normalizeDbClusters)) ?? [],
  };
}
