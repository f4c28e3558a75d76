// S3 (account-wide listing): every bucket, then its policy, public access block, tags and default
// encryption. "None" answers (no policy, no tags…) are written as the CLI's error, not as gaps.
import {
  S3Client,
  ListBucketsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  GetBucketTaggingCommand,
  GetBucketEncryptionCommand,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { type AccountContext, accountFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const s3Calls = [
  readCall(ListBucketsCommand, 's3:ListAllMyBuckets'),
  readCall(GetBucketPolicyCommand, 's3:GetBucketPolicy'),
  readCall(GetPublicAccessBlockCommand, 's3:GetBucketPublicAccessBlock'),
  readCall(GetBucketTaggingCommand, 's3:GetBucketTagging'),
  readCall(GetBucketEncryptionCommand, 's3:GetEncryptionConfiguration'),
];

export async function collectS3(ctx: AccountContext): Promise<void> {
  const client = ctx.clients.get(S3Client, ctx.globalRegion);
  const listing = await recordPages(ctx, accountFile(ctx, 's3api/list-buckets.json'), () =>
    paginateListBuckets({ client, pageSize: 1000 }, {}),
  );
  const buckets = (listing?.Buckets ?? []).flatMap((b) => (b.Name ? [b.Name] : []));
  const file = (op: string, bucket: string): string =>
    accountFile(ctx, `s3api/${op}/${namePart(bucket)}.json`);
  await Promise.all(
    buckets.flatMap((Bucket) => [
      recordCall(
        ctx,
        file('get-bucket-policy', Bucket),
        () => client.send(new GetBucketPolicyCommand({ Bucket })),
        {
          none: ['NoSuchBucketPolicy'],
        },
      ),
      recordCall(
        ctx,
        file('get-public-access-block', Bucket),
        () => client.send(new GetPublicAccessBlockCommand({ Bucket })),
        {
          none: ['NoSuchPublicAccessBlockConfiguration'],
        },
      ),
      recordCall(
        ctx,
        file('get-bucket-tagging', Bucket),
        () => client.send(new GetBucketTaggingCommand({ Bucket })),
        {
          none: ['NoSuchTagSet', 'NoSuchTagSetError'],
        },
      ),
      recordCall(
        ctx,
        file('get-bucket-encryption', Bucket),
        () => client.send(new GetBucketEncryptionCommand({ Bucket })),
        {
          none: ['ServerSideEncryptionConfigurationNotFoundError'],
        },
      ),
    ]),
  );
  ctx.progress.section(`${ctx.account} s3`);
}
