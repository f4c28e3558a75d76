import { strict as assert } from 'node:assert';
import { readDump } from '../../src/ingest/read-dump.js';
import { INVENTORY_KINDS, inventory } from '../../src/queries/inventory.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { ACCOUNT, accountFiles } from '../support/dump-fixtures.js';

describe('inventory (counting)', () => {
  after(removeDumps);

  it('counts per account, links leaked key ids to their user, and groups repeated gaps', async () => {
    const files = { ...accountFiles(), ...accountFiles('222222222222', 'us-east-1') };
    delete files[`${ACCOUNT}/iam/list-access-keys/alice.json`];
    delete files[`${ACCOUNT}/iam/get-login-profile/alice.json`];
    const inv = inventory(await readDump(await writeDump(files)));
    assert.equal(inv.accounts.length, 2);
    for (const [kind] of INVENTORY_KINDS)
      assert.equal(inv.totals[kind], inv.accounts[0].counts[kind] + inv.accounts[1].counts[kind]);
    assert.equal(inv.accounts[0].counts.roles, 4);
    assert.equal(inv.accounts[0].counts.serviceLinkedRoles, 1);
    assert.equal(inv.accounts[0].counts.boundaries, 1);
    assert.equal(inv.accounts[0].counts.accessKeys, 0);
    assert.equal(inv.accounts[1].counts.accessKeys, 1);
    const leaked = inv.credentialFindings.filter((f) => f.accessKeyId);
    assert.deepEqual(
      leaked.map((f) => [f.account, f.keyOwner]),
      [
        [ACCOUNT, 'arn:aws:iam::222222222222:user/alice'], // same key id seeded in both: the only known owner
        ['222222222222', 'arn:aws:iam::222222222222:user/alice'],
      ],
    );
    assert.equal(inv.partial, true);
    assert.deepEqual(
      inv.gaps.map((g) => [g.operation, g.count]),
      [
        ['get-login-profile', 1],
        ['list-access-keys', 1],
      ],
    );
  });
});
