// Scenario suite: iam:PassRole (iam:PassedToService), permissions boundaries and policy-version tampering.
// Refs: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html and
// reference_policies_iam-condition-keys.html#ck_PassedToService (condition on the service the role is
// passed to; multi-valued lists and StringLike patterns); access_policies_boundaries.html ("an entity's
// permissions boundary allows it to perform only the actions that are allowed by both its identity-based
// policies and its permissions boundaries"; within an account, a resource-based policy that names an IAM
// user ARN is not limited by the user's boundary, one that names a role ARN is).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyArn,
  policyDoc,
  reaches,
  roleArn,
  trustAws,
  type PolicyDef,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;
const clusterFiles = {
  [`${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
  [`${R}/ecs/describe-clusters.json`]: {
    clusters: [
      { clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
    ],
    failures: [],
  },
};

/** src may register a task definition and run it; `tgt` (admin) trusts ECS tasks. */
function passRoleDump(passRoleCondition?: Record<string, unknown>, boundary?: PolicyDef) {
  return accountDump({
    id: A,
    policies: boundary ? [boundary] : [],
    roles: [
      {
        name: 'src',
        trust: ECS_TASKS,
        ...(boundary ? { boundary: policyArn(A, boundary.name) } : {}),
        inline: [
          policyDoc(
            allowStmt('iam:PassRole', '*', passRoleCondition),
            allowStmt(['ecs:RegisterTaskDefinition', 'ecs:RunTask']),
          ),
        ],
      },
      { name: 'tgt', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
    ],
    files: clusterFiles,
  });
}

describe('scenarios: PassRole, boundaries, policy versions', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('iam:PassRole with iam:PassedToService', () => {
    it('a list of services that includes ecs-tasks lets the task role run a task as the admin role', async () => {
      const cond = {
        StringEquals: { 'iam:PassedToService': ['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com'] },
      };
      const report = await analyzeDump(passRoleDump(cond), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['ecs-register-taskdef-run-task', 'admin-equivalent']]);
    });

    it('a StringLike pattern ecs-*.amazonaws.com matches ecs-tasks', async () => {
      const report = await analyzeDump(
        passRoleDump({ StringLike: { 'iam:PassedToService': 'ecs-*.amazonaws.com' } }),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['ecs-register-taskdef-run-task', 'admin-equivalent']]);
    });

    it('PassRole limited to lambda does not let it pass a role to ECS', async () => {
      const report = await analyzeDump(
        passRoleDump({ StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }),
        [SRC],
      );
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });

    it('PassRole granted on * but absent from the boundary is denied', async () => {
      const boundary = { name: 'bnd', document: policyDoc(allowStmt('ecs:*')) };
      const report = await analyzeDump(passRoleDump(undefined, boundary), [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });
  });

  describe('self-escalation under a permissions boundary', () => {
    it('a boundary allowing only s3:* blocks iam:PutRolePolicy on self, so no admin', async () => {
      const dump = accountDump({
        id: A,
        policies: [{ name: 'bnd', document: policyDoc(allowStmt('s3:*')) }],
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            boundary: policyArn(A, 'bnd'),
            inline: [policyDoc(allowStmt('iam:PutRolePolicy', SRC))],
          },
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('"*" on "*" under an s3-only boundary is not account admin', async () => {
      const dump = accountDump({
        id: A,
        policies: [{ name: 'bnd', document: policyDoc(allowStmt('s3:*')) }],
        roles: [{ name: 'src', trust: ECS_TASKS, boundary: policyArn(A, 'bnd'), inline: [ADMIN_POLICY] }],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('a role that may both rewrite its policy and delete its own boundary does reach admin', async () => {
      const actions = ['iam:PutRolePolicy', 'iam:DeleteRolePermissionsBoundary'];
      const dump = accountDump({
        id: A,
        policies: [{ name: 'bnd', document: policyDoc(allowStmt(['s3:*', ...actions])) }],
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            boundary: policyArn(A, 'bnd'),
            inline: [policyDoc(allowStmt(actions, SRC))],
          },
        ],
      });
      assert.ok(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A));
    });

    it('a trust naming a bounded role’s ARN does not bypass the boundary (sts:AssumeRole not in it)', async () => {
      const dump = accountDump({
        id: A,
        policies: [{ name: 'bnd', document: policyDoc(allowStmt('sts:GetCallerIdentity')) }],
        roles: [
          { name: 'src', trust: ECS_TASKS, boundary: policyArn(A, 'bnd') },
          { name: 'tgt', trust: trustAws(SRC), inline: [ADMIN_POLICY] },
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });
  });

  describe('resource-policy grants and boundaries (same account)', () => {
    const bucket = 'arn:aws:s3:::data-bkt';
    const bucketGranting = (principal: string) => ({
      's3api/list-buckets.json': {
        Buckets: [{ Name: 'data-bkt', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
      },
      's3api/get-bucket-policy/data-bkt.json': {
        Policy: JSON.stringify(
          policyDoc({
            Effect: 'Allow',
            Principal: { AWS: principal },
            Action: 's3:GetObject',
            Resource: `${bucket}/*`,
          }),
        ),
      },
    });
    const boundary = [{ name: 'bnd', document: policyDoc(allowStmt('sts:GetCallerIdentity')) }];

    it('a bucket policy naming the role ARN is limited by the role’s boundary', async () => {
      const dump = accountDump({
        id: A,
        policies: boundary,
        roles: [{ name: 'src', trust: ECS_TASKS, boundary: policyArn(A, 'bnd') }],
        files: bucketGranting(SRC),
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, bucket), false);
    });

    it('the same bucket policy without the boundary grants the read', async () => {
      const dump = accountDump({
        id: A,
        roles: [{ name: 'src', trust: ECS_TASKS }],
        files: bucketGranting(SRC),
      });
      assert.deepEqual(chains(await analyzeDump(dump, [SRC]), SRC, bucket), [['s3-bucket-policy-grant']]);
    });

    it('a bucket policy naming an IAM user ARN is not limited by that user’s boundary', async () => {
      const user = `arn:aws:iam::${A}:user/bob`;
      const dump = accountDump({
        id: A,
        policies: boundary,
        users: [{ name: 'bob', boundary: policyArn(A, 'bnd') }],
        files: bucketGranting(user),
      });
      assert.deepEqual(chains(await analyzeDump(dump, [user]), user, bucket), [['s3-bucket-policy-grant']]);
    });
  });

  describe('iam:CreatePolicyVersion', () => {
    const policies = [{ name: 'pol', document: policyDoc(allowStmt('s3:GetObject')) }];
    const cpv = policyDoc(allowStmt('iam:CreatePolicyVersion', policyArn(A, 'pol')));

    it('on a policy attached only to another role (that src cannot assume) gives nothing', async () => {
      const dump = accountDump({
        id: A,
        policies,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [cpv] },
          { name: 'other', trust: ECS_TASKS, managed: [policyArn(A, 'pol')] },
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('on a policy attached to src itself makes it admin', async () => {
      const dump = accountDump({
        id: A,
        policies,
        roles: [{ name: 'src', trust: ECS_TASKS, managed: [policyArn(A, 'pol')], inline: [cpv] }],
      });
      assert.deepEqual(chains(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), [['iam-create-policy-version']]);
    });
  });
});
