// Secrets Manager (regional): secret metadata and resource policies. Never GetSecretValue.
import {
  SecretsManagerClient,
  ListSecretsCommand,
  GetResourcePolicyCommand,
  paginateListSecrets,
} from '@aws-sdk/client-secrets-manager';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const secretsManagerCalls = [
  readCall(ListSecretsCommand, 'secretsmanager:ListSecrets'),
  readCall(GetResourcePolicyCommand, 'secretsmanager:GetResourcePolicy'),
];

export async function collectSecretsManager(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(SecretsManagerClient, region);
  const file = (path: string): string => regionFile(ctx, region, `secretsmanager/${path}.json`);
  const listing = await recordPages(ctx, file('list-secrets'), () => paginateListSecrets({ client }, {}));
  await Promise.all(
    (listing?.SecretList ?? []).flatMap((s) =>
      s.Name && s.ARN
        ? [
            recordCall(ctx, file(`get-resource-policy/${namePart(s.Name)}`), () =>
              client.send(new GetResourcePolicyCommand({ SecretId: s.ARN })),
            ),
          ]
        : [],
    ),
  );
  ctx.progress.section(`${ctx.account} ${region} secretsmanager`);
}
