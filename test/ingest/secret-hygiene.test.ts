// Seeds known secret values in ECS container environments, task overrides and Lambda environments,
// and proves none of them reaches the snapshot, the written snapshot file, or the inventory output —
// while the (non-secret) access key id does, linked to its IAM user.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDump } from '../../src/ingest/read-dump.js';
import { captureIo } from '../support/capture-io.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { SEEDED_SECRETS, accountFiles } from '../support/dump-fixtures.js';

// Loaded with import() like the commands: a statically imported run.ts would hold a second InputError class.
const { runCli } = await import('../../src/cli/run.js');

describe('secret hygiene: no environment value survives', () => {
  let dir: string;
  before(async () => {
    dir = await writeDump(accountFiles());
  });
  after(removeDumps);

  const secretValues = Object.entries(SEEDED_SECRETS).filter(([k]) => k !== 'accessKeyId');

  function assertClean(text: string, where: string): void {
    for (const [label, value] of secretValues) {
      assert.ok(!text.includes(value), `${label} leaked into ${where}`);
      // Nor a recognisable part of it (e.g. the password inside the connection string).
      assert.ok(!text.includes(value.slice(0, 10)), `start of ${label} leaked into ${where}`);
    }
  }

  it('the snapshot holds findings for every seeded value but none of the values', async () => {
    const snapshot = await readDump(dir);
    const text = JSON.stringify(snapshot);
    assertClean(text, 'the snapshot');
    assert.ok(text.includes(SEEDED_SECRETS.accessKeyId), 'the access key id is kept to link it to its user');
    const kinds = snapshot.credentialFindings.map((f) => `${f.location.kind}:${f.variable}:${f.kind}`).sort();
    assert.deepEqual(kinds, [
      'ecs-container-environment:AWS_ACCESS_KEY_ID:aws-access-key-id',
      'ecs-container-environment:AWS_SECRET_ACCESS_KEY:aws-secret-access-key',
      'ecs-container-environment:DATABASE_URL:connection-string',
      'ecs-container-environment:DB_PASSWORD:password',
      'ecs-container-environment:GITHUB_TOKEN:token',
      'ecs-task-override-environment:SLACK_TOKEN:token',
      'lambda-environment:ADMIN_PASSWORD:password',
      'lambda-environment:STRIPE_KEY:token',
    ]);
    for (const f of snapshot.credentialFindings) assert.match(f.fingerprint, /^[0-9a-f]{12}$/);
    assert.equal(snapshot.credentialFindings.filter((f) => f.accessKeyId).length, 1);
  });

  it('the written snapshot file and the inventory (text and JSON) hold no value', async () => {
    const out = path.join(await writeDump({}), 'snapshot.json');
    const io = captureIo();
    assert.equal(await runCli(['snapshot', dir, '-o', out], io), 0);
    const file = await readFile(out, 'utf8');
    assertClean(file + io.out.join('') + io.err.join(''), 'the snapshot file');

    for (const args of [
      ['inventory', dir],
      ['inventory', out],
      ['inventory', dir, '--json'],
    ]) {
      const inv = captureIo();
      assert.equal(await runCli(args, inv), 0, inv.err.join(''));
      const text = inv.out.join('') + inv.err.join('');
      assertClean(text, args.join(' '));
      assert.ok(text.includes(SEEDED_SECRETS.accessKeyId), `${args.join(' ')} shows the key id`);
    }
    const text = captureIo();
    await runCli(['inventory', dir], text);
    assert.match(
      text.out.join(''),
      /AWS_ACCESS_KEY_ID {2}aws-access-key-id {2}sha256:[0-9a-f]{12} .*key AKIAIOSFODNN7EXAMPLE of arn:aws:iam::111111111111:user\/alice/,
    );
  });
});
