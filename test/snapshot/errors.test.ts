// Exit-2 messages quote values from the input; a 1 MB value is cut to about 120 characters with an
// ellipsis and its length, once, where every message is formatted (formatLocated). Scenarios: the
// unit, then the commands a user runs on a snapshot, a dump and a Terraform plan holding 1 MB values.
import { strict as assert } from 'node:assert';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { capQuotedValues, formatLocated } from '../../src/snapshot/errors.js';
import { captureIo } from '../support/capture-io.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { ACCOUNT, accountFiles } from '../support/dump-fixtures.js';

const { runCli } = await import('../../src/cli/run.js');

const MB = 1024 * 1024;
const huge = (c = 'x') => c.repeat(MB);

/** The one stderr line of a failed command: exit 2, one line, at most a few hundred characters. */
async function oneShortLine(args: string[]): Promise<string> {
  const io = captureIo();
  const code = await runCli(args, io);
  const stderr = io.err.join('');
  assert.equal(code, 2, stderr.slice(0, 2000));
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, stderr.slice(0, 2000));
  assert.ok(lines[0].length < 800, `${lines[0].length} characters: ${lines[0].slice(0, 1000)}`);
  return lines[0];
}

describe('quoted values in error messages are capped', function () {
  this.timeout(60000);
  after(removeDumps);

  it('cuts a quoted value, a double-quoted value and an unbroken run to 120 characters, saying the length', () => {
    const line = formatLocated(`unknown field '${huge()}'`, {
      file: 'snapshot.json',
      jsonPath: `$["${huge()}"]`,
    });
    assert.ok(line.length < 400, String(line.length));
    assert.match(
      line,
      /^snapshot\.json: \$\["x{120}… \(1048576 characters\)"\]: unknown field 'x{120}… \(1048576 characters\)'$/,
    );
    assert.equal(
      capQuotedValues(`actions ${JSON.stringify([huge('y')])}`),
      `actions ["${'y'.repeat(120)}… (1048576 characters)"]`,
    );
    assert.equal(
      capQuotedValues(`name ${huge('z')} end`),
      `name ${'z'.repeat(120)}… (1048576 characters) end`,
    );
    const withSpaces = `message '${'word '.repeat(MB / 5)}'`;
    assert.ok(capQuotedValues(withSpaces).length < 200);
  });

  it('leaves prose, short values and apostrophes alone', () => {
    const text = `the folder's name isn't '111111111111' and it's ${'a '.repeat(100)}fine`;
    assert.equal(capQuotedValues(text), text);
    assert.equal(formatLocated('x', { file: `${'d/'.repeat(100)}f.json` }), `${'d/'.repeat(100)}f.json: x`);
  });

  it('caps the policy and statement of a location', () => {
    const line = formatLocated('bad', { policy: huge('p'), statement: `0 (Sid ${huge('s')})` });
    assert.ok(line.length < 400, String(line.length));
  });

  it('writes newlines, escape sequences and line separators from the input as escapes: one line', () => {
    const line = formatLocated(`caller identity is account '1\n2\u001b[2J\u2028\u0085'`, {
      file: 'a\nb.json',
    });
    assert.equal(line, "a\\nb.json: caller identity is account '1\\n2\\u001b[2J\\u2028\\u0085'");
  });

  it('dump: a newline in the caller identity account: exit 2, one line', async () => {
    const files = accountFiles();
    files[`${ACCOUNT}/sts/get-caller-identity.json`] = { Account: '\n\u4731', Arn: 'arn:aws:iam::1:user/a' };
    const line = await oneShortLine(['analyze', await writeDump(files)]);
    assert.match(line, /get-caller-identity\.json: .*account '\\n\u4731'/);
  });

  it('snapshot: a 1 MB unknown field name', async () => {
    const dir = await writeDump(accountFiles());
    const file = path.join(dir, 'snapshot.json');
    assert.equal(await runCli(['snapshot', dir, '-o', file], captureIo()), 0);
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    snapshot[huge('k')] = 1;
    await writeFile(file, JSON.stringify(snapshot));
    const line = await oneShortLine(['analyze', file]);
    assert.match(line, /snapshot\.json: .*\(1048576 characters\)/);
  });

  it('dump: a 1 MB account id in the caller identity', async () => {
    const files = accountFiles();
    files[`${ACCOUNT}/sts/get-caller-identity.json`] = { Account: huge('9'), Arn: 'arn:aws:iam::1:user/a' };
    const line = await oneShortLine(['analyze', await writeDump(files)]);
    assert.match(line, /get-caller-identity\.json: .*'9{120}… \(1048576 characters\)'/);
  });

  it('dump: a 1 MB message in the error file of the authorization details', async () => {
    const files = accountFiles();
    delete files[`${ACCOUNT}/iam/get-account-authorization-details.json`];
    files[`${ACCOUNT}/iam/get-account-authorization-details.error.json`] = {
      error: { code: 'AccessDenied', message: 'denied '.repeat(MB / 7) },
    };
    const line = await oneShortLine(['analyze', await writeDump(files)]);
    assert.match(line, /authorization-details\.error\.json: .*AccessDenied: 'denied .*characters\)'/);
  });

  it('diff: a Terraform plan with a 1 MB format_version, and a plan that is not JSON', async () => {
    const dir = await writeDump(accountFiles());
    const plan = path.join(dir, 'plan.json');
    await writeFile(plan, JSON.stringify({ format_version: `2.${huge('0')}`, resource_changes: [] }));
    const line = await oneShortLine(['diff', dir, '--terraform-plan', plan]);
    assert.match(
      line,
      /plan\.json: \$\.format_version: unsupported format_version '2\.0{118}… \(1048578 characters\)'/,
    );
    await writeFile(plan, `{"format_version": "1.2", "x": ${huge('q')}}`);
    const notJson = await oneShortLine(['diff', dir, '--terraform-plan', plan]);
    assert.match(notJson, /plan\.json: line 1 column \d+: the Terraform plan is not JSON/);
    assert.doesNotMatch(notJson, /qqqq/);
  });
});
