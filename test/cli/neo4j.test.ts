// `blastmap neo4j push`: options, the password rule, faults as one line, and a real push of the demo.
import { strict as assert } from 'node:assert';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { captureIo } from '../support/capture-io.js';
import { neo4jUri, rows, testDriver, clearDatabase } from '../neo4j/server.js';

// Loaded with import() like the commands themselves (see analyze-errors.test.ts).
const { runCli } = await import('../../src/cli/run.js');

const DEMO = fileURLToPath(new URL('../../examples/demo', import.meta.url));

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIo(env);
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

function oneLine(err: string): void {
  assert.equal(err.trim().split('\n').length, 1, err);
  assert.doesNotMatch(err, /\bat .*\.ts:\d+/, 'no stack trace');
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('blastmap neo4j push', function () {
  this.timeout(120_000);

  it('never takes the password on the command line', async () => {
    const r = await cli(['neo4j', 'push', DEMO, '--password', 'hunter2']);
    assert.equal(r.code, 2);
    oneLine(r.err);
    assert.match(
      r.err,
      /never taken on the command line \(put it in an environment variable and name it with --password-env VAR\)/,
    );
    assert.doesNotMatch(r.err, /hunter2/);
  });

  it('says when the variable named by --password-env is not set', async () => {
    const r = await cli(['neo4j', 'push', DEMO, '--password-env', 'MY_NEO4J_PW']);
    assert.equal(r.code, 2);
    oneLine(r.err);
    assert.match(r.err, /environment variable MY_NEO4J_PW \(named by --password-env\) is not set/);
  });

  it('rejects a missing input, an unknown subcommand and a bad batch size', async () => {
    for (const argv of [['neo4j'], ['neo4j', 'pull', DEMO], ['neo4j', 'push', DEMO, '--batch-size', '0']]) {
      const r = await cli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      oneLine(r.err);
    }
  });

  it('refuses credentials in the URI in one line that never echoes them (--uri and NEO4J_URI)', async () => {
    const port = await closedPort();
    for (const [argv, env] of [
      [['neo4j', 'push', DEMO, '--uri', `bolt://neo4j:Pl4ntedNeo4jPw@127.0.0.1:${port}`], {}],
      [['neo4j', 'push', DEMO], { NEO4J_URI: `neo4j+s://admin:Pl4ntedNeo4jPw@127.0.0.1:${port}` }],
      // A password holding `/` and `@` unescaped, and a scheme that is no Neo4j scheme.
      [['neo4j', 'push', DEMO, '--uri', `bolt://neo4j:Pl4nted/Neo4j@Pw@127.0.0.1:${port}`], {}],
      [['neo4j', 'push', DEMO, '--uri', `http://neo4j:Pl4ntedNeo4jPw@127.0.0.1:${port}`], {}],
    ] as [string[], NodeJS.ProcessEnv][]) {
      const r = await cli(argv, env);
      assert.equal(r.code, 2, r.err);
      oneLine(r.err);
      assert.ok(!/Pl4nted|Neo4jPw/.test(r.out + r.err), r.err);
      assert.match(
        r.err,
        /^blastmap neo4j: [a-z0-9+]+:\/\/<redacted>@127\.0\.0\.1:\d+: credentials in the URI are refused/,
      );
    }
  });

  it('an unreachable server: one line naming the URI and the cause, exit code 1', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const r = await cli(['neo4j', 'push', DEMO, '--uri', uri]);
    assert.equal(r.code, 1, r.err);
    oneLine(r.err);
    assert.ok(r.err.startsWith(`blastmap neo4j: ${uri}: cannot reach Neo4j`), r.err);
  });

  it('pushes the demo account into the real server, with the password from the named variable', async function () {
    const uri = neo4jUri(this);
    const driver = testDriver(uri);
    try {
      await clearDatabase(driver);
      const r = await cli(['neo4j', 'push', DEMO, '--uri', uri, '--password-env', 'PW'], {
        PW: 'not-checked-here',
      });
      assert.equal(r.code, 0, r.err);
      const m = /^pushed (\d+) nodes and (\d+) relationships for account (\S.*) to (\S+) in/.exec(r.out);
      assert.ok(m, r.out);
      assert.equal(m[4], uri);
      const [count] = await rows(driver, 'MATCH (n:BlastmapNode) RETURN count(n) AS n');
      assert.equal(count.n, Number(m[1]));
      const [tasks] = await rows(
        driver,
        'MATCH (t:AWSECSTaskDefinition {source: true}) RETURN count(t) AS n',
      );
      assert.ok((tasks.n as number) > 0);
    } finally {
      await driver.close();
    }
  });
});
