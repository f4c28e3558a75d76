// Lambda (regional): functions (environment values redacted), their resource policies and URLs.
import {
  LambdaClient,
  ListFunctionsCommand,
  GetPolicyCommand,
  GetFunctionUrlConfigCommand,
  paginateListFunctions,
} from '@aws-sdk/client-lambda';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const lambdaCalls = [
  readCall(ListFunctionsCommand, 'lambda:ListFunctions'),
  readCall(GetPolicyCommand, 'lambda:GetPolicy'),
  readCall(GetFunctionUrlConfigCommand, 'lambda:GetFunctionUrlConfig'),
];

export async function collectLambda(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(LambdaClient, region);
  const file = (path: string): string => regionFile(ctx, region, `lambda/${path}.json`);
  const listing = await recordPages(
    ctx,
    file('list-functions'),
    () => paginateListFunctions({ client }, {}),
    {
      transform: (body) => ({
        ...body,
        Functions: body.Functions?.map((f) =>
          f.Environment?.Variables
            ? {
                ...f,
                Environment: {
                  ...f.Environment,
                  Variables: Object.fromEntries(
                    Object.entries(f.Environment.Variables).map(([name, value]) => [
                      name,
                      ctx.redact.marker(name, value, region, {
                        kind: 'lambda-environment',
                        functionArn: f.FunctionArn ?? '',
                      }),
                    ]),
                  ),
                },
              }
            : f,
        ),
      }),
    },
  );
  const names = (listing?.Functions ?? []).flatMap((f) => (f.FunctionName ? [f.FunctionName] : []));
  await Promise.all(
    names.flatMap((FunctionName) => [
      recordCall(
        ctx,
        file(`get-policy/${namePart(FunctionName)}`),
        () => client.send(new GetPolicyCommand({ FunctionName })),
        {
          none: ['ResourceNotFoundException'],
        },
      ),
      recordCall(
        ctx,
        file(`get-function-url-config/${namePart(FunctionName)}`),
        () => client.send(new GetFunctionUrlConfigCommand({ FunctionName })),
        { none: ['ResourceNotFoundException'] },
      ),
    ]),
  );
  ctx.progress.section(`${ctx.account} ${region} lambda`);
}
