// Account-level S3 files: the bucket list and, per bucket, policy, public-access block, tags and
// default encryption. "No such configuration" error files mean null (collected, none).
import type { S3Bucket } from '../../snapshot/types.js';
import {
  normalizeBucketEncryption,
  normalizeBucketList,
  normalizeBucketPolicy,
  normalizeBucketTagging,
  normalizePublicAccessBlock,
} from '../normalize/s3.js';
import { type DumpContext, fileName, readWith } from './context.js';

export async function readS3(dc: DumpContext): Promise<S3Bucket[]> {
  const buckets =
    (await readWith(
      dc,
      { path: 's3api/list-buckets', service: 's3api', operation: 'list-buckets', paginated: true },
      normalizeBucketList,
    )) ?? [];
  for (const bucket of buckets) {
    const spec = (operation: string, noneCodes: string[]) => ({
      path: `s3api/${operation}/${fileName(bucket.name)}`,
      service: 's3api',
      operation,
      resource: bucket.arn,
      noneCodes,
    });
    const policy = await readWith(dc, spec('get-bucket-policy', ['NoSuchBucketPolicy']), (raw, ctx) =>
      normalizeBucketPolicy(raw, ctx, bucket.arn),
    );
    if (policy !== undefined) bucket.policy = policy;
    const block = await readWith(
      dc,
      spec('get-public-access-block', ['NoSuchPublicAccessBlockConfiguration']),
      normalizePublicAccessBlock,
    );
    if (block !== undefined) bucket.publicAccessBlock = block;
    const tags = await readWith(
      dc,
      spec('get-bucket-tagging', ['NoSuchTagSet', 'NoSuchTagSetError']),
      normalizeBucketTagging,
    );
    if (tags !== undefined) bucket.tags = tags;
    const encryption = await readWith(
      dc,
      spec('get-bucket-encryption', ['ServerSideEncryptionConfigurationNotFoundError']),
      normalizeBucketEncryption,
    );
    if (encryption !== undefined) bucket.encryption = encryption;
  }
  return buckets;
}
