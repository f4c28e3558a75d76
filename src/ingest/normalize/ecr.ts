// ECR: describe-repositories and get-repository-policy.
//
//   normalizeRepositories(raw, ctx): EcrRepository[]    (policy left undefined)
//   normalizeRepositoryPolicy(raw, ctx, repositoryArn): PolicyDocumentJson | undefined   ({ policyText })
import type { EcrRepository, PolicyDocumentJson } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

export function normalizeRepositories(raw: unknown, ctx: NormalizeContext): EcrRepository[] {
  return eachItem(ctx, new Json(raw).list('repositories'), (r) => {
    const repo: EcrRepository = {
      arn: r.str('repositoryArn'),
      name: r.str('repositoryName'),
      region: ctx.region ?? 'unknown',
    };
    const uri = r.optStr('repositoryUri');
    if (uri) repo.uri = uri;
    const mutability = r.optStr('imageTagMutability');
    if (mutability) repo.tagMutability = mutability;
    return repo;
  });
}

export function normalizeRepositoryPolicy(
  raw: unknown,
  ctx: NormalizeContext,
  repositoryArn: string,
): PolicyDocumentJson | undefined {
  return readPolicyDocument(ctx, new Json(raw).get('policyText'), repositoryArn) ?? undefined;
}
