// S3: list-buckets and the per-bucket get-* responses → S3Bucket fields.
//
//   normalizeBucketList(raw, ctx): S3Bucket[]         (list-buckets; per-bucket fields left undefined)
//   normalizeBucketPolicy(raw, ctx, bucket): PolicyDocumentJson | undefined   ({ Policy: "<json>" })
//   normalizePublicAccessBlock(raw): S3PublicAccessBlock
//   normalizeBucketTagging(raw): Tags
//   normalizeBucketEncryption(raw): S3Bucket['encryption']
// "No such configuration" errors (NoSuchBucketPolicy …) are mapped to null by the caller.
import type { PolicyDocumentJson, S3Bucket, S3PublicAccessBlock, Tags } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

export function normalizeBucketList(raw: unknown, ctx: NormalizeContext): S3Bucket[] {
  return eachItem(ctx, new Json(raw).list('Buckets'), (b) => {
    const name = b.str('Name');
    const bucket: S3Bucket = { name, arn: `arn:${ctx.partition}:s3:::${name}` };
    const region = b.optStr('BucketRegion');
    if (region) bucket.region = region;
    const created = b.optDate('CreationDate');
    if (created) bucket.creationDate = created;
    return bucket;
  });
}

/** Undefined when the document could not be decoded (a gap is recorded). */
export function normalizeBucketPolicy(
  raw: unknown,
  ctx: NormalizeContext,
  bucketArn: string,
): PolicyDocumentJson | undefined {
  return readPolicyDocument(ctx, new Json(raw).get('Policy'), bucketArn) ?? undefined;
}

export function normalizePublicAccessBlock(raw: unknown): S3PublicAccessBlock {
  const c = new Json(raw).get('PublicAccessBlockConfiguration');
  const block: S3PublicAccessBlock = {};
  for (const key of [
    'BlockPublicAcls',
    'IgnorePublicAcls',
    'BlockPublicPolicy',
    'RestrictPublicBuckets',
  ] as const) {
    const value = c.optBool(key);
    if (value !== undefined) block[key] = value;
  }
  return block;
}

export function normalizeBucketTagging(raw: unknown): Tags {
  return new Json(raw).tags('TagSet');
}

export function normalizeBucketEncryption(raw: unknown): NonNullable<S3Bucket['encryption']> {
  const rules = new Json(raw).get('ServerSideEncryptionConfiguration').list('Rules');
  const rule = rules[0];
  if (!rule) return { algorithm: 'none' };
  const d = rule.get('ApplyServerSideEncryptionByDefault');
  const encryption: NonNullable<S3Bucket['encryption']> = { algorithm: d.str('SSEAlgorithm') };
  const key = d.optStr('KMSMasterKeyID');
  if (key) encryption.kmsKeyId = key;
  const bucketKey = rule.optBool('BucketKeyEnabled');
  if (bucketKey !== undefined) encryption.bucketKeyEnabled = bucketKey;
  return encryption;
}
