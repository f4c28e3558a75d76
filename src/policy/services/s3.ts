// S3: bucket ARNs (`arn:aws:s3:::bucket`) and object ARNs (`arn:aws:s3:::bucket/key`) are distinct
// resources; the ARNs carry no account, so the owning account must come from the snapshot (or the
// request's resourceAccount). No decision rule beyond the general logic is needed here.
import type { CompiledPolicy } from '../compile.js';
import type { ParsedStatement } from '../parse/policy.js';
import type { ServiceRules } from './service-rules.js';

export const s3Rules: ServiceRules = { service: 's3' };

/** The bucket ARN an S3 bucket or object ARN belongs to. */
export function s3BucketArn(arn: string): string | undefined {
  const m = /^(arn:[^:]+:s3:::[^/]+)/.exec(arn);
  return m ? m[1] : undefined;
}

// Block Public Access, RestrictPublicBuckets: a bucket whose policy is public can then be reached
// through its public statements only by AWS services and principals of the bucket owner's
// account. A statement is public when it grants to everyone ("*" or NotPrincipal) without a
// condition that pins the caller or the network to fixed values.
const NON_PUBLIC_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  'aws:sourceip',
]);

export function isPublicStatement(statement: ParsedStatement): boolean {
  if (statement.effect !== 'Allow') return false;
  const everyone = statement.principal?.wildcard === true || statement.notPrincipal !== undefined;
  if (!everyone) return false;
  return !statement.conditions.some(
    (c) => NON_PUBLIC_KEYS.has(c.key.toLowerCase()) && !c.ifExists && !c.base.includes('not'),
  );
}

/** The policy as RestrictPublicBuckets leaves it for callers outside the owner's account. */
export function withoutPublicStatements(policy: CompiledPolicy): CompiledPolicy | undefined {
  const kept = policy.statements.filter((s) => !isPublicStatement(s.statement));
  return kept.length === policy.statements.length
    ? undefined
    : { id: policy.id, policy: policy.policy, statements: kept };
}
