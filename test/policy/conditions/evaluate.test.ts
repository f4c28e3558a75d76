// Condition operators, one family at a time, and the three-valued outcome (true / false / unknown).
import assert from 'node:assert/strict';
import type { ContextValue } from '../../../src/policy/api.js';
import { MapRequestContext } from '../../../src/policy/conditions/context.js';
import { evaluateConditions, type Truth } from '../../../src/policy/conditions/evaluate.js';
import { parsePolicy } from '../../../src/policy/parse/policy.js';

function check(
  condition: Record<string, unknown>,
  context: Record<string, ContextValue>,
  missing: 'absent' | 'unknown' = 'absent',
): Truth {
  const { policy, diagnostics } = parsePolicy(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: condition }],
    },
    'test',
    'identity',
  );
  assert.deepEqual(diagnostics, []);
  return evaluateConditions(
    policy.statements[0].conditions,
    new MapRequestContext(context, { missing }),
    true,
  ).truth;
}

describe('condition operators', function () {
  it('String*: exact, ignore-case, like, negated; values OR-ed; keys compare case-insensitively', function () {
    assert.equal(
      check({ StringEquals: { 'aws:username': ['bob', 'alice'] } }, { 'AWS:UserName': 'alice' }),
      true,
    );
    assert.equal(check({ StringEquals: { 'aws:username': 'Alice' } }, { 'aws:username': 'alice' }), false);
    assert.equal(
      check({ StringEqualsIgnoreCase: { 'aws:username': 'ALICE' } }, { 'aws:username': 'alice' }),
      true,
    );
    assert.equal(check({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/x/y' }), true);
    assert.equal(check({ StringNotLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/x' }), false);
    assert.equal(check({ StringNotEquals: { 'aws:username': ['a', 'b'] } }, { 'aws:username': 'c' }), true);
    assert.equal(
      check({ StringNotEqualsIgnoreCase: { 'aws:username': 'C' } }, { 'aws:username': 'c' }),
      false,
    );
  });

  it('Numeric* and Date* compare numbers and timestamps', function () {
    assert.equal(
      check({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': '60' }),
      true,
    );
    assert.equal(
      check(
        { NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': 60 } },
        { 'aws:MultiFactorAuthAge': '59' },
      ),
      false,
    );
    assert.equal(check({ NumericEquals: { k: 'x' } }, { k: 'x' }), false, 'non-numbers never match');
    assert.equal(check({ NumericNotEquals: { k: '1' } }, { k: '2' }), true);
    assert.equal(
      check(
        { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
        { 'aws:CurrentTime': '2026-11-28T12:00:00Z' },
      ),
      true,
    );
    assert.equal(
      check({ DateGreaterThan: { 'aws:EpochTime': '1700000000' } }, { 'aws:EpochTime': '1600000000' }),
      false,
    );
    assert.equal(
      check({ DateEquals: { k: '2026-01-01T00:00:00Z' } }, { k: '1767225600' }),
      true,
      'epoch seconds and ISO agree',
    );
  });

  it('Bool, Binary, IpAddress / NotIpAddress (v4 and v6), Arn*', function () {
    assert.equal(check({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': true }), true);
    assert.equal(
      check({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': 'false' }),
      false,
    );
    assert.equal(check({ BinaryEquals: { k: 'QmluYXJ5' } }, { k: 'QmluYXJ5' }), true);
    assert.equal(
      check({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.9' }),
      true,
    );
    assert.equal(
      check({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.114.9' }),
      false,
    );
    assert.equal(
      check({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '203.0.113.9' }),
      true,
    );
    assert.equal(
      check({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '2001:db8:1::5' }),
      true,
    );
    assert.equal(
      check(
        { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::logs-*' } },
        { 'aws:SourceArn': 'arn:aws:s3:::logs-1' },
      ),
      true,
    );
    assert.equal(
      check(
        { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::1:role/a' } },
        { 'aws:PrincipalArn': 'arn:aws:iam::1:role/b' },
      ),
      false,
    );
    assert.equal(
      check(
        { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin-*' } },
        { 'aws:PrincipalArn': 'arn:aws:iam::1:role/app' },
      ),
      true,
    );
  });

  it('Null tests presence only', function () {
    assert.equal(check({ Null: { 'aws:TokenIssueTime': 'true' } }, {}), true);
    assert.equal(check({ Null: { 'aws:TokenIssueTime': 'false' } }, {}), false);
    assert.equal(check({ Null: { 'aws:TokenIssueTime': 'false' } }, { 'aws:TokenIssueTime': 'x' }), true);
  });

  it('missing keys: positive false, negated true, IfExists true', function () {
    assert.equal(check({ StringEquals: { 'aws:ResourceTag/env': 'prod' } }, {}), false);
    assert.equal(check({ StringNotEquals: { 'aws:ResourceTag/env': 'prod' } }, {}), true);
    assert.equal(check({ StringEqualsIfExists: { 'aws:ResourceTag/env': 'prod' } }, {}), true);
    assert.equal(
      check({ StringEqualsIfExists: { 'aws:ResourceTag/env': 'prod' } }, { 'aws:ResourceTag/env': 'dev' }),
      false,
    );
  });

  it('ForAllValues is vacuously true on a missing key, ForAnyValue false', function () {
    assert.equal(check({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } }, {}), true);
    assert.equal(check({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['a', 'b'] } }, {}), false);
    assert.equal(
      check({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } }, { 'aws:TagKeys': ['a', 'c'] }),
      false,
    );
    assert.equal(
      check({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['a', 'b'] } }, { 'aws:TagKeys': ['c', 'b'] }),
      true,
    );
    assert.equal(
      check({ 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret'] } }, { 'aws:TagKeys': ['a', 'b'] }),
      true,
    );
    assert.equal(
      check({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['a'] } }, { 'aws:TagKeys': ['a'] }),
      false,
    );
  });

  it('several keys are AND-ed', function () {
    const both = { StringEquals: { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'blue' } };
    assert.equal(check(both, { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'blue' }), true);
    assert.equal(check(both, { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red' }), false);
  });

  it('is unknown when a key cannot be known, but false wins an AND', function () {
    assert.equal(check({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, {}, 'unknown'), 'unknown');
    assert.equal(
      check(
        { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, StringEquals: { 'aws:username': 'bob' } },
        { 'aws:username': 'alice' },
        'unknown',
      ),
      false,
    );
    assert.equal(
      check(
        { StringEquals: { 'aws:username': '${aws:PrincipalTag/x}' } },
        { 'aws:username': 'a' },
        'unknown',
      ),
      'unknown',
    );
    assert.equal(
      check({ StringEquals: { 'aws:username': '${aws:PrincipalTag/x}' } }, { 'aws:username': 'a' }, 'absent'),
      false,
    );
  });
});
