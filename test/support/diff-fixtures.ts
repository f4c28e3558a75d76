// Hand-made analyses and snapshots for diff scenarios: a task whose role gains a path to admin.
import type { AnalysisResult, AttackPath, PathHop, SourceRadius } from '../../src/queries/types.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { emptyAccount, emptyIam } from '../../src/snapshot/empty-account.js';

export const ACCOUNT = '111122223333';
export const TASKDEF = `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/web:3`;
export const TASK_ROLE = `arn:aws:iam::${ACCOUNT}:role/web-task`;
const ADMIN_ROLE = `arn:aws:iam::${ACCOUNT}:role/deploy-admin`;
const BUCKET = 'arn:aws:s3:::orders';
export const INLINE = `${TASK_ROLE}#inline/runner`;

function hop(from: string, to: string, technique: string, policyId?: string, statement = 0): PathHop {
  return {
    from,
    to,
    technique,
    conditional: false,
    conditionKeys: [],
    assumptions: [],
    evidence: policyId
      ? [
          {
            action: 'iam:PassRole',
            resource: to,
            statements: [{ policyId, policyType: 'identity', statement }],
          },
        ]
      : [],
  };
}

const toRole = hop(TASKDEF, TASK_ROLE, 'ecs-task-metadata-creds');
export const readOrders: AttackPath = {
  source: TASKDEF,
  target: BUCKET,
  targetKind: 'S3Bucket',
  access: 'read',
  score: 4,
  hops: [toRole, hop(TASK_ROLE, BUCKET, 's3-read', `${TASK_ROLE}#inline/app`)],
};
export const toAdmin: AttackPath = {
  source: TASKDEF,
  target: `admin:${ACCOUNT}`,
  targetKind: 'Admin',
  access: 'admin',
  score: 50,
  hops: [
    toRole,
    hop(TASK_ROLE, ADMIN_ROLE, 'ecs-register-taskdef-run-task', INLINE, 1),
    hop(ADMIN_ROLE, `admin:${ACCOUNT}`, 'admin-equivalent'),
  ],
};

export function radius(score: number, assets: SourceRadius['assets']): SourceRadius {
  return { id: TASKDEF, kind: 'AWSECSTaskDefinition', account: ACCOUNT, score, assets };
}
export function analysis(paths: AttackPath[], sources: SourceRadius[]): AnalysisResult {
  return { schemaVersion: 1, dataVersions: {}, coverage: { partial: false, gaps: [] }, sources, paths };
}
export const bucketAsset = {
  id: BUCKET,
  kind: 'S3Bucket' as const,
  access: 'read' as const,
  hops: 2,
  conditional: false,
  score: 4,
};
const adminAsset = {
  id: `admin:${ACCOUNT}`,
  kind: 'Admin' as const,
  access: 'admin' as const,
  hops: 3,
  conditional: false,
  score: 50,
};

export const before = analysis([readOrders], [radius(4, [bucketAsset])]);
export const after = analysis([readOrders, toAdmin], [radius(54, [bucketAsset, adminAsset])]);

export function snapshotWithRunner(statements: Record<string, unknown>[] | null): Snapshot {
  return {
    schemaVersion: 1,
    generator: { name: 'blastmap', version: 'test' },
    source: { kind: 'synthetic' },
    dataSources: [],
    organizations: [],
    credentialFindings: [],
    gaps: [],
    diagnostics: [],
    accounts: [
      {
        ...emptyAccount(ACCOUNT, { regions: ['eu-west-1'] }),
        iam: {
          ...emptyIam(),
          roles: [
            {
              arn: TASK_ROLE,
              name: 'web-task',
              id: 'AROAEXAMPLE',
              path: '/',
              trustPolicy: null,
              inlinePolicies: statements
                ? [{ name: 'runner', document: { Version: '2012-10-17', Statement: statements } }]
                : [],
              attachedPolicies: [],
              tags: {},
              instanceProfiles: [],
              serviceLinked: false,
            },
          ],
        },
      },
    ],
  };
}
