// Every crash class the fuzzer (test/ingest/fuzz-inputs.test.ts, `npm run bench -- fuzz`) found, as a
// scenario: a small dump or snapshot with the one hostile value, run through the command as a user
// would. Each must give a result (exit 0, the odd item reported where it was skipped) or exit 2
// with one line naming the file; never exit 1 "internal error" with a stack trace.
import { strict as assert } from 'node:assert';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot } from '../../src/snapshot/types.js';
import { captureIo } from '../support/capture-io.js';
import { type DumpSpec, removeDumps, writeDump } from '../support/dump.js';
import { ACCOUNT, REGION, accountFiles } from '../support/dump-fixtures.js';

// Loaded with import() like the commands: a statically imported run.ts would hold a second InputError class.
const { runCli } = await import('../../src/cli/run.js');

const A = ACCOUNT;
const R = `${A}/${REGION}`;
const GAAD = `${A}/iam/get-account-authorization-details.json`;
type Gaad = Record<string, Record<string, unknown>[]>;

/** The fixture account with `change` applied to a copy of one file's content. */
function changed<T>(file: string, change: (content: T) => void): DumpSpec {
  const files = accountFiles();
  const content = structuredClone(files[file]) as T;
  change(content);
  files[file] = content;
  return files;
}

async function run(args: (dir: string) => string[], spec: DumpSpec) {
  const dir = await writeDump(spec);
  const io = captureIo();
  const code = await runCli(args(dir), io);
  const stderr = io.err.join('');
  assert.doesNotMatch(stderr, /internal error|\n\s+at /, stderr);
  return { code, stderr, stdout: io.out.join(''), dir };
}

async function snapshotOf(spec: DumpSpec): Promise<Snapshot> {
  const { code, stderr, dir } = await run((d) => ['snapshot', d, '-o', path.join(d, 'snapshot.json')], spec);
  assert.equal(code, 0, stderr);
  return JSON.parse(await readFile(path.join(dir, 'snapshot.json'), 'utf8')) as Snapshot;
}

describe('no internal error on hostile input', function () {
  this.timeout(60000);
  after(removeDumps);

  it('a lone surrogate in a cluster name: the per-cluster files are looked up under U+FFFD, and missing ones are gaps', async () => {
    const spec = changed<{ clusters: Record<string, unknown>[] }>(`${R}/ecs/describe-clusters.json`, (d) => {
      d.clusters[0].clusterName = 'prod\ud800';
      d.clusters[0].clusterArn = `arn:aws:ecs:${REGION}:${A}:cluster/prod\ud800`;
    });
    const analysed = await run((d) => ['analyze', d, '--format', 'json'], spec);
    assert.equal(analysed.code, 0, analysed.stderr);
    const snapshot = await snapshotOf(spec);
    assert.ok(
      snapshot.gaps.some(
        (g) => g.operation === 'describe-services' && g.file?.endsWith('prod%EF%BF%BD.json'),
      ),
      JSON.stringify(snapshot.gaps),
    );
  });

  it('a lone surrogate in a user name (list-access-keys, get-login-profile file names)', async () => {
    const spec = changed<Gaad>(GAAD, (g) => {
      g.UserDetailList[0].UserName = '\udc00alice';
    });
    const { code, stderr } = await run((d) => ['analyze', d], spec);
    assert.equal(code, 0, stderr);
  });

  it('a null entry in a trust policy Statement: the role is analysed, its trust policy reported invalid', async () => {
    const spec = changed<Gaad>(GAAD, (g) => {
      g.RoleDetailList[1].AssumeRolePolicyDocument = {
        Version: '2012-10-17',
        Statement: [
          null,
          { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      };
    });
    const { code, stderr, stdout } = await run((d) => ['analyze', d, '--format', 'json'], spec);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /"coverage"/);
  });

  it('null, a string and a number as identity policy statements', async () => {
    const spec = changed<Gaad>(GAAD, (g) => {
      g.RoleDetailList[0].RolePolicyList = [
        { PolicyName: 'odd', PolicyDocument: { Version: '2012-10-17', Statement: [null, 'x', 7, []] } },
      ];
    });
    const { code, stderr } = await run((d) => ['analyze', d], spec);
    assert.equal(code, 0, stderr);
  });

  it('an environment value that looks like a redaction marker with an invalid URI escape', async () => {
    const td = `${R}/ecs/describe-task-definition/web%3A3.json`;
    const spec = changed<{
      taskDefinition: { containerDefinitions: { environment: { value: string }[] }[] };
    }>(td, (d) => {
      d.taskDefinition.containerDefinitions[0].environment[3].value =
        '<redacted:connection-string:0123456789ab:target=%E0%A4%A>';
    });
    const { code, stderr } = await run((d) => ['analyze', d], spec);
    assert.equal(code, 0, stderr);
  });

  it('an object with its own toString as an Action, a Resource and a principal', async () => {
    const hostile = { toString: 1, valueOf: null };
    const spec = changed<Gaad>(GAAD, (g) => {
      g.RoleDetailList[0].RolePolicyList = [
        {
          PolicyName: 'odd',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: [hostile], Resource: '*' },
              { Effect: 'Allow', Action: 's3:GetObject', Resource: hostile },
            ],
          },
        },
      ];
      g.RoleDetailList[1].AssumeRolePolicyDocument = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: hostile }, Action: 'sts:AssumeRole' }],
      };
    });
    const { code, stderr } = await run((d) => ['analyze', d], spec);
    assert.equal(code, 0, stderr);
  });

  it('a user in a group named by an ARN the dump does not hold', async () => {
    const spec = changed<Gaad>(GAAD, (g) => {
      g.UserDetailList[0].GroupList = [`arn:aws:iam::${A}:group/absent`];
    });
    const { code, stderr } = await run((d) => ['analyze', d], spec);
    assert.equal(code, 0, stderr);
  });

  it('a policy nested 100,000 levels deep: the file is malformed (a diagnostic and a gap), the rest is analysed', async () => {
    const files = accountFiles();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    files[`${R}/lambda/get-policy/resize.json`] =
      `{"Policy": {"Version": "2012-10-17", "Statement": ${deep}}}`;
    const analysed = await run((d) => ['analyze', d, '--format', 'json'], files);
    assert.equal(analysed.code, 0, analysed.stderr);
    const snapshot = await snapshotOf(files);
    assert.ok(
      snapshot.diagnostics.some(
        (d) => d.file?.endsWith('get-policy/resize.json') && /nested deeper than 256 levels/.test(d.message),
      ),
      JSON.stringify(snapshot.diagnostics),
    );
  });

  it('a snapshot file nested 100,000 levels deep: exit 2 naming the file', async () => {
    const dir = await writeDump({});
    const file = path.join(dir, 'deep.json');
    await writeFile(file, `{"schemaVersion": 1, "accounts": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const io = captureIo();
    assert.equal(await runCli(['analyze', file], io), 2, io.err.join(''));
    assert.match(io.err.join(''), /deep\.json: line 1 column \d+: JSON nested deeper than 256 levels/);
  });
});
