// Scenario suite: a role the caller creates, trusting the caller, does not lift the caller's own
// explicit Deny of sts:AssumeRole (issue 21, class 9).
// Ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// ("an explicit deny in any of these policies overrides the allow": a trust policy naming the caller
// does not override a Deny in the caller's identity-based policies, its permissions boundary or an SCP),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html (the trust policy of
// a new role names who may assume it).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  FULL_AWS_ACCESS,
  type OrgPolicy,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  denyStmt,
  orgDump,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
} from '../support/scenario-dump.js';

const M = '999999999999';
const A = '111111111111';
const SRC = roleArn(A, 'src');
const USER = `arn:aws:iam::${A}:user/builder`;
const ADMIN_A = `admin:${A}`;
// On roles named new-*: not the caller itself (whose own PutRolePolicy would be the shorter path).
const CREATE_AND_WRITE = allowStmt(['iam:CreateRole', 'iam:PutRolePolicy'], `arn:aws:iam::${A}:role/new-*`);

const withTaskRole = (...statements: object[]) =>
  accountDump({ id: A, roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] }] });

describe('scenarios: a new role trusting its creator', function () {
  this.timeout(60000);
  after(removeDumps);

  it('CreateRole + PutRolePolicy alone: the created admin role is assumed (near-miss: no Deny)', async () => {
    const report = await analyzeDump(withTaskRole(CREATE_AND_WRITE), [SRC]);
    assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-create-role-and-attach']]);
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  it("the caller's own Deny sts:AssumeRole on * blocks it: no admin through a new role", async () => {
    const report = await analyzeDump(withTaskRole(CREATE_AND_WRITE, denyStmt('sts:AssumeRole')), [SRC]);
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('a user denied sts:AssumeRole on every role of the account gets no admin either', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        users: [
          {
            name: 'builder',
            inline: [policyDoc(CREATE_AND_WRITE, denyStmt('sts:AssumeRole', `arn:aws:iam::${A}:role/*`))],
          },
        ],
      }),
      [USER],
    );
    assert.equal(reaches(report, USER, ADMIN_A), false);
  });

  it('a Deny on some roles only leaves a name free: the path stays (near-miss)', async () => {
    const report = await analyzeDump(
      withTaskRole(CREATE_AND_WRITE, denyStmt('sts:AssumeRole', `arn:aws:iam::${A}:role/prod-*`)),
      [SRC],
    );
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  it('an SCP denying sts:AssumeRole to the account blocks it too', async () => {
    const scp: OrgPolicy = {
      id: 'p-no-assume',
      document: policyDoc(denyStmt('sts:AssumeRole')),
      targets: ['ou-work'],
    };
    const full: OrgPolicy = {
      id: 'p-FullAWSAccess',
      document: FULL_AWS_ACCESS,
      targets: ['r-root', 'ou-work', A],
    };
    const report = await analyzeDump(
      {
        ...accountDump({ id: M }),
        ...orgDump({ management: M, rootAccounts: [M], ous: { 'ou-work': [A] }, scps: [full, scp] }),
        ...withTaskRole(CREATE_AND_WRITE),
      },
      [SRC],
    );
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });
});
