// What a user's terminal gets when the built `blastmap` fails: blastmap's one line, and nothing the
// AWS SDK adds (its NodeVersionSupportWarning on Node < 22), while other Node warnings still show.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtCli, REPO } from '../support/built-cli.js';

/** A loopback port nothing listens on: every connection to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment of a user's shell: dummy keys, and no setting that would silence warnings. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
  };
  delete env.NODE_NO_WARNINGS;
  delete env.NODE_OPTIONS;
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  return env;
}

describe('the built CLI prints one line for a collector error', function () {
  this.timeout(60_000);

  for (const quiet of [[], ['--quiet']]) {
    it(`collect against an endpoint that refuses connections${quiet.length ? ' (--quiet)' : ''}: exit 2 and one line on stderr`, async function () {
      const cli = builtCli(this);
      const port = await closedPort();
      const run = spawnSync(
        process.execPath,
        [
          cli,
          'collect',
          '--endpoint-url',
          `http://127.0.0.1:${port}`,
          '--regions',
          'eu-west-1',
          '--out',
          join(tmpdir(), `blastmap-never-written-${process.pid}`),
          ...quiet,
        ],
        { env: userEnv(), cwd: REPO, encoding: 'utf8' },
      );
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /^blastmap collect: cannot identify the caller: ECONNREFUSED: [^\n]*\n$/);
      assert.equal(run.stdout, '');
    });
  }

  it('drops only the SDK notice: another warning from the same process still reaches stderr', function () {
    builtCli(this);
    const module = fileURLToPath(new URL('../../dist/cli/drop-sdk-node-warning.js', import.meta.url));
    const script = `
      const { dropSdkNodeVersionWarning } = await import(${JSON.stringify(module)});
      dropSdkNodeVersionWarning();
      process.emitWarning('NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\\nversions published after the first week of January 2027\\nwill require node >=22.');
      process.emitWarning('something else is deprecated', 'DeprecationWarning');
      process.emitWarning(new Error('NodeVersionSupportWarning: from another library'));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: userEnv(),
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /AWS SDK/);
    assert.match(run.stderr, /DeprecationWarning: something else is deprecated/);
    assert.match(run.stderr, /NodeVersionSupportWarning: from another library/);
  });
});
