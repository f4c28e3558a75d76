// Scenario suite: data in another account and service trust with confused-deputy conditions.
// Refs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// (cross-account: the caller's identity policy AND the resource policy must both allow);
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html (an
// external principal needs the key policy grant and an IAM policy in its own account);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html (aws:SourceAccount / aws:SourceArn
// in a service trust are set by the service to the account / resource that acts).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyDoc,
  reaches,
  roleArn,
} from '../support/scenario-dump.js';

const A = '111111111111';
const B = '222222222222';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const source = (actions: string[]) =>
  accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: actions.length ? [policyDoc(allowStmt(actions))] : [] }],
  });

describe('scenarios: cross-account data and service trust conditions', function () {
  this.timeout(30000);
  after(removeDumps);

  it('a trust for ecs-tasks with aws:SourceAccount / aws:SourceArn of the same account still admits RunTask', async () => {
    const cluster = `arn:aws:ecs:${R}:${A}:cluster/c`;
    const trust = policyDoc({
      Effect: 'Allow',
      Principal: { Service: 'ecs-tasks.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: {
        ArnLike: { 'aws:SourceArn': `arn:aws:ecs:${R}:${A}:*` },
        StringEquals: { 'aws:SourceAccount': A },
      },
    });
    const dump = accountDump({
      id: A,
      roles: [
        {
          name: 'src',
          trust: ECS_TASKS,
          inline: [policyDoc(allowStmt(['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask']))],
        },
        { name: 'tgt', trust, inline: [ADMIN_POLICY] },
      ],
      files: {
        [`${R}/ecs/list-clusters.json`]: { clusterArns: [cluster] },
        [`${R}/ecs/describe-clusters.json`]: {
          clusters: [
            { clusterArn: cluster, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
          ],
          failures: [],
        },
      },
    });
    const report = await analyzeDump(dump, [SRC]);
    assert.deepEqual(chains(report, SRC, `admin:${A}`), [
      ['ecs-register-taskdef-run-task', 'admin-equivalent'],
    ]);
    assert.equal(report.paths[0].hops[0].conditional, false);
  });

  describe('a bucket in account B', () => {
    const BUCKET = 'arn:aws:s3:::b-bkt';
    const bucketIn = (principal: string) =>
      accountDump({
        id: B,
        files: {
          's3api/list-buckets.json': {
            Buckets: [{ Name: 'b-bkt', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
          },
          's3api/get-bucket-policy/b-bkt.json': {
            Policy: JSON.stringify(
              policyDoc({
                Effect: 'Allow',
                Principal: { AWS: principal },
                Action: 's3:GetObject',
                Resource: `${BUCKET}/*`,
              }),
            ),
          },
        },
      });

    for (const [label, principal] of [
      ['the task role ARN', SRC],
      ['account A’s root', `arn:aws:iam::${A}:root`],
    ] as const) {
      it(`granting ${label} needs an identity allow in account A as well`, async () => {
        const without = await analyzeDump({ ...source([]), ...bucketIn(principal) }, [SRC]);
        assert.equal(reaches(without, SRC, BUCKET), false);
        const withAllow = await analyzeDump({ ...source(['s3:GetObject']), ...bucketIn(principal) }, [SRC]);
        assert.deepEqual(chains(withAllow, SRC, BUCKET), [['s3-bucket-policy-grant']]);
      });
    }
  });

  describe('a secret in account B encrypted with B’s CMK', () => {
    const SECRET = `arn:aws:secretsmanager:${R}:${B}:secret:shared-AbCdEf`;
    const KEY = `arn:aws:kms:${R}:${B}:key/kb`;
    const secretIn = (keyGrantee: string) =>
      accountDump({
        id: B,
        files: {
          [`${R}/secretsmanager/list-secrets.json`]: {
            SecretList: [{ ARN: SECRET, Name: 'shared', KmsKeyId: KEY, Tags: [] }],
          },
          [`${R}/secretsmanager/get-resource-policy/shared.json`]: {
            ARN: SECRET,
            Name: 'shared',
            ResourcePolicy: JSON.stringify(
              policyDoc({
                Effect: 'Allow',
                Principal: { AWS: SRC },
                Action: 'secretsmanager:GetSecretValue',
                Resource: '*',
              }),
            ),
          },
          [`${R}/kms/list-keys.json`]: { Keys: [{ KeyId: 'kb', KeyArn: KEY }] },
          [`${R}/kms/describe-key/kb.json`]: {
            KeyMetadata: {
              AWSAccountId: B,
              KeyId: 'kb',
              Arn: KEY,
              Enabled: true,
              KeyState: 'Enabled',
              KeyManager: 'CUSTOMER',
            },
          },
          [`${R}/kms/get-key-policy/kb.json`]: {
            Policy: JSON.stringify(
              policyDoc(
                {
                  Effect: 'Allow',
                  Principal: { AWS: `arn:aws:iam::${B}:root` },
                  Action: 'kms:*',
                  Resource: '*',
                },
                { Effect: 'Allow', Principal: { AWS: keyGrantee }, Action: 'kms:Decrypt', Resource: '*' },
              ),
            ),
          },
        },
      });
    const BOTH = ['secretsmanager:GetSecretValue', 'kms:Decrypt'];

    it('secret policy + key policy + identity allows for both actions: readable', async () => {
      const report = await analyzeDump({ ...source(BOTH), ...secretIn(SRC) }, [SRC]);
      assert.deepEqual(chains(report, SRC, SECRET), [['secrets-get-value']]);
    });

    it('without kms:Decrypt in the caller’s own identity policy: not readable', async () => {
      const report = await analyzeDump({ ...source(['secretsmanager:GetSecretValue']), ...secretIn(SRC) }, [
        SRC,
      ]);
      assert.equal(reaches(report, SRC, SECRET), false);
    });

    it('a key policy that does not name the caller (or its account): not readable', async () => {
      const report = await analyzeDump({ ...source(BOTH), ...secretIn(roleArn(B, 'x')) }, [SRC]);
      assert.equal(reaches(report, SRC, SECRET), false);
    });
  });
});
