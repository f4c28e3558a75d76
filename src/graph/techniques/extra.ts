// Edges that are not rows of the technique table but need stable ids: an already-admin principal,
// and using a credential the attacker holds (an access key, a connection string, a database secret).
import { attachAdministratorAccess, on } from './permissions.js';
import type { TechniqueRecord } from './types.js';

export const extraTechniques: TechniqueRecord[] = [
  {
    id: 'admin-equivalent',
    title: 'Already administrator of the account',
    group: 'extra',
    module: 'iam',
    actor: 'principal',
    targets: 'account-admin',
    requires: [
      {
        // `*` on `*`, probed on services that have no resource policies to lend the permission.
        all: [
          on('probe-role', 'iam:PutRolePolicy'),
          on('probe-role', 'iam:PassRole'),
          on('probe-bucket-object', 's3:GetObject'),
          on('any', 'ec2:RunInstances'),
          on('any', 'ecs:RunTask'),
          on('any', 'lambda:CreateFunction'),
        ],
      },
      {
        // IAM write broad enough to grant itself, or anyone, anything. (Guardrail SCPs often deny
        // iam:CreateAccessKey; that does not make a principal that can rewrite every policy less admin.)
        all: [
          attachAdministratorAccess('probe-role', 'iam:AttachRolePolicy'),
          on('probe-role', 'iam:PutRolePolicy'),
          on('probe-role', 'iam:UpdateAssumeRolePolicy'),
          attachAdministratorAccess('probe-user', 'iam:AttachUserPolicy'),
          on('probe-user', 'iam:PutUserPolicy'),
        ],
      },
    ],
    preconditions: [],
    gain: { edge: 'CAN_ADMINISTER', access: 'admin', summary: 'admin of its account' },
    effort: 0,
    prerequisites: 'effective permissions are `*` on `*`, or IAM write on every role and user',
    references: {},
  },
  {
    id: 'credential-use',
    title: 'Use a held credential: an access key as its IAM user, a database credential to log in',
    group: 'extra',
    module: 'credentials',
    actor: 'credential',
    targets: 'credential-targets',
    requires: [],
    preconditions: [],
    gain: {
      edge: 'CAN_BECOME',
      summary: 'the IAM user owning the key, or the database the credential opens',
    },
    effort: 1,
    prerequisites:
      'access key id listed under a user; connection-string host or RDS-managed secret names a database',
    references: {},
  },
];
