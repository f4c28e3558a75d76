// forEachBounded: how the collector reads member accounts a few at a time.
import assert from 'node:assert/strict';
import { forEachBounded } from '../../../src/ingest/collect/limiter.js';

/** A task that records how many tasks run at once, and ends when the test releases it. */
function gatedTasks() {
  let running = 0;
  let most = 0;
  const done: number[] = [];
  const gates: (() => void)[] = [];
  const task = async (item: number): Promise<void> => {
    running += 1;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running -= 1;
    done.push(item);
    if (item === 3) throw new Error('account 3 failed');
  };
  const releaseAll = async (): Promise<void> => {
    // Release tasks as they start, until every one has run.
    while (done.length < 6) {
      await new Promise((r) => setImmediate(r));
      gates.splice(0).forEach((open) => open());
    }
  };
  return { task, releaseAll, most: () => most, done };
}

describe('forEachBounded (member accounts in parallel)', () => {
  it('runs every item, never more than the bound at once, and reports a failure after the others end', async () => {
    const t = gatedTasks();
    const run = forEachBounded([1, 2, 3, 4, 5, 6], 2, t.task);
    const [outcome] = await Promise.allSettled([run, t.releaseAll()]);
    assert.equal(outcome.status, 'rejected');
    assert.match(String((outcome as PromiseRejectedResult).reason), /account 3 failed/);
    assert.deepEqual([...t.done].sort(), [1, 2, 3, 4, 5, 6], 'a failing account does not stop the others');
    assert.equal(t.most(), 2);
  });

  it('runs items side by side up to the bound', async () => {
    const t = gatedTasks();
    await Promise.allSettled([forEachBounded([1, 2, 3, 4, 5, 6], 4, t.task), t.releaseAll()]);
    assert.equal(t.most(), 4);
  });
});
