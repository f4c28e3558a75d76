// Group B: becoming another principal through STS and Cognito.
import { on, passRole } from './permissions.js';
import type { TechniqueRecord } from './types.js';

export const stsTechniques: TechniqueRecord[] = [
  {
    id: 'sts-assume-role',
    title: 'Assume a role whose trust policy admits the caller',
    group: 'B',
    module: 'sts',
    actor: 'principal',
    targets: 'assumable-roles',
    requires: [{ all: [on('target', 'sts:AssumeRole')] }],
    preconditions: ['target-not-service-linked'],
    gain: { edge: 'CAN_BECOME', summary: 'target role' },
    effort: 1,
    prerequisites: 'trust allows caller; no Deny; chains',
    references: { pathfindingCloud: ['sts-001'] },
  },
  {
    id: 'sts-assume-role-cross-account',
    title: 'Assume a role in another account',
    group: 'B',
    module: 'sts',
    actor: 'principal',
    targets: 'roles-cross-account',
    requires: [{ all: [on('target', 'sts:AssumeRole')] }],
    preconditions: ['target-not-service-linked'],
    gain: { edge: 'CAN_BECOME', summary: 'role in other account' },
    effort: 1,
    prerequisites: 'trust allows other account AND source identity allows',
    references: {},
  },
  {
    id: 'cognito-identity-pool-roles',
    title: "Set an identity pool's unauthenticated role, then take its credentials",
    group: 'B',
    module: 'cognito-identity',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: 'cognito-identity.amazonaws.com',
    requires: [{ all: [passRole, on('any', 'cognito-identity:SetIdentityPoolRoles')] }],
    preconditions: ['target-trusts-federated-service'],
    gain: { edge: 'CAN_BECOME', summary: 'role via unauth creds' },
    effort: 2,
    assumptions: [
      'an identity pool with unauthenticated access exists (identity pools are not in the snapshot)',
    ],
    prerequisites: 'unauth-enabled pool; role trusts cognito-identity',
    references: { pathfindingCloud: ['cognitoidentity-001'] },
  },
];
