// Scenario suite: MFA conditions seen from an attacker's foothold.
// Refs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
// (the key is present only when the credentials were obtained with MFA; "BoolIfExists false" is the
// pattern that also catches requests without the key) and id_credentials_mfa_configure-api-require.html.
// A task role's credentials are issued by ECS (AssumeRole by ecs-tasks.amazonaws.com, no MFA) and a
// role chain from them adds none, so the key is absent in every request the attacker makes.
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  denyStmt,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustAws,
} from '../support/scenario-dump.js';

const A = '111111111111';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;

describe('scenarios: requests from the foothold carry no MFA', function () {
  this.timeout(30_000);
  after(removeDumps);

  it('a trust requiring Bool aws:MultiFactorAuthPresent true cannot be met from a task role: no path', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
          {
            name: 'tgt',
            trust: trustAws(`arn:aws:iam::${A}:root`, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
            inline: [ADMIN_POLICY],
          },
        ],
      }),
      [SRC],
    );
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });

  it('the same trust without the MFA condition is a certain path (control)', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
          { name: 'tgt', trust: trustAws(`arn:aws:iam::${A}:root`), inline: [ADMIN_POLICY] },
        ],
      }),
      [SRC],
    );
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  it('a "deny unless MFA" guard (BoolIfExists aws:MultiFactorAuthPresent false) applies to the task role', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt('iam:PutRolePolicy', SRC),
                denyStmt('iam:*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }),
              ),
            ],
          },
        ],
      }),
      [SRC],
    );
    assert.equal(reaches(report, SRC, ADMIN_A), false);
  });
});

describe('scenarios: requests from the foothold are made over TLS', function () {
  this.timeout(30_000);
  after(removeDumps);

  // Ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-securetransport
  // The SDKs and the CLI send every request over HTTPS, so aws:SecureTransport is true for the attacker.
  it('a "deny unless TLS" guard does not stop the attacker, and the step is certain', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt('iam:PutRolePolicy', SRC),
                denyStmt('*', '*', { Bool: { 'aws:SecureTransport': 'false' } }),
              ),
            ],
          },
        ],
      }),
      [SRC],
    );
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });

  it('an allow that requires TLS is met with certainty', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(allowStmt('iam:PutRolePolicy', SRC, { Bool: { 'aws:SecureTransport': 'true' } })),
            ],
          },
        ],
      }),
      [SRC],
    );
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
  });
});
