// The collector against an endpoint that never answers one operation: the call times out after its
// bounded attempts, becomes a gap that names it, and the rest of the account is still collected.
import { strict as assert } from 'node:assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect } from '../../../src/ingest/collect/collect.js';
import { createProgress } from '../../../src/ingest/collect/progress.js';
import { loadInput } from '../../../src/ingest/load-input.js';
import { motoEnvironment, motoUrl, REGION, resetMoto } from './moto.js';
import { ACCOUNT, seedAccount } from './seed-account.js';
import { startStallingProxy } from './stalling-proxy.js';

describe('blastmap collect against an endpoint that never answers one operation', function () {
  this.timeout(120_000);
  let url: string;
  let work: string;
  const savedEnv: Record<string, string | undefined> = {};

  before(function () {
    url = motoUrl(this);
    // The SDK's credential chain reads process.env: dummy keys only, and never the metadata service.
    for (const [k, v] of Object.entries(motoEnvironment())) {
      savedEnv[k] = process.env[k];
      process.env[k] = v;
    }
  });
  after(() => {
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  beforeEach(async () => {
    await resetMoto(url);
    work = await mkdtemp(join(tmpdir(), 'blastmap-stalled-'));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('times the call out, retries it, records a gap naming service, operation, account and region, and collects the rest', async () => {
    const seeded = await seedAccount(url);
    // KMS speaks JSON over POST; the operation is in the X-Amz-Target header.
    const proxy = await startStallingProxy(
      url,
      (req) => req.headers['x-amz-target'] === 'TrentService.ListKeys',
    );
    const stderr: string[] = [];
    try {
      const result = await collect({
        out: join(work, 'dump'),
        endpoint: proxy.url,
        regions: [REGION],
        maxAttempts: 2,
        // Short enough for a quick test, long enough that moto on a busy machine answers in time.
        connectTimeoutMs: 2_000,
        requestTimeoutMs: 5_000,
        progress: createProgress({ write: (t) => void stderr.push(t), isTty: false, quiet: false }),
      });
      assert.equal(proxy.stalled(), 2, 'the timed-out call was tried again (2 attempts)');

      const gapFile = `${ACCOUNT}/${REGION}/kms/list-keys.error.json`;
      assert.deepEqual(
        result.gaps.filter((g) => g.code === 'Timeout'),
        [
          {
            file: gapFile,
            code: 'Timeout',
            message: 'the endpoint did not answer within 5 s (2 attempts)',
          },
        ],
      );
      assert.match(stderr.join(''), /warning: .*kms\/list-keys\.json: Timeout: the endpoint did not answer/);

      const { snapshot } = await loadInput(result.dir);
      assert.deepEqual(
        snapshot.gaps
          .filter((g) => g.code === 'Timeout')
          .map((g) => [g.account, g.region, g.service, g.operation, g.file]),
        [[ACCOUNT, REGION, 'kms', 'list-keys', gapFile]],
      );
      // Everything else was collected through the same endpoint.
      const account = snapshot.accounts.find((a) => a.id === ACCOUNT)!;
      assert.deepEqual(account.iam.roles.map((r) => r.name).sort(), seeded.roles);
      assert.deepEqual(
        account.ecs.services.map((s) => s.arn),
        [seeded.serviceArn],
      );
      assert.deepEqual(
        account.secrets.map((s) => s.arn),
        [seeded.secretArn],
      );
      assert.deepEqual(account.kmsKeys, []);
    } finally {
      await proxy.close();
    }
  });
  it('a timed-out call that only steers the collection (ecs ListTaskDefinitions) is a gap too, and the definitions in use are still read', async () => {
    const seeded = await seedAccount(url);
    const proxy = await startStallingProxy(
      url,
      (req) => req.headers['x-amz-target'] === 'AmazonEC2ContainerServiceV20141113.ListTaskDefinitions',
    );
    try {
      const result = await collect({
        out: join(work, 'dump'),
        endpoint: proxy.url,
        regions: [REGION],
        maxAttempts: 1,
        requestTimeoutMs: 5_000,
        progress: createProgress({ write: () => undefined, isTty: false, quiet: true }),
      });
      assert.equal(proxy.stalled(), 1);
      const gapFile = `${ACCOUNT}/${REGION}/ecs/list-task-definitions.error.json`;
      assert.deepEqual(
        result.gaps.filter((g) => g.code === 'Timeout').map((g) => g.file),
        [gapFile],
      );
      const { snapshot } = await loadInput(result.dir);
      assert.deepEqual(
        snapshot.gaps
          .filter((g) => g.code === 'Timeout')
          .map((g) => [g.account, g.region, g.service, g.operation]),
        [[ACCOUNT, REGION, 'ecs', 'list-task-definitions']],
      );
      assert.deepEqual(
        snapshot.diagnostics.filter((d) => d.file?.includes('list-task-definitions')),
        [],
      );
      const { ecs } = snapshot.accounts.find((a) => a.id === ACCOUNT)!;
      assert.deepEqual(
        ecs.taskDefinitions.map((t) => t.arn),
        [seeded.taskDefinitionArn],
      );
    } finally {
      await proxy.close();
    }
  });
});
