// scripts/aws-cli-dump.sh: read-only by construction, covers every file of the dump layout, and,
// run against a stand-in AWS CLI that answers from the bundled demo dump, writes that same dump back.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const script = join(repo, 'scripts/aws-cli-dump.sh');
const demo = join(repo, 'examples/demo');
const source = readFileSync(script, 'utf8');
const code = source
  .split('\n')
  .filter((line) => !/^\s*#/.test(line))
  .join('\n');

/** Every file of DUMP-LAYOUT.md, as a path pattern below an account folder. */
const LAYOUT = [
  'sts/get-caller-identity',
  'iam/get-account-authorization-details',
  'iam/list-access-keys/*',
  'iam/get-login-profile/*',
  's3api/list-buckets',
  's3api/get-bucket-policy/*',
  's3api/get-public-access-block/*',
  's3api/get-bucket-tagging/*',
  's3api/get-bucket-encryption/*',
  'organizations/describe-organization',
  'organizations/list-roots',
  'organizations/list-accounts',
  'organizations/list-organizational-units-for-parent/*',
  'organizations/list-policies-service-control-policy',
  'organizations/list-policies-resource-control-policy',
  'organizations/describe-policy/*',
  'organizations/list-targets-for-policy/*',
  '<region>/ecs/list-clusters',
  '<region>/ecs/describe-clusters',
  '<region>/ecs/describe-services/*',
  '<region>/ecs/describe-tasks/*',
  '<region>/ecs/describe-task-definition/*',
  '<region>/lambda/list-functions',
  '<region>/lambda/get-policy/*',
  '<region>/lambda/get-function-url-config/*',
  '<region>/rds/describe-db-instances',
  '<region>/rds/describe-db-clusters',
  '<region>/secretsmanager/list-secrets',
  '<region>/secretsmanager/get-resource-policy/*',
  '<region>/ssm/describe-parameters',
  '<region>/kms/list-keys',
  '<region>/kms/describe-key/*',
  '<region>/kms/get-key-policy/*',
  '<region>/ec2/describe-security-groups',
  '<region>/ec2/describe-instances',
  '<region>/ssm/describe-instance-information',
  '<region>/ecr/describe-repositories',
  '<region>/ecr/get-repository-policy/*',
  '<region>/cloudformation/describe-stacks',
  '<region>/codebuild/batch-get-projects',
  '<region>/glue/get-dev-endpoints',
  '<region>/glue/get-jobs',
  '<region>/sagemaker/list-notebook-instances',
  '<region>/sagemaker/describe-notebook-instance/*',
];

/** Account-relative path → layout pattern (`<region>` and `*` for names), or undefined. */
function layoutPattern(rel: string): string | undefined {
  const parts = rel.replace(/(\.error)?(\.\d+)?\.json$/, '').split('/');
  if (/^[a-z]{2}(-[a-z]+)+-\d$/.test(parts[0])) parts[0] = '<region>';
  const withName = [...parts.slice(0, -1), '*'].join('/');
  const exact = parts.join('/');
  return LAYOUT.find((p) => p === exact) ?? LAYOUT.find((p) => p === withName);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('scripts/aws-cli-dump.sh', () => {
  it('is valid bash', () => {
    const result = spawnSync('bash', ['-n', script], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('runs the AWS CLI in exactly one place, and only with read-only operations', () => {
    // `aws` in command position: at the start of a command, not as a word in a list.
    const raw = code.split('\n').filter((line) => /(^|[;(|&]|\bthen|\bdo|\belse)\s*aws\s/.test(line));
    assert.deepEqual(
      raw.map((l) => l.trim()),
      ['aws "$@" --output json'],
    );
    const calls = [...code.matchAll(/\b(?:call|steer|batched|awsj)\s+([a-z0-9]+)\s+([a-z0-9-]+)/g)].map(
      ([, service, operation]) => `${service} ${operation}`,
    );
    assert.ok(calls.length >= 45, `expected every layout call, found ${calls.length}`);
    const writing = calls.filter((c) => !/ (list|get|describe|batch-get)-/.test(c));
    assert.deepEqual(writing, [], 'only list-/get-/describe-/batch-get- operations may be called');
  });

  it('names a file for every entry of the dump layout', () => {
    for (const pattern of LAYOUT) {
      // The operation part of the path (folders are built from variables such as "$1/lambda").
      const last = pattern
        .replace(/^<region>\//, '')
        .split('/')
        .slice(1);
      const fragment = last.length === 2 ? `${last[0]}/` : `${last[0]}.json`;
      assert.ok(source.includes(fragment), `the script never writes ${pattern}`);
    }
  });

  it('encodes names like encodeURIComponent', () => {
    const uri = source.slice(
      source.indexOf('uri() {'),
      source.indexOf('\n}\n', source.indexOf('uri() {')) + 3,
    );
    const names = [
      'prod/payments/stripe-api-key',
      'rds!db-1234',
      "a b(c)*'~_.x",
      'tracking-api:14',
      'ünïcode&=?#%',
    ];
    for (const name of names) {
      const out = execFileSync('bash', ['-c', `${uri}\nuri "$1"`, 'uri', name], { encoding: 'utf8' }).trim();
      assert.equal(out, encodeURIComponent(name), name);
    }
  });

  describe('against a stand-in AWS CLI serving the demo account', function () {
    this.timeout(300_000);
    let work: string;
    let out: string;
    let calls: string[];
    const accounts: Record<string, string[]> = {
      '111111111111': ['eu-west-1'],
      '222222222222': ['eu-west-1', 'us-east-1'],
      '333333333333': ['eu-west-1'],
    };

    before(function () {
      if (spawnSync('jq', ['--version']).status !== 0) {
        if (process.env.CI === 'true') throw new Error('jq is required to test scripts/aws-cli-dump.sh');
        this.skip();
      }
      work = mkdtempSync(join(tmpdir(), 'aws-cli-dump-'));
      out = join(work, 'dump');
      const bin = join(work, 'bin');
      execFileSync('mkdir', ['-p', bin]);
      writeFileSync(
        join(bin, 'aws'),
        `#!/bin/sh\nexec node "${join(repo, 'test/scripts/fake-aws-cli.mjs')}" "$@"\n`,
      );
      chmodSync(join(bin, 'aws'), 0o755);
      const log = join(work, 'calls.log');
      writeFileSync(log, '');
      for (const [account, regions] of Object.entries(accounts)) {
        const result = spawnSync(
          'bash',
          [script, '--out', out, '--profiles', account, '--regions', regions.join(',')],
          {
            encoding: 'utf8',
            env: {
              ...process.env,
              PATH: `${bin}:${process.env.PATH}`,
              FAKE_AWS_DUMP: demo,
              FAKE_AWS_LOG: log,
            },
          },
        );
        assert.equal(result.status, 0, result.stderr);
      }
      calls = readFileSync(log, 'utf8').trim().split('\n');
    });

    after(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('writes the same files as the demo dump (GAAD pages merged into one file)', () => {
      const rel = (root: string) => (f: string) => relative(root, f);
      const expected = filesUnder(demo)
        .map(rel(demo))
        .filter((f) => f.endsWith('.json'))
        .map((f) =>
          f.replace(
            /get-account-authorization-details\.\d+\.json$/,
            'get-account-authorization-details.json',
          ),
        );
      const written = filesUnder(out).map(rel(out));
      assert.deepEqual([...new Set(written)].sort(), [...new Set(expected)].sort());
    });

    it('writes the CLI output unchanged, and merged batches and gap files equal to the demo', () => {
      for (const file of filesUnder(out)) {
        const rel = relative(out, file);
        if (rel.includes('get-account-authorization-details')) continue;
        const want = JSON.parse(readFileSync(join(demo, rel), 'utf8'));
        assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), want, rel);
      }
      const gaad = JSON.parse(
        readFileSync(join(out, '222222222222/iam/get-account-authorization-details.json'), 'utf8'),
      );
      assert.equal(gaad.RoleDetailList.length, 29);
    });

    it('leaves no temporary folder behind and covers every layout pattern the demo holds', () => {
      assert.deepEqual(readdirSync(out).sort(), Object.keys(accounts));
      const patterns = new Set(
        filesUnder(out).map((f) => layoutPattern(relative(out, f).replace(/^\d{12}\//, ''))),
      );
      const extras = filesUnder(out).filter((f) => !layoutPattern(relative(out, f).replace(/^\d{12}\//, '')));
      // list-accounts-for-parent is the one addition to the layout (account placement in the OU tree).
      assert.deepEqual(
        [...new Set(extras.map((f) => relative(out, f).split('/').slice(1, 3).join('/')))],
        ['organizations/list-accounts-for-parent'],
      );
      assert.deepEqual(
        LAYOUT.filter((p) => !patterns.has(p)),
        [],
      );
    });

    it('called only read-only operations', () => {
      const operations = new Set(calls.map((c) => c.split(' ').slice(0, 2).join(' ')));
      for (const op of operations) assert.match(op, / (list|get|describe|batch-get)-/, op);
      assert.ok(operations.has('ecs describe-task-definition'));
    });
  });

  it('refuses to run without a region', () => {
    const env = { ...process.env };
    delete env.AWS_REGION;
    delete env.AWS_DEFAULT_REGION;
    const result = spawnSync('bash', [script, '--out', join(tmpdir(), 'never-written')], {
      encoding: 'utf8',
      env,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no region/);
  });
});
