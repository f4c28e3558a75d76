// KMS (regional): keys, their metadata (manager, state) and key policies, and the region's aliases
// (`kms/list-aliases.json`, an addition to the layout that the dump reader attaches to the keys).
import {
  KMSClient,
  ListKeysCommand,
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  ListAliasesCommand,
  paginateListAliases,
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
  readCall(ListAliasesCommand, 'kms:ListAliases'),
];

export async function collectKms(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(KMSClient, region);
  const file = (path: string): string => regionFile(ctx, region, `kms/${path}.json`);
  const [listing] = await Promise.all([
    recordPages(ctx, file('list-keys'), () => paginateListKeys({ client }, {})),
    recordPages(ctx, file('list-aliases'), () => paginateListAliases({ client }, {})),
  ]);
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
