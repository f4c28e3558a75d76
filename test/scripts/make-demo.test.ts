// The bundled demo (examples/demo) is what scripts/make-demo.ts writes, holds only well-formed CLI JSON,
// and its README's table names only things that exist in the dump.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const demo = join(repo, 'examples/demo');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const jsonFiles = (): string[] => filesUnder(demo).filter((f) => f.endsWith('.json'));
const read = (rel: string): any => JSON.parse(readFileSync(join(demo, rel), 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('examples/demo (Northwind Parcel)', () => {
  it('is exactly what scripts/make-demo.ts generates', function () {
    this.timeout(60_000);
    const out = mkdtempSync(join(tmpdir(), 'demo-'));
    try {
      const run = spawnSync('node', ['--import', 'tsx', join(repo, 'scripts/make-demo.ts'), out], {
        cwd: repo,
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      const generated = filesUnder(out).map((f) => relative(out, f));
      assert.deepEqual(
        generated.sort(),
        jsonFiles()
          .map((f) => relative(demo, f))
          .sort(),
      );
      for (const rel of generated) {
        assert.equal(readFileSync(join(out, rel), 'utf8'), readFileSync(join(demo, rel), 'utf8'), rel);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('holds only valid JSON; gap files carry a code and a message', () => {
    for (const file of jsonFiles()) {
      const value = JSON.parse(readFileSync(file, 'utf8'));
      if (file.endsWith('.error.json')) {
        assert.equal(typeof value.error?.code, 'string', file);
        assert.equal(typeof value.error?.message, 'string', file);
      }
    }
  });

  it('prints resource policies as JSON strings, as the CLI does', () => {
    const p = '222222222222/eu-west-1';
    assert.equal(typeof read(`${p}/lambda/get-policy/parcel-webhook.json`).Policy, 'string');
    assert.equal(
      typeof read('222222222222/s3api/get-bucket-policy/northwind-finance-ledgers.json').Policy,
      'string',
    );
    const secret = read(`${p}/secretsmanager/get-resource-policy/prod%2Fbilling%2Fledger-api-token.json`);
    assert.equal(typeof secret.ResourcePolicy, 'string');
    const keys = read(`${p}/kms/list-keys.json`).Keys;
    assert.equal(typeof read(`${p}/kms/get-key-policy/${keys[0].KeyId}.json`).Policy, 'string');
    const trust = read('333333333333/iam/get-account-authorization-details.json').RoleDetailList.find(
      (r: { RoleName: string }) => r.RoleName === 'analytics-etl-deployer',
    ).AssumeRolePolicyDocument;
    assert.equal(typeof trust, 'string');
    assert.match(decodeURIComponent(trust), /route-optimizer-task/);
  });

  it('has the promised size: 3 accounts, 30+ roles, 5+ Fargate services with running tasks', () => {
    const roles = ['111111111111', '333333333333']
      .map((a) => read(`${a}/iam/get-account-authorization-details.json`).RoleDetailList.length)
      .concat(
        [1, 2].map(
          (n) => read(`222222222222/iam/get-account-authorization-details.${n}.json`).RoleDetailList.length,
        ),
      )
      .reduce((a, b) => a + b, 0);
    assert.ok(roles >= 30, `${roles} roles`);
    const services = [
      'eu-west-1/ecs/describe-services/parcel-prod',
      'us-east-1/ecs/describe-services/parcel-edge',
    ]
      .flatMap((f) => read(`222222222222/${f}.json`).services)
      .filter(
        (s: { launchType: string; runningCount: number }) => s.launchType === 'FARGATE' && s.runningCount > 0,
      );
    assert.ok(services.length >= 5);
    assert.equal(services.filter((s: { enableExecuteCommand: boolean }) => s.enableExecuteCommand).length, 1);
  });

  it('names in its README only ARNs that exist in the dump', () => {
    const readme = readFileSync(join(demo, 'README.md'), 'utf8');
    const dump = jsonFiles()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const expand = (s: string): string =>
      s
        .replace(/`P:([\w+=,.@-]+)`/g, '`arn:aws:iam::222222222222:role/$1`')
        .replace(/`D:([\w+=,.@-]+)`/g, '`arn:aws:iam::333333333333:role/$1`');
    const arns = [...expand(readme).matchAll(/arn:aws:[a-z0-9-]+:[a-z0-9-]*:\d*:[^`\s*…,)]+/g)].map(
      (m) => m[0],
    );
    assert.ok(arns.length > 30);
    // Trust, bucket and key policies name roles by ARN, so every README ARN must appear somewhere.
    const missing = [...new Set(arns)].filter(
      (arn) => !dump.includes(arn) && !dump.includes(arn.replace(/\//g, '\\/')),
    );
    assert.deepEqual(missing, []);
  });
});
