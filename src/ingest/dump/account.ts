// One account folder → one Account: the account-level files (IAM, S3, sts) and every region folder.
import type { Account, IamData } from '../../snapshot/types.js';
import { emptyAccount, emptyIam } from '../../snapshot/empty-account.js';
import { InputError } from '../../snapshot/errors.js';
import { Json } from '../normalize/shape.js';
import { type DumpContext, readWith } from './context.js';
import { readEc2 } from './ec2.js';
import { readEcr } from './ecr.js';
import { readEcs } from './ecs.js';
import { readIam } from './iam.js';
import { readKms } from './kms.js';
import { readLambda } from './lambda.js';
import { readRds } from './rds.js';
import { readRoleServices } from './role-services.js';
import { readS3 } from './s3.js';
import { readSecrets } from './secrets.js';
import { readSsmParameters } from './ssm.js';

/** Region folder names: `eu-west-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-4`. */
export const REGION_NAME = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

function partitionOf(iam: IamData | undefined): string | undefined {
  const arn = iam?.roles[0]?.arn ?? iam?.users[0]?.arn ?? iam?.groups[0]?.arn;
  return arn?.split(':')[1];
}

/** Checks the optional caller identity against the folder name: data filed under the wrong account is unusable. */
async function checkIdentity(dc: DumpContext): Promise<void> {
  const file = `${dc.account}/sts/get-caller-identity.json`;
  if (!dc.files.has(file)) return;
  const identity = await readWith(
    dc,
    { path: 'sts/get-caller-identity', service: 'sts', operation: 'get-caller-identity' },
    (raw) => {
      const root = new Json(raw);
      return { account: root.str('Account'), arn: root.optStr('Arn') };
    },
  );
  if (identity && identity.account !== dc.account) {
    throw new InputError(
      `the folder is account ${dc.account} but the caller identity is account '${identity.account}'`,
      { file, jsonPath: '$.Account' },
      { hint: 'rename the folder to the account id it holds' },
    );
  }
  if (identity?.arn) dc.partition = identity.arn.split(':')[1] ?? dc.partition;
}

export async function readAccount(dc: DumpContext): Promise<{ account: Account; iamRead: boolean }> {
  await checkIdentity(dc);
  const iam = await readIam(dc);
  dc.partition = partitionOf(iam) ?? dc.partition;
  const regions = dc.files.folders(dc.account).filter((f) => REGION_NAME.test(f));
  const account: Account = {
    ...emptyAccount(dc.account, { partition: dc.partition, regions }),
    iam: iam ?? emptyIam(),
    s3Buckets: await readS3(dc),
  };
  if (regions.length === 0) {
    dc.gaps.push({
      account: dc.account,
      service: 'regional',
      operation: '*',
      file: `${dc.account}/<region>/`,
      code: 'NotCollected',
      message: 'no region folder: ECS, Lambda, RDS, secrets, KMS, EC2 … were not collected',
    });
  }
  for (const region of regions) {
    const ecs = await readEcs(dc, region);
    account.ecs.clusters.push(...ecs.clusters);
    account.ecs.services.push(...ecs.services);
    account.ecs.taskDefinitions.push(...ecs.taskDefinitions);
    account.ecs.tasks.push(...ecs.tasks);
    account.lambda.push(...(await readLambda(dc, region)));
    const rds = await readRds(dc, region);
    account.rds.instances.push(...rds.instances);
    account.rds.clusters.push(...rds.clusters);
    account.secrets.push(...(await readSecrets(dc, region)));
    account.ssmParameters.push(...(await readSsmParameters(dc, region)));
    account.kmsKeys.push(...(await readKms(dc, region)));
    const ec2 = await readEc2(dc, region);
    account.securityGroups.push(...ec2.securityGroups);
    account.ec2Instances.push(...ec2.instances);
    account.ecrRepositories.push(...(await readEcr(dc, region)));
    const roleServices = await readRoleServices(dc, region);
    account.cloudformationStacks.push(...roleServices.cloudformationStacks);
    account.codebuildProjects.push(...roleServices.codebuildProjects);
    account.glueDevEndpoints.push(...roleServices.glueDevEndpoints);
    account.glueJobs.push(...roleServices.glueJobs);
    account.sagemakerNotebooks.push(...roleServices.sagemakerNotebooks);
  }
  return { account, iamRead: iam !== undefined };
}
