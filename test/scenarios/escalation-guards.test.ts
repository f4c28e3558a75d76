// Scenario suite: guards on escalation paths — SCP exceptions by aws:PrincipalArn through role chaining,
// region-restriction SCPs on global IAM, permissions boundaries with explicit denies, PassRole
// conditions (iam:PassedToService, iam:AssociatedResourceArn), cross-account trust of the account root.
// Refs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
// (for a role session aws:PrincipalArn is the role's ARN, path included, not the assumed-role ARN),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html
// (IAM has one endpoint in us-east-1: every IAM request has aws:RequestedRegion us-east-1),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html (an explicit Deny in a
// boundary wins; a boundary caps what the identity policy grants),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_AssociatedResourceArn
// (iam:AssociatedResourceArn: the resource the passed role will be used with),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// (cross-account: the caller's identity policy AND the other account's trust must allow),
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html (SCPs affect
// only the principals of the accounts they apply to) and .../orgs_manage_policies_rcps.html (RCPs cap what
// resources of those accounts, STS roles included, grant to anyone).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  FULL_AWS_ACCESS,
  type OrgPolicy,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  denyStmt,
  orgDump,
  policyArn,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustAws,
  trustService,
} from '../support/scenario-dump.js';

const M = '999999999999';
const A = '111111111111';
const B = '222222222222';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;
const ADMIN_B = `admin:${B}`;
const management = accountDump({ id: M });
const full: OrgPolicy = {
  id: 'p-FullAWSAccess',
  document: FULL_AWS_ACCESS,
  targets: ['r-root', 'ou-work', A],
};
const org = (...scps: OrgPolicy[]) =>
  orgDump({ management: M, rootAccounts: [M], ous: { 'ou-work': [A] }, scps: [full, ...scps] });

describe('scenarios: guards on escalation paths', function () {
  this.timeout(60000);
  after(removeDumps);

  describe('an SCP denying IAM writes except to /platform/ roles (ArnNotLike aws:PrincipalArn)', () => {
    const guard: OrgPolicy = {
      id: 'p-iam-guard',
      document: policyDoc(
        denyStmt(['iam:Put*', 'iam:Attach*', 'iam:Create*', 'iam:Update*', 'iam:Delete*'], '*', {
          ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/platform/*' },
        }),
      ),
      targets: ['ou-work'],
    };
    const pipeline = roleArn(A, 'deployer', '/platform/');
    const dump = (srcMayAssume: boolean) => ({
      ...management,
      ...org(guard),
      ...accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('iam:PutRolePolicy'), allowStmt('sts:AssumeRole', pipeline))],
          },
          {
            name: 'deployer',
            path: '/platform/',
            trust: trustAws(srcMayAssume ? SRC : roleArn(A, 'ci')),
            inline: [policyDoc(allowStmt('iam:PutRolePolicy'))],
          },
        ],
      }),
    });

    it('the task role is not exempt: its own iam:PutRolePolicy is denied', async () => {
      assert.equal(reaches(await analyzeDump(dump(false), [SRC]), SRC, ADMIN_A), false);
    });

    it('a session of the exempt /platform/ role is exempt: the chained role escalates', async () => {
      const report = await analyzeDump(dump(true), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['sts-assume-role', 'iam-put-role-policy-self']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });
  });

  describe('a region-restriction SCP that forgot to exempt IAM', () => {
    // IAM requests are served in us-east-1: Deny * unless eu-west-1 denies every IAM call.
    const region: OrgPolicy = {
      id: 'p-region',
      document: policyDoc(denyStmt('*', '*', { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } })),
      targets: ['ou-work'],
    };
    it('iam:PutRolePolicy on self is no certain admin', async () => {
      const report = await analyzeDump(
        {
          ...management,
          ...org(region),
          ...accountDump({
            id: A,
            roles: [
              { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('iam:PutRolePolicy', SRC))] },
            ],
          }),
        },
        [SRC],
      );
      assert.equal(reachesCertainly(report, SRC, ADMIN_A), false);
    });
  });

  describe('permissions boundaries with explicit denies', () => {
    const boundary = (...deny: object[]) => ({
      name: 'boundary',
      document: policyDoc(allowStmt('*'), ...deny),
    });
    const bounded = (srcInline: object[], ...deny: object[]) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(...srcInline)],
            boundary: policyArn(A, 'boundary'),
          },
          { name: 'fn-admin', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
        ],
        policies: [boundary(...deny)],
      });

    it('a boundary denying iam:PassRole stops CreateFunction with the admin role', async () => {
      const dump = bounded(
        [allowStmt(['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'])],
        denyStmt('iam:PassRole'),
      );
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('an allow-all boundary that only forbids editing itself leaves iam:PutRolePolicy on self admin', async () => {
      const dump = bounded(
        [allowStmt('iam:PutRolePolicy', SRC)],
        denyStmt(['iam:DeleteRolePermissionsBoundary', 'iam:PutRolePermissionsBoundary']),
      );
      assert.deepEqual(chains(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), [['iam-put-role-policy-self']]);
    });

    it('a boundary denying iam:Put*/Attach* but not iam:Delete*: iam:* deletes the boundary first', async () => {
      const writes = ['iam:Put*', 'iam:Attach*', 'iam:Create*', 'iam:Update*'];
      const open = bounded([allowStmt('iam:*')], denyStmt(writes));
      assert.deepEqual(chains(await analyzeDump(open, [SRC]), SRC, ADMIN_A), [['iam-boundary-removal']]);
      const closed = bounded([allowStmt('iam:*')], denyStmt([...writes, 'iam:Delete*']));
      assert.equal(reaches(await analyzeDump(closed, [SRC]), SRC, ADMIN_A), false);
    });

    it('an identity allowed only iam:PutRolePolicy on self, under an s3-only boundary it may delete, escalates', async () => {
      const dump = accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['iam:PutRolePolicy', 'iam:DeleteRolePermissionsBoundary'], SRC))],
            boundary: policyArn(A, 's3-only'),
          },
        ],
        policies: [
          { name: 's3-only', document: policyDoc(allowStmt(['s3:*', 'iam:DeleteRolePermissionsBoundary'])) },
        ],
      });
      assert.deepEqual(chains(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), [['iam-boundary-removal']]);
    });
  });

  describe('PassRole conditions', () => {
    const passWith = (condition: Record<string, unknown>) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt('iam:PassRole', roleArn(A, 'fn-admin'), condition),
                allowStmt(['lambda:CreateFunction', 'lambda:InvokeFunction']),
              ),
            ],
          },
          { name: 'fn-admin', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
        ],
      });

    it('iam:PassedToService StringLike "*.amazonaws.com" lets the role go to Lambda', async () => {
      const report = await analyzeDump(
        passWith({ StringLike: { 'iam:PassedToService': '*.amazonaws.com' } }),
        [SRC],
      );
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });

    it('iam:PassedToService StringLike "ec2.*" does not', async () => {
      const report = await analyzeDump(passWith({ StringLike: { 'iam:PassedToService': 'ec2.*' } }), [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });

    it('iam:AssociatedResourceArn limited to EC2 instances does not let the role go to a Lambda function', async () => {
      const report = await analyzeDump(
        passWith({ ArnLike: { 'iam:AssociatedResourceArn': `arn:aws:ec2:*:${A}:instance/*` } }),
        [SRC],
      );
      assert.equal(reachesCertainly(report, SRC, ADMIN_A), false);
    });

    it('iam:AssociatedResourceArn on functions named app-* is met by naming the new function app-x', async () => {
      const report = await analyzeDump(
        passWith({ ArnLike: { 'iam:AssociatedResourceArn': `arn:aws:lambda:*:${A}:function:app-*` } }),
        [SRC],
      );
      assert.ok(reaches(report, SRC, ADMIN_A));
    });
  });

  describe('a trust on aws:PrincipalTag/team', () => {
    const tagged = (tags: { Key: string; Value: string }[]) => {
      const spec = accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
          {
            name: 'ops',
            trust: trustAws(`arn:aws:iam::${A}:root`, { StringEquals: { 'aws:PrincipalTag/team': 'ops' } }),
            inline: [ADMIN_POLICY],
          },
        ],
      });
      const gaad = spec[`${A}/iam/get-account-authorization-details.json`] as {
        RoleDetailList: { RoleName: string; Tags: object[] }[];
      };
      gaad.RoleDetailList.find((r) => r.RoleName === 'src')!.Tags = tags;
      return spec;
    };

    it('a task role tagged team=ops assumes it with certainty', async () => {
      const report = await analyzeDump(tagged([{ Key: 'team', Value: 'ops' }]), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['sts-assume-role', 'admin-equivalent']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });

    it('a task role tagged team=web does not', async () => {
      assert.equal(
        reaches(await analyzeDump(tagged([{ Key: 'team', Value: 'web' }]), [SRC]), SRC, ADMIN_A),
        false,
      );
    });
  });

  describe('cross-account trust of the account root', () => {
    const twoAccounts = (srcResource: string) => ({
      ...accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole', srcResource))] },
        ],
      }),
      ...accountDump({
        id: B,
        roles: [{ name: 'ops', trust: trustAws(`arn:aws:iam::${A}:root`), inline: [ADMIN_POLICY] }],
      }),
    });

    it('a role in B trusting A’s root, and sts:AssumeRole on * in A: admin of B', async () => {
      const report = await analyzeDump(twoAccounts('*'), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_B), [['sts-assume-role-cross-account', 'admin-equivalent']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_B));
    });

    it('sts:AssumeRole limited to A’s own roles does not cross', async () => {
      const report = await analyzeDump(twoAccounts(`arn:aws:iam::${A}:role/*`), [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_B), false);
    });

    it('a trust naming another role of A does not admit src even with sts:AssumeRole on *', async () => {
      const dump = {
        ...accountDump({
          id: A,
          roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] }],
        }),
        ...accountDump({
          id: B,
          roles: [{ name: 'ops', trust: trustAws(roleArn(A, 'ci')), inline: [ADMIN_POLICY] }],
        }),
      };
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_B), false);
    });
  });

  describe('organization policies on a cross-account assume (A’s task role → B’s admin role)', () => {
    const cross = (scps: OrgPolicy[], rcps: OrgPolicy[] = []) => ({
      ...management,
      ...accountDump({
        id: A,
        roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] }],
      }),
      ...accountDump({
        id: B,
        roles: [{ name: 'ops', trust: trustAws(`arn:aws:iam::${A}:root`), inline: [ADMIN_POLICY] }],
      }),
      ...orgDump({
        management: M,
        rootAccounts: [M],
        ous: { 'ou-a': [A], 'ou-b': [B] },
        scps: [
          { id: 'p-FullAWSAccess', document: FULL_AWS_ACCESS, targets: ['r-root', 'ou-a', 'ou-b', A, B] },
          ...scps,
        ],
        rcps,
      }),
    });
    const deny = (id: string, action: string, ou: string): OrgPolicy => ({
      id,
      document: policyDoc(denyStmt(action)),
      targets: [ou],
    });

    it('an SCP on B denying sts:AssumeRole does not bind A’s caller (SCPs limit B’s own principals)', async () => {
      const report = await analyzeDump(cross([deny('p-deny', 'sts:AssumeRole', 'ou-b')]), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_B), [['sts-assume-role-cross-account', 'admin-equivalent']]);
    });

    it('the same SCP on A stops it', async () => {
      assert.equal(
        reaches(await analyzeDump(cross([deny('p-deny', 'sts:AssumeRole', 'ou-a')]), [SRC]), SRC, ADMIN_B),
        false,
      );
    });

    it('an RCP on B denying sts:AssumeRole to other accounts’ principals stops it', async () => {
      const rcp: OrgPolicy = {
        id: 'p-rcp',
        document: policyDoc({
          Effect: 'Deny',
          Principal: '*',
          Action: 'sts:AssumeRole',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:PrincipalAccount': B } },
        }),
        targets: ['ou-b'],
      };
      assert.equal(reaches(await analyzeDump(cross([], [rcp]), [SRC]), SRC, ADMIN_B), false);
    });

    it('once in B, B’s SCP denying iam:* binds the session: no admin of B', async () => {
      assert.equal(
        reaches(await analyzeDump(cross([deny('p-deny-iam', 'iam:*', 'ou-b')]), [SRC]), SRC, ADMIN_B),
        false,
      );
    });
  });
});
