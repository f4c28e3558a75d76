// ecs-exec-role-secret-injection, principal way: a principal that may pass an execution role,
// register a task definition and run it names any secret that role can read in secrets[], and the
// container starts with the value — without a GetSecretValue of its own.
import { strict as assert } from 'node:assert';
import { graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, deny, doc, trustService } from '../../support/snapshot-builder.js';

const T = 'ecs-exec-role-secret-injection';
const ecsTasks = trustService('ecs-tasks.amazonaws.com');
const passedTo = (service: string) => ({ StringEquals: { 'iam:PassedToService': service } });

/** A cluster, a CMK-encrypted secret, a SecureString parameter, an execution role that reads both,
 *  and a deployer that may pass roles to ECS, register task definitions and run tasks. */
function scenario(
  opts: {
    passCondition?: Record<string, unknown>;
    execTrust?: ReturnType<typeof trustService>;
    execReads?: boolean;
    keyPolicyAllowsExec?: boolean;
    callerDeny?: ReturnType<typeof deny>;
  } = {},
) {
  const b = new SnapshotBuilder();
  const a = b.account('111111111111');
  a.cluster('main');
  const execArn = `arn:aws:iam::111111111111:role/exec`;
  const key = a.kmsKey(
    'k1',
    opts.keyPolicyAllowsExec === false
      ? doc({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111111111111:role/someone-else' },
          Action: 'kms:*',
          Resource: '*',
        })
      : a.rootKeyPolicy(),
  );
  const secret = a.secret('prod/db-password', { kmsKeyId: key });
  const param = a.parameter('/prod/api-token', 'SecureString', key);
  const exec = a.role('exec', {
    trust: opts.execTrust ?? ecsTasks,
    inline:
      opts.execReads === false
        ? [doc(allow('logs:CreateLogStream'))]
        : [
            doc(
              allow('secretsmanager:GetSecretValue', secret),
              allow('ssm:GetParameters', param),
              allow('kms:Decrypt', key),
            ),
          ],
  });
  assert.equal(exec, execArn);
  const caller = a.role('deployer', {
    inline: [
      doc(
        allow('iam:PassRole', exec, opts.passCondition ?? passedTo('ecs-tasks.amazonaws.com')),
        allow(['ecs:RegisterTaskDefinition', 'ecs:RunTask']),
        ...(opts.callerDeny ? [opts.callerDeny] : []),
      ),
    ],
  });
  return { b, caller, exec, secret, param, key };
}

describe('graph techniques: ecs-exec-role-secret-injection (principal way)', () => {
  it('a deployer reads the secret and the parameter through the execution role, with evidence for every permission', () => {
    const { b, caller, exec, secret, param, key } = scenario();
    const g = graphOf(b);
    const e = step(g, caller, secret, T);
    assert.equal(e.type, 'CAN_READ');
    assert.equal(e.access, 'read');
    assert.equal(e.conditional, false);
    const byAction = new Map(e.evidence.map((x) => [x.action, x]));
    assert.deepEqual([...byAction.keys()].sort(), [
      'ecs:RegisterTaskDefinition',
      'ecs:RunTask',
      'iam:PassRole',
      'kms:Decrypt',
      'secretsmanager:GetSecretValue',
    ]);
    assert.equal(byAction.get('iam:PassRole')!.resource, exec);
    assert.equal(byAction.get('iam:PassRole')!.statements[0].policyId, `${caller}#inline/inline-0`);
    assert.match(byAction.get('ecs:RunTask')!.resource, /:task-definition\/\*$/);
    const read = byAction.get('secretsmanager:GetSecretValue')!;
    assert.equal(read.resource, secret);
    assert.equal(read.statements[0].policyId, `${exec}#inline/inline-0`);
    assert.ok(read.note?.includes(exec));
    assert.equal(byAction.get('kms:Decrypt')!.resource, key);
    assert.ok(byAction.get('kms:Decrypt')!.statements.some((s) => s.policyId === `${exec}#inline/inline-0`));
    const p = step(g, caller, param, T);
    assert.ok(p.evidence.some((x) => x.action === 'ssm:GetParameters' && x.resource === param));
    // the deployer has no read permission of its own
    assert.deepEqual(steps(g, caller, secret, 'secrets-get-value'), []);
  });

  it('is silent when PassRole is limited to lambda by iam:PassedToService', () => {
    const { b, caller, secret } = scenario({ passCondition: passedTo('lambda.amazonaws.com') });
    assert.deepEqual(steps(graphOf(b), caller, secret, T), []);
  });

  it('is silent when the execution role cannot read the secret', () => {
    const { b, caller, secret, param } = scenario({ execReads: false });
    const g = graphOf(b);
    assert.deepEqual(steps(g, caller, secret, T), []);
    assert.deepEqual(steps(g, caller, param, T), []);
  });

  it("is silent when the secret's CMK key policy does not admit the execution role", () => {
    const { b, caller, secret, param } = scenario({ keyPolicyAllowsExec: false });
    const g = graphOf(b);
    assert.deepEqual(steps(g, caller, secret, T), []);
    assert.deepEqual(steps(g, caller, param, T), []);
  });

  it('is silent when ecs:RunTask is explicitly denied to the caller', () => {
    const { b, caller, secret } = scenario({ callerDeny: deny('ecs:RunTask') });
    assert.deepEqual(steps(graphOf(b), caller, secret, T), []);
  });

  it('is silent when the execution role does not trust ecs-tasks', () => {
    const { b, caller, secret } = scenario({ execTrust: trustService('lambda.amazonaws.com') });
    assert.deepEqual(steps(graphOf(b), caller, secret, T), []);
  });
});
