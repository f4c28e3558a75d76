// The accelerated technique engine (what the CLI runs) must build exactly the graph the reference
// engine (src/graph/reference-techniques.ts, the specification) builds: same nodes, same edges in the
// same order, every attribute and evidence item equal. Checked on synthetic accounts of several
// seeds, on the demo, and on every scenario suite (run in a child process with BLASTMAP_ENGINE=compare,
// where every graph any scenario builds is built by both engines and compared edge for edge).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticSnapshot } from '../../bench/synthetic/generate.js';
import { buildAttackGraph } from '../../src/graph/build.js';
import { sensitivityFromTags } from '../../src/graph/sensitivity.js';
import { loadInput } from '../../src/ingest/load-input.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { accessModelFor } from '../support/access-model.js';

/** The graph export of each engine, as JSON text (key order included). */
function bothExports(snapshot: Snapshot, options: { sensitivity?: typeof sensitivityFromTags } = {}) {
  const model = accessModelFor(snapshot);
  const accelerated = buildAttackGraph(snapshot, model, { ...options, engine: 'accelerated' }).graph;
  const reference = buildAttackGraph(snapshot, model, { ...options, engine: 'reference' }).graph;
  return { accelerated: accelerated.export(), reference: reference.export() };
}

/** Edge for edge, so a difference names the first edge that differs rather than two huge texts. */
function assertSameGraph(a: ReturnType<typeof bothExports>['accelerated'], r: typeof a): void {
  assert.deepEqual(
    a.nodes.map((n) => JSON.stringify(n)),
    r.nodes.map((n) => JSON.stringify(n)),
  );
  assert.equal(a.edges.length, r.edges.length, 'edge count');
  for (let i = 0; i < a.edges.length; i++)
    assert.equal(JSON.stringify(a.edges[i]), JSON.stringify(r.edges[i]), `edge ${i}`);
}

describe('reference technique engine = accelerated engine', function () {
  this.timeout(180_000);

  const sizes = [
    { roles: 30, taskDefinitions: 6, resources: 120, seed: 1 },
    { roles: 30, taskDefinitions: 6, resources: 120, seed: 3 },
    { roles: 60, taskDefinitions: 12, resources: 240, seed: 11 },
  ];
  for (const scale of sizes) {
    it(`synthetic account (${scale.roles} roles, seed ${scale.seed}): the same graph, edge for edge`, () => {
      const { accelerated, reference } = bothExports(generateSyntheticSnapshot(scale));
      assert.ok(accelerated.edges.filter((e) => e.attributes?.traversable).length > 500, 'attack edges');
      assertSameGraph(accelerated, reference);
    });
  }

  it('the demo (examples/demo): the same graph, edge for edge', async () => {
    const { snapshot } = await loadInput('examples/demo');
    const { accelerated, reference } = bothExports(snapshot, { sensitivity: sensitivityFromTags });
    assert.ok(accelerated.edges.filter((e) => e.attributes?.traversable).length > 20, 'attack edges');
    assertSameGraph(accelerated, reference);
  });

  it('every scenario suite (test/scenarios/) builds the same graphs with both engines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-engines-'));
    const log = join(dir, 'compared.txt');
    try {
      const files = readdirSync('test/scenarios')
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => join('test/scenarios', f));
      const run = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', ...files], {
        env: { ...process.env, BLASTMAP_ENGINE: 'compare', BLASTMAP_ENGINE_COMPARED: log },
        encoding: 'utf8',
      });
      const summary = `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`;
      assert.equal(run.status, 0, summary);
      assert.match(run.stdout, /mocha: \d+ passed, 0 failed/, summary);
      const compared = readFileSync(log, 'utf8').trim().split('\n');
      // Each scenario file builds at least one graph (most build several).
      assert.ok(compared.length >= files.length, `${compared.length} graphs compared`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
