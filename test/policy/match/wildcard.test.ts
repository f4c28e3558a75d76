// AWS wildcards: the compiled regular expression and the plain matcher used for patterns too long to
// compile answer the same; a hostile 64 KiB pattern is matched, never an internal error.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  LITERAL_QUESTION,
  LITERAL_STAR,
  LONGEST_COMPILED_PATTERN,
  globMatch,
  wildcardMatch,
  wildcardRegExp,
} from '../../../src/policy/match/wildcard.js';
import { arnMatches, compileArnPattern } from '../../../src/policy/match/arn.js';

const alphabet = fc.constantFrom('a', 'B', ':', '/', '*', '?', LITERAL_STAR, LITERAL_QUESTION, '.', '\n');
const pattern = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
const value = fc
  .array(fc.constantFrom('a', 'b', 'B', ':', '/', '*', '?', '.', '\n'), { maxLength: 14 })
  .map((cs) => cs.join(''));

describe('wildcard matching', function () {
  it('globMatch (the plain reference) answers what the compiled expression answers', () => {
    fc.assert(
      fc.property(pattern, value, fc.boolean(), (p, v, ignoreCase) => {
        const compiled = new RegExp(wildcardRegExp(p, ignoreCase) as RegExp);
        assert.equal(globMatch(p, v, ignoreCase), compiled.test(v), JSON.stringify([p, v, ignoreCase]));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('a pattern longer than the compiled limit is matched without a regular expression', () => {
    const long = `${' '.repeat(65_536)}*`;
    assert.ok(long.length > LONGEST_COMPILED_PATTERN);
    assert.equal(wildcardMatch(long, `${' '.repeat(65_536)}tail`), true);
    assert.equal(wildcardMatch(long, 'tail'), false);
    assert.equal(wildcardRegExp(`s3:${'x'.repeat(70_000)}?`, true).test(`S3:${'X'.repeat(70_000)}y`), true);
    // (V8 refuses this one as a regular expression.)
    assert.throws(() => new RegExp(`^${' '.repeat(65_536)}.*$`).test(''));
  });

  it('a Resource ARN pattern of 64 KiB: matched part by part, no internal error', () => {
    const resource = `arn:aws:s3:::${'b'.repeat(65_536)}*`;
    const arn = `arn:aws:s3:::${'b'.repeat(65_536)}/key`;
    assert.equal(arnMatches(resource, arn), true);
    assert.equal(compileArnPattern(resource).matches(arn), true);
    assert.equal(compileArnPattern(`arn:aws:s3:::${'b'.repeat(65_536)}?x`).matches(arn), false);
  });
});
