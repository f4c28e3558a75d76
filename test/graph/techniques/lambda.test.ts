// Group D: Lambda.
import { strict as assert } from 'node:assert';
import { graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, doc, grant, trustService } from '../../support/snapshot-builder.js';

const ACCT = '111111111111';
const lambdaTrust = trustService('lambda.amazonaws.com');

function account() {
  const b = new SnapshotBuilder();
  return { b, a: b.account(ACCT) };
}

describe('graph techniques: Lambda (group D)', () => {
  it('lambda-create-function-passrole: each trigger variant, and the PassRole/trust near-misses', () => {
    const { b, a } = account();
    const target = a.role('fn-role', { trust: lambdaTrust });
    const ecsRole = a.role('ecs-role');
    const invoke = a.role('invoke', {
      inline: [doc(allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction']))],
    });
    const esm = a.role('esm', {
      inline: [doc(allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping']))],
    });
    const noTrigger = a.role('no-trigger', {
      inline: [doc(allow(['iam:PassRole', 'lambda:CreateFunction']))],
    });
    const wrongService = a.role('wrong-service', {
      inline: [
        doc(
          allow('iam:PassRole', '*', { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }),
          allow(['lambda:CreateFunction', 'lambda:InvokeFunction']),
        ),
      ],
    });
    const g = graphOf(b);
    assert.deepEqual(step(g, invoke, target, 'lambda-create-function-passrole').assumptions, []);
    assert.ok(
      step(g, esm, target, 'lambda-create-function-passrole').assumptions.some((x) =>
        x.includes('event source'),
      ),
    );
    assert.deepEqual(steps(g, noTrigger, target, 'lambda-create-function-passrole'), []);
    assert.deepEqual(steps(g, wrongService, target, 'lambda-create-function-passrole'), []);
    assert.deepEqual(steps(g, invoke, ecsRole, 'lambda-create-function-passrole'), []);
  });

  it('lambda-update-function-code: leads to the function role; invoking it too removes the trigger assumption', () => {
    const { b, a } = account();
    const fnRole = a.role('fn-role', { trust: lambdaTrust });
    const fn = a.lambda('worker', fnRole);
    a.lambda('other', a.role('other-role', { trust: lambdaTrust }));
    const both = a.role('both', {
      inline: [doc(allow(['lambda:UpdateFunctionCode', 'lambda:InvokeFunction'], fn))],
    });
    const codeOnly = a.role('code-only', { inline: [doc(allow('lambda:UpdateFunctionCode', fn))] });
    const g = graphOf(b);
    assert.deepEqual(step(g, both, fnRole, 'lambda-update-function-code').assumptions, []);
    assert.ok(step(g, codeOnly, fnRole, 'lambda-update-function-code').assumptions.length > 0);
    assert.deepEqual(steps(g, codeOnly, `arn:aws:iam::${ACCT}:role/other-role`), []);
  });

  it('lambda-swap-role and lambda-update-configuration', () => {
    const { b, a } = account();
    const fnRole = a.role('fn-role', { trust: lambdaTrust });
    const strong = a.role('strong', { trust: lambdaTrust });
    a.lambda('worker', fnRole);
    const swapper = a.role('swapper', {
      inline: [
        doc(allow(['iam:PassRole', 'lambda:UpdateFunctionConfiguration', 'lambda:UpdateFunctionCode'])),
      ],
    });
    const configOnly = a.role('config', { inline: [doc(allow('lambda:UpdateFunctionConfiguration'))] });
    const g = graphOf(b);
    step(g, swapper, strong, 'lambda-swap-role');
    step(g, configOnly, fnRole, 'lambda-update-configuration');
    assert.deepEqual(steps(g, configOnly, strong, 'lambda-swap-role'), []);
  });

  it('lambda-read-config-secrets: GetFunctionConfiguration reveals the credentials in the environment', () => {
    const { b, a } = account();
    const fn = a.lambda('worker', a.role('fn-role', { trust: lambdaTrust }));
    a.finding({
      location: { kind: 'lambda-environment', functionArn: fn },
      variable: 'DB_PASSWORD',
      kind: 'password',
      fingerprint: 'dddddddddddd',
    });
    const reader = a.role('reader', { inline: [doc(allow('lambda:GetFunctionConfiguration', fn))] });
    const blind = a.role('blind', { inline: [doc(allow('lambda:ListFunctions'))] });
    const g = graphOf(b);
    const cred = 'credential:password:dddddddddddd';
    assert.equal(step(g, reader, cred, 'lambda-read-config-secrets').type, 'HOLDS_CREDENTIAL');
    assert.deepEqual(steps(g, blind, cred), []);
  });

  it('lambda-invoke-existing: by identity, or by a function policy naming the caller from another account', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const other = b.account('222222222222');
    const fn = a.lambda('worker', a.role('fn-role', { trust: lambdaTrust }));
    const local = a.role('local', { inline: [doc(allow('lambda:InvokeFunction', fn))] });
    const stranger = other.role('stranger', { inline: [doc(allow('lambda:InvokeFunction'))] });
    let g = graphOf(b);
    assert.equal(step(g, local, fn, 'lambda-invoke-existing').access, 'invoke');
    assert.deepEqual(steps(g, stranger, fn), []);
    a.account.lambda[0].resourcePolicy = doc(grant(stranger, 'lambda:InvokeFunction', fn));
    g = graphOf(b);
    step(g, stranger, fn, 'lambda-invoke-existing');
  });
});
