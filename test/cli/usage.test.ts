// The command line as a new user meets it: a usage error is one line on stderr and exit 2 (never
// "internal error" and a stack), a typo gets a suggestion, `help <command>` prints that command's
// options, and `-o json` (the AWS CLI's --output habit) is refused instead of writing a file "json".
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../support/capture-io.js';

// import() like the CLI's own command loading (see analyze-errors.test.ts).
const { runCli } = await import('../../src/cli/run.js');
const { commands } = await import('../../src/cli/registry.js');

const DEMO = 'examples/demo';

async function cli(argv: string[], cwd = process.cwd()) {
  const io = { ...captureIo(), cwd };
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

async function usageError(argv: string[], pattern: RegExp, cwd?: string): Promise<void> {
  const r = await cli(argv, cwd);
  assert.equal(r.code, 2, `${argv.join(' ')}: ${r.err}`);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.doesNotMatch(r.err, /internal error|\n\s+at /, 'no stack trace');
  assert.match(r.err, pattern);
  assert.equal(r.out, '', 'nothing on stdout');
}

describe('cli usage errors: one line, exit 2', () => {
  it('an option missing its value at the end of the line', async () => {
    await usageError(
      ['analyze', DEMO, '-o'],
      /^blastmap analyze: option '-o, --output <file>' argument missing\n$/,
    );
    await usageError(
      ['analyze', DEMO, '--format'],
      /^blastmap analyze: option '--format <format>' argument missing\n$/,
    );
    await usageError(
      ['who-can', DEMO, 'admin:222222222222', '--max-hops'],
      /--max-hops <n>' argument missing/,
    );
  });

  it('a negative or non-numeric count', async () => {
    await usageError(['analyze', DEMO, '--paths', '-1'], /--paths must be a whole number from 0, not '-1'/);
    await usageError(['analyze', DEMO, '--top', '0'], /--top must be a whole number from 1, not '0'/);
    await usageError(
      ['analyze', DEMO, '--min-score', 'high'],
      /--min-score must be a number ≥ 0, not 'high'/,
    );
    await usageError(
      ['report', DEMO, '--paths', '2.5', '-o', 'x.html'],
      /--paths must be a whole number from 1/,
    );
    await usageError(
      ['collect', '--concurrency', '100'],
      /--concurrency must be a whole number from 1 to 64/,
    );
    await usageError(
      ['neo4j', 'push', DEMO, '--batch-size', '-5'],
      /--batch-size must be a whole number from 1/,
    );
  });

  it('-o/--output with a format name is refused with the fix, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-usage-'));
    try {
      const cases: [string[], string][] = [
        [['analyze', DEMO, '--output', 'json'], 'json'],
        [['analyze', DEMO, '-o', 'table'], 'table'],
        [['who-can', DEMO, 'admin:222222222222', '-o', 'markdown'], 'markdown'],
        [['diff', DEMO, DEMO, '--output', 'sarif'], 'sarif'],
        [['report', DEMO, '-o', 'html'], 'html'],
        [['report', DEMO, '--from', 'web:3', '--format', 'dot', '-o', 'dot'], 'dot'],
        [['report', DEMO, '--from', 'web:3', '--format', 'mermaid', '-o', 'mermaid'], 'mermaid'],
        [['diff', DEMO, DEMO, '--sarif-output', 'sarif'], 'sarif'],
      ];
      for (const [argv, name] of cases) {
        const flag = argv.includes('--sarif-output') ? '--sarif-output' : '--output';
        await usageError(
          argv,
          new RegExp(
            `${flag} takes a file name, and '${name}' is a format name \\(for the format say --format ${name}; for a file of that name say ${flag} \\./${name}\\)`,
          ),
          dir,
        );
        assert.ok(!existsSync(join(dir, name)), `no file named ${name}`);
      }
      // The way out the hint names works.
      const ok = await cli(['inventory', DEMO, '-o', './json', '--format', 'json'], dir);
      assert.equal(ok.code, 0, ok.err);
      assert.ok(JSON.parse(readFileSync(join(dir, 'json'), 'utf8')).accounts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a misspelt command or option gets a did-you-mean', async () => {
    await usageError(['anlyze', DEMO], /^blastmap: unknown command 'anlyze' \(did you mean analyze\?\)\n$/);
    await usageError(
      ['analyze', DEMO, '--fromat', 'json'],
      /^blastmap analyze: unknown option '--fromat' \(did you mean --format\?\)\n$/,
    );
    await usageError(
      ['who-can', DEMO, '--actoin', 's3:GetObject'],
      /unknown option '--actoin' \(did you mean --action\?\)/,
    );
    await usageError(
      ['collect', '--regoin', 'eu-west-1'],
      /unknown option '--regoin' \(did you mean --region\?\)/,
    );
    await usageError(['help', 'anlyze'], /^blastmap: unknown command 'anlyze' \(did you mean analyze\?\)\n$/);
    // Nothing close: the commands are listed.
    await usageError(['frobnicate'], /unknown command 'frobnicate' \(commands: snapshot, inventory, analyze/);
  });

  it('a wrong number of arguments names the command forms', async () => {
    await usageError(
      ['analyze', DEMO, 'extra'],
      /analyze takes one input: a dump folder or a snapshot file \(blastmap analyze \.\/dump\)/,
    );
    await usageError(
      ['can', DEMO, 'web:3'],
      /can takes an input, a principal, an action and optionally a resource/,
    );
    await usageError(['collect', 'somewhere'], /collect takes no arguments/);
  });

  it('a bad value for a choice or an id', async () => {
    await usageError(['inventory', DEMO, '--format', 'xml'], /unknown --format 'xml' \(one of table, json\)/);
    await usageError(
      ['diff', DEMO, DEMO, '--fail-on', 'any'],
      /unknown --fail-on 'any' \(one of new-admin-path, new-path, radius-increase\)/,
    );
    await usageError(
      ['analyze', DEMO, '--account', 'prod'],
      /--account takes a 12-digit account id, not 'prod'/,
    );
    await usageError(
      ['can', DEMO, 'web:3', 's3:GetObject', '--context', 'novalue'],
      /--context takes key=value, not 'novalue'/,
    );
    await usageError(['collect', '--region', 'eu-west'], /not a region name: 'eu-west'/);
    await usageError(['collect', '--regions', 'mars-1'], /not a region name: 'mars-1'/);
  });
});

describe('cli help', () => {
  it('`help <command>` is `<command> --help`: usage, arguments and every option', async () => {
    const help = await cli(['help', 'analyze']);
    assert.equal(help.code, 0, help.err);
    assert.equal(help.err, '');
    assert.match(help.out, /^Usage: blastmap analyze \[options\] <input>\n/);
    for (const flag of [
      '--from <source>',
      '--max-hops <n>',
      '--paths <n>',
      '--account <id>',
      '--top <n>',
      '--min-score <score>',
      '--format <format>',
      '-o, --output <file>',
    ])
      assert.ok(help.out.includes(flag), flag);
    assert.match(help.out, /--format <format> +output format: table, json, markdown \(default: "table"\)/);
    const dashed = await cli(['analyze', '--help']);
    assert.equal(dashed.out, help.out);
  });

  it('every command loads and prints its help (its option table is consistent)', async () => {
    for (const entry of commands) {
      const r = await cli(['help', entry.name]);
      assert.equal(r.code, 0, `${entry.name}: ${r.err}`);
      assert.match(r.out, new RegExp(`^Usage: blastmap ${entry.name} `), entry.name);
      assert.ok(r.out.includes(entry.summary), `${entry.name} shows its summary`);
    }
  });

  it('`help` lists the commands (exit 0); no arguments prints the same and exits 2', async () => {
    const help = await cli(['help']);
    assert.equal(help.code, 0);
    for (const entry of commands) assert.match(help.out, new RegExp(`\\n  ${entry.name} +`));
    const none = await cli([]);
    assert.equal(none.code, 2);
    assert.match(none.out, /^Usage: blastmap <command> \[options\]/);
  });

  it('deprecated spellings still work: inventory --json (with a warning)', async () => {
    const viaFormat = await cli(['inventory', DEMO, '--format', 'json']);
    const viaJson = await cli(['inventory', DEMO, '--json']);
    assert.equal(viaFormat.code, 0, viaFormat.err);
    assert.equal(viaJson.code, 0, viaJson.err);
    assert.equal(viaJson.out, viaFormat.out);
    assert.match(viaJson.err, /--json is deprecated; use --format json/);
    assert.doesNotMatch((await cli(['help', 'inventory'])).out, /--json/, 'the alias is not advertised');
  });
});
