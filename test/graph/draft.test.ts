// The draft's one promise: whatever order edges arrive in, the graph holds nodes and edges in the
// order of their string keys, one attack edge per (technique, source, target, access), the best kept.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { GraphDraft } from '../../src/graph/draft.js';
import type { Access, EdgeAttributes, NodeAttributes } from '../../src/graph/model.js';

function node(id: string): NodeAttributes {
  return { id, kind: 'AWSRole', labels: ['AWSRole'], name: id, account: '1', sensitivity: 1, props: {} };
}

function attack(
  technique: string,
  access: Access | undefined,
  conditional = false,
  assumptions: string[] = [],
) {
  const attrs: EdgeAttributes = {
    type: 'CAN_BECOME',
    traversable: true,
    technique,
    ...(access ? { access } : {}),
    conditional,
    conditionKeys: [],
    evidence: [],
    assumptions,
    effort: 1,
  };
  return attrs;
}

function sortedStrings(keys: string[]): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Emitted {
  from: string;
  to: string;
  technique: string;
  access?: Access;
}

function draftOf(ids: string[], edges: Emitted[]): GraphDraft {
  const draft = new GraphDraft();
  for (const id of ids) draft.addNode(node(id));
  draft.addStructural('RESOURCE', ids[0], ids[1]);
  for (const e of edges) {
    draft.addAttack(e.from, e.to, attack(e.technique, e.access));
    draft.addStructural('STS_ASSUMEROLE_ALLOW', e.from, e.to);
  }
  return draft;
}

const accesses: (Access | undefined)[] = [undefined, 'admin', 'invoke', 'read', 'write'];

describe('graph draft', () => {
  it('inserts edges in the order of their keys, an id that is a prefix of another included', () => {
    // `app|` sorts after `app-x|` ('-' < '|'), though `app` sorts before `app-x`.
    const ids = ['role/app', 'role/app-x', 'role/app!', 'role/b', 'z'];
    const edges: Emitted[] = [
      { from: 'role/app', to: 'role/b', technique: 'sts-assume-role', access: undefined },
      { from: 'role/app-x', to: 'role/b', technique: 'sts-assume-role' },
      { from: 'role/b', to: 'role/app', technique: 'iam-pass-role', access: 'write' },
      { from: 'role/b', to: 'role/app-x', technique: 'iam-pass-role', access: 'read' },
      { from: 'role/b', to: 'role/app', technique: 'iam-pass-role', access: 'admin' },
      { from: 'z', to: 'role/app!', technique: 'iam', access: 'invoke' },
      { from: 'z', to: 'role/app!', technique: 'iam-x' },
    ];
    const graph = draftOf(ids, edges).build();
    assert.deepEqual(graph.nodes(), sortedStrings(ids));
    const keys = graph.edges();
    assert.deepEqual(keys, sortedStrings(keys));
    assert.equal(keys.length, 1 + 5 + 7); // RESOURCE, the distinct STS pairs, the attack edges
    assert.ok(
      keys.indexOf('iam-pass-role|role/b|role/app-x|read') <
        keys.indexOf('iam-pass-role|role/b|role/app|admin'),
    );
  });

  it('gives the order of the keys for any ids, `|` in them or not, and whatever the arrival order', () => {
    const id = fc.stringMatching(/^[a-c|:/-]{1,4}$/);
    const technique = fc.constantFrom('a', 'a-b', 'ab', 'b', 'a|c');
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 2, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), technique, fc.constantFrom(...accesses)), { maxLength: 40 }),
        (ids, raw) => {
          const edges = raw.map(([f, t, technique, access]) => ({
            from: ids[f % ids.length],
            to: ids[t % ids.length],
            technique,
            access,
          }));
          const emitted = edges.filter((e) => e.from !== e.to);
          const expected = new Set(emitted.map((e) => `${e.technique}|${e.from}|${e.to}|${e.access ?? ''}`));
          // Keys made of ids with `|` may collide (the graph refuses a key twice): not a fair question.
          const identities = new Set(
            emitted.map((e) => JSON.stringify([e.technique, e.from, e.to, e.access])),
          );
          fc.pre(identities.size === expected.size);
          const built = draftOf(ids, edges).build();
          const keys = built.edges();
          assert.deepEqual(keys, sortedStrings(keys));
          assert.deepEqual(
            keys.filter((k) => expected.has(k)),
            sortedStrings([...expected]),
          );
          for (const key of keys) {
            const a = built.getEdgeAttributes(key);
            if (a.traversable)
              assert.equal(key, `${a.technique}|${built.source(key)}|${built.target(key)}|${a.access ?? ''}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps one edge per technique, source, target and access: the unconditional one with fewest assumptions', () => {
    const draft = new GraphDraft();
    for (const id of ['a', 'b']) draft.addNode(node(id));
    draft.addAttack('a', 'b', attack('t', 'read', true));
    assert.equal(draft.hasBestAttack('a', 'b', 't', 'read'), false);
    draft.addAttack('a', 'b', attack('t', 'read', false, ['x', 'y']));
    draft.addAttack('a', 'b', attack('t', 'read', false, ['x']));
    draft.addAttack('a', 'b', attack('t', 'read', false, ['x', 'y', 'z']));
    assert.equal(draft.hasBestAttack('a', 'b', 't', 'read'), false);
    draft.addAttack('a', 'b', attack('t', 'write', true));
    draft.addAttack('a', 'a', attack('t', 'read'));
    draft.addAttack('a', 'missing', attack('t', 'read'));
    const graph = draft.build();
    assert.deepEqual(graph.edges(), ['t|a|b|read', 't|a|b|write']);
    assert.deepEqual(graph.getEdgeAttribute('t|a|b|read', 'assumptions'), ['x']);
    assert.equal(graph.getEdgeAttribute('t|a|b|write', 'conditional'), true);
  });

  it('knows an edge at its best (unconditional, no assumption) and then ignores worse ones', () => {
    const draft = new GraphDraft();
    for (const id of ['a', 'b']) draft.addNode(node(id));
    const best = attack('t', undefined);
    draft.addAttack('a', 'b', best);
    assert.equal(draft.hasBestAttack('a', 'b', 't', ''), true);
    assert.equal(draft.hasBestAttack('a', 'b', 't', 'read'), false);
    draft.addAttack('a', 'b', attack('t', undefined, true));
    assert.equal(draft.build().getEdgeAttributes('t|a|b|'), best);
  });

  it('answers the same for a target given by its number', () => {
    const draft = new GraphDraft();
    for (const id of ['a', 'b', 'c']) draft.addNode(node(id));
    draft.addAttack('a', 'b', attack('t', 'read'));
    draft.addAttack('a', 'c', attack('t', 'read', true));
    assert.equal(draft.nodeNumber('missing'), -1);
    for (const to of ['b', 'c']) {
      // Asked about another edge in between, so neither answer comes from the last one asked about.
      draft.hasBestAttack('b', 'a', 't', 'read');
      const byNumber = draft.hasBestAttack('a', to, 't', 'read', draft.nodeNumber(to));
      draft.hasBestAttack('b', 'a', 't', 'read');
      assert.equal(byNumber, draft.hasBestAttack('a', to, 't', 'read'), to);
    }
    assert.equal(draft.hasBestAttack('a', 'b', 't', 'read', draft.nodeNumber('b')), true);
    assert.equal(draft.hasBestAttack('a', 'c', 't', 'read', draft.nodeNumber('c')), false);
  });
});
