// The silent-drop census the fuzzer relies on must itself see a drop: an item absent from the
// snapshot and not reported counts; reported (by path, ancestor, folder, gap resource) it does not.
import { strict as assert } from 'node:assert';
import { emptyAccount } from '../../src/snapshot/empty-account.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { silentDrops } from '../support/fuzz/item-census.js';

const A = '111111111111';
const file = `${A}/eu-west-1/ecs/describe-clusters.json`;
const text = JSON.stringify({
  clusters: [
    { clusterName: 'a', clusterArn: 'arn:a' },
    { clusterName: 'b', clusterArn: 'arn:b' },
  ],
});

function snapshot(change: (s: Snapshot) => void): Snapshot {
  const account = emptyAccount(A, { partition: 'aws', regions: ['eu-west-1'] });
  account.ecs.clusters.push({ arn: 'arn:a', name: 'a', region: 'eu-west-1', tags: {} });
  const s = { accounts: [account], diagnostics: [], gaps: [] } as unknown as Snapshot;
  change(s);
  return s;
}

describe('fuzz census: what counts as a silent drop', () => {
  it('counts an item neither kept nor reported', () => {
    const drops = silentDrops(
      [{ path: file, text }],
      snapshot(() => {}),
    );
    assert.deepEqual(
      drops.map((d) => d.jsonPath),
      ['$.clusters[1]'],
    );
  });

  it('does not count an item reported at its path, inside it, at an ancestor, by folder or as a gap resource', () => {
    const reported: ((s: Snapshot) => void)[] = [
      (s) => s.diagnostics.push({ severity: 'error', file, jsonPath: '$.clusters[1]', message: 'x' }),
      (s) =>
        s.diagnostics.push({ severity: 'error', file, jsonPath: '$.clusters[1].clusterName', message: 'x' }),
      (s) => s.diagnostics.push({ severity: 'error', file, jsonPath: '$.clusters', message: 'x' }),
      (s) => s.diagnostics.push({ severity: 'error', file, jsonPath: 'line 1 column 3', message: 'x' }),
      (s) => s.diagnostics.push({ severity: 'warning', file: `${A}/`, message: 'x' }),
      (s) =>
        s.gaps.push({
          service: 'ecs',
          operation: 'describe-services',
          resource: 'arn:b',
          code: 'NotCollected',
          message: 'x',
        }),
    ];
    for (const report of reported)
      assert.deepEqual(silentDrops([{ path: file, text }], snapshot(report)), []);
  });

  it('does not take a report of a sibling item for this one', () => {
    const s = snapshot((x) =>
      x.diagnostics.push({ severity: 'error', file, jsonPath: '$.clusters[10]', message: 'x' }),
    );
    assert.equal(silentDrops([{ path: file, text }], s).length, 1);
  });

  it('counts a file that is not JSON and that nothing names', () => {
    assert.equal(
      silentDrops(
        [{ path: file, text: '{"clusters": [' }],
        snapshot(() => {}),
      ).length,
      1,
    );
  });
});
