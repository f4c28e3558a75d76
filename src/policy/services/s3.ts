// S3: bucket ARNs (`arn:aws:s3:::bucket`) and object ARNs (`arn:aws:s3:::bucket/key`) are distinct
// resources; the ARNs carry no account, so the owning account must come from the snapshot (or the
// request's resourceAccount). No decision rule beyond the general logic is needed here.
import type { ServiceRules } from './rules.js';

export const s3Rules: ServiceRules = { service: 's3' };

/** The bucket ARN an S3 bucket or object ARN belongs to. */
export function s3BucketArn(arn: string): string | undefined {
  const m = /^(arn:[^:]+:s3:::[^/]+)/.exec(arn);
  return m ? m[1] : undefined;
}
