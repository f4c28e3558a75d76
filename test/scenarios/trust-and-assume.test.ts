// Scenario suite (dump → `blastmap analyze --format json`): who may assume a role, judged by AWS's
// documented evaluation logic.
// Ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// ("Role trust policies and KMS key policies are exceptions…: they must explicitly allow access for
// principals"; a trust naming the account root delegates to the account's identity policies, a trust
// naming the principal's ARN grants it directly within the same account) and
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// (cross-account: both the identity policy in the caller's account and the trust policy must allow).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  denyStmt,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustAws,
} from '../support/scenario-dump.js';

const A = '111111111111';
const B = '222222222222';
const SRC = roleArn(A, 'src');
const ROOT_A = `arn:aws:iam::${A}:root`;
const ADMIN_A = `admin:${A}`;
const ADMIN_B = `admin:${B}`;

/** Account A: `src` (the foothold) with the given policies, and `tgt` (admin) with the given trust. */
function oneAccount(srcPolicies: ReturnType<typeof policyDoc>[], tgtTrust: ReturnType<typeof policyDoc>) {
  return accountDump({
    id: A,
    roles: [
      { name: 'src', trust: ECS_TASKS, inline: srcPolicies },
      { name: 'tgt', trust: tgtTrust, inline: [ADMIN_POLICY] },
    ],
  });
}

describe('scenarios: role trust and sts:AssumeRole', function () {
  this.timeout(30000);
  after(removeDumps);

  it('a trust naming the account root is a delegation: without an identity allow the task role cannot assume', async () => {
    const report = await analyzeDump(oneAccount([], trustAws(ROOT_A)), [SRC]);
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('a trust naming the account root plus an identity allow for sts:AssumeRole reaches the admin role', async () => {
    const report = await analyzeDump(oneAccount([policyDoc(allowStmt('sts:AssumeRole'))], trustAws(ROOT_A)), [
      SRC,
    ]);
    assert.deepEqual(chains(report, SRC, ADMIN_A), [['sts-assume-role', 'admin-equivalent']]);
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  it('a trust naming the exact role ARN (same account) needs no identity allow', async () => {
    const report = await analyzeDump(oneAccount([], trustAws(SRC)), [SRC]);
    assert.deepEqual(chains(report, SRC, ADMIN_A), [['sts-assume-role', 'admin-equivalent']]);
  });

  it('a trust naming a role ARN with a path (role/app/src) admits that role', async () => {
    const app = roleArn(A, 'src', '/app/');
    const dump = accountDump({
      id: A,
      roles: [
        { name: 'src', path: '/app/', trust: ECS_TASKS },
        { name: 'tgt', trust: trustAws(app), inline: [ADMIN_POLICY] },
      ],
    });
    assert.deepEqual(chains(await analyzeDump(dump, [app]), app, ADMIN_A), [
      ['sts-assume-role', 'admin-equivalent'],
    ]);
  });

  it('an explicit identity Deny on sts:AssumeRole beats a trust naming the role ARN', async () => {
    const report = await analyzeDump(oneAccount([policyDoc(denyStmt('sts:AssumeRole'))], trustAws(SRC)), [
      SRC,
    ]);
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('a NotAction Deny (everything but s3) stops an iam:PutRolePolicy self-escalation', async () => {
    const dump = accountDump({
      id: A,
      roles: [
        {
          name: 'src',
          trust: ECS_TASKS,
          inline: [
            policyDoc(allowStmt('iam:PutRolePolicy')),
            policyDoc({ Effect: 'Deny', NotAction: ['s3:*'], Resource: '*' }),
          ],
        },
      ],
    });
    const report = await analyzeDump(dump, [SRC]);
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('a trust Deny with NotPrincipal (everyone but another role) stops the task role', async () => {
    // Ref: reference_policies_elements_notprincipal.html — Deny + NotPrincipal denies every principal not listed.
    const trust = policyDoc(
      { Effect: 'Allow', Principal: { AWS: ROOT_A }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', NotPrincipal: { AWS: roleArn(A, 'other') }, Action: 'sts:AssumeRole' },
    );
    const report = await analyzeDump(oneAccount([policyDoc(allowStmt('sts:AssumeRole'))], trust), [SRC]);
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('a wildcard trust ("AWS": "*") admits a same-account principal even without an identity allow', async () => {
    const report = await analyzeDump(oneAccount([], trustAws('*')), [SRC]);
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  it('a wildcard trust limited by aws:PrincipalOrgID is conditional when no organization data was dumped', async () => {
    const trust = trustAws('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } });
    const report = await analyzeDump(oneAccount([policyDoc(allowStmt('sts:AssumeRole'))], trust), [SRC]);
    const hop = report.paths.find((p) => p.target === ADMIN_A)?.hops[0];
    assert.equal(hop?.technique, 'sts-assume-role');
    assert.equal(hop?.conditional, true);
  });

  it('a trust condition on a principal tag the task role does not carry stops the path', async () => {
    const trust = trustAws(ROOT_A, { StringEquals: { 'aws:PrincipalTag/team': 'ops' } });
    const report = await analyzeDump(oneAccount([policyDoc(allowStmt('sts:AssumeRole'))], trust), [SRC]);
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('role chaining: src assumes mid, mid assumes tgt whose trust pins aws:PrincipalArn to mid', async () => {
    const dump = accountDump({
      id: A,
      roles: [
        { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
        { name: 'mid', trust: trustAws(SRC), inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
        {
          name: 'tgt',
          trust: trustAws(ROOT_A, { ArnEquals: { 'aws:PrincipalArn': roleArn(A, 'mid') } }),
          inline: [ADMIN_POLICY],
        },
      ],
    });
    const report = await analyzeDump(dump, [SRC]);
    assert.deepEqual(chains(report, SRC, ADMIN_A), [
      ['sts-assume-role', 'sts-assume-role', 'admin-equivalent'],
    ]);
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  describe('cross-account', () => {
    const crossAccount = (
      srcPolicies: ReturnType<typeof policyDoc>[],
      tgtTrust: ReturnType<typeof policyDoc>,
    ) => ({
      ...accountDump({ id: A, roles: [{ name: 'src', trust: ECS_TASKS, inline: srcPolicies }] }),
      ...accountDump({ id: B, roles: [{ name: 'tgt', trust: tgtTrust, inline: [ADMIN_POLICY] }] }),
    });

    it('a trust naming the foreign role ARN is not enough: the caller account must allow sts:AssumeRole too', async () => {
      const report = await analyzeDump(crossAccount([], trustAws(SRC)), [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_B), false);
    });

    it('trust + identity allow scoped to that role reaches the other account’s admin', async () => {
      const report = await analyzeDump(
        crossAccount([policyDoc(allowStmt('sts:AssumeRole', roleArn(B, 'tgt')))], trustAws(SRC)),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, ADMIN_B), [['sts-assume-role-cross-account', 'admin-equivalent']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_B));
    });

    it('an identity allow for a different role of the other account does not reach it', async () => {
      const report = await analyzeDump(
        crossAccount([policyDoc(allowStmt('sts:AssumeRole', roleArn(B, 'other')))], trustAws(ROOT_A)),
        [SRC],
      );
      assert.equal(reaches(report, SRC, ADMIN_B), false);
    });

    it('an sts:ExternalId condition leaves the hop conditional on that key', async () => {
      // The external id is a value the caller sends (request context key sts:ExternalId); AWS documents it
      // as "not a secret" (id_roles_common-scenarios_third-party.html), and the snapshot cannot tell whether
      // the attacker knows it (it usually sits in the caller's config). So: a path, but conditional.
      const trust = trustAws(ROOT_A, { StringEquals: { 'sts:ExternalId': 'partner-123' } });
      const report = await analyzeDump(crossAccount([policyDoc(allowStmt('sts:AssumeRole'))], trust), [SRC]);
      const path = report.paths.find((p) => p.source === SRC && p.target === ADMIN_B);
      assert.ok(path, 'a path exists');
      assert.equal(path.hops[0].technique, 'sts-assume-role-cross-account');
      assert.equal(path.hops[0].conditional, true);
      assert.ok(!reachesCertainly(report, SRC, ADMIN_B));
    });
  });
});
