import assert from 'node:assert/strict';
import { parsePolicy } from '../../../src/policy/parse/policy.js';

describe('policy parsing', function () {
  it('reads Statement as a single object or an array, with Sid, Principal kinds and conditions', function () {
    const single = parsePolicy(
      {
        Version: '2012-10-17',
        Statement: { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      },
      'p1',
      'identity',
    );
    assert.equal(single.diagnostics.length, 0);
    assert.equal(single.policy.statements[0].sid, 'One');
    assert.deepEqual(single.policy.statements[0].actions, ['s3:GetObject']);

    const resource = parsePolicy(
      {
        Version: '2012-10-17',
        Id: 'bucket',
        Statement: [
          {
            Effect: 'Allow',
            Principal: {
              AWS: ['111111111111', '*'],
              Service: 'ecs-tasks.amazonaws.com',
              Federated: 'cognito-identity.amazonaws.com',
              CanonicalUser: 'abc',
            },
            NotAction: ['s3:Delete*'],
            NotResource: 'arn:aws:s3:::b/private/*',
            Condition: {
              'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*', 'b'] },
              Bool: { 'aws:SecureTransport': true },
            },
          },
        ],
      },
      'p2',
      'resource',
    );
    assert.equal(resource.diagnostics.length, 0);
    const s = resource.policy.statements[0];
    assert.equal(s.principal?.wildcard, true);
    assert.deepEqual(s.principal?.aws, ['111111111111']);
    assert.deepEqual(s.principal?.service, ['ecs-tasks.amazonaws.com']);
    assert.deepEqual(s.principal?.federated, ['cognito-identity.amazonaws.com']);
    assert.deepEqual(s.principal?.canonicalUser, ['abc']);
    assert.deepEqual(s.notActions, ['s3:Delete*']);
    assert.deepEqual(s.notResources, ['arn:aws:s3:::b/private/*']);
    assert.deepEqual(
      s.conditions.map((c) => [c.base, c.setOperator, c.ifExists, c.key, c.values]),
      [
        ['stringlike', 'ForAnyValue', true, 'aws:TagKeys', ['a*', 'b']],
        ['bool', undefined, false, 'aws:SecureTransport', ['true']],
      ],
    );
    assert.equal(resource.policy.variables, true);
  });

  it('substitutes policy variables only in Version 2012-10-17 documents', function () {
    const old = parsePolicy({ Version: '2008-10-17', Statement: [] }, 'old', 'identity');
    const none = parsePolicy({ Statement: [] }, 'none', 'identity');
    assert.equal(old.policy.variables, false);
    assert.equal(none.policy.variables, false);
  });

  it('names the policy and statement in errors, drops the Allows of a bad policy and keeps its readable Denies', function () {
    const { policy, diagnostics } = parsePolicy(
      {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Good', Effect: 'Allow', Action: '*', Resource: '*' },
          { Sid: 'Broken', Effect: 'Allow', Action: 's3:GetObject' },
          { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
          { Effect: 'Maybe', Action: '*', Resource: '*' },
        ],
      },
      'arn:aws:iam::111111111111:policy/bad',
      'identity',
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.policy, d.statement, d.message]),
      [
        ['arn:aws:iam::111111111111:policy/bad', '1 (Sid Broken)', 'neither Resource nor NotResource'],
        ['arn:aws:iam::111111111111:policy/bad', 3, 'Effect must be "Allow" or "Deny", got "Maybe"'],
      ],
    );
    assert.equal(policy.valid, false);
    assert.deepEqual(
      policy.statements.map((s) => [s.index, s.effect]),
      [[2, 'Deny']],
    );
  });

  it('rejects documents that are not policies without throwing', function () {
    for (const doc of [
      null,
      42,
      '{not json',
      { Statement: 'x' },
      { Version: '2020-01-01', Statement: [] },
      {},
    ]) {
      const { policy, diagnostics } = parsePolicy(doc, 'x', 'identity');
      assert.equal(policy.valid, false, JSON.stringify(doc));
      assert.ok(diagnostics.length > 0);
      assert.equal(policy.statements.filter((s) => s.effect === 'Allow').length, 0);
    }
  });

  it('refuses unknown operators, Principal in identity policies, and both Action and NotAction', function () {
    const messages = (statement: Record<string, unknown>, type: 'identity' | 'resource' = 'identity') =>
      parsePolicy({ Version: '2012-10-17', Statement: [statement] }, 'p', type).diagnostics.map(
        (d) => d.message,
      );
    assert.match(
      messages({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringSorta: { k: 'v' } } })[0],
      /unknown condition operator/,
    );
    assert.match(
      messages({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })[0],
      /cannot have Principal/,
    );
    assert.match(
      messages({ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' })[0],
      /both Action and NotAction/,
    );
    assert.match(messages({ Effect: 'Allow', Action: '*', Resource: '*' }, 'resource')[0], /no Principal/);
  });
});
