import { strict as assert } from 'node:assert';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadInput } from '../../src/ingest/load-input.js';
import { writeSnapshot } from '../../src/ingest/write-snapshot.js';
import { serializeSnapshot } from '../../src/snapshot/canonical.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { accountFiles } from '../support/dump-fixtures.js';

describe('loadInput and writeSnapshot', () => {
  after(removeDumps);

  it('reads a dump folder, writes it atomically, and reads the snapshot file back identically', async () => {
    const dump = await writeDump(accountFiles());
    const out = await writeDump({});
    const fromDump = await loadInput(dump);
    assert.equal(fromDump.kind, 'dump');
    const file = path.join(out, 'snap.json');
    await writeSnapshot(file, fromDump.snapshot);
    assert.deepEqual(await readdir(out), ['snap.json'], 'no temp file left behind');
    const fromFile = await loadInput(file);
    assert.equal(fromFile.kind, 'snapshot');
    assert.equal(serializeSnapshot(fromFile.snapshot), await readFile(file, 'utf8'));
    assert.deepEqual(fromFile.snapshot, fromDump.snapshot);
  });

  it('reads a snapshot file saved with a byte-order mark (as some Windows editors save JSON)', async () => {
    const { snapshot } = await loadInput(await writeDump(accountFiles()));
    const out = await writeDump({});
    const file = path.join(out, 'bom.json');
    await writeFile(file, `\uFEFF${serializeSnapshot(snapshot)}`, 'utf8');
    assert.deepEqual((await loadInput(file)).snapshot, snapshot);
  });

  it('replaces an existing snapshot in one step and leaves it intact when the write fails', async () => {
    const out = await writeDump({ 'snap.json': '{"old": true}' });
    const file = path.join(out, 'snap.json');
    const { snapshot } = await loadInput(await writeDump(accountFiles()));
    await writeSnapshot(file, snapshot);
    assert.equal(JSON.parse(await readFile(file, 'utf8')).schemaVersion, 1);
    await assert.rejects(writeSnapshot(path.join(out, 'missing-folder', 'x.json'), snapshot));
    assert.equal(JSON.parse(await readFile(file, 'utf8')).schemaVersion, 1);
    assert.deepEqual((await readdir(out)).sort(), ['snap.json']);
  });
});
