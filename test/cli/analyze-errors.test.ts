import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySnapshot } from '../queries/fixture-snapshot.js';
import { captureIo } from '../support/capture-io.js';

// Loaded with import() like the commands themselves: mocha require()s test files, and a statically
// imported run.ts would hold a second copy of InputError that the commands' errors are not instances of.
const { runCli } = await import('../../src/cli/run.js');
const { checkSchemaVersion } = await import('../../src/cli/analysis-input.js');
const { InputError } = await import('../../src/snapshot/errors.js');
async function fails(argv: string[], pattern: RegExp): Promise<void> {
  const io = captureIo();
  const code = await runCli(argv, io);
  const err = io.err.join('');
  assert.equal(code, 2, err);
  assert.equal(err.trim().split('\n').length, 1, err);
  assert.match(err, pattern);
  assert.doesNotMatch(err, /\bat .*\.ts:\d+/, 'no stack trace');
}

describe('analyze / who-can / explain: bad options', () => {
  it('rejects an unknown format with a hint', async () => {
    await fails(['analyze', 'x', '--format', 'md'], /unknown --format 'md' \(use --format markdown\)/);
  });

  it('rejects a max-hops that is not a small whole number', async () => {
    await fails(['analyze', 'x', '--max-hops', 'many'], /--max-hops must be a whole number/);
    await fails(['who-can', 'x', 'arn:aws:s3:::b', '--max-hops', '0'], /--max-hops must be a whole number/);
  });

  it('asks for the right number of arguments', async () => {
    await fails(['analyze'], /analyze takes one input/);
    await fails(['who-can', 'x'], /who-can takes an input and an asset ARN/);
    await fails(['explain', 'x', 'y'], /explain takes an input, a source ARN and a target ARN/);
  });

  it('refuses a snapshot file from a newer schema version in one line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-analyze-'));
    try {
      const file = join(dir, 'snapshot.json');
      writeFileSync(file, JSON.stringify({ ...emptySnapshot(), schemaVersion: 99 }));
      await fails(['analyze', file], /schemaVersion 99 is newer/);
      await fails(['who-can', file, 'admin:1'], /schemaVersion 99 is newer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when there is no source to analyse, instead of printing an empty ranking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-analyze-'));
    try {
      const file = join(dir, 'snapshot.json');
      writeFileSync(file, JSON.stringify(emptySnapshot()));
      const io = captureIo();
      assert.equal(await runCli(['analyze', file], io), 0, io.err.join(''));
      assert.match(io.out.join(''), /^Coverage: complete/);
      assert.match(io.out.join(''), /no sources: no task definition is used by a service or a running task/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a snapshot written by a newer schema version', () => {
    const snapshot = { ...emptySnapshot(), schemaVersion: 99 };
    assert.throws(
      () => checkSchemaVersion(snapshot, 'snap.json'),
      (e: unknown) =>
        e instanceof InputError && /schema version 99 is newer/.test(e.message) && e.exitCode === 2,
    );
    assert.doesNotThrow(() => checkSchemaVersion(emptySnapshot(), 'snap.json'));
  });
});
