// EC2 (regional): security groups and instances (instance profiles, IMDS settings); and the list of
// enabled regions for `--regions all`.
import {
  EC2Client,
  DescribeSecurityGroupsCommand,
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  paginateDescribeSecurityGroups,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import type { ClientPool } from './clients.js';
import { recordPages } from './record-call.js';

export const ec2Calls = [
  readCall(DescribeSecurityGroupsCommand, 'ec2:DescribeSecurityGroups'),
  readCall(DescribeInstancesCommand, 'ec2:DescribeInstances'),
  readCall(DescribeRegionsCommand, 'ec2:DescribeRegions'),
];

export async function collectEc2(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(EC2Client, region);
  await Promise.all([
    recordPages(ctx, regionFile(ctx, region, 'ec2/describe-security-groups.json'), () =>
      paginateDescribeSecurityGroups({ client }, {}),
    ),
    recordPages(ctx, regionFile(ctx, region, 'ec2/describe-instances.json'), () =>
      paginateDescribeInstances({ client }, {}),
    ),
  ]);
  ctx.progress.section(`${ctx.account} ${region} ec2`);
}

/** The regions enabled for the account (opted-in or not requiring opt-in). */
export async function enabledRegions(clients: ClientPool, region: string): Promise<string[]> {
  const out = await clients.get(EC2Client, region).send(new DescribeRegionsCommand({}));
  return (out.Regions ?? []).flatMap((r) => (r.RegionName ? [r.RegionName] : [])).sort();
}
