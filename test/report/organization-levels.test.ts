// The organization facts the HTML report names SCP levels with: each member account's levels root
// first (the order AWS evaluates them and the evidence lists them), through nested OUs, which
// policy is attached where, and the levels with no SCP listed (FullAWSAccess assumed there).
import { strict as assert } from 'node:assert';
import type { Organization } from '../../src/snapshot/types.js';
import { organizationLevels } from '../../src/report/html/organization-levels.js';

const ORG: Organization = {
  id: 'o-1',
  managementAccountId: '111111111111',
  units: [
    { id: 'r-1', name: 'Root', kind: 'root' },
    { id: 'ou-a', name: 'Workloads', kind: 'ou', parentId: 'r-1' },
    { id: 'ou-b', name: 'Prod', kind: 'ou', parentId: 'ou-a' },
  ],
  accounts: [
    { id: '111111111111', name: 'management', parentId: 'r-1' },
    { id: '222222222222', name: 'prod', parentId: 'ou-b' },
  ],
  policies: [
    {
      id: 'p-FullAWSAccess',
      arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
      name: 'FullAWSAccess',
      type: 'SERVICE_CONTROL_POLICY',
      awsManaged: true,
      document: null,
      targets: ['r-1', 'ou-a', '222222222222'],
    },
    {
      id: 'p-rcp',
      name: 'DenyOutside',
      type: 'RESOURCE_CONTROL_POLICY',
      awsManaged: false,
      document: null,
      targets: ['ou-b'],
    },
  ],
};

describe('organization levels for the HTML evidence panel', () => {
  it('lists an account’s levels root first through nested OUs', () => {
    const levels = organizationLevels([ORG]);
    assert.deepEqual(levels.paths['222222222222'], [
      ['root', 'r-1', 'Root'],
      ['ou', 'ou-a', 'Workloads'],
      ['ou', 'ou-b', 'Prod'],
      ['account', '222222222222', 'prod'],
    ]);
    assert.deepEqual(levels.paths['111111111111'], [
      ['root', 'r-1', 'Root'],
      ['account', '111111111111', 'management'],
    ]);
  });

  it('keys policies as evidence names them (ARN, else id) and marks the levels with no SCP', () => {
    const levels = organizationLevels([ORG]);
    assert.deepEqual(
      levels.attached.scp['arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess'],
      ['r-1', 'ou-a', '222222222222'],
    );
    assert.deepEqual(levels.attached.rcp['p-rcp'], ['ou-b']);
    assert.deepEqual(levels.bare.sort(), ['111111111111', 'ou-b']);
  });

  it('stops at a parent cycle instead of looping', () => {
    const cyclic: Organization = {
      ...ORG,
      units: [
        { id: 'ou-x', name: 'X', kind: 'ou', parentId: 'ou-y' },
        { id: 'ou-y', name: 'Y', kind: 'ou', parentId: 'ou-x' },
      ],
      accounts: [{ id: '333333333333', parentId: 'ou-x' }],
    };
    assert.deepEqual(organizationLevels([cyclic]).paths['333333333333'], [
      ['ou', 'ou-y', 'Y'],
      ['ou', 'ou-x', 'X'],
      ['account', '333333333333', ''],
    ]);
  });
});
