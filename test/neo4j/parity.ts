// Parity between the saved Cypher queries (run on the pushed graph) and the in-memory queries
// (src/queries/) on the same graph: same sources, same targets, same fewest-step path lengths,
// same blast-radius sets. Used on the hand-built graph, the demo account and the synthetic one.
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import type { AttackGraph } from '../../src/graph/model.js';
import type { SavedQuery } from '../../src/neo4j/cypher-files.js';
import type { PushableGraph } from '../../src/neo4j/rows.js';
import { runSavedQuery } from '../../src/neo4j/run-saved-query.js';
import { blastRadius } from '../../src/queries/blast-radius.js';
import { isAssetKind } from '../../src/queries/edge-semantics.js';
import { searchPaths } from '../../src/queries/path-search.js';
import { whoCan } from '../../src/queries/who-can.js';

/** Fewest steps from the source to each asset it reaches, with any access (in memory). */
function fewestHops(graph: AttackGraph, source: string): Map<string, number> {
  const hops = new Map<string, number>();
  for (const labels of searchPaths(graph, source).slots.values()) {
    for (const l of labels) {
      if (!l.access || !isAssetKind(l.kind)) continue;
      hops.set(l.node, Math.min(hops.get(l.node) ?? Infinity, l.hops));
    }
  }
  return hops;
}

function sorted<T>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

export interface ParityLimits {
  /** Assets per source checked with the shortest-path-to-asset query. Default all. */
  assetsPerSource?: number;
  /** Targets checked with who-can. Default 10. */
  whoCanTargets?: number;
}

/** Asserts parity; returns how many comparisons were made (so a caller can check it did work). */
export async function compareWithMemory(
  driver: Driver,
  input: PushableGraph,
  queries: SavedQuery[],
  limits: ParityLimits = {},
): Promise<number> {
  const { graph } = input;
  const q = (name: string) => {
    const found = queries.find((s) => s.name === name);
    assert.ok(found, `saved query ${name} exists`);
    return found;
  };
  let comparisons = 0;
  const sources = [...new Set(input.sources)].filter((s) => graph.hasNode(s)).sort();
  const memory = new Map(
    sources.map((s) => [s, { radius: blastRadius(graph, s).radius, hops: fewestHops(graph, s) }]),
  );

  // Tasks ranked: the same sources, each with the same number of assets and steps to Admin.
  const ranked = await runSavedQuery(driver, q('01-tasks-by-blast-radius'));
  assert.deepEqual(sorted(ranked.map((r) => r.task as string)), sources, 'ranked sources');
  for (const r of ranked) {
    const m = memory.get(r.task as string)!;
    assert.equal(r.assets, m.radius.assets.length, `${r.task}: number of assets`);
    const admin = m.radius.assets.filter((a) => a.kind === 'Admin').map((a) => m.hops.get(a.id)!);
    assert.equal(r.hopsToAdmin, admin.length ? Math.min(...admin) : null, `${r.task}: steps to Admin`);
    comparisons++;
  }

  const pairsCross: string[] = [];
  for (const source of sources) {
    const m = memory.get(source)!;
    // Blast radius of one task: same asset set, same fewest steps.
    const radius = await runSavedQuery(driver, q('02-blast-radius-of-task'), { source });
    assert.deepEqual(
      sorted(radius.map((r) => [r.asset, r.hops])),
      sorted(m.radius.assets.map((a) => [a.id, m.hops.get(a.id)])),
      `${source}: radius set and steps`,
    );
    comparisons++;
    // The radius's best-access hops never beat the fewest steps with any access.
    for (const a of m.radius.assets) assert.ok(a.hops >= m.hops.get(a.id)!, `${source} → ${a.id}`);

    // Shortest paths to Admin: the same Admin nodes at the same lengths.
    const toAdmin = await runSavedQuery(driver, q('03-shortest-paths-to-admin'), { source });
    const adminMin = new Map<string, number>();
    for (const r of toAdmin)
      adminMin.set(
        r.admin as string,
        Math.min(adminMin.get(r.admin as string) ?? Infinity, r.hops as number),
      );
    assert.deepEqual(
      sorted(adminMin),
      sorted(m.radius.assets.filter((a) => a.kind === 'Admin').map((a) => [a.id, m.hops.get(a.id)!])),
      `${source}: paths to Admin`,
    );
    comparisons++;

    // Shortest paths to a given asset: same length as in memory.
    for (const a of m.radius.assets.slice(0, limits.assetsPerSource ?? Infinity)) {
      const paths = await runSavedQuery(driver, q('04-shortest-paths-to-asset'), { source, target: a.id });
      assert.ok(paths.length > 0, `${source} → ${a.id}: a path`);
      for (const p of paths) assert.equal(p.hops, m.hops.get(a.id), `${source} → ${a.id}: length`);
      comparisons++;
    }
    const sourceAccount = graph.getNodeAttribute(source, 'account');
    for (const a of m.radius.assets) {
      if (graph.getNodeAttribute(a.id, 'account') !== sourceAccount)
        pairsCross.push(`${source} → ${a.id} ${m.hops.get(a.id)}`);
    }
  }

  // Cross-account paths: the same (source, asset) pairs at the same lengths.
  const cross = await runSavedQuery(driver, q('08-cross-account-paths'));
  assert.deepEqual(
    sorted(cross.map((r) => `${r.source} → ${r.asset} ${r.hops}`)),
    sorted(pairsCross),
    'cross-account',
  );
  comparisons++;

  // Who can reach an asset: the same sources, the same fewest steps.
  const targets = sorted(
    new Set([...memory.values()].flatMap((m) => m.radius.assets.map((a) => a.id))),
  ).slice(0, limits.whoCanTargets ?? 10);
  for (const target of targets) {
    const rows = await runSavedQuery(driver, q('05-who-can-reach-asset'), { target });
    const expected = whoCan(graph, target).reachedBy.map((e) => [
      e.source,
      fewestHops(graph, e.source).get(target),
    ]);
    assert.deepEqual(
      sorted(rows.map((r) => [r.source, r.hops])),
      sorted(expected),
      `who can reach ${target}`,
    );
    comparisons++;
  }

  // Conditional steps: the same traversable steps (parallel twins count once, conditional only if all are).
  const conditional = new Map<string, { step: string[]; all: boolean }>();
  graph.forEachEdge((_e, attrs, from, to) => {
    if (!attrs.traversable) return;
    const key = JSON.stringify([from, to, attrs.type, attrs.technique ?? attrs.type, attrs.access ?? '']);
    const seen = conditional.get(key);
    conditional.set(key, {
      step: [from, attrs.technique ?? attrs.type, to],
      all: (seen?.all ?? true) && attrs.conditional,
    });
  });
  const expectedConditional = [...conditional.values()].filter((c) => c.all).map((c) => c.step);
  const rows = await runSavedQuery(driver, q('07-conditional-steps'));
  assert.deepEqual(
    sorted(rows.map((r) => [r.from, r.technique, r.to])),
    sorted(expectedConditional),
    'conditional steps',
  );
  comparisons++;
  return comparisons;
}
