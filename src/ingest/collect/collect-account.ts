// One account: global services once (IAM, S3, and Organizations from the management account), then
// every regional service in every region, all in parallel under the shared concurrency limit.
import type { AccountContext } from './account-context.js';
import { collectCloudFormation } from './cloudformation.js';
import { collectCodeBuild } from './codebuild.js';
import { collectEc2 } from './ec2.js';
import { collectEcr } from './ecr.js';
import { collectEcs } from './ecs.js';
import { collectGlue } from './glue.js';
import { collectIam } from './iam.js';
import { collectKms } from './kms.js';
import { collectLambda } from './lambda.js';
import { collectOrganization, type OrganizationView } from './organizations.js';
import { collectRds } from './rds.js';
import { collectS3 } from './s3.js';
import { collectSageMaker } from './sagemaker.js';
import { collectSecretsManager } from './secrets-manager.js';
import { collectSsm } from './ssm.js';

const REGIONAL = [
  collectEcs,
  collectLambda,
  collectRds,
  collectSecretsManager,
  collectSsm,
  collectKms,
  collectEc2,
  collectEcr,
  collectCloudFormation,
  collectCodeBuild,
  collectGlue,
  collectSageMaker,
];

export async function collectAccount(
  ctx: AccountContext,
  regions: string[],
  options: { organization: boolean },
): Promise<OrganizationView | undefined> {
  const [organization] = await Promise.all([
    options.organization ? collectOrganization(ctx) : Promise.resolve(undefined),
    collectIam(ctx),
    collectS3(ctx),
    ...regions.flatMap((region) => REGIONAL.map((collectService) => collectService(ctx, region))),
  ]);
  return organization;
}
