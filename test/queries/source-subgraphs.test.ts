// The subgraph behind each source's paths: exactly the steps of its paths, shared edges listed once.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/queries/analyze.js';
import { sourceSubgraphs } from '../../src/queries/source-subgraphs.js';
import { emptySnapshot } from './fixture-snapshot.js';
import { APP, B, SAFE, WEB, demoGraph } from './hand-graph.js';

describe('sourceSubgraphs', () => {
  const graph = demoGraph();
  const result = analyze({ graph, sources: [WEB, SAFE] }, emptySnapshot());
  const sub = sourceSubgraphs(graph, result);

  it('gives one subgraph per ranked source, in the ranking order', () => {
    assert.deepEqual(
      sub.sources.map((s) => sub.nodes[s.source].id),
      result.sources.map((s) => s.id),
    );
  });

  it("holds exactly the steps of each source's paths, with their graph edge type", () => {
    for (const s of sub.sources) {
      const id = sub.nodes[s.source].id;
      const expected = new Set(
        result.paths
          .filter((p) => p.source === id)
          .flatMap((p) => p.hops.map((h) => `${h.from}>${h.to}>${h.technique}`)),
      );
      const actual = new Set(
        s.edges.map(
          (e) =>
            `${sub.nodes[sub.edges[e].from].id}>${sub.nodes[sub.edges[e].to].id}>${sub.edges[e].technique}`,
        ),
      );
      assert.deepEqual(actual, expected);
      assert.equal(s.paths.length, result.paths.filter((p) => p.source === id).length);
      for (const n of s.edges.flatMap((e) => [sub.edges[e].from, sub.edges[e].to]))
        assert.ok(s.nodes.includes(n));
    }
    const web = sub.sources.find((s) => sub.nodes[s.source].id === WEB)!;
    const toAdmin = web.paths.find((p) => sub.nodes[p.target].id === `admin:${B}`)!;
    assert.deepEqual(
      toAdmin.edges.map((e) => sub.edges[e].type),
      ['CAN_BECOME', 'CAN_BECOME', 'CAN_ADMINISTER'],
    );
    const conditional = sub.edges.find(
      (e) => sub.nodes[e.from].id === APP && e.technique === 'sts-assume-role',
    );
    if (conditional) assert.equal(conditional.conditional, true);
  });

  it('lists an edge once when two paths (or two sources) walk it', () => {
    const keys = sub.edges.map((e) => `${e.from}>${e.to}>${e.technique}`);
    assert.equal(new Set(keys).size, keys.length);
    const web = sub.sources.find((s) => sub.nodes[s.source].id === WEB)!;
    const walked = web.paths.flatMap((p) => p.edges);
    assert.ok(walked.length > web.edges.length, 'the first step is shared by several paths');
    const twice = analyze({ graph, sources: [WEB, WEB] }, emptySnapshot());
    assert.equal(
      sourceSubgraphs(graph, twice).edges.length,
      sourceSubgraphs(graph, analyze({ graph, sources: [WEB] }, emptySnapshot())).edges.length,
    );
  });

  it('gives a source without paths an empty subgraph holding only itself', () => {
    const safe = sub.sources.find((s) => sub.nodes[s.source].id === SAFE)!;
    assert.deepEqual(safe.nodes, [safe.source]);
    assert.deepEqual(safe.edges, []);
    assert.deepEqual(safe.paths, []);
  });

  it('keeps only the best paths of a source when capped, and counts the others', () => {
    const web = result.sources.find((s) => s.id === WEB)!;
    const webPaths = result.paths.filter((p) => p.source === WEB);
    assert.ok(webPaths.length > 2);
    const capped = sourceSubgraphs(graph, result, { maxPathsPerSource: 2 });
    const sub2 = capped.sources.find((s) => capped.nodes[s.source].id === WEB)!;
    assert.deepEqual(
      sub2.paths.map((p) => capped.nodes[p.target].id),
      webPaths.slice(0, 2).map((p) => p.target),
    );
    assert.equal(sub2.omittedPaths, webPaths.length - 2);
    assert.equal(web.assets.length, webPaths.length);
    assert.ok(capped.edges.length < sub.edges.length);
  });
});
