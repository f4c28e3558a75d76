// The compact graph's promise: it reads exactly like the graphology graph built from it — the same
// nodes, edges, keys and attribute objects, and graphology's own iteration orders (a node's
// neighbours in the order their first edge arrived, array-index ids first, a neighbour's edges
// newest first) — so a search over either finds the same paths.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CompactAttackGraph } from '../../src/graph/compact-graph.js';
import { GraphDraft } from '../../src/graph/draft.js';
import type { Access, AttackGraphView, EdgeAttributes, NodeAttributes } from '../../src/graph/model.js';
import { analyze } from '../../src/queries/analyze.js';
import { searchIndexOf } from '../../src/queries/search-index.js';
import { allow, doc, SnapshotBuilder } from '../support/snapshot-builder.js';
import { graphOf } from '../support/attack-graph.js';

function node(id: string): NodeAttributes {
  return { id, kind: 'AWSRole', labels: ['AWSRole'], name: id, account: '1', sensitivity: 1, props: {} };
}

function attack(technique: string, access: Access | undefined): EdgeAttributes {
  return {
    type: 'CAN_BECOME',
    traversable: true,
    technique,
    ...(access ? { access } : {}),
    conditional: false,
    conditionKeys: [],
    evidence: [],
    assumptions: [],
    effort: 1,
  };
}

type OutEdge = [string, EdgeAttributes, string, string, NodeAttributes, NodeAttributes];

function outEdges(graph: AttackGraphView, id: string): OutEdge[] {
  const seen: OutEdge[] = [];
  graph.forEachOutEdge(id, (...edge) => seen.push(edge));
  return seen;
}

/** Every read the analysis makes, compared between the compact graph and its graphology copy. */
function assertSameReads(compact: CompactAttackGraph): void {
  const graph = compact.toGraphology();
  assert.equal(compact.order, graph.order);
  assert.equal(compact.size, graph.size);
  const nodes: [string, NodeAttributes][] = [];
  compact.forEachNode((id, attrs) => nodes.push([id, attrs]));
  const expected: [string, NodeAttributes][] = [];
  graph.forEachNode((id, attrs) => expected.push([id, attrs]));
  assert.deepEqual(nodes, expected);
  for (const [id, attrs] of nodes) {
    assert.equal(compact.getNodeAttributes(id), attrs);
    // Same key, same attribute object, same endpoints, in the same order.
    const got = outEdges(compact, id);
    const want = outEdges(graph, id);
    assert.deepEqual(
      got.map((e) => e[0]),
      want.map((e) => e[0]),
      `out-edges of ${id}`,
    );
    got.forEach((e, i) => {
      assert.equal(e[1], want[i][1]);
      assert.equal(e[3], want[i][3]);
    });
  }
  const a = searchIndexOf(compact);
  const b = searchIndexOf(graph);
  assert.deepEqual(a.nodeIds, b.nodeIds);
  assert.deepEqual([...a.stepStart], [...b.stepStart]);
  assert.deepEqual([...a.stepTo], [...b.stepTo]);
  assert.deepEqual([...a.stepRank], [...b.stepRank]);
  assert.deepEqual([...a.stepSlot], [...b.stepSlot]);
  assert.ok(a.stepEdge.every((e, i) => e === b.stepEdge[i]));
  assert.equal(a.continuingTextsDistinct, b.continuingTextsDistinct);
}

const accesses: (Access | undefined)[] = [undefined, 'admin', 'invoke', 'read', 'write'];

describe('compact attack graph', () => {
  it('lists out-edges in graphology order: numeric ids first, a neighbour by its first edge, its edges newest first', () => {
    const draft = new GraphDraft();
    for (const id of ['a', 'b', '7', '10', '01', '4294967295']) draft.addNode(node(id));
    draft.addAttack('a', 'b', attack('x', 'read'));
    draft.addAttack('a', 'b', attack('x', 'write'));
    draft.addAttack('a', '10', attack('y', undefined));
    draft.addAttack('a', '7', attack('z', undefined));
    draft.addAttack('a', '01', attack('w', undefined));
    draft.addAttack('a', '4294967295', attack('w', undefined));
    draft.addStructural('RESOURCE', 'a', 'b');
    const compact = draft.freeze();
    assert.deepEqual(
      outEdges(compact, 'a').map((e) => e[0]),
      [
        // '7' and '10' are array indices: first, by value. '01' and 2^32−1 are not.
        'z|a|7|',
        'y|a|10|',
        'x|a|b|write',
        'x|a|b|read',
        'RESOURCE|a|b',
        'w|a|01|',
        'w|a|4294967295|',
      ],
    );
    assertSameReads(compact);
  });

  it('reads like its graphology graph for any ids and edges', () => {
    const id = fc.constantFrom('a', 'b', 'a-b', '0', '3', '12', '01', '4294967294', '4294967295', 'arn:x');
    const technique = fc.constantFrom('t', 't-u', 'u');
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 2, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), technique, fc.constantFrom(...accesses), fc.boolean()), {
          maxLength: 40,
        }),
        (ids, raw) => {
          const draft = new GraphDraft();
          for (const i of ids) draft.addNode(node(i));
          for (const [f, t, tech, access, structural] of raw) {
            const from = ids[f % ids.length];
            const to = ids[t % ids.length];
            if (structural) draft.addStructural('STS_ASSUMEROLE_ALLOW', from, to);
            else draft.addAttack(from, to, attack(tech, access));
          }
          assertSameReads(draft.freeze());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers an unknown node with graphology's error", () => {
    const draft = new GraphDraft();
    draft.addNode(node('a'));
    const compact = draft.freeze();
    assert.equal(compact.hasNode('b'), false);
    assert.throws(() => compact.getNodeAttributes('b'), /could not find the "b" node/);
    assert.throws(() => compact.forEachOutEdge('b', () => undefined), /could not find the "b" node/);
  });
});

describe('built graph', () => {
  function scenario() {
    const b = new SnapshotBuilder();
    const a = b.account();
    a.taskDefinition('web', { taskRole: a.role('web', { inline: [doc(allow('s3:GetObject'))] }) });
    a.bucket('data');
    return { built: graphOf(b, { allTaskDefinitions: true }), snapshot: b.build() };
  }

  it('is read through the compact graph until its graphology graph is asked for, then through that', () => {
    const { built, snapshot } = scenario();
    assert.ok(built.view instanceof CompactAttackGraph);
    const opts = { allTaskDefinitions: true };
    const before = analyze(built, snapshot, opts);
    assert.equal(before.sources.length, 1);
    const graph = built.graph;
    assert.equal(built.view, graph);
    assert.equal(built.graph, graph, 'built once');
    // A change made to the graphology graph is what the analysis sees from then on.
    const bucket = graph.filterNodes((_n, a) => a.kind === 'S3Bucket')[0];
    graph.setNodeAttribute(bucket, 'sensitivity', 10);
    const after = analyze(built, snapshot, opts);
    assert.ok(after.sources[0].score > before.sources[0].score);
  });
});
