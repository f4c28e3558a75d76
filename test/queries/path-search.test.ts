// The integer path search must answer exactly as the string-and-object search it replaced
// (reference-search.ts): same arrivals in the same order, same tie-breaks, same blast radius. Random
// small graphs make ties on purpose: equal efforts, parallel edges with the same technique and another
// access, technique names where one is a prefix of another, and names containing '>'.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Access, AttackEdgeType, AttackGraph, NodeKind } from '../../src/graph/model.js';
import { blastRadius } from '../../src/queries/blast-radius.js';
import { explainPath } from '../../src/queries/explain-path.js';
import { searchArrivals, searchPaths, type Label } from '../../src/queries/path-search.js';
import { PathSearchRun } from '../../src/queries/path-search-run.js';
import type { QueryOptions } from '../../src/queries/types.js';
import { emptyGraph, node, step, structural } from './hand-graph.js';
import { referenceBlastRadius, referenceSearchPaths } from './reference-search.js';

const KINDS: NodeKind[] = [
  'AWSRole',
  'AWSRole',
  'AWSUser',
  'AWSECSTaskDefinition',
  'S3Bucket',
  'SecretsManagerSecret',
  'SSMParameter',
  'RDSInstance',
  'AWSLambda',
  'Admin',
];
const TYPES: AttackEdgeType[] = [
  'CAN_BECOME',
  'CAN_BECOME',
  'CAN_ADMINISTER',
  'CAN_WRITE',
  'CAN_READ',
  'CAN_INVOKE',
  'CAN_REACH',
  'HOLDS_CREDENTIAL',
];
const ACCESS: (Access | undefined)[] = [undefined, 'admin', 'write', 'read', 'invoke'];

interface EdgeSpec {
  from: number;
  to: number;
  type: number;
  technique: number;
  access: number;
  conditional: boolean;
  effort: number;
  traversable: boolean;
}

const edgeSpec = fc.record({
  from: fc.nat(8),
  to: fc.nat(8),
  type: fc.nat(TYPES.length - 1),
  technique: fc.nat(3),
  access: fc.nat(ACCESS.length - 1),
  conditional: fc.boolean(),
  effort: fc.constantFrom(0, 1, 1, 2, 3),
  traversable: fc.constantFrom(true, true, true, false),
});

const scenario = fc.record({
  kinds: fc.array(fc.nat(KINDS.length - 1), { minLength: 3, maxLength: 9 }),
  names: fc.array(fc.constantFrom('a', 'b', 'ab', 'b-', 'a:b', 'B', '~'), { minLength: 9, maxLength: 9 }),
  edges: fc.array(edgeSpec, { minLength: 4, maxLength: 40 }),
  /** Every edge also gets a twin with the same technique and another access (exact text ties). */
  twins: fc.boolean(),
  techniques: fc.constantFrom(['s3-read', 's3-read-x', 's3', 'sts'], ['a>b', 'a', 'a>', 'b']),
  k: fc.constantFrom(undefined, 1, 2, 3),
  maxHops: fc.constantFrom(undefined, 1, 2, 3, 6),
  conditionalPenalty: fc.constantFrom(undefined, 0, 1),
  /** Equal access weights make arrivals with different access tie on score. */
  flatWeights: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function graphOf(s: Scenario): { graph: AttackGraph; ids: string[] } {
  const graph = emptyGraph();
  const ids = s.kinds.map((kind, i) => {
    const id = KINDS[kind] === 'Admin' ? `admin:${s.names[i]}${i}` : `${s.names[i]}${i}`;
    return node(graph, id, KINDS[kind], i % 2 ? 'A' : 'B', i % 3 ? 1 : 2);
  });
  const add = (e: EdgeSpec, access: Access | undefined) => {
    const from = ids[e.from % ids.length];
    const to = ids[e.to % ids.length];
    if (from === to) return;
    if (!e.traversable) return structural(graph, from, to, 'HAS_TASK_ROLE');
    step(graph, from, to, TYPES[e.type], s.techniques[e.technique], {
      ...(access ? { access } : {}),
      conditional: e.conditional,
      effort: e.effort,
    });
  };
  for (const e of s.edges) {
    add(e, ACCESS[e.access]);
    if (s.twins) add(e, ACCESS[(e.access + 1) % ACCESS.length]);
  }
  return { graph, ids };
}

function optionsOf(s: Scenario): QueryOptions {
  return {
    ...(s.k !== undefined ? { k: s.k } : {}),
    ...(s.maxHops !== undefined ? { maxHops: s.maxHops } : {}),
    ...(s.conditionalPenalty !== undefined ? { conditionalPenalty: s.conditionalPenalty } : {}),
    ...(s.flatWeights ? { scoring: { accessWeight: { admin: 5, write: 5, read: 5, invoke: 5 } } } : {}),
  };
}

/** A label as plain data, with the identity of every edge it walked (parallel edges differ). */
function labelData(graph: AttackGraph, label: Label): unknown {
  const edgeKey = new Map<unknown, string>();
  graph.forEachEdge((key, attrs) => edgeKey.set(attrs, key));
  const chain: unknown[] = [];
  for (let l: Label | null = label; l; l = l.parent) {
    chain.push({
      node: l.node,
      kind: l.kind,
      edge: l.edge ? edgeKey.get(l.edge) : null,
      cost: l.cost,
      hops: l.hops,
      conditionalSteps: l.conditionalSteps,
      access: 'access' in l ? l.access : 'absent',
      continues: l.continues,
    });
  }
  return chain;
}

function slotsData(graph: AttackGraph, slots: Map<string, Label[]>): unknown {
  return [...slots].map(([key, labels]) => [key, labels.map((l) => labelData(graph, l))]);
}

describe('path search (integer) against the reference search', () => {
  it('finds the same arrivals in the same order, and the same blast radius, from every node', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { graph, ids } = graphOf(s);
        const opts = optionsOf(s);
        for (const source of ids) {
          assert.deepEqual(
            slotsData(graph, searchPaths(graph, source, opts).slots),
            slotsData(graph, referenceSearchPaths(graph, source, opts).slots),
            `searchPaths from ${source}`,
          );
          assert.deepEqual(
            blastRadius(graph, source, opts),
            referenceBlastRadius(graph, source, opts),
            `blastRadius from ${source}`,
          );
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('keeps only the arrivals at the target when asked, as explain does', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { graph, ids } = graphOf(s);
        const opts = optionsOf(s);
        for (const target of ids) {
          const got = searchPaths(graph, ids[0], { ...opts, target });
          const want = referenceSearchPaths(graph, ids[0], { ...opts, target });
          assert.deepEqual(slotsData(graph, got.slots), slotsData(graph, want.slots));
        }
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it('sees an edge added after an earlier search of the same graph', () => {
    const graph = emptyGraph();
    node(graph, 'task', 'AWSECSTaskDefinition', 'A');
    node(graph, 'role', 'AWSRole', 'A');
    node(graph, 'bucket', 'S3Bucket', 'A');
    step(graph, 'task', 'role', 'CAN_BECOME', 'ecs-task-metadata-creds');
    assert.equal(blastRadius(graph, 'task').radius.assets.length, 0);
    step(graph, 'role', 'bucket', 'CAN_READ', 's3-identity-read', { access: 'read' });
    assert.deepEqual(
      blastRadius(graph, 'task').radius.assets.map((a) => [a.id, a.access, a.hops]),
      [['bucket', 'read', 2]],
    );
    assert.equal(explainPath(graph, 'task', 'bucket').best?.hops.length, 2);
  });

  it('keeps a cheaper but longer arrival beside a dearer direct one, whichever was found first (k = 1)', () => {
    const graph = emptyGraph();
    node(graph, 'task', 'AWSRole', 'A');
    node(graph, 'bucket', 'S3Bucket', 'A');
    node(graph, 'role', 'AWSRole', 'A');
    step(graph, 'task', 'bucket', 'CAN_READ', 's3-identity-read', { access: 'read', effort: 3 });
    step(graph, 'task', 'role', 'CAN_BECOME', 'sts-assume-role');
    step(graph, 'role', 'bucket', 'CAN_READ', 's3-identity-read', { access: 'read' });
    const got = searchPaths(graph, 'task', { k: 1 }).slots.get('bucket\0read')!;
    assert.deepEqual(
      got.map((l) => [l.hops, l.cost]),
      [
        [2, 2],
        [1, 3],
      ],
    );
    assert.deepEqual(
      slotsData(graph, searchPaths(graph, 'task', { k: 1 }).slots),
      slotsData(graph, referenceSearchPaths(graph, 'task', { k: 1 }).slots),
    );
  });

  it('orders equal-cost paths by their first differing step from the source', () => {
    const graph = emptyGraph();
    node(graph, 'task', 'AWSRole', 'A');
    node(graph, 'r1', 'AWSRole', 'A');
    node(graph, 'r2', 'AWSRole', 'A');
    node(graph, 'bucket', 'S3Bucket', 'A');
    // task→r1→bucket starts with the smaller text; task→r2→bucket ends with the smaller one.
    step(graph, 'task', 'r2', 'CAN_BECOME', 'sts-assume-role');
    step(graph, 'task', 'r1', 'CAN_BECOME', 'sts-assume-role');
    step(graph, 'r2', 'bucket', 'CAN_READ', 'a-read', { access: 'read' });
    step(graph, 'r1', 'bucket', 'CAN_READ', 'b-read', { access: 'read' });
    const got = searchPaths(graph, 'task', { k: 2 }).slots.get('bucket\0read')!;
    assert.deepEqual(
      got.map((l) => l.parent!.node),
      ['r1', 'r2'],
    );
    assert.equal(blastRadius(graph, 'task').paths[0].hops[0].to, 'r1');
  });

  it('scores with a sensitivity set on the node after an earlier search of the same graph', () => {
    const graph = emptyGraph();
    node(graph, 'task', 'AWSECSTaskDefinition', 'A');
    node(graph, 'bucket', 'S3Bucket', 'A');
    step(graph, 'task', 'bucket', 'CAN_READ', 's3-identity-read', { access: 'read' });
    assert.equal(blastRadius(graph, 'task').radius.score, 4);
    graph.setNodeAttribute('bucket', 'sensitivity', 3);
    assert.equal(blastRadius(graph, 'task').radius.score, 12);
  });

  it('breaks an exact tie between parallel edges as the reference does (the one first in the graph wins)', () => {
    const graph = emptyGraph();
    node(graph, 'task', 'AWSECSTaskDefinition', 'A');
    node(graph, 'secret', 'SecretsManagerSecret', 'A');
    node(graph, 'db', 'RDSInstance', 'A');
    // Same technique to the same secret, read then admin: both go on, with the same path text.
    step(graph, 'task', 'secret', 'CAN_READ', 'secrets-get-value', { access: 'read' });
    step(graph, 'task', 'secret', 'CAN_ADMINISTER', 'secrets-get-value', { access: 'admin' });
    step(graph, 'secret', 'db', 'CAN_ADMINISTER', 'rds-master-credentials', { access: 'admin' });
    for (const opts of [{}, { k: 3 }]) {
      assert.deepEqual(
        slotsData(graph, searchPaths(graph, 'task', opts).slots),
        slotsData(graph, referenceSearchPaths(graph, 'task', opts).slots),
      );
    }
    assert.deepEqual(blastRadius(graph, 'task'), referenceBlastRadius(graph, 'task'));
  });

  it("keeps one search's arrivals while another search runs (no run shared behind the caller's back)", () => {
    const graph = emptyGraph();
    node(graph, 'task-a', 'AWSECSTaskDefinition', 'A');
    node(graph, 'task-b', 'AWSECSTaskDefinition', 'A');
    node(graph, 'bucket', 'S3Bucket', 'A');
    node(graph, 'secret', 'SecretsManagerSecret', 'A');
    step(graph, 'task-a', 'bucket', 'CAN_READ', 's3-identity-read', { access: 'read' });
    step(graph, 'task-b', 'secret', 'CAN_READ', 'secrets-get-value', { access: 'read' });
    const reached = (run: PathSearchRun) => run.nodes.map((n) => run.index.nodeIds[n]).sort();
    const a = searchArrivals(graph, 'task-a');
    const b = searchArrivals(graph, 'task-b');
    assert.notEqual(a, b);
    assert.deepEqual(reached(a), ['bucket']);
    assert.deepEqual(reached(b), ['secret']);
    // A run given explicitly is the one searched in, and is reused by the caller's choice.
    const run = new PathSearchRun();
    assert.equal(searchArrivals(graph, 'task-a', {}, run), run);
    assert.deepEqual(reached(run), ['bucket']);
    assert.equal(blastRadius(graph, 'task-b', {}, undefined, run).radius.assets[0]?.id, 'secret');
    assert.deepEqual(reached(run), ['secret']);
  });
});
