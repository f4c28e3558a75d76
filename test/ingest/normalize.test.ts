// The normalizer takes CLI JSON and SDK v3 objects alike (the live collector's path): dates as `Date`,
// IAM documents URL-encoded, other documents as JSON strings. Properties checked with fast-check.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { classifyEnvironment } from '../../src/ingest/classify-secrets.js';
import type { NormalizeContext } from '../../src/ingest/normalize/context.js';
import { TEST_FINGERPRINT_KEY } from '../support/fingerprint-key.js';
import { normalizeAccessKeys, normalizeAuthorizationDetails } from '../../src/ingest/normalize/iam.js';
import { decodePolicyDocument } from '../../src/ingest/normalize/policy-document.js';

function context(): NormalizeContext {
  return {
    account: '111111111111',
    partition: 'aws',
    diagnostics: [],
    gaps: [],
    findings: [],
    fingerprintKey: TEST_FINGERPRINT_KEY,
  };
}

describe('normalize: SDK-shaped input', () => {
  it('turns Date objects into ISO strings and decodes URL-encoded IAM documents', () => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    };
    const ctx = context();
    const iam = normalizeAuthorizationDetails(
      {
        RoleDetailList: [
          {
            RoleName: 'r',
            RoleId: 'AROA1',
            Arn: 'arn:aws:iam::111111111111:role/r',
            Path: '/',
            AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
            RoleLastUsed: { LastUsedDate: new Date('2026-03-04T05:06:07Z') },
          },
        ],
      },
      ctx,
    );
    assert.deepEqual(iam.roles[0].trustPolicy, trust);
    assert.equal(iam.roles[0].lastUsed, '2026-03-04T05:06:07.000Z');
    const keys = normalizeAccessKeys(
      {
        AccessKeyMetadata: [
          { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Inactive', CreateDate: new Date(0) },
        ],
      },
      ctx,
    );
    assert.deepEqual(keys, [
      { id: 'AKIAIOSFODNN7EXAMPLE', status: 'Inactive', createDate: '1970-01-01T00:00:00.000Z' },
    ]);
    assert.deepEqual(ctx.diagnostics, []);
  });

  it('decodes a policy document the same from an object, a JSON string, URL-encoded JSON and double-encoded JSON', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), json), (doc) => {
        const forms = [
          doc,
          JSON.stringify(doc),
          encodeURIComponent(JSON.stringify(doc)),
          JSON.stringify(JSON.stringify(doc)),
        ];
        for (const form of forms) {
          const r = decodePolicyDocument(form);
          assert.ok(r.ok, `decodes ${typeof form === 'string' ? form.slice(0, 40) : 'an object'}`);
          assert.equal(JSON.stringify(r.document), JSON.stringify(doc));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a value through classifyEnvironment (except an access key id)', () => {
    const value = fc.string({ minLength: 12, maxLength: 60 }).filter((v) => !/^(AKIA|ASIA)/.test(v.trim()));
    const name = fc.constantFrom(
      'DB_PASSWORD',
      'API_TOKEN',
      'SECRET',
      'DATABASE_URL',
      'X',
      'LOG_LEVEL',
      'GITHUB_TOKEN',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 6 }), (pairs) => {
        const out = classifyEnvironment(
          pairs.map(([n, v]) => ({ name: n, value: v })),
          {
            account: '1',
            location: { kind: 'lambda-environment', functionArn: 'arn:f' },
            fingerprintKey: TEST_FINGERPRINT_KEY,
          },
        );
        const text = JSON.stringify(out);
        for (const [, v] of pairs)
          if (v.trim().length >= 12)
            assert.ok(!text.includes(JSON.stringify(v).slice(1, -1)), `value leaked: ${v}`);
      }),
      { numRuns: 300 },
    );
  });
});
