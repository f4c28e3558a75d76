// Glue (regional): dev endpoints and jobs with their roles. Job argument values are redacted (jobs
// often pass connection passwords as arguments).
import {
  GlueClient,
  GetDevEndpointsCommand,
  GetJobsCommand,
  paginateGetDevEndpoints,
  paginateGetJobs,
} from '@aws-sdk/client-glue';
import { formatRedactionMarker } from '../redaction-marker.js';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { recordPages } from './record-call.js';

export const glueCalls = [
  readCall(GetDevEndpointsCommand, 'glue:GetDevEndpoints'),
  readCall(GetJobsCommand, 'glue:GetJobs'),
];

function redactArguments(args: Record<string, string> | undefined): Record<string, string> | undefined {
  return args && Object.fromEntries(Object.keys(args).map((k) => [k, formatRedactionMarker({})]));
}

export async function collectGlue(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(GlueClient, region);
  await Promise.all([
    recordPages(
      ctx,
      regionFile(ctx, region, 'glue/get-dev-endpoints.json'),
      () => paginateGetDevEndpoints({ client }, {}),
      {
        transform: (body) => ({
          ...body,
          DevEndpoints: body.DevEndpoints?.map((d) => ({ ...d, Arguments: redactArguments(d.Arguments) })),
        }),
      },
    ),
    recordPages(ctx, regionFile(ctx, region, 'glue/get-jobs.json'), () => paginateGetJobs({ client }, {}), {
      transform: (body) => ({
        ...body,
        Jobs: body.Jobs?.map((j) => ({
          ...j,
          DefaultArguments: redactArguments(j.DefaultArguments),
          NonOverridableArguments: redactArguments(j.NonOverridableArguments),
        })),
      }),
    }),
  ]);
  ctx.progress.section(`${ctx.account} ${region} glue`);
}
