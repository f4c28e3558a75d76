import { strict as assert } from 'node:assert';
import { closestIds, editDistance } from '../../src/queries/closest-ids.js';

describe('closest ids for "did you mean" hints', () => {
  const ids = [
    'arn:aws:iam::111111111111:role/app-task',
    'arn:aws:iam::111111111111:role/ops',
    'arn:aws:s3:::customer-data',
    'arn:aws:s3:::customer-archive',
  ];

  it('prefers ids containing the last segment typed, then the nearest by edit distance', () => {
    assert.deepEqual(closestIds('customer-data', ids, 2), ['arn:aws:s3:::customer-data']);
    assert.equal(
      closestIds('arn:aws:iam::111111111111:role/app-tsk', ids)[0],
      'arn:aws:iam::111111111111:role/app-task',
    );
  });

  it('offers nothing when nothing is close', () => {
    assert.deepEqual(closestIds('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', ids), []);
  });

  it('computes Levenshtein distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });
});
