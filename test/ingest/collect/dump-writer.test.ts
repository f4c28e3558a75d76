// A dump appears only when the collection is complete: files are staged in a hidden `.partial`
// folder beside the target and renamed at the end, so an interrupted run leaves no folder that
// looks like a finished dump.
import { strict as assert } from 'node:assert';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DumpWriter } from '../../../src/ingest/collect/dump-writer.js';
import { mergePages } from '../../../src/ingest/collect/aws-response.js';

describe('dump writer', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'blastmap-dump-writer-'));
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  it('stages files out of sight until commit, then renames the whole dump into place', async () => {
    const target = join(parent, 'dump');
    const writer = await DumpWriter.open(target);
    await writer.writeJson('123456789012/iam/get-account-authorization-details.json', { RoleDetailList: [] });
    await writer.writeError('123456789012/s3api/list-buckets.json', { code: 'AccessDenied', message: 'no' });
    // Interrupted here: no `dump` folder, only a hidden partial one.
    assert.deepEqual(await readdir(parent), [writer.staging.slice(parent.length + 1)]);
    assert.match(writer.staging, /\/\.dump\.partial-\d+-\d+$/);

    await writer.commit();
    assert.deepEqual(await readdir(parent), ['dump']);
    const gap = JSON.parse(
      await readFile(join(target, '123456789012/s3api/list-buckets.error.json'), 'utf8'),
    );
    assert.deepEqual(gap, { error: { code: 'AccessDenied', message: 'no' } });
  });

  it('accepts an existing empty folder as the target', async () => {
    const writer = await DumpWriter.open(parent);
    await writer.writeJson('a/b.json', {});
    await writer.commit();
    assert.deepEqual(await readdir(parent), ['a']);
  });
});

describe('paginated responses merged as the CLI prints them', () => {
  it('concatenates lists, keeps the first scalars, drops tokens and $metadata', () => {
    const merged = mergePages([
      { $metadata: { httpStatusCode: 200 }, Roles: [{ RoleName: 'a' }], IsTruncated: true, Marker: 'm1' },
      { $metadata: { httpStatusCode: 200 }, Roles: [{ RoleName: 'b' }], IsTruncated: false },
    ]);
    assert.deepEqual(merged, { Roles: [{ RoleName: 'a' }, { RoleName: 'b' }] });
  });

  it('keeps an empty list when there is nothing', () => {
    assert.deepEqual(mergePages([{ $metadata: {}, clusterArns: [] }]), { clusterArns: [] });
  });
});
