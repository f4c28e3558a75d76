import { strict as assert } from 'node:assert';
import { createHash, createHmac } from 'node:crypto';
import { classifyEnvironment, classifyValue } from '../../src/ingest/classify-secrets.js';
import { TEST_FINGERPRINT_KEY } from '../support/fingerprint-key.js';

describe('classify-secrets', () => {
  const cases: [string, string, string | undefined, Record<string, string>?][] = [
    [
      'AWS_ACCESS_KEY_ID',
      'AKIAIOSFODNN7EXAMPLE',
      'aws-access-key-id',
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
    ],
    ['SESSION_KEY', 'ASIAY34FZKBOKMUTVV7A', 'aws-access-key-id', { accessKeyId: 'ASIAY34FZKBOKMUTVV7A' }],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws-secret-access-key'],
    ['SOMETHING', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE1', 'aws-secret-access-key'],
    ['GIT_SHA', '3f786850e387550fdab836ed7e6dc881de23001b', undefined], // 40 hex chars: a commit, not a key
    ['DB_PASSWORD', 'hunter2', 'password'],
    ['MYSQL_PWD', 'x9!k', 'password'],
    ['DB_PASSWORD', '${DB_PASSWORD}', undefined],
    ['DB_PASSWORD', 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:db', undefined],
    [
      'DATABASE_URL',
      'postgres://app:s3cret@db.internal:5432/app',
      'connection-string',
      { target: 'db.internal' },
    ],
    ['REDIS_URL', 'redis://:s3cret@cache.internal:6379', 'connection-string', { target: 'cache.internal' }],
    ['DATABASE_URL', 'postgres://db.internal:5432/app', undefined],
    ['TLS_KEY', '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', 'private-key'],
    ['SSH', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl', 'private-key'],
    ['GH', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token'],
    ['SLACK', 'xoxb-123456789012-abcdefghijklmnop', 'token'],
    ['STRIPE', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'token'],
    ['SESSION', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'token'],
    ['PAYMENT_API_KEY', 'Zx81kQp0vN3mT7rL2sW9yB4c', 'token'],
    ['PAYMENT_API_KEY', 'short', undefined],
    ['JWT_SECRET', 'correct-horse-battery', 'generic-secret'],
    ['LOG_LEVEL', 'info', undefined],
    ['NODE_ENV', 'production', undefined],
    ['EMPTY_PASSWORD', '', undefined],
    ['RANDOM_ID', 'Zx81kQp0vN3mT7rL2sW9yB4c', undefined], // high entropy but a neutral name
  ];
  for (const [name, value, kind, extra] of cases) {
    it(`${name}=${value.slice(0, 12)}… → ${kind ?? 'not a credential'}`, () => {
      const hit = classifyValue(name, value);
      assert.equal(hit?.kind, kind);
      for (const [k, v] of Object.entries(extra ?? {}))
        assert.equal((hit as unknown as Record<string, unknown>)[k], v);
    });
  }

  it('returns names and kinds only, and findings with a 12-hex keyed (HMAC-SHA-256) fingerprint', () => {
    const { environment, findings } = classifyEnvironment(
      { DB_PASSWORD: 'hunter2', STAGE: 'prod' },
      {
        account: '111111111111',
        region: 'eu-west-1',
        location: { kind: 'lambda-environment', functionArn: 'arn:f' },
        fingerprintKey: TEST_FINGERPRINT_KEY,
      },
    );
    assert.deepEqual(environment, [{ name: 'DB_PASSWORD', credential: 'password' }, { name: 'STAGE' }]);
    assert.equal(findings.length, 1);
    const keyed = createHmac('sha256', TEST_FINGERPRINT_KEY).update('hunter2').digest('hex').slice(0, 12);
    assert.equal(findings[0].fingerprint, keyed);
    // An unsalted hash would let anyone confirm the guess `hunter2` offline from a report.
    assert.notEqual(
      findings[0].fingerprint,
      createHash('sha256').update('hunter2').digest('hex').slice(0, 12),
    );
    assert.equal(findings[0].accessKeyId, undefined);
    assert.ok(!JSON.stringify({ environment, findings }).includes('hunter2'));
  });

  it('accepts the ECS [{name, value}] form', () => {
    const { environment } = classifyEnvironment(
      [{ name: 'A', value: 'AKIAIOSFODNN7EXAMPLE' }, { name: 'B' }],
      {
        account: '1',
        location: { kind: 'lambda-environment', functionArn: 'x' },
        fingerprintKey: TEST_FINGERPRINT_KEY,
      },
    );
    assert.deepEqual(environment, [{ name: 'A', credential: 'aws-access-key-id' }, { name: 'B' }]);
  });
});
