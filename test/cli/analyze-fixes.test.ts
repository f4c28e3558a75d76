// `analyze --fixes <n>`: the budget of re-analyses that verify fixes. By default the demo-sized
// account gets fixes; an account of more than 500 principals gets none unless asked, and says so.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SnapshotBuilder, allow, doc } from '../support/snapshot-builder.js';
import { captureIo } from '../support/capture-io.js';

// import() like the CLI's own command loading (see analyze-errors.test.ts).
const { runCli } = await import('../../src/cli/run.js');

const A = '111111111111';

/** A task role that can put a policy on itself, among `extraRoles` roles that grant nothing. */
function snapshotFile(dir: string, extraRoles: number): string {
  const b = new SnapshotBuilder();
  const a = b.account(A);
  const role = a.role('web', { inline: [doc(allow('iam:PutRolePolicy', `arn:aws:iam::${A}:role/web`))] });
  a.service('web', a.taskDefinition('web', { taskRole: role }));
  for (let i = 0; i < extraRoles; i++) a.role(`idle-${i}`, { trust: null });
  const file = join(dir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(b.snapshot));
  return file;
}

async function analyseJson(argv: string[]) {
  const io = captureIo();
  assert.equal(await runCli(['analyze', ...argv, '--format', 'json'], io), 0, io.err.join(''));
  return { json: JSON.parse(io.out.join('')), err: io.err.join('') };
}

describe('analyze --fixes', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'blastmap-fixes-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies fixes by default on a small account, and none with --fixes 0', async () => {
    const file = snapshotFile(dir, 0);
    const { json, err } = await analyseJson([file]);
    assert.equal(err, '');
    assert.equal(json.sources[0].fixes[0].change.kind, 'remove-statement');
    assert.equal(json.sources[0].fixes[0].adminRemains, false);
    assert.equal(json.fixes.length, 1);
    const off = await analyseJson([file, '--fixes', '0']);
    assert.equal(off.json.fixes, undefined);
    assert.equal(off.json.sources[0].fixes, undefined);
  });

  it('skips them above 500 principals unless asked, saying so on stderr', async () => {
    const file = snapshotFile(dir, 500);
    const auto = await analyseJson([file]);
    assert.equal(auto.json.fixes, undefined);
    assert.match(auto.err, /fixes not verified for 501 principals .*--fixes N/);
    const asked = await analyseJson([file, '--fixes', '2']);
    assert.equal(asked.err, '');
    assert.equal(asked.json.sources[0].fixes[0].adminRemains, false);
  });

  it('refuses a budget that is not a whole number, in one line', async () => {
    const io = captureIo();
    assert.equal(await runCli(['analyze', 'x', '--fixes', 'lots'], io), 2);
    assert.match(io.err.join(''), /--fixes must be a whole number from 0, not 'lots'/);
    assert.equal(io.err.join('').trim().split('\n').length, 1);
  });
});
