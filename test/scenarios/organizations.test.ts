// Scenario suite: SCPs and RCPs from the management account's organizations/ dump.
// Ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
// ("For a permission to be allowed for a specific account, there must be an explicit Allow statement at
// every level from the root through each OU in the direct path to the account"; a Deny at any level wins),
// orgs_manage_policies_scps.html ("SCPs don't affect users or roles in the management account") and
// orgs_manage_policies_rcps.html (RCPs cap what resources of member accounts grant).
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
  policyDoc,
  reaches,
  roleArn,
  trustAws,
} from '../support/scenario-dump.js';

const M = '999999999999';
const A = '111111111111';
const R = 'eu-west-1';

/** An account whose `src` may assume `tgt` (admin, path /) and `allowed/tgt2` (admin, path /allowed/). */
const workload = (id: string) =>
  accountDump({
    id,
    roles: [
      { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
      { name: 'tgt', trust: trustAws(`arn:aws:iam::${id}:root`), inline: [ADMIN_POLICY] },
      { name: 'tgt2', path: '/allowed/', trust: trustAws(`arn:aws:iam::${id}:root`), inline: [ADMIN_POLICY] },
    ],
  });
const org = (scps: OrgPolicy[], rcps: OrgPolicy[] = []) =>
  orgDump({ management: M, rootAccounts: [M], ous: { 'ou-work': [A] }, scps, rcps });
const full = (targets: string[]): OrgPolicy => ({
  id: 'p-FullAWSAccess',
  document: FULL_AWS_ACCESS,
  targets,
});
const management = accountDump({ id: M });
const SRC = roleArn(A, 'src');

describe('scenarios: SCPs and RCPs', function () {
  this.timeout(30000);
  after(removeDumps);

  it('with FullAWSAccess at every level the member account’s task role reaches admin', async () => {
    const report = await analyzeDump(
      { ...management, ...workload(A), ...org([full(['r-root', 'ou-work', A])]) },
      [SRC],
    );
    assert.ok(reaches(report, SRC, `admin:${A}`));
  });

  it('an OU SCP denying sts:AssumeRole except on /allowed/ roles leaves only the allowed role', async () => {
    const except: OrgPolicy = {
      id: 'p-assume',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: 'sts:AssumeRole', NotResource: 'arn:aws:iam::*:role/allowed/*' },
        ],
      },
      targets: ['ou-work'],
    };
    const report = await analyzeDump(
      { ...management, ...workload(A), ...org([full(['r-root', 'ou-work', A]), except]) },
      [SRC],
    );
    const hops = report.paths.filter((p) => p.source === SRC).flatMap((p) => p.hops.map((h) => h.to));
    assert.ok(hops.includes(roleArn(A, 'tgt2', '/allowed/')), hops.join());
    assert.ok(!hops.includes(roleArn(A, 'tgt')), hops.join());
  });

  it('FullAWSAccess detached from the OU (only a deny-only SCP left there) denies everything below it', async () => {
    const leave: OrgPolicy = {
      id: 'p-leave',
      document: policyDoc(denyStmt('organizations:LeaveOrganization')),
      targets: ['ou-work'],
    };
    const report = await analyzeDump(
      { ...management, ...workload(A), ...org([full(['r-root', A]), leave]) },
      [SRC],
    );
    assert.equal(reaches(report, SRC, `admin:${A}`), false);
  });

  it('FullAWSAccess replaced on the account itself by a deny-only SCP denies everything in it', async () => {
    const leave: OrgPolicy = {
      id: 'p-leave',
      document: policyDoc(denyStmt('organizations:LeaveOrganization')),
      targets: [A],
    };
    const report = await analyzeDump(
      { ...management, ...workload(A), ...org([full(['r-root', 'ou-work']), leave]) },
      [SRC],
    );
    assert.equal(reaches(report, SRC, `admin:${A}`), false);
  });

  it('an allow-list SCP at the OU (s3:* only) stops sts:AssumeRole below it', async () => {
    const s3Only: OrgPolicy = { id: 'p-s3', document: policyDoc(allowStmt('s3:*')), targets: ['ou-work'] };
    const report = await analyzeDump(
      { ...management, ...workload(A), ...org([full(['r-root', A]), s3Only]) },
      [SRC],
    );
    assert.equal(reaches(report, SRC, `admin:${A}`), false);
  });

  it('a deny-everything SCP at the root stops member accounts but not the management account', async () => {
    const denyAll: OrgPolicy = { id: 'p-deny', document: policyDoc(denyStmt('*')), targets: ['r-root'] };
    const report = await analyzeDump(
      { ...workload(M), ...workload(A), ...org([full(['r-root', 'ou-work', A]), denyAll]) },
      [SRC, roleArn(M, 'src')],
    );
    assert.equal(reaches(report, SRC, `admin:${A}`), false);
    assert.deepEqual(chains(report, roleArn(M, 'src'), `admin:${M}`), [
      ['sts-assume-role', 'admin-equivalent'],
    ]);
  });

  it('the common guardrail "deny IAM writes unless aws:PrincipalArn is an /admin/ role" stops a task role', async () => {
    const guard = (exempt: string): OrgPolicy => ({
      id: 'p-guard',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: ['iam:Put*', 'iam:Attach*', 'iam:Create*', 'iam:Update*'],
            Resource: '*',
            Condition: { ArnNotLike: { 'aws:PrincipalArn': exempt } },
          },
        ],
      },
      targets: ['ou-work'],
    });
    const app = roleArn(A, 'src', '/app/');
    const dump = (exempt: string) => ({
      ...management,
      ...accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            path: '/app/',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('iam:PutRolePolicy'))],
          },
        ],
      }),
      ...org([full(['r-root', 'ou-work', A]), guard(exempt)]),
    });
    assert.equal(
      reaches(await analyzeDump(dump('arn:aws:iam::*:role/admin/*'), [app]), app, `admin:${A}`),
      false,
    );
    assert.deepEqual(chains(await analyzeDump(dump('arn:aws:iam::*:role/app/*'), [app]), app, `admin:${A}`), [
      ['iam-put-role-policy-self'],
    ]);
  });

  it('a region-restriction SCP (Deny NotAction global services unless aws:RequestedRegion) leaves in-region paths certain', async () => {
    const region: OrgPolicy = {
      id: 'p-region',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*'],
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
          },
        ],
      },
      targets: ['ou-work'],
    };
    const report = await analyzeDump(
      { ...management, ...workload(A), ...org([full(['r-root', 'ou-work', A]), region]) },
      [SRC],
    );
    const path = report.paths.find((p) => p.source === SRC && p.target === `admin:${A}`);
    assert.ok(path);
    assert.ok(path.hops.every((h) => !h.conditional));
  });

  it('an RCP denying secretsmanager:GetSecretValue to principals outside a partner account cuts the read', async () => {
    const secretArn = `arn:aws:secretsmanager:${R}:${A}:secret:prod/db-AbCdEf`;
    const reader = accountDump({
      id: A,
      roles: [
        { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('secretsmanager:GetSecretValue'))] },
      ],
      files: {
        [`${R}/secretsmanager/list-secrets.json`]: {
          SecretList: [{ ARN: secretArn, Name: 'prod/db', Tags: [] }],
        },
        [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: { ARN: secretArn, Name: 'prod/db' },
      },
    });
    const rcp: OrgPolicy = {
      id: 'p-rcp',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 'secretsmanager:GetSecretValue',
            Resource: '*',
            Condition: { StringNotEqualsIfExists: { 'aws:PrincipalAccount': '123456789012' } },
          },
        ],
      },
      targets: ['r-root'],
    };
    const scps = [full(['r-root', 'ou-work', A])];
    const without = await analyzeDump({ ...management, ...reader, ...org(scps) }, [SRC]);
    assert.deepEqual(chains(without, SRC, secretArn), [['secrets-get-value']]);
    const withRcp = await analyzeDump({ ...management, ...reader, ...org(scps, [rcp]) }, [SRC]);
    assert.equal(reaches(withRcp, SRC, secretArn), false);
  });
});
