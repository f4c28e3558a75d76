// The demo account's verified fixes (issue 16 §1): every source that reaches anything gets a fix
// that the re-analysis confirms, the three sources that become admin get one that removes every
// path to admin, and `analyze --format json` writes them (schema-valid, the same on every run).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { AnalysisResult } from '../../src/queries/types.js';
import { captureIo } from '../support/capture-io.js';

// import() like the CLI's own command loading (see demo-analysis.test.ts).
const { graphOptions, prepareAnalysis } = await import('../../src/cli/analysis-input.js');
const { analyze } = await import('../../src/queries/analyze.js');
const { applyChanges } = await import('../../src/queries/fixes/apply-change.js');
const { computeFixes } = await import('../../src/queries/fixes/compute.js');
const { analyserFor } = await import('../../src/queries/fixes/reanalyse.js');
const { renderJson } = await import('../../src/report/json.js');
const { runCli } = await import('../../src/cli/run.js');

const DEMO = new URL('../../examples/demo', import.meta.url).pathname;
const TD = (name: string) => `arn:aws:ecs:eu-west-1:222222222222:task-definition/${name}`;
const ADMIN = 'admin:222222222222';

describe('demo account: verified fixes', function () {
  this.timeout(300000);
  let result: AnalysisResult;
  let fixed: AnalysisResult;
  let analyse: ReturnType<typeof analyserFor>;
  let snapshot: Awaited<ReturnType<typeof prepareAnalysis>>['snapshot'];

  before(async () => {
    const prepared = await prepareAnalysis(DEMO);
    snapshot = prepared.snapshot;
    result = analyze(prepared.built, prepared.snapshot, { dataVersions: prepared.dataVersions });
    // As `analyze` runs it by default.
    analyse = analyserFor({
      graph: graphOptions(),
      analyze: { from: result.sources.map((s) => s.id), dataVersions: prepared.dataVersions },
    });
    fixed = computeFixes(snapshot, result, { analyse, budget: 24 }).result;
  });

  it('gives every source that reaches anything a fix that lowers its radius or removes a path', () => {
    const reaching = result.sources.filter((s) => s.assets.length > 0);
    assert.equal(reaching.length, 11);
    for (const s of fixed.sources) {
      const original = result.sources.find((x) => x.id === s.id)!;
      if (!original.assets.length) continue;
      const top = s.fixes?.[0];
      assert.ok(top, `${s.id} has a fix`);
      assert.equal(top.radiusBefore, original.score, s.id);
      assert.ok(top.radiusAfter < top.radiusBefore || top.removesPaths.length > 0, s.id);
      assert.ok(top.change.summary.length > 0);
    }
  });

  it('removes every path to admin of label-printer, dispatch-worker and route-optimizer, as a re-analysis confirms', () => {
    for (const source of [TD('label-printer:7'), TD('dispatch-worker:22'), TD('route-optimizer:5')]) {
      assert.ok(
        result.paths.some((p) => p.source === source && p.target === ADMIN),
        `${source} is admin`,
      );
      const top = fixed.sources.find((s) => s.id === source)!.fixes![0];
      assert.equal(top.adminRemains, false, `${source}: ${top.change.summary}`);
      assert.ok(top.removesPaths.some((p) => p.target === ADMIN));
      const after = analyse(applyChanges(snapshot, top.changes ?? [top.change]));
      assert.equal(
        after.paths.some((p) => p.source === source && p.target === ADMIN),
        false,
        top.change.summary,
      );
      assert.equal(after.sources.find((s) => s.id === source)!.score, top.radiusAfter);
    }
    // label-printer's cause is the one statement that lets its role rewrite its own policies.
    const label = fixed.sources.find((s) => s.id === TD('label-printer:7'))!.fixes![0];
    assert.equal(
      label.change.policyId,
      'arn:aws:iam::222222222222:role/label-printer-task#inline/self-manage-policies',
    );
  });

  it('ranks account-wide fixes by the radius they remove, most first', () => {
    const cuts = fixed.fixes!.map((f) => f.radiusBefore - f.radiusAfter);
    assert.ok(cuts.length > 0);
    for (let i = 1; i < cuts.length; i++) assert.ok(cuts[i - 1] >= cuts[i] - 1e-9, `${cuts}`);
  });

  it('writes them in schema-valid JSON, byte-identical to `analyze --format json`', async () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    const json = renderJson(fixed);
    assert.ok(validate(JSON.parse(json)), ajv.errorsText(validate.errors));
    assert.deepEqual(Object.keys(JSON.parse(json)), [
      'schemaVersion',
      'coverage',
      'dataVersions',
      'sources',
      'paths',
      'fixes',
    ]);
    const io = captureIo();
    assert.equal(await runCli(['analyze', DEMO, '--format', 'json'], io), 0, io.err.join(''));
    assert.equal(io.out.join(''), json);
  });
});
