import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  arnMatches,
  compileArnPattern,
  requestedPrefix,
  resourceCovered,
  resourceOverlaps,
  splitArn,
} from '../../../src/policy/match/arn.js';
import { globCovers, globsIntersect, globsIntersectByTable } from '../../../src/policy/match/glob.js';
import { LITERAL_QUESTION, LITERAL_STAR } from '../../../src/policy/match/wildcard.js';

describe('resource ARN matching', function () {
  it('is case-sensitive and treats `*` and `?` as AWS does', function () {
    assert.ok(arnMatches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b.txt'));
    assert.ok(!arnMatches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::Bucket/a'));
    assert.ok(arnMatches('arn:aws:s3:::bucket-?', 'arn:aws:s3:::bucket-1'));
    assert.ok(!arnMatches('arn:aws:s3:::bucket-?', 'arn:aws:s3:::bucket-12'));
    assert.ok(arnMatches('*', 'anything'));
  });

  it('keeps S3 bucket and object ARNs apart', function () {
    assert.ok(!arnMatches('arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket'));
    assert.ok(!arnMatches('arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/key'));
  });

  it('never lets a wildcard in the first five parts span a colon, but lets it span the resource part', function () {
    assert.ok(arnMatches('arn:aws:iam::*:role/x', 'arn:aws:iam::111111111111:role/x'));
    assert.ok(
      !arnMatches('arn:aws:iam::*:role/x', 'arn:aws:iam:us-east-1:111111111111:role/x'),
      'the account wildcard cannot absorb the region part',
    );
    assert.ok(
      arnMatches(
        'arn:aws:logs:*:*:log-group:*',
        'arn:aws:logs:eu-west-1:111111111111:log-group:app:log-stream:x',
      ),
    );
  });

  it('relates patterns to requests that name a set of resources: overlap for Allow, cover for Deny', function () {
    assert.ok(resourceOverlaps('arn:aws:s3:::*/AWSLogs/*', 'arn:aws:s3:::example-bucket/*'));
    assert.ok(!resourceCovered('arn:aws:s3:::*/AWSLogs/*', 'arn:aws:s3:::example-bucket/*'));
    assert.ok(resourceCovered('arn:aws:s3:::example-*', 'arn:aws:s3:::example-bucket/*'));
    assert.ok(resourceOverlaps('arn:aws:s3:::x', '*'));
    assert.ok(!resourceCovered('arn:aws:s3:::*', '*'));
    assert.ok(resourceCovered('*', '*'));
    assert.ok(globsIntersect('a*c', 'ab*'));
    assert.ok(globsIntersect('a*', '*b'));
    assert.ok(!globsIntersect('abc*', 'abd*'), 'literal heads disagree');
    assert.ok(!globsIntersect('*.csv', '*.txt'), 'literal tails disagree');
    assert.ok(globsIntersect('a?c*', 'ab*'));
    assert.ok(!globsIntersect('a*c', 'b*'));
    assert.ok(globCovers('a*', 'ab?'));
    assert.ok(!globCovers('ab?', 'a*'));
  });

  it('decides overlap with a `literal*` set without the table, answering what the table answers', function () {
    // The shortcut for the usual requested set (a bucket's objects): leftmost matching of the
    // literal against the pattern, retrying only the last `*`.
    assert.ok(globsIntersect('team1-*-data-*/*', 'team1-s2-data-1/*'));
    assert.ok(globsIntersect('a*b*c', 'axxbyy*'));
    assert.ok(!globsIntersect('a?c', 'aab*'), 'the ? takes the second a, then c must follow');
    assert.ok(!globsIntersect('a*bc', 'xa*'), 'the literal head disagrees');
    assert.ok(globsIntersect('*ab', 'aab*'));
    const chars = (...c: string[]) =>
      fc.array(fc.constantFrom(...c), { maxLength: 7 }).map((a) => a.join(''));
    const glob = chars('a', 'b', '*', '?');
    const prefixSet = chars('a', 'b').map((l) => `${l}*`);
    fc.assert(
      fc.property(glob, prefixSet, (pattern, set) => {
        if (!/[*?]/.test(pattern)) return;
        const expected = globsIntersectByTable(pattern, set);
        assert.equal(globsIntersect(pattern, set), expected, `${pattern} ∩ ${set}`);
        assert.equal(globsIntersect(set, pattern), expected, `${set} ∩ ${pattern}`);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('compiled Resource patterns (compileArnPattern)', function () {
  // Small alphabets so that generated patterns and values often relate: colons (ARN shape), both
  // wildcards, the escaped-wildcard stand-ins, and a few letters. Values are mostly instances of
  // the pattern (each wildcard filled in, colons included), so that matches are frequent too.
  const piece = fc.constantFrom('a', 'b', 'ab', '/', '-', '*', '?', ':', LITERAL_STAR, LITERAL_QUESTION, '');
  const text = (pieces: fc.Arbitrary<string>) => fc.array(pieces, { maxLength: 6 }).map((p) => p.join(''));
  const arnShaped = fc
    .tuple(fc.constantFrom('aws', '*', 'a?s'), text(piece), text(piece), text(piece), text(piece))
    .map((parts) => ['arn', ...parts].join(':'));
  const pattern = fc.oneof(arnShaped, text(piece), fc.constantFrom('*', '**', 'arn:aws:s3:::b/*'));
  const fill = (wildcards: boolean) =>
    fc.array(fc.constantFrom('', 'a', 'b:', ':a', 'x/y', ...(wildcards ? ['*', '?', 'a*'] : [])), {
      maxLength: 3,
    });
  /** The pattern with each wildcard replaced by a fill (a concrete value, or a set when `wildcards`). */
  const instanceOf = (wildcards: boolean) =>
    fc.tuple(pattern, fc.array(fill(wildcards), { maxLength: 8 }), fc.boolean()).map(([p, fills, mutate]) => {
      let i = 0;
      const value = p.replace(/[*?]/g, (w) => (w === '*' ? (fills[i++] ?? []).join('') : 'q'));
      return mutate ? value.replace(/a/, 'b') : value;
    });
  const concrete = instanceOf(false);
  const requested = fc.oneof(instanceOf(true), pattern);

  it('matches a concrete ARN exactly as arnMatches does', function () {
    fc.assert(
      fc.property(pattern, concrete, (p, v) => compileArnPattern(p).matches(v) === arnMatches(p, v)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(concrete, (v) => {
        // The pattern the value was made from, when it is the first in the pair.
        const c = compileArnPattern(v);
        return c.matches(v) === arnMatches(v, v);
      }),
      { numRuns: 1000 },
    );
  });

  it('relates to a requested set exactly as resourceOverlaps and resourceCovered do', function () {
    fc.assert(
      fc.property(pattern, requested, (p, r) => {
        const c = compileArnPattern(p);
        return c.overlaps(r) === resourceOverlaps(p, r) && c.covered(r) === resourceCovered(p, r);
      }),
      { numRuns: 3000 },
    );
  });

  it('relates a requested prefix set (`r*`) by its prefix exactly as the glob relations do', function () {
    // Prefix sets cut from instances and from patterns (so both sides often share a prefix).
    const prefixSet = fc
      .tuple(fc.oneof(concrete, pattern), fc.nat({ max: 40 }))
      .map(([v, n]) => `${v.slice(0, Math.max(1, v.length - n))}*`);
    fc.assert(
      fc.property(pattern, fc.oneof(prefixSet, requested), (p, r) => {
        const c = compileArnPattern(p);
        const prefix = requestedPrefix(r);
        return (
          c.overlaps(r, undefined, prefix) === resourceOverlaps(p, r) &&
          c.covered(r, undefined, prefix) === resourceCovered(p, r)
        );
      }),
      { numRuns: 5000 },
    );
    // The cases the shortcut exists for: plain literal and prefix patterns against a bucket's objects.
    const objects = 'arn:aws:s3:::team-a/*';
    assert.equal(requestedPrefix(objects), 'arn:aws:s3:::team-a/');
    for (const [p, overlaps, covered] of [
      ['arn:aws:s3:::team-a/*', true, true],
      ['arn:aws:s3:::team-*', true, true],
      ['arn:aws:s3:::team-a/x/*', true, false],
      ['arn:aws:s3:::team-b/*', false, false],
      ['arn:aws:s3:::team-a', false, false],
      ['arn:aws:s3:::team-a/report.csv', true, false],
      ['arn:aws:s3:::team-ab/*', false, false],
    ] as const) {
      const c = compileArnPattern(p);
      assert.equal(c.overlaps(objects, undefined, requestedPrefix(objects)), overlaps, `overlaps ${p}`);
      assert.equal(c.covered(objects, undefined, requestedPrefix(objects)), covered, `covered ${p}`);
      assert.equal(resourceOverlaps(p, objects), overlaps, `reference overlaps ${p}`);
      assert.equal(resourceCovered(p, objects), covered, `reference covered ${p}`);
    }
    for (const notPrefixSet of [
      '*',
      'arn:aws:s3:::a?/*',
      'arn:aws:s3:::*/x*',
      `arn:aws:s3:::a${LITERAL_STAR}*`,
    ]) {
      assert.equal(requestedPrefix(notPrefixSet), undefined, notPrefixSet);
    }
  });

  it('relates requested sets the same with parts the caller split once, and again on repeat', function () {
    const patterns = [
      'arn:aws:s3:::team-*/*',
      'arn:aws:s3:::team-a/*',
      'arn:aws:s3:::*',
      'arn:aws:s3:::team-a*',
      '*',
    ];
    const sets = [
      'arn:aws:s3:::team-a/*',
      'arn:aws:s3:::team-*',
      'arn:aws:s3:::other/*',
      'arn:aws:s3:::team-a/x*',
      'team-*',
    ];
    for (const p of patterns) {
      const c = compileArnPattern(p);
      for (let round = 0; round < 2; round++) {
        for (const r of sets) {
          const parts = splitArn(r) ?? null;
          for (const given of [undefined, parts]) {
            const how = `${p} / ${r} (round ${round}, parts ${given === undefined ? 'looked up' : 'given'})`;
            assert.equal(c.overlaps(r, given), resourceOverlaps(p, r), `overlaps: ${how}`);
            assert.equal(c.covered(r, given), resourceCovered(p, r), `covered: ${how}`);
          }
        }
      }
    }
  });

  it('takes the fast path for `*`, literal and trailing-`*` patterns, one expression otherwise', function () {
    assert.equal(compileArnPattern('*').kind, 'any');
    const literal = compileArnPattern('arn:aws:s3:::bucket');
    assert.equal(literal.kind, 'literal');
    assert.ok(literal.matches('arn:aws:s3:::bucket') && !literal.matches('arn:aws:s3:::bucket2'));
    const prefix = compileArnPattern('arn:aws:s3:::bucket/*');
    assert.equal(prefix.kind, 'prefix');
    assert.ok(prefix.matches('arn:aws:s3:::bucket/a:b/c') && !prefix.matches('arn:aws:s3:::bucket'));
    const escaped = compileArnPattern(`arn:aws:s3:::a${LITERAL_STAR}b`);
    assert.equal(escaped.kind, 'literal', 'an escaped `*` is a literal character');
    assert.ok(escaped.matches('arn:aws:s3:::a*b') && !escaped.matches('arn:aws:s3:::axb'));
    const account = compileArnPattern('arn:aws:iam::*:role/x');
    assert.equal(account.kind, 'regexp');
    assert.ok(account.matches('arn:aws:iam::111111111111:role/x'));
    assert.ok(
      !account.matches('arn:aws:iam::1:2:role/x'),
      'a wildcard in the first five parts spans no colon',
    );
    assert.ok(
      compileArnPattern('arn:aws:iam::1:*/x').matches('arn:aws:iam::1:2:role/x'),
      'one in the resource part does',
    );
    const escapedPrefix = compileArnPattern(`arn:aws:s3:::a${LITERAL_STAR}*`);
    assert.equal(escapedPrefix.kind, 'prefix');
    assert.ok(
      escapedPrefix.matches('arn:aws:s3:::a*b') && !escapedPrefix.matches(`arn:aws:s3:::a${LITERAL_STAR}b`),
    );
    assert.equal(
      compileArnPattern(`arn:aws:s3:x${LITERAL_STAR}::b`).overlaps(`arn:aws:s3:x${LITERAL_STAR}::b*`),
      false,
      'equal parts relate only when neither holds an escaped wildcard',
    );
    const set = `arn:aws:s3:::${LITERAL_STAR}/*`;
    assert.equal(
      compileArnPattern(`arn:aws:s3:::${LITERAL_STAR}`).overlaps(set),
      false,
      'an escaped `*` is not the same part as a requested `*`',
    );
  });
});
