// The demo account (examples/demo, see its README's "Intended attack paths") analysed end to end:
// dump → snapshot → access model → attack graph → analysis → reports.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { AnalysisResult, AttackPath } from '../../src/queries/types.js';
import { captureIo } from '../support/capture-io.js';

// import() like the CLI's own command loading, so InputError is one class (see test/cli/analyze-errors.test.ts).
const { prepareAnalysis } = await import('../../src/cli/analysis-input.js');
const { analyze } = await import('../../src/queries/analyze.js');
const { renderJson } = await import('../../src/report/json.js');
const { renderTable } = await import('../../src/report/table.js');
const { runCli } = await import('../../src/cli/run.js');
const { whoCan } = await import('../../src/queries/who-can.js');

const DEMO = new URL('../../examples/demo', import.meta.url).pathname;
const P = 'arn:aws:iam::222222222222:role/';
const TD = (name: string, region = 'eu-west-1') =>
  `arn:aws:ecs:${region}:222222222222:task-definition/${name}`;
const ADMIN = 'admin:222222222222';
const PARCELS_DB = 'arn:aws:rds:eu-west-1:222222222222:db:parcels-db';
const WAREHOUSE = 'arn:aws:rds:eu-west-1:333333333333:cluster:warehouse';
const MANIFESTS = 'arn:aws:s3:::northwind-customer-manifests';

describe('demo account analysed end to end', function () {
  this.timeout(120000);
  let result: AnalysisResult;
  let prepared: Awaited<ReturnType<typeof prepareAnalysis>>;

  before(async () => {
    prepared = await prepareAnalysis(DEMO);
    result = analyze(prepared.built, prepared.snapshot, { dataVersions: prepared.dataVersions });
  });

  const pathTo = (source: string, target: string): AttackPath => {
    const p = result.paths.find((x) => x.source === source && x.target === target);
    assert.ok(p, `${source} should reach ${target}`);
    return p;
  };
  const techniques = (p: AttackPath) => p.hops.map((h) => h.technique);
  const asset = (source: string, target: string) =>
    result.sources.find((s) => s.id === source)?.assets.find((a) => a.id === target);

  it('analyses the 11 task definitions used by services, account admins first', () => {
    assert.equal(result.sources.length, 11);
    assert.equal(result.sources[0].id, TD('label-printer:7'));
    const top3 = result.sources.slice(0, 3).map((s) => s.id);
    assert.ok(top3.includes(TD('dispatch-worker:22')) && top3.includes(TD('route-optimizer:5')), top3.join());
  });

  it('path 4: label-printer puts an admin policy on its own role (1 hop)', () => {
    assert.deepEqual(techniques(pathTo(TD('label-printer:7'), ADMIN)), [
      'ecs-task-metadata-creds',
      'iam-put-role-policy-self',
    ]);
    assert.equal(asset(TD('label-printer:7'), ADMIN)?.conditional, false);
  });

  it('path 5: dispatch-worker assumes ci-deploy and runs a task as ops-admin-task (2 hops + admin)', () => {
    const p = pathTo(TD('dispatch-worker:22'), ADMIN);
    assert.deepEqual(
      p.hops.slice(0, 3).map((h) => h.to),
      [`${P}dispatch-worker-task`, `${P}ci-deploy`, `${P}ops-admin-task`],
    );
    assert.match(p.hops[2].technique, /^ecs-(register-taskdef-run-task|run-task-override)$/);
    assert.equal(p.hops.length, 4);
    assert.equal(
      p.hops.some((h) => h.conditional),
      false,
    );
  });

  it('path 6: ci-deploy passes ecsTaskExecutionRole to inject secrets it cannot read itself', () => {
    const p = pathTo(TD('dispatch-worker:22'), PARCELS_DB);
    assert.deepEqual(techniques(p), [
      'ecs-task-metadata-creds',
      'sts-assume-role',
      'ecs-exec-role-secret-injection',
      'credential-use',
    ]);
    const inject = p.hops[2];
    assert.equal(inject.from, `${P}ci-deploy`);
    const pass = inject.evidence.find((e) => e.action === 'iam:PassRole');
    assert.equal(pass?.resource, `${P}ecsTaskExecutionRole`);
    const read = inject.evidence.find((e) => e.action === 'secretsmanager:GetSecretValue');
    assert.ok(read?.statements.some((s) => s.policyId.startsWith(`${P}ecsTaskExecutionRole#`)));
    const { graph } = prepared.built;
    for (const secret of ['prod/tracking-api/maps-api-key-2cd1av', 'prod/billing/ledger-api-token-4qa0v2']) {
      const arn = `arn:aws:secretsmanager:eu-west-1:222222222222:secret:${secret}`;
      const edges = graph
        .edges(`${P}ci-deploy`, arn)
        .filter((e) => graph.getEdgeAttribute(e, 'technique') === 'ecs-exec-role-secret-injection');
      assert.equal(edges.length, 1, secret);
    }
  });

  it('path 7: route-optimizer reaches the warehouse cluster in the data account (3 hops + DB)', () => {
    const p = pathTo(TD('route-optimizer:5'), WAREHOUSE);
    assert.deepEqual(techniques(p), [
      'ecs-task-metadata-creds',
      'sts-assume-role-cross-account',
      'lambda-update-function-code',
      'secrets-get-value',
      'credential-use',
    ]);
    assert.equal(p.access, 'admin');
  });

  it('path 8: route-optimizer becomes admin only conditionally (aws:SourceIp)', () => {
    const a = asset(TD('route-optimizer:5'), ADMIN);
    assert.equal(a?.conditional, true);
    const p = pathTo(TD('route-optimizer:5'), ADMIN);
    const conditional = p.hops.find((h) => h.conditional)!;
    assert.equal(conditional.to, `${P}fleet-ops-admin`);
    assert.ok(conditional.conditionKeys.includes('aws:SourceIp'));
  });

  it('paths 9-12: billing-sync holds the parcels-db master secret; support-console gets it by ECS Exec', () => {
    const billing = asset(TD('billing-sync:31'), PARCELS_DB);
    assert.equal(billing?.access, 'admin');
    assert.ok(billing!.hops <= 3);
    const support = pathTo(TD('support-console:6', 'us-east-1'), PARCELS_DB);
    assert.equal(support.hops[1].technique, 'ecs-execute-command');
    assert.equal(support.hops[1].to, `${P}billing-sync-task`);
  });

  it('paths 13-15: legacy-importer uses the leaked access key and database URL', () => {
    const viaKey = pathTo(TD('legacy-importer:3'), MANIFESTS);
    assert.equal(viaKey.access, 'write');
    assert.ok(viaKey.hops.some((h) => h.to === `arn:aws:iam::222222222222:user/legacy-import-bot`));
    assert.equal(pathTo(TD('legacy-importer:3'), PARCELS_DB).hops[0].technique, 'ecs-taskdef-plaintext-env');
    assert.equal(
      asset(
        TD('legacy-importer:3'),
        'arn:aws:ssm:eu-west-1:222222222222:parameter/northwind/legacy/sftp-password',
      )?.hops,
      1,
    );
  });

  it('path 1: tracking-api reads the confidential manifests bucket (1 hop), weighted by its tag', () => {
    const p = pathTo(TD('tracking-api:14'), MANIFESTS);
    assert.deepEqual(techniques(p), ['ecs-task-metadata-creds', 's3-identity-read']);
    const publicAssets = asset(TD('tracking-api:14'), 'arn:aws:s3:::northwind-public-assets')!;
    assert.ok(p.score > publicAssets.score, 'confidential data outweighs public assets at the same distance');
  });

  it('safe sources reach no admin, database, secret or confidential bucket, and rank last', () => {
    const safe = [
      TD('public-web:48', 'us-east-1'),
      TD('notifications:16', 'us-east-1'),
      TD('scheduler:12'),
      TD('invoice-renderer:9'),
    ];
    const last4 = result.sources.slice(-4).map((s) => s.id);
    assert.deepEqual([...last4].sort(), [...safe].sort());
    for (const id of safe) {
      const kinds = result.sources.find((s) => s.id === id)!.assets.map((a) => a.kind);
      for (const bad of ['Admin', 'RDSInstance', 'RDSCluster', 'SecretsManagerSecret']) {
        assert.ok(!kinds.includes(bad as never), `${id} reaches a ${bad}`);
      }
      assert.equal(asset(id, MANIFESTS), undefined);
    }
  });

  it('near-misses stay closed (N1 SCP, N3 bucket Deny, N4 KMS key policy)', () => {
    assert.ok(
      !result.paths.some((p) =>
        p.hops.some((h) => h.to === 'arn:aws:iam::222222222222:user/break-glass-admin'),
      ),
    );
    assert.equal(asset(TD('invoice-renderer:9'), 'arn:aws:s3:::northwind-finance-ledgers'), undefined);
    const stripe = 'arn:aws:secretsmanager:eu-west-1:222222222222:secret:prod/payments/stripe-api-key-F08gne';
    assert.ok(
      !result.paths.some((p) => p.hops.some((h) => h.from === `${P}dispatch-worker-task` && h.to === stripe)),
    );
  });

  it('reports the two coverage gaps first and writes schema-valid, repeatable JSON', () => {
    assert.equal(result.coverage.partial, true);
    assert.equal(result.coverage.gaps.length, 2);
    assert.match(renderTable(result).split('\n')[0], /^PARTIAL VIEW: 2 coverage gaps/);
    const schema = JSON.parse(
      readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    const valid: boolean = validate(JSON.parse(renderJson(result)));
    assert.ok(valid, ajv.errorsText(validate.errors));
  });

  it('who-can over every principal: the roles that can become admin of prod', () => {
    const reached = whoCan(prepared.built.graph, ADMIN).reachedBy.map((r) => r.source);
    for (const role of ['label-printer-task', 'ops-admin-task', 'ci-deploy', 'fleet-ops-admin']) {
      assert.ok(reached.includes(`${P}${role}`), role);
    }
    for (const role of ['public-web-task', 'scheduler-task', 'invoice-renderer-task']) {
      assert.ok(!reached.includes(`${P}${role}`), role);
    }
  });

  it('gives byte-identical JSON when the dump is read and analysed again', async () => {
    const again = await prepareAnalysis(DEMO);
    const second = analyze(again.built, again.snapshot, { dataVersions: again.dataVersions });
    assert.equal(renderJson(second), renderJson(result));
  });

  it('CLI: analyze --format json -o FILE writes the same report, one line per path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-demo-'));
    try {
      const file = join(dir, 'report.json');
      const io = captureIo();
      // --fixes 0: the analysis alone (test/scenarios/demo-fixes.test.ts checks the default, with fixes).
      const args = ['analyze', DEMO, '--format', 'json', '--fixes', '0', '-o', file];
      assert.equal(await runCli(args, io), 0, io.err.join(''));
      const text = readFileSync(file, 'utf8');
      assert.equal(text, renderJson(result));
      const pathLines = text.split('\n').filter((l) => l.startsWith('    {"source":'));
      assert.equal(pathLines.length, result.paths.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('CLI: who-can names the sources reaching parcels-db; a wrong asset is one line with a hint', async () => {
    const io = captureIo();
    assert.equal(await runCli(['who-can', DEMO, PARCELS_DB, '--format', 'json'], io), 0, io.err.join(''));
    const out = JSON.parse(io.out.join(''));
    assert.equal(out.coverage.partial, true);
    const sources = out.reachedBy.map((r: { source: string }) => r.source);
    assert.ok(
      sources.includes(TD('billing-sync:31')) && sources.includes(TD('support-console:6', 'us-east-1')),
    );
    assert.ok(!sources.includes(TD('public-web:48', 'us-east-1')));

    const bad = captureIo();
    assert.equal(await runCli(['who-can', DEMO, 'arn:aws:rds:eu-west-1:222222222222:db:parcel-db'], bad), 2);
    const err = bad.err.join('');
    assert.equal(err.trim().split('\n').length, 1);
    assert.match(
      err,
      /asset 'arn:aws:rds:eu-west-1:222222222222:db:parcel-db' is not in the input \(did you mean arn:aws:rds:eu-west-1:222222222222:db:parcels-db/,
    );
  });

  it('CLI: analyze --from an unknown role fails with the closest ARN; explain shows the steps', async () => {
    const bad = captureIo();
    assert.equal(await runCli(['analyze', DEMO, '--from', `${P}label-printer`], bad), 2);
    assert.match(
      bad.err.join(''),
      /--from source .* is not in the input \(did you mean arn:aws:iam::222222222222:role\/label-printer-task/,
    );

    const io = captureIo();
    assert.equal(await runCli(['explain', DEMO, TD('label-printer:7'), ADMIN], io), 0, io.err.join(''));
    const text = io.out.join('');
    assert.match(text, /^PARTIAL VIEW/);
    assert.match(
      text,
      /task-def label-printer:7 —\[ecs-task-metadata-creds\]→ role label-printer-task —\[iam-put-role-policy-self\]→ Admin of 222222222222/,
    );
    assert.match(
      text,
      /iam:PutRolePolicy on arn:aws:iam::222222222222:role\/label-printer-task — granted by /,
    );
  });
});
