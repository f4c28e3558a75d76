// ECR (regional): repositories (tag mutability, for image-poisoning paths) and repository policies.
import {
  ECRClient,
  DescribeRepositoriesCommand,
  GetRepositoryPolicyCommand,
  paginateDescribeRepositories,
} from '@aws-sdk/client-ecr';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const ecrCalls = [
  readCall(DescribeRepositoriesCommand, 'ecr:DescribeRepositories'),
  readCall(GetRepositoryPolicyCommand, 'ecr:GetRepositoryPolicy'),
];

export async function collectEcr(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(ECRClient, region);
  const file = (path: string): string => regionFile(ctx, region, `ecr/${path}.json`);
  const listing = await recordPages(ctx, file('describe-repositories'), () =>
    paginateDescribeRepositories({ client }, {}),
  );
  await Promise.all(
    (listing?.repositories ?? []).flatMap((r) =>
      r.repositoryName
        ? [
            recordCall(
              ctx,
              file(`get-repository-policy/${namePart(r.repositoryName)}`),
              () => client.send(new GetRepositoryPolicyCommand({ repositoryName: r.repositoryName })),
              { none: ['RepositoryPolicyNotFoundException'] },
            ),
          ]
        : [],
    ),
  );
  ctx.progress.section(`${ctx.account} ${region} ecr`);
}
