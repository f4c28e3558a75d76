// The external conformance suite: every vector of an independent IAM simulator (read from the
// shared folder, never copied here) run through our `evaluate`. Strict vectors give a verdict;
// Discovery vectors ask which unknown condition keys an Allow depends on (our Conditional).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { evaluate } from '../../src/policy/evaluate.js';
import { sharedDir } from '../support/services.js';
import { DISCOVERY_ALLOW_LIST, STRICT_ALLOW_LIST } from './conformance-allow-list.js';
import {
  disagreement,
  isDiscovery,
  loadVectors,
  toEvaluationInput,
  vectorId,
  type Vector,
} from './conformance-vectors.js';

const shared = sharedDir();
const vectors: Vector[] = shared ? loadVectors(join(shared, 'conformance', 'iam-simulate')) : [];

describe('policy conformance: external IAM simulator vectors', function () {
  before(function () {
    if (shared) return;
    if (process.env.CI === 'true')
      throw new Error('conformance vectors are required in CI but the shared folder is missing');
    console.log('      (skipped: ../shared/conformance not found; set BLASTMAP_SHARED_DIR to run it)');
    this.skip();
  });

  const tally = { strict: { passed: 0, total: 0 }, discovery: { passed: 0, total: 0 } };
  after(function () {
    if (!shared) return;
    console.log(
      `      conformance: Strict ${tally.strict.passed}/${tally.strict.total}, Discovery ` +
        `${tally.discovery.passed}/${tally.discovery.total}; allow-list ${Object.keys(STRICT_ALLOW_LIST).length} strict, ` +
        `${Object.keys(DISCOVERY_ALLOW_LIST).length} discovery`,
    );
  });

  it('finds the whole suite (359 Strict, 72 Discovery)', function () {
    assert.equal(vectors.filter((v) => !isDiscovery(v)).length, 359);
    assert.equal(vectors.filter(isDiscovery).length, 72);
  });

  for (const mode of ['Strict', 'Discovery'] as const) {
    describe(mode, function () {
      const allowList = mode === 'Strict' ? STRICT_ALLOW_LIST : DISCOVERY_ALLOW_LIST;
      for (const v of vectors.filter((x) => isDiscovery(x) === (mode === 'Discovery'))) {
        const id = vectorId(v);
        it(id, function () {
          const counter = mode === 'Strict' ? tally.strict : tally.discovery;
          counter.total++;
          const why = disagreement(v, evaluate(toEvaluationInput(v)));
          if (allowList[id]) {
            assert.ok(why, `allow-listed vector now agrees: remove it from conformance-allow-list.ts`);
            return;
          }
          assert.equal(why, undefined, why);
          counter.passed++;
        });
      }
    });
  }

  it('allow-lists only vectors that exist', function () {
    const ids = new Set(vectors.map(vectorId));
    for (const id of [...Object.keys(STRICT_ALLOW_LIST), ...Object.keys(DISCOVERY_ALLOW_LIST)])
      assert.ok(ids.has(id), id);
  });
});
