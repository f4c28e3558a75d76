import assert from 'node:assert/strict';
import { arnMatches, resourceCovered, resourceOverlaps } from '../../../src/policy/match/arn.js';
import { globCovers, globsIntersect } from '../../../src/policy/match/glob.js';

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
});
