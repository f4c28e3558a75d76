// CloudFormation (regional): stacks and their service roles. Parameter values are redacted (a stack
// parameter can hold a password) and outputs dropped: only the role matters for the analysis.
import {
  CloudFormationClient,
  DescribeStacksCommand,
  paginateDescribeStacks,
} from '@aws-sdk/client-cloudformation';
import { formatRedactionMarker } from '../redaction-marker.js';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { recordPages } from './record-call.js';

export const cloudformationCalls = [readCall(DescribeStacksCommand, 'cloudformation:DescribeStacks')];

export async function collectCloudFormation(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(CloudFormationClient, region);
  await recordPages(
    ctx,
    regionFile(ctx, region, 'cloudformation/describe-stacks.json'),
    () => paginateDescribeStacks({ client }, {}),
    {
      transform: (body) => ({
        ...body,
        Stacks: body.Stacks?.map(({ Outputs: _outputs, ...stack }) => ({
          ...stack,
          Parameters: stack.Parameters?.map((p) => ({ ...p, ParameterValue: formatRedactionMarker({}) })),
        })),
      }),
    },
  );
  ctx.progress.section(`${ctx.account} ${region} cloudformation`);
}
