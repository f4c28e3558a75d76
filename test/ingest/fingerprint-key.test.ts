// The fingerprint key: from the environment when set, else a per-user key file made once (0600).
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fingerprintKey, fingerprintKeyFile } from '../../src/ingest/fingerprint-key.js';
import { InputError } from '../../src/snapshot/errors.js';

describe('fingerprint key', () => {
  let config: string;
  beforeEach(async () => {
    config = await mkdtemp(path.join(tmpdir(), 'blastmap-key-'));
  });
  afterEach(() => rm(config, { recursive: true, force: true }));

  it('takes BLASTMAP_FINGERPRINT_KEY when set, without touching the key file', async () => {
    const env = { XDG_CONFIG_HOME: config, BLASTMAP_FINGERPRINT_KEY: 'ci-secret' };
    assert.deepEqual(fingerprintKey(env), Buffer.from('ci-secret'));
    await assert.rejects(stat(fingerprintKeyFile(env)));
  });

  it('creates a private key file once and gives the same key on the next run', async () => {
    const env = { XDG_CONFIG_HOME: config };
    const first = fingerprintKey(env);
    const file = fingerprintKeyFile(env);
    assert.equal(file, path.join(config, 'blastmap', 'fingerprint.key'));
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.equal((await stat(path.dirname(file))).mode & 0o777, 0o700);
    assert.match(await readFile(file, 'utf8'), /^[0-9a-f]{64}\n$/);
    assert.deepEqual(fingerprintKey(env), first);
    const other = await mkdtemp(path.join(tmpdir(), 'blastmap-key-'));
    try {
      assert.notDeepEqual(fingerprintKey({ XDG_CONFIG_HOME: other }), first, 'another user, another key');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('an unusable key file is one InputError naming the file', async () => {
    const blocker = path.join(config, 'blastmap');
    await writeFile(blocker, 'not a folder');
    assert.throws(
      () => fingerprintKey({ XDG_CONFIG_HOME: config }),
      (err: unknown) =>
        err instanceof InputError && err.location.file === fingerprintKeyFile({ XDG_CONFIG_HOME: config }),
    );
  });
});
