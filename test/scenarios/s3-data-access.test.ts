// Scenario suite: reading S3 from a Fargate task role — resource ARN forms, network conditions in
// bucket policies, other accounts' buckets, SSE-KMS.
// Refs: https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html (object
// operations such as s3:GetObject are authorized on the object ARN arn:aws:s3:::bucket/key, bucket
// operations such as s3:ListBucket on arn:aws:s3:::bucket);
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html
// (Deny unless aws:SourceVpce / aws:SourceVpc: holds only for requests through that endpoint / VPC);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip;
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html
// (cross-account: the bucket owner's policy and the caller's identity policy must both allow);
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html (reading an SSE-KMS
// object needs kms:Decrypt on its key; the AWS managed key aws/s3 cannot be used from another account);
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html (the caller must belong to the
// bucket owner's account, else 405 Method Not Allowed).
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
  reachesCertainly,
  roleArn,
} from '../support/scenario-dump.js';

const A = '111111111111';
const B = '222222222222';
const R = 'eu-west-1';
const BUCKET = 'arn:aws:s3:::data-bkt';
const KEY = `arn:aws:kms:${R}:${A}:key/k1`;

interface BucketSpec {
  policy?: object;
  /** get-bucket-encryption: SSE algorithm and optional key id. */
  encryption?: { algorithm: string; key?: string };
}

function bucketFiles(spec: BucketSpec): Record<string, unknown> {
  return {
    's3api/list-buckets.json': {
      Buckets: [{ Name: 'data-bkt', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
    },
    ...(spec.policy
      ? { 's3api/get-bucket-policy/data-bkt.json': { Policy: JSON.stringify(spec.policy) } }
      : {
          's3api/get-bucket-policy/data-bkt.error.json': {
            error: { code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist' },
          },
        }),
    ...(spec.encryption
      ? {
          's3api/get-bucket-encryption/data-bkt.json': {
            ServerSideEncryptionConfiguration: {
              Rules: [
                {
                  ApplyServerSideEncryptionByDefault: {
                    SSEAlgorithm: spec.encryption.algorithm,
                    ...(spec.encryption.key ? { KMSMasterKeyID: spec.encryption.key } : {}),
                  },
                  BucketKeyEnabled: true,
                },
              ],
            },
          },
        }
      : {}),
  };
}

function keyFiles(keyPolicy: object): Record<string, unknown> {
  return {
    [`${R}/kms/list-keys.json`]: { Keys: [{ KeyId: 'k1', KeyArn: KEY }] },
    [`${R}/kms/describe-key/k1.json`]: {
      KeyMetadata: {
        AWSAccountId: A,
        KeyId: 'k1',
        Arn: KEY,
        Enabled: true,
        KeyState: 'Enabled',
        KeyManager: 'CUSTOMER',
      },
    },
    [`${R}/kms/get-key-policy/k1.json`]: { Policy: JSON.stringify(keyPolicy), PolicyName: 'default' },
  };
}

const SRC = roleArn(A, 'src');
const task = (statements: object[], files: Record<string, unknown>) =>
  accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] }],
    files,
  });

describe('scenarios: S3 data access', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('resource ARN forms', () => {
    it('s3:GetObject granted only on the bucket ARN reads no object', async () => {
      const report = await analyzeDump(task([allowStmt('s3:GetObject', BUCKET)], bucketFiles({})), [SRC]);
      assert.equal(reaches(report, SRC, BUCKET), false);
    });

    it('s3:GetObject on a key prefix (bucket/reports/*) reads those objects', async () => {
      const report = await analyzeDump(
        task([allowStmt('s3:GetObject', `${BUCKET}/reports/*`)], bucketFiles({})),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, BUCKET), [['s3-identity-read']]);
    });

    it('s3:ListBucket granted only on the object ARN (bucket/*) lists nothing', async () => {
      const report = await analyzeDump(task([allowStmt('s3:ListBucket', `${BUCKET}/*`)], bucketFiles({})), [
        SRC,
      ]);
      assert.equal(reaches(report, SRC, BUCKET), false);
    });

    it('s3:PutObject on bucket/* writes (and is reported as write access)', async () => {
      const report = await analyzeDump(task([allowStmt('s3:PutObject', `${BUCKET}/*`)], bucketFiles({})), [
        SRC,
      ]);
      assert.deepEqual(chains(report, SRC, BUCKET), [['s3-identity-read']]);
      assert.equal(report.paths.find((p) => p.target === BUCKET)?.access, 'write');
    });
  });

  describe('network conditions in bucket policies', () => {
    const denyUnless = (operator: string, key: string, value: string) =>
      policyDoc({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [BUCKET, `${BUCKET}/*`],
        Condition: { [operator]: { [key]: value } },
      });
    const reader = (policy: object) =>
      task([allowStmt(['s3:GetObject', 's3:ListBucket'], [BUCKET, `${BUCKET}/*`])], bucketFiles({ policy }));

    for (const [operator, key, value] of [
      ['StringNotEquals', 'aws:SourceVpce', 'vpce-0123456789abcdef0'],
      ['StringNotEquals', 'aws:SourceVpc', 'vpc-0123456789abcdef0'],
      ['NotIpAddress', 'aws:SourceIp', '203.0.113.0/24'],
    ]) {
      it(`Deny unless ${key}: the read is conditional (neither certain nor absent)`, async () => {
        const report = await analyzeDump(reader(denyUnless(operator, key, value)), [SRC]);
        assert.ok(reaches(report, SRC, BUCKET), 'the path must exist');
        assert.equal(reachesCertainly(report, SRC, BUCKET), false, 'the path must not be certain');
        const hop = report.paths.find((p) => p.target === BUCKET)!.hops[0] as unknown as {
          conditionKeys?: string[];
        };
        assert.ok(JSON.stringify(hop).includes(key), `the hop names ${key}: ${JSON.stringify(hop)}`);
      });
    }

    it('a bucket policy Allow to the task role limited to aws:SourceVpc grants a conditional read', async () => {
      const policy = policyDoc({
        Effect: 'Allow',
        Principal: { AWS: SRC },
        Action: 's3:GetObject',
        Resource: `${BUCKET}/*`,
        Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-0123456789abcdef0' } },
      });
      const report = await analyzeDump(task([allowStmt('sts:GetCallerIdentity')], bucketFiles({ policy })), [
        SRC,
      ]);
      assert.deepEqual(chains(report, SRC, BUCKET), [['s3-bucket-policy-grant']]);
      assert.equal(reachesCertainly(report, SRC, BUCKET), false);
    });
  });

  describe("another account's bucket", () => {
    const srcB = roleArn(B, 'src');
    const crossDump = (
      policy: object | undefined,
      actions: string[],
      encryption?: BucketSpec['encryption'],
    ) => ({
      ...accountDump({ id: A, files: bucketFiles({ policy, encryption }) }),
      ...accountDump({
        id: B,
        roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt(actions))] }],
      }),
    });
    const grantB = (actions: string[], resource: string) =>
      policyDoc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${B}:root` },
        Action: actions,
        Resource: resource,
      });

    it('without a bucket policy, s3:* in the caller account reads nothing', async () => {
      const report = await analyzeDump(crossDump(undefined, ['s3:*']), [srcB]);
      assert.equal(reaches(report, srcB, BUCKET), false);
    });

    it('a bucket policy granting the caller account + identity s3:GetObject reads the bucket', async () => {
      const report = await analyzeDump(crossDump(grantB(['s3:GetObject'], `${BUCKET}/*`), ['s3:GetObject']), [
        srcB,
      ]);
      assert.deepEqual(chains(report, srcB, BUCKET), [['s3-bucket-policy-grant']]);
      assert.ok(reachesCertainly(report, srcB, BUCKET));
    });

    it('a bucket policy granting the caller account s3:* still gives no s3:PutBucketPolicy (owner account only)', async () => {
      const report = await analyzeDump(
        crossDump(grantB(['s3:*'], '*'), ['s3:PutBucketPolicy', 's3:GetObject']),
        [srcB],
      );
      assert.deepEqual(chains(report, srcB, BUCKET), [['s3-bucket-policy-grant']]);
      assert.equal(report.paths.find((p) => p.target === BUCKET)?.access, 'read');
    });

    it('a bucket policy grant without the caller identity permission reads nothing', async () => {
      const report = await analyzeDump(
        crossDump(grantB(['s3:GetObject'], `${BUCKET}/*`), ['sqs:ListQueues']),
        [srcB],
      );
      assert.equal(reaches(report, srcB, BUCKET), false);
    });
  });

  describe('SSE-KMS with a customer managed key', () => {
    const keyPolicy = (principal: string) =>
      policyDoc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:*', Resource: '*' });
    const kmsBucket = (actions: string[], principal: string) =>
      task([allowStmt(actions)], {
        ...bucketFiles({ encryption: { algorithm: 'aws:kms', key: KEY } }),
        ...keyFiles(keyPolicy(principal)),
      });

    it('s3:GetObject + kms:Decrypt under a key policy delegating to the account reads the bucket', async () => {
      const report = await analyzeDump(kmsBucket(['s3:GetObject', 'kms:Decrypt'], `arn:aws:iam::${A}:root`), [
        SRC,
      ]);
      assert.deepEqual(chains(report, SRC, BUCKET), [['s3-identity-read']]);
    });

    it('s3:GetObject without any kms:Decrypt grant reads no object', async () => {
      const report = await analyzeDump(kmsBucket(['s3:GetObject'], `arn:aws:iam::${A}:root`), [SRC]);
      assert.equal(reaches(report, SRC, BUCKET), false);
    });

    it('a key policy that names another role only stops the read despite identity kms:Decrypt', async () => {
      const report = await analyzeDump(kmsBucket(['s3:GetObject', 'kms:Decrypt'], roleArn(A, 'other')), [
        SRC,
      ]);
      assert.equal(reaches(report, SRC, BUCKET), false);
    });

    it('the key requirement does not apply to writes (the writer may choose SSE-S3)', async () => {
      const report = await analyzeDump(kmsBucket(['s3:PutObject'], roleArn(A, 'other')), [SRC]);
      assert.deepEqual(chains(report, SRC, BUCKET), [['s3-identity-read']]);
    });
  });
});
