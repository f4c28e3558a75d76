// Scenario suite: RunTask overrides, service-linked roles and stale principals in trust policies.
// Refs: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html (overrides.taskRoleArn
// needs iam:PassRole on that role, and ecs:RunTask on the task definition);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html (the trust and permissions
// of a service-linked role are predefined and cannot be edited; only the service assumes it);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html (a deleted
// role's ARN in a trust policy becomes its unique id and matches no principal, not even a namesake).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyDoc,
  reaches,
  roleArn,
  trustAws,
  trustService,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;
const TD = `arn:aws:ecs:${R}:${A}:task-definition/web:1`;
const ecsFiles = {
  [`${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
  [`${R}/ecs/describe-clusters.json`]: {
    clusters: [
      { clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
    ],
    failures: [],
  },
  [`${R}/ecs/describe-task-definition/web%3A1.json`]: {
    taskDefinition: {
      taskDefinitionArn: TD,
      family: 'web',
      revision: 1,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      containerDefinitions: [{ name: 'app', image: 'nginx', essential: true, environment: [] }],
      taskRoleArn: roleArn(A, 'weak'),
    },
    tags: [],
  },
};

describe('scenarios: RunTask overrides and protected roles', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('ecs:RunTask with a taskRoleArn override of an existing task definition', () => {
    const dump = (...statements: ReturnType<typeof allowStmt>[]) =>
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] },
          { name: 'weak', trust: ECS_TASKS },
          { name: 'tgt', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
        ],
        files: ecsFiles,
      });

    it('RunTask + PassRole runs the existing definition as the admin role', async () => {
      const report = await analyzeDump(dump(allowStmt(['ecs:RunTask', 'iam:PassRole'])), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['ecs-run-task-override', 'admin-equivalent']]);
    });

    it('RunTask without PassRole cannot swap the role', async () => {
      assert.equal(reaches(await analyzeDump(dump(allowStmt('ecs:RunTask')), [SRC]), SRC, ADMIN_A), false);
    });

    it('RunTask scoped to another family does not cover the existing definition', async () => {
      const report = await analyzeDump(
        dump(
          allowStmt('ecs:RunTask', `arn:aws:ecs:${R}:${A}:task-definition/other:*`),
          allowStmt('iam:PassRole'),
        ),
        [SRC],
      );
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });
  });

  describe('service-linked roles', () => {
    const slr = {
      name: 'AWSServiceRoleForThing',
      path: '/aws-service-role/thing.amazonaws.com/',
      trust: trustService('thing.amazonaws.com'),
      inline: [ADMIN_POLICY],
    };

    it('iam:UpdateAssumeRolePolicy on * does not open a powerful service-linked role', async () => {
      const dump = accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole']))],
          },
          slr,
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('iam:PutRolePolicy / AttachRolePolicy on service-linked roles give nothing', async () => {
      const dump = accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt(
                  ['iam:PutRolePolicy', 'iam:AttachRolePolicy'],
                  'arn:aws:iam::*:role/aws-service-role/*',
                ),
              ),
            ],
          },
          slr,
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });
  });

  it('a trust naming a deleted role’s unique id (AROA…) admits nobody', async () => {
    const dump = accountDump({
      id: A,
      roles: [
        { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
        { name: 'tgt', trust: trustAws('AROAOLDDELETEDROLE1'), inline: [ADMIN_POLICY] },
      ],
    });
    assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
  });
});
