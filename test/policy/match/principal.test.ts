import assert from 'node:assert/strict';
import { describePrincipal, matchPrincipal } from '../../../src/policy/match/principal.js';
import type { PrincipalSet } from '../../../src/policy/parse/policy.js';

const set = (aws: string[], extra: Partial<PrincipalSet> = {}): PrincipalSet => ({
  wildcard: false,
  aws,
  service: [],
  federated: [],
  canonicalUser: [],
  ...extra,
});

describe('principal matching', function () {
  const session = describePrincipal('arn:aws:sts::111111111111:assumed-role/app/i-123');
  const role = describePrincipal('arn:aws:iam::111111111111:role/team/app');
  const user = describePrincipal('arn:aws:iam::111111111111:user/alice');

  it('recognises principal kinds', function () {
    assert.equal(session.kind, 'session');
    assert.equal(session.roleName, 'app');
    assert.equal(role.kind, 'role');
    assert.equal(describePrincipal('*').kind, 'anonymous');
    assert.equal(describePrincipal('lambda.amazonaws.com').kind, 'service');
    assert.equal(describePrincipal('111111111111').kind, 'root');
  });

  it('a role ARN matches its sessions (through the role), a session ARN matches itself directly', function () {
    assert.equal(matchPrincipal(set(['arn:aws:iam::111111111111:role/team/app']), session), 'role');
    assert.equal(
      matchPrincipal(set(['arn:aws:sts::111111111111:assumed-role/app/i-123']), session),
      'direct',
    );
    assert.equal(matchPrincipal(set(['arn:aws:iam::111111111111:role/other']), session), 'none');
    assert.equal(matchPrincipal(set(['arn:aws:iam::111111111111:user/alice']), user), 'direct');
  });

  it('an account id or root ARN is account-level delegation, "*" names everyone', function () {
    assert.equal(matchPrincipal(set(['111111111111']), user), 'account');
    assert.equal(matchPrincipal(set(['arn:aws:iam::111111111111:root']), session), 'account');
    assert.equal(matchPrincipal(set(['222222222222']), user), 'none');
    assert.equal(matchPrincipal(set([], { wildcard: true }), describePrincipal('*')), 'wildcard');
    assert.equal(matchPrincipal(set(['111111111111']), describePrincipal('*')), 'none');
  });

  it('matches service principals by name only', function () {
    const svc = describePrincipal('ecs-tasks.amazonaws.com');
    assert.equal(matchPrincipal(set([], { service: ['ecs-tasks.amazonaws.com'] }), svc), 'direct');
    assert.equal(matchPrincipal(set([], { service: ['lambda.amazonaws.com'] }), svc), 'none');
    assert.equal(matchPrincipal(set([], { service: ['ecs-tasks.amazonaws.com'] }), user), 'none');
  });
});
