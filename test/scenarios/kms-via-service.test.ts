// kms:ViaService and
// kms:CallerAccount in key policies are decided, not left as unknown conditions.
// Refs: https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
// (the key is present only when an AWS service calls KMS on the principal's behalf; the value is
// <service>.<region>.amazonaws.com) and #conditions-kms-caller-account (the caller's account);
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html (Secrets Manager
// calls kms:Decrypt with the caller's credentials through secretsmanager.<region>.amazonaws.com).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const KEY = `arn:aws:kms:${R}:${A}:key/k1`;
const SECRET = `arn:aws:secretsmanager:${R}:${A}:secret:prod/db-AbCdEf`;
const BUCKET = 'arn:aws:s3:::data-bkt';

function dump(actions: string[], keyStatement: object) {
  return accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt(actions))] }],
    files: {
      [`${R}/secretsmanager/list-secrets.json`]: {
        SecretList: [{ ARN: SECRET, Name: 'prod/db', KmsKeyId: KEY, Tags: [] }],
      },
      [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: { ARN: SECRET, Name: 'prod/db' },
      's3api/list-buckets.json': { Buckets: [{ Name: 'data-bkt', BucketRegion: R }] },
      's3api/get-bucket-policy/data-bkt.error.json': {
        error: { code: 'NoSuchBucketPolicy', message: 'none' },
      },
      's3api/get-bucket-encryption/data-bkt.json': {
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY } }],
        },
      },
      [`${R}/kms/list-keys.json`]: { Keys: [{ KeyId: 'k1', KeyArn: KEY }] },
      [`${R}/kms/describe-key/k1.json`]: {
        KeyMetadata: { AWSAccountId: A, KeyId: 'k1', Arn: KEY, KeyState: 'Enabled', KeyManager: 'CUSTOMER' },
      },
      [`${R}/kms/get-key-policy/k1.json`]: { Policy: JSON.stringify(policyDoc(keyStatement)) },
    },
  });
}
const via = (service: string, principal: object = { AWS: SRC }, extra: Record<string, string> = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'kms:Decrypt',
  Resource: '*',
  Condition: { StringEquals: { 'kms:ViaService': `${service}.${R}.amazonaws.com`, ...extra } },
});

describe('kms:ViaService and kms:CallerAccount are decided', function () {
  this.timeout(30000);
  after(removeDumps);

  it('a key policy naming the task role via secretsmanager: the secret read is certain', async () => {
    const report = await analyzeDump(dump(['secretsmanager:GetSecretValue'], via('secretsmanager')), [SRC]);
    assert.ok(reachesCertainly(report, SRC, SECRET));
  });

  it('the AWS-managed-key shape (Principal *, kms:CallerAccount + kms:ViaService): certain for the own account', async () => {
    const statement = via('secretsmanager', { AWS: '*' }, { 'kms:CallerAccount': A });
    const report = await analyzeDump(dump(['secretsmanager:GetSecretValue', 'kms:Decrypt'], statement), [
      SRC,
    ]);
    assert.ok(reachesCertainly(report, SRC, SECRET));
  });

  it('the identity-side pattern (kms:Decrypt only via secretsmanager in the task role policy): certain', async () => {
    const identity = ['secretsmanager:GetSecretValue'];
    const statement = {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${A}:root` },
      Action: 'kms:*',
      Resource: '*',
    };
    const d = dump(identity, statement);
    const gaad = d[`${A}/iam/get-account-authorization-details.json`] as {
      RoleDetailList: { RolePolicyList: { PolicyDocument: { Statement: object[] } }[] }[];
    };
    gaad.RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement.push(
      allowStmt('kms:Decrypt', KEY, {
        StringEquals: { 'kms:ViaService': `secretsmanager.${R}.amazonaws.com` },
      }),
    );
    const report = await analyzeDump(d, [SRC]);
    assert.ok(reachesCertainly(report, SRC, SECRET));
    assert.equal(reaches(report, SRC, KEY), false, 'no direct decrypt');
  });

  it('kms:CallerAccount naming another account: no read', async () => {
    const statement = via('secretsmanager', { AWS: '*' }, { 'kms:CallerAccount': '999999999999' });
    const report = await analyzeDump(dump(['secretsmanager:GetSecretValue', 'kms:Decrypt'], statement), [
      SRC,
    ]);
    assert.equal(reaches(report, SRC, SECRET), false);
  });

  it('a key usable only via rds: the secret read is absent', async () => {
    const report = await analyzeDump(dump(['secretsmanager:GetSecretValue'], via('rds')), [SRC]);
    assert.equal(reaches(report, SRC, SECRET), false);
  });

  it('a key usable only via secretsmanager gives no direct kms-decrypt edge', async () => {
    const report = await analyzeDump(dump(['kms:Decrypt'], via('secretsmanager')), [SRC]);
    assert.equal(reaches(report, SRC, KEY), false);
  });

  it('a key usable only via s3: bucket objects read certainly, the secret not at all', async () => {
    const report = await analyzeDump(dump(['s3:GetObject', 'secretsmanager:GetSecretValue'], via('s3')), [
      SRC,
    ]);
    assert.ok(reachesCertainly(report, SRC, BUCKET));
    assert.equal(reaches(report, SRC, SECRET), false);
  });
});
