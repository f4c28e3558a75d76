// Becoming another role through STS (same account and cross-account) and Cognito identity pools.
import { strict as assert } from 'node:assert';
import { graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, deny, doc, trustAws, trustService } from '../../support/snapshot-builder.js';

const A = '111111111111';
const B = '222222222222';

describe('graph techniques: STS and Cognito (group B)', () => {
  it('sts-assume-role: the trust names the caller; a trust naming someone else gives nothing', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const caller = a.role('caller', { inline: [doc(allow('sts:AssumeRole'))] });
    const target = a.role('target', { trust: trustAws(caller) });
    const other = a.role('other', { trust: trustAws(`arn:aws:iam::${A}:role/someone`) });
    const g = graphOf(b);
    const e = step(g, caller, target, 'sts-assume-role');
    assert.equal(e.type, 'CAN_BECOME');
    assert.ok(e.evidence[0].statements.length > 0);
    assert.deepEqual(steps(g, caller, other, 'sts-assume-role'), []);
    assert.ok(
      g.graph
        .edges(caller, target)
        .some((k) => g.graph.getEdgeAttribute(k, 'type') === 'STS_ASSUMEROLE_ALLOW'),
    );
  });

  it('sts-assume-role: an explicit deny on the caller stops it; a condition in the trust makes it conditional', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const denied = a.role('denied', { inline: [doc(allow('sts:AssumeRole')), doc(deny('sts:AssumeRole'))] });
    const caller = a.role('caller', { inline: [doc(allow('sts:AssumeRole'))] });
    const target = a.role('target', { trust: trustAws(denied) });
    const conditioned = a.role('conditioned', {
      trust: doc({
        Effect: 'Allow',
        Principal: { AWS: caller },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'secret-id' } },
      }),
    });
    const g = graphOf(b);
    assert.deepEqual(steps(g, denied, target, 'sts-assume-role'), []);
    const e = step(g, caller, conditioned, 'sts-assume-role');
    assert.equal(e.conditional, true);
    assert.deepEqual(
      e.conditionKeys.map((k) => k.toLowerCase()),
      ['sts:externalid'],
    );
  });

  it('sts-assume-role-cross-account needs both the trust and the caller identity', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const other = b.account(B);
    const allowed = a.role('allowed', { inline: [doc(allow('sts:AssumeRole', `arn:aws:iam::${B}:role/*`))] });
    const noIdentity = a.role('no-identity');
    const target = other.role('shared', { trust: trustAws(A) });
    const closed = other.role('closed', { trust: trustAws(`arn:aws:iam::${B}:root`) });
    const g = graphOf(b);
    step(g, allowed, target, 'sts-assume-role-cross-account');
    assert.deepEqual(steps(g, noIdentity, target), []);
    assert.deepEqual(steps(g, allowed, closed), []);
  });

  it('cognito-identity-pool-roles: PassRole to cognito-identity on a role its trust names as Federated', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const caller = a.role('caller', {
      inline: [doc(allow(['iam:PassRole', 'cognito-identity:SetIdentityPoolRoles']))],
    });
    const unauth = a.role('unauth', {
      trust: doc({
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      }),
    });
    const lambdaRole = a.role('fn', { trust: trustService('lambda.amazonaws.com') });
    const g = graphOf(b);
    const e = step(g, caller, unauth, 'cognito-identity-pool-roles');
    assert.ok(e.assumptions.some((x) => x.includes('identity pool')));
    assert.deepEqual(steps(g, caller, lambdaRole, 'cognito-identity-pool-roles'), []);
  });
});
