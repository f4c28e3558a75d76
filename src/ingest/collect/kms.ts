// KMS (regional): keys, their metadata (manager, state) and key policies.
import {
  KMSClient,
  ListKeysCommand,
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const kmsCalls = [
  readCall(ListKeysCommand, 'kms:ListKeys'),
  readCall(DescribeKeyCommand, 'kms:DescribeKey'),
  readCall(GetKeyPolicyCommand, 'kms:GetKeyPolicy'),
];

export async function collectKms(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(KMSClient, region);
  const file = (path: string): string => regionFile(ctx, region, `kms/${path}.json`);
  const listing = await recordPages(ctx, file('list-keys'), () => paginateListKeys({ client }, {}));
  await Promise.all(
    (listing?.Keys ?? []).flatMap((k) =>
      k.KeyId
        ? [
            recordCall(ctx, file(`describe-key/${namePart(k.KeyId)}`), () =>
              client.send(new DescribeKeyCommand({ KeyId: k.KeyId })),
            ),
            recordCall(ctx, file(`get-key-policy/${namePart(k.KeyId)}`), () =>
              client.send(new GetKeyPolicyCommand({ KeyId: k.KeyId, PolicyName: 'default' })),
            ),
          ]
        : [],
    ),
  );
  ctx.progress.section(`${ctx.account} ${region} kms`);
}
