// RDS (regional): DB instances and clusters (endpoints, IAM auth, managed master secrets).
import {
  RDSClient,
  DescribeDBInstancesCommand,
  DescribeDBClustersCommand,
  paginateDescribeDBInstances,
  paginateDescribeDBClusters,
} from '@aws-sdk/client-rds';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { recordPages } from './record-call.js';

export const rdsCalls = [
  readCall(DescribeDBInstancesCommand, 'rds:DescribeDBInstances'),
  readCall(DescribeDBClustersCommand, 'rds:DescribeDBClusters'),
];

export async function collectRds(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(RDSClient, region);
  await Promise.all([
    recordPages(ctx, regionFile(ctx, region, 'rds/describe-db-instances.json'), () =>
      paginateDescribeDBInstances({ client }, {}),
    ),
    recordPages(ctx, regionFile(ctx, region, 'rds/describe-db-clusters.json'), () =>
      paginateDescribeDBClusters({ client }, {}),
    ),
  ]);
  ctx.progress.section(`${ctx.account} ${region} rds`);
}
