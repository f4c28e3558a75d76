// Scenario suite: a guardrail whose Resource, NotResource or condition holds a policy variable the
// request cannot resolve (issue 21, class 11). Whatever reading of AWS's rules applies to such a
// statement, a Deny resting on it never lets a step through for certain: the step is conditional,
// with the variable named.
// Refs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
// ("If there is no value for a condition key … the variable cannot be replaced"; aws:username is
// present only for IAM users), https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-username
// (aws:username: "This key is not present for … roles").
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  denyStmt,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
} from '../support/scenario-dump.js';

const A = '111111111111';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;

// The task role, and an administrator user whose access keys it may try to create.
const taskRole = (...statements: object[]) =>
  accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] }],
    users: [{ name: 'bob', inline: [policyDoc(allowStmt('*'))] }],
  });

/** A report's path to admin and whether any of its hops names `key` among its conditions. */
async function adminVerdict(dump: ReturnType<typeof taskRole>) {
  const report = await analyzeDump(dump, [SRC]);
  const paths = report.paths as unknown as {
    source: string;
    target: string;
    hops: { conditionKeys: string[] }[];
  }[];
  const keys = paths
    .filter((p) => p.source === SRC && p.target === ADMIN_A)
    .flatMap((p) => p.hops.flatMap((h) => h.conditionKeys));
  return { reaches: reaches(report, SRC, ADMIN_A), certain: reachesCertainly(report, SRC, ADMIN_A), keys };
}

describe('scenarios: policy variables the request cannot resolve', function () {
  this.timeout(60000);
  after(removeDumps);

  it('Deny iam:* NotResource user/${aws:username}, for a role: admin is conditional on aws:username, never certain', async () => {
    const v = await adminVerdict(
      taskRole(allowStmt('*'), {
        Effect: 'Deny',
        Action: 'iam:*',
        NotResource: [`arn:aws:iam::${A}:user/\${aws:username}`],
      }),
    );
    assert.equal(v.certain, false);
    if (v.reaches) assert.ok(v.keys.includes('aws:username'), `conditional on aws:username: ${v.keys}`);
  });

  it('Deny iam:* on user/${aws:username} (Resource), for a role: not a certain pass either', async () => {
    // iam:CreateAccessKey / iam:PutUserPolicy on users would be the way: the Deny covers them if the
    // variable resolved to the target's name.
    const v = await adminVerdict(
      taskRole(allowStmt(['iam:PutUserPolicy', 'iam:CreateAccessKey']), {
        Effect: 'Deny',
        Action: 'iam:*',
        Resource: `arn:aws:iam::${A}:user/\${aws:username}`,
      }),
    );
    assert.equal(v.certain, false);
    if (v.reaches) assert.ok(v.keys.includes('aws:username'), `conditional on aws:username: ${v.keys}`);
  });

  it('a Deny whose condition compares aws:PrincipalArn with user/${aws:username} (StringNotEquals) is not skipped for a role', async () => {
    const v = await adminVerdict(
      taskRole(
        allowStmt('iam:PutRolePolicy', SRC),
        // "Only IAM users may change IAM, each only itself": for a role aws:PrincipalArn is present,
        // the variable is not.
        denyStmt('iam:*', '*', {
          StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${A}:user/\${aws:username}` },
        }),
      ),
    );
    assert.equal(v.certain, false);
  });

  it("near-miss: a guardrail on another account's users does not touch this role: admin stays certain", async () => {
    const v = await adminVerdict(
      taskRole(allowStmt('iam:PutRolePolicy', SRC), {
        Effect: 'Deny',
        Action: 'iam:*',
        Resource: 'arn:aws:iam::222222222222:user/${aws:username}',
      }),
    );
    assert.equal(v.certain, true);
  });

  it('near-miss: a variable with a default resolves: the Deny applies for certain', async () => {
    const v = await adminVerdict(
      taskRole(allowStmt('iam:PutRolePolicy', SRC), {
        Effect: 'Deny',
        Action: 'iam:*',
        Resource: `arn:aws:iam::${A}:role/\${aws:username, 'src'}`,
      }),
    );
    assert.equal(v.reaches, false);
  });
});
