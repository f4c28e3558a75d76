// Short names wherever a source or target is taken (family:revision, a role or bucket name,
// admin:<account>), with did-you-mean or the candidates when a name is unknown or ambiguous; and the
// ranking filters --account, --cluster, --top, --min-score on analyze, who-can and report.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../support/capture-io.js';

const { runCli } = await import('../../src/cli/run.js');

const DEMO = 'examples/demo';
const TD = (name: string, region = 'eu-west-1') =>
  `arn:aws:ecs:${region}:222222222222:task-definition/${name}`;

async function cli(argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

async function ok(argv: string[]): Promise<string> {
  const r = await cli(argv);
  assert.equal(r.code, 0, r.err);
  return r.out;
}

interface Report {
  sources: { id: string; account: string; score: number }[];
  paths: { source: string }[];
}

async function oneLineError(argv: string[], pattern: RegExp) {
  const r = await cli(argv);
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, pattern);
}

describe('short names', () => {
  it('analyze --from family:revision or a role name is the same as --from the ARN', async () => {
    const byArn = await ok(['analyze', DEMO, '--from', TD('dispatch-worker:22'), '--format', 'json']);
    assert.equal(await ok(['analyze', DEMO, '--from', 'dispatch-worker:22', '--format', 'json']), byArn);
    const role = JSON.parse(await ok(['analyze', DEMO, '--from', 'ci-deploy', '--format', 'json'])) as Report;
    assert.deepEqual(
      role.sources.map((s) => s.id),
      ['arn:aws:iam::222222222222:role/ci-deploy'],
    );
  });

  it('explain and who-can take short names for source and target', async () => {
    const byArn = await ok(['explain', DEMO, TD('label-printer:7'), 'admin:222222222222']);
    assert.equal(await ok(['explain', DEMO, 'label-printer:7', 'admin:222222222222']), byArn);
    const bucket = JSON.parse(
      await ok(['who-can', DEMO, 'northwind-customer-manifests', '--format', 'json']),
    );
    assert.equal(bucket.target, 'arn:aws:s3:::northwind-customer-manifests');
    // A database and its security group share the name: the database is meant.
    const db = await ok(['explain', DEMO, 'billing-sync:31', 'parcels-db', '--format', 'json']);
    assert.equal(JSON.parse(db).target, 'arn:aws:rds:eu-west-1:222222222222:db:parcels-db');
    const mermaid = await ok(['report', DEMO, '--from', 'dispatch-worker:22', '--format', 'mermaid']);
    assert.match(mermaid, /^(flowchart|graph) /);
  });

  it('an ambiguous name lists the candidates; an unknown one gets the closest names', async () => {
    await oneLineError(
      ['analyze', DEMO, '--from', 'security-audit'],
      /--from source 'security-audit' names 3 nodes \(give the ARN: arn:aws:iam::111111111111:role\/security-audit, arn:aws:iam::222222222222:role\/security-audit, arn:aws:iam::333333333333:role\/security-audit\)/,
    );
    await oneLineError(
      ['explain', DEMO, 'label-printer:8', 'admin:222222222222'],
      /source 'label-printer:8' is not in the input \(did you mean label-printer:7/,
    );
  });
});

describe('ranking filters', () => {
  let full: Report;
  before(async () => {
    // Fixes are verified over the sources a run keeps (and within its budget): compared apart below.
    full = JSON.parse(await ok(['analyze', DEMO, '--format', 'json', '--fixes', '0'])) as Report;
    assert.ok(full.sources.length >= 5);
  });

  it('--top N keeps the N best sources and only their paths', async () => {
    const top = JSON.parse(
      await ok(['analyze', DEMO, '--top', '3', '--format', 'json', '--fixes', '0']),
    ) as Report;
    assert.deepEqual(top.sources, full.sources.slice(0, 3));
    const kept = new Set(top.sources.map((s) => s.id));
    assert.deepEqual(
      top.paths,
      full.paths.filter((p) => kept.has(p.source)),
    );
  });

  it('--top N with fixes: every fix concerns only the sources kept', async () => {
    const top = JSON.parse(await ok(['analyze', DEMO, '--top', '3', '--format', 'json'])) as Report & {
      fixes?: { sources?: string[] }[];
    };
    const kept = new Set(top.sources.map((s) => s.id));
    assert.ok((top.fixes ?? []).length > 0);
    for (const fix of top.fixes ?? []) for (const s of fix.sources ?? []) assert.ok(kept.has(s), s);
  });

  it('--min-score keeps the sources at or above the score', async () => {
    const min = full.sources[4].score;
    const r = JSON.parse(
      await ok(['analyze', DEMO, '--min-score', String(min), '--format', 'json', '--fixes', '0']),
    ) as Report;
    assert.deepEqual(
      r.sources,
      full.sources.filter((s) => s.score >= min),
    );
    assert.ok(r.sources.length >= 5 && r.sources.length < full.sources.length);
  });

  it('--account and --cluster keep the sources of one account or ECS cluster', async () => {
    const prod = JSON.parse(
      await ok(['analyze', DEMO, '--account', '222222222222', '--format', 'json', '--fixes', '0']),
    ) as Report;
    assert.deepEqual(prod.sources, full.sources);
    const data = JSON.parse(
      await ok(['analyze', DEMO, '--account', '333333333333', '--format', 'json']),
    ) as Report;
    assert.deepEqual(data.sources, []);
    const edge = JSON.parse(
      await ok(['analyze', DEMO, '--cluster', 'parcel-edge', '--format', 'json']),
    ) as Report;
    assert.deepEqual(edge.sources.map((s) => s.id).sort(), [
      TD('notifications:16', 'us-east-1'),
      TD('public-web:48', 'us-east-1'),
      TD('support-console:6', 'us-east-1'),
    ]);
    await oneLineError(
      ['analyze', DEMO, '--cluster', 'parcel-edg'],
      /--cluster 'parcel-edg' is not a cluster of the input \(did you mean parcel-edge/,
    );
  });

  it('who-can (attack paths) and report take the same filters', async () => {
    const all = JSON.parse(await ok(['who-can', DEMO, 'parcels-db', '--format', 'json']));
    const one = JSON.parse(await ok(['who-can', DEMO, 'parcels-db', '--top', '1', '--format', 'json']));
    assert.ok(all.reachedBy.length > 1);
    assert.deepEqual(one.reachedBy, all.reachedBy.slice(0, 1));
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-filters-'));
    try {
      await ok(['report', DEMO, '--top', '2', '-o', join(dir, 'r.html')]);
      const html = readFileSync(join(dir, 'r.html'), 'utf8');
      assert.ok(html.includes(TD('label-printer:7')) && html.includes(TD('route-optimizer:5')));
      assert.ok(!html.includes(TD('scheduler:12')), 'a source past the top 2 is not drawn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await oneLineError(
      ['report', DEMO, '--from', 'dispatch-worker:22', '--format', 'dot', '--account', '333333333333'],
      /the filters leave no source to draw/,
    );
  });
});
