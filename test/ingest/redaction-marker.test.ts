// The redaction marker carries the collector's classification to the dump reader without the value.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { classifyEnvironment } from '../../src/ingest/classify-secrets.js';
import { formatRedactionMarker, parseRedactionMarker } from '../../src/ingest/redaction-marker.js';
import { createRedactor } from '../../src/ingest/collect/redact-environment.js';
import { TEST_FINGERPRINT_KEY } from '../support/fingerprint-key.js';

const where = {
  kind: 'lambda-environment' as const,
  functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:f',
};

describe('redaction marker', () => {
  it('keeps kind, fingerprint, key id and target, and nothing of the value', () => {
    const redactor = createRedactor('123456789012', TEST_FINGERPRINT_KEY);
    const cases: [string, string][] = [
      ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
      ['DB_PASSWORD', 'hunter2-but-longer'],
      ['DATABASE_URL', 'mysql://app:pa55word@db.example.internal:3306/app'],
      ['LOG_LEVEL', 'debug'],
    ];
    for (const [name, value] of cases) {
      const marker = redactor.marker(name, value, 'eu-west-1', where);
      const finding = classifyEnvironment([{ name, value }], {
        account: '123456789012',
        region: 'eu-west-1',
        location: where,
        fingerprintKey: TEST_FINGERPRINT_KEY,
      }).findings[0];
      assert.deepEqual(
        parseRedactionMarker(marker),
        finding
          ? {
              kind: finding.kind,
              fingerprint: finding.fingerprint,
              ...(finding.accessKeyId ? { accessKeyId: finding.accessKeyId } : {}),
              ...(finding.target ? { target: finding.target } : {}),
            }
          : {},
      );
      if (name !== 'AWS_ACCESS_KEY_ID') assert.ok(!marker.includes(value));
    }
  });

  it('round-trips any classification (targets with odd characters included)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('password', 'token', 'connection-string', 'generic-secret' as const),
        fc.stringMatching(/^[0-9a-f]{12}$/),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (kind, fingerprint, target) => {
          const value = { kind, fingerprint, ...(target === undefined ? {} : { target }) };
          assert.deepEqual(parseRedactionMarker(formatRedactionMarker(value)), value);
        },
      ),
    );
  });

  it('does not take a real value for a marker', () => {
    assert.equal(parseRedactionMarker('<redacted:unknown-kind:0123456789ab>'), undefined);
    assert.equal(parseRedactionMarker('hunter2'), undefined);
    assert.deepEqual(parseRedactionMarker('<redacted>'), {});
  });
});
