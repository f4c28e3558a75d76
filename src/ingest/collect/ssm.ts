// SSM (regional): parameter metadata (never values: no GetParameter(s)) and SSM-managed instances.
import {
  SSMClient,
  DescribeParametersCommand,
  DescribeInstanceInformationCommand,
  paginateDescribeParameters,
  paginateDescribeInstanceInformation,
} from '@aws-sdk/client-ssm';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { recordPages } from './record-call.js';

export const ssmCalls = [
  readCall(DescribeParametersCommand, 'ssm:DescribeParameters'),
  readCall(DescribeInstanceInformationCommand, 'ssm:DescribeInstanceInformation'),
];

export async function collectSsm(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(SSMClient, region);
  await Promise.all([
    recordPages(ctx, regionFile(ctx, region, 'ssm/describe-parameters.json'), () =>
      paginateDescribeParameters({ client }, {}),
    ),
    recordPages(ctx, regionFile(ctx, region, 'ssm/describe-instance-information.json'), () =>
      paginateDescribeInstanceInformation({ client }, {}),
    ),
  ]);
  ctx.progress.section(`${ctx.account} ${region} ssm`);
}
