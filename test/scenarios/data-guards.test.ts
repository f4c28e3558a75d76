// Scenario suite: the last hop to data and the resource-side guards that must cut it.
// Refs: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (without the
// "Enable IAM User Permissions" root statement, IAM policies cannot grant use of the key);
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html (GetSecretValue
// needs kms:Decrypt on a customer managed key; the aws/secretsmanager key is usable through the service);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn;
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
// (RestrictPublicBuckets: only the bucket owner's principals and AWS services may use a public policy);
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.IAMPolicy.html
// (arn:aws:rds-db:region:account:dbuser:DbiResourceId/db-user-name — the resource id, not the name).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
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
const KEY = `arn:aws:kms:${R}:${A}:key/k1`;
const SECRET = `arn:aws:secretsmanager:${R}:${A}:secret:prod/db-AbCdEf`;

function secretFiles(opts: { key?: string; keyPolicy?: object; secretPolicy?: object }) {
  const files: Record<string, unknown> = {
    [`${R}/secretsmanager/list-secrets.json`]: {
      SecretList: [{ ARN: SECRET, Name: 'prod/db', ...(opts.key ? { KmsKeyId: opts.key } : {}), Tags: [] }],
    },
    [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: {
      ARN: SECRET,
      Name: 'prod/db',
      ...(opts.secretPolicy ? { ResourcePolicy: JSON.stringify(opts.secretPolicy) } : {}),
    },
    [`${R}/kms/list-keys.json`]: { Keys: opts.keyPolicy ? [{ KeyId: 'k1', KeyArn: KEY }] : [] },
  };
  if (opts.keyPolicy) {
    files[`${R}/kms/describe-key/k1.json`] = {
      KeyMetadata: {
        AWSAccountId: A,
        KeyId: 'k1',
        Arn: KEY,
        Enabled: true,
        KeyState: 'Enabled',
        KeyManager: 'CUSTOMER',
      },
    };
    files[`${R}/kms/get-key-policy/k1.json`] = {
      Policy: JSON.stringify(opts.keyPolicy),
      PolicyName: 'default',
    };
  }
  return files;
}
const keyPolicyFor = (principal: string, action = 'kms:*') =>
  policyDoc({ Effect: 'Allow', Principal: { AWS: principal }, Action: action, Resource: '*' });
const reader = (actions: string[], files: Record<string, unknown>) =>
  accountDump({
    id: A,
    roles: [
      { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt(actions))] },
      { name: 'other', trust: ECS_TASKS },
    ],
    files,
  });
const BOTH = ['secretsmanager:GetSecretValue', 'kms:Decrypt'];

describe('scenarios: guards on the last hop to data', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('Secrets Manager + KMS', () => {
    it('a CMK whose key policy delegates to the account root: identity GetSecretValue + kms:Decrypt reads it', async () => {
      const report = await analyzeDump(
        reader(BOTH, secretFiles({ key: KEY, keyPolicy: keyPolicyFor(`arn:aws:iam::${A}:root`) })),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, SECRET), [['secrets-get-value']]);
    });

    it('a CMK whose key policy lacks the root statement (names another role only) stops the read', async () => {
      const report = await analyzeDump(
        reader(BOTH, secretFiles({ key: KEY, keyPolicy: keyPolicyFor(roleArn(A, 'other')) })),
        [SRC],
      );
      assert.equal(reaches(report, SRC, SECRET), false);
    });

    it('a key policy naming the task role grants kms:Decrypt without any identity kms permission', async () => {
      const files = secretFiles({ key: KEY, keyPolicy: keyPolicyFor(SRC, 'kms:Decrypt') });
      const report = await analyzeDump(reader(['secretsmanager:GetSecretValue'], files), [SRC]);
      assert.deepEqual(chains(report, SRC, SECRET), [['secrets-get-value']]);
    });

    it('the default aws/secretsmanager key needs no kms permission', async () => {
      for (const key of [undefined, 'alias/aws/secretsmanager']) {
        const report = await analyzeDump(reader(['secretsmanager:GetSecretValue'], secretFiles({ key })), [
          SRC,
        ]);
        assert.deepEqual(chains(report, SRC, SECRET), [['secrets-get-value']], String(key));
      }
    });

    it('a secret policy denying every principal but another role (ArnNotEquals aws:PrincipalArn) stops the read', async () => {
      const secretPolicy = policyDoc({
        Effect: 'Deny',
        Principal: '*',
        Action: 'secretsmanager:*',
        Resource: '*',
        Condition: { ArnNotEquals: { 'aws:PrincipalArn': roleArn(A, 'other') } },
      });
      const report = await analyzeDump(
        reader(['secretsmanager:GetSecretValue'], secretFiles({ secretPolicy })),
        [SRC],
      );
      assert.equal(reaches(report, SRC, SECRET), false);
    });
  });

  describe('S3 bucket policies', () => {
    const BUCKET = 'arn:aws:s3:::data-bkt';
    const bucketFiles = (policy?: object, publicAccessBlock?: boolean) => ({
      's3api/list-buckets.json': {
        Buckets: [{ Name: 'data-bkt', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
      },
      ...(policy
        ? { 's3api/get-bucket-policy/data-bkt.json': { Policy: JSON.stringify(policy) } }
        : {
            's3api/get-bucket-policy/data-bkt.error.json': {
              error: { code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist' },
            },
          }),
      ...(publicAccessBlock === undefined
        ? {}
        : {
            's3api/get-public-access-block/data-bkt.json': {
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: publicAccessBlock,
                IgnorePublicAcls: publicAccessBlock,
                BlockPublicPolicy: publicAccessBlock,
                RestrictPublicBuckets: publicAccessBlock,
              },
            },
          }),
    });
    const denyAllBut = (operator: string, value: string) =>
      policyDoc({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [BUCKET, `${BUCKET}/*`],
        Condition: { [operator]: { 'aws:PrincipalArn': value } },
      });
    const s3Reader = (policy?: object) =>
      accountDump({
        id: A,
        roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('s3:GetObject'))] }],
        files: bucketFiles(policy),
      });

    it('without a bucket policy the identity grant reads the bucket', async () => {
      assert.deepEqual(chains(await analyzeDump(s3Reader(), [SRC]), SRC, BUCKET), [['s3-identity-read']]);
    });

    it('Deny with ArnNotEquals aws:PrincipalArn naming another role stops the task role', async () => {
      const report = await analyzeDump(s3Reader(denyAllBut('ArnNotEquals', roleArn(A, 'other'))), [SRC]);
      assert.equal(reaches(report, SRC, BUCKET), false);
    });

    it('Deny with ArnNotLike aws:PrincipalArn matching the task role does not stop it', async () => {
      const report = await analyzeDump(s3Reader(denyAllBut('ArnNotLike', `arn:aws:iam::${A}:role/sr*`)), [
        SRC,
      ]);
      assert.ok(reaches(report, SRC, BUCKET));
    });

    it('a public bucket policy is usable from another account unless RestrictPublicBuckets is on', async () => {
      const publicPolicy = policyDoc({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
      });
      const srcB = roleArn(B, 'src');
      const dump = (block: boolean) => ({
        ...accountDump({ id: A, files: bucketFiles(publicPolicy, block) }),
        ...accountDump({
          id: B,
          roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('s3:GetObject'))] }],
        }),
      });
      assert.deepEqual(chains(await analyzeDump(dump(false), [srcB]), srcB, BUCKET), [
        ['s3-bucket-policy-grant'],
      ]);
      assert.equal(reaches(await analyzeDump(dump(true), [srcB]), srcB, BUCKET), false);
    });
  });

  describe('RDS IAM authentication', () => {
    const DB = `arn:aws:rds:${R}:${A}:db:orders`;
    const connect = (resource: string) =>
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('rds-db:connect', resource))] },
        ],
        files: {
          [`${R}/rds/describe-db-instances.json`]: {
            DBInstances: [
              {
                DBInstanceIdentifier: 'orders',
                DBInstanceArn: DB,
                DbiResourceId: 'db-ORDERS123',
                Engine: 'postgres',
                MasterUsername: 'postgres',
                IAMDatabaseAuthenticationEnabled: true,
                VpcSecurityGroups: [],
              },
            ],
          },
          [`${R}/rds/describe-db-clusters.json`]: { DBClusters: [] },
        },
      });

    it('rds-db:connect on dbuser:<DbiResourceId>/<an application user> logs in', async () => {
      const report = await analyzeDump(connect(`arn:aws:rds-db:${R}:${A}:dbuser:db-ORDERS123/app_user`), [
        SRC,
      ]);
      assert.deepEqual(chains(report, SRC, DB), [['rds-iam-auth']]);
    });

    it('rds-db:connect written with the instance name instead of its resource id grants nothing', async () => {
      const report = await analyzeDump(connect(`arn:aws:rds-db:${R}:${A}:dbuser:orders/app_user`), [SRC]);
      assert.equal(reaches(report, SRC, DB), false);
    });
  });
});
