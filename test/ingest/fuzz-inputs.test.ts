// Property-based fuzzing of every input blastmap reads (test/support/fuzz/): real-shaped dumps,
// policy documents, snapshot files and Terraform plans, mutated (wrong types, nulls, hostile
// Unicode, huge strings and arrays, deep nesting, duplicate keys, re-encoded policies, odd file
// names, broken bytes) and run as the CLI runs them. A fixed seed and a few hundred cases here;
// `npm run bench -- fuzz` runs 100,000. FUZZ_SEED / FUZZ_CASES override (to replay a bench finding).
import { strict as assert } from 'node:assert';
import { fuzzRun } from '../support/fuzz/fuzz-run.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const CASES = Number(process.env.FUZZ_CASES ?? 300);

describe('fuzzed inputs: a result or exit 2 naming the file, and nothing dropped silently', function () {
  this.timeout(300_000);

  it(`${CASES} cases from seed ${SEED}`, async () => {
    const tally = await fuzzRun({ seed: SEED, cases: CASES });
    const report = JSON.stringify(tally.examples, null, 2).slice(0, 20_000);
    assert.equal(tally.cases, CASES);
    // Every target ran, and each produced both outcomes (the mutations reach past the first check).
    for (const target of ['dump', 'policy', 'snapshot', 'terraform-plan']) {
      assert.ok(tally.byTarget[target]?.cases > 0, `${target} ran: ${JSON.stringify(tally.byTarget)}`);
    }
    assert.ok(tally.byTarget.dump.exit0 > 0 && tally.byTarget.dump.exit2 > 0, JSON.stringify(tally.byTarget));
    assert.equal(tally.internalErrors, 0, report);
    assert.equal(tally.unnamedExit2, 0, report);
    assert.equal(tally.silentDrops, 0, report);
    assert.equal(tally.ownSnapshotRefused, 0, report);
  });
});
