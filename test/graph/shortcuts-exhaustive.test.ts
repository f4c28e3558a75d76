// The engine's shortcuts (identity/resource-policy prefilter, per-account plans) must give exactly
// the graph that asking the policy engine about every pair gives, on a varied synthetic account.
import { strict as assert } from 'node:assert';
import { generateSyntheticSnapshot } from '../../bench/synthetic/generate.js';
import { buildAttackGraph } from '../../src/graph/build.js';
import { accessModelFor } from '../support/access-model.js';

describe('graph shortcuts are exact', () => {
  for (const seed of [3, 11]) {
    it(`synthetic account (seed ${seed}): same graph with and without shortcuts`, () => {
      const snapshot = generateSyntheticSnapshot({ roles: 60, taskDefinitions: 12, resources: 240, seed });
      const model = accessModelFor(snapshot);
      const fast = buildAttackGraph(snapshot, model);
      const exhaustive = buildAttackGraph(snapshot, model, { exhaustive: true });
      assert.ok(fast.graph.size > 100, 'the scenario has edges to compare');
      assert.equal(JSON.stringify(fast.graph.export()), JSON.stringify(exhaustive.graph.export()));
    });
  }
});
