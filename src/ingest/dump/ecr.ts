// Regional ECR files: repositories and their repository policies.
import type { EcrRepository } from '../../snapshot/types.js';
import { normalizeRepositories, normalizeRepositoryPolicy } from '../normalize/ecr.js';
import { type DumpContext, fileName, readWith } from './context.js';

export async function readEcr(dc: DumpContext, region: string): Promise<EcrRepository[]> {
  const base = `${region}/ecr`;
  const repositories =
    (await readWith(
      dc,
      {
        path: `${base}/describe-repositories`,
        region,
        service: 'ecr',
        operation: 'describe-repositories',
        paginated: true,
      },
      normalizeRepositories,
    )) ?? [];
  for (const repo of repositories) {
    const policy = await readWith(
      dc,
      {
        path: `${base}/get-repository-policy/${fileName(repo.name)}`,
        region,
        service: 'ecr',
        operation: 'get-repository-policy',
        resource: repo.arn,
        noneCodes: ['RepositoryPolicyNotFoundException'],
      },
      (raw, ctx) => normalizeRepositoryPolicy(raw, ctx, repo.arn),
    );
    if (policy !== undefined) repo.policy = policy;
  }
  return repositories;
}
