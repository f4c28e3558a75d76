// Data access authorized on other resources than the asset itself (parameter paths, qualified function ARNs, object keys under unusable keys).
// Refs: https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-retrieval-authorization.html,
// https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html (GetParametersByPath
// is authorized on the path; access to /a gives /a/b even when /a/b is denied);
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html (functions can be restricted
// by function, version or alias ARN; function:name:* matches versions and aliases);
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html and
// https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key (aws/s3 serves its own
// account only); https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html (disabled keys);
// https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html (PutKeyPolicy: no cross-account use).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  denyStmt,
  policyDoc,
  reaches,
  roleArn,
  trustService,
} from '../support/scenario-dump.js';

const A = '111111111111';
const B = '222222222222';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const KEY = `arn:aws:kms:${R}:${A}:key/k1`;
const task = (statements: object[], files: Record<string, unknown>) =>
  accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] }],
    files,
  });
const keyFiles = (state: string) => ({
  [`${R}/kms/list-keys.json`]: { Keys: [{ KeyId: 'k1', KeyArn: KEY }] },
  [`${R}/kms/describe-key/k1.json`]: {
    KeyMetadata: {
      AWSAccountId: A,
      KeyId: 'k1',
      Arn: KEY,
      KeyState: state,
      KeyManager: 'CUSTOMER',
      KeyUsage: 'ENCRYPT_DECRYPT',
    },
  },
  [`${R}/kms/get-key-policy/k1.json`]: {
    Policy: JSON.stringify(
      policyDoc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${A}:root` },
        Action: 'kms:*',
        Resource: '*',
      }),
    ),
  },
});

describe('data access through the resources each action is authorized on', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('SSM GetParametersByPath', () => {
    const P = `arn:aws:ssm:${R}:${A}:parameter/app/db`;
    const files = {
      [`${R}/ssm/describe-parameters.json`]: { Parameters: [{ Name: '/app/db', ARN: P, Type: 'String' }] },
    };
    it('GetParametersByPath on the path parameter/app reads /app/db', async () => {
      const report = await analyzeDump(
        task([allowStmt('ssm:GetParametersByPath', `arn:aws:ssm:${R}:${A}:parameter/app`)], files),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, P), [['ssm-parameter-read']]);
    });
    it('a Deny of ssm:GetParameter* on /app/db does not stop GetParametersByPath on /app', async () => {
      const report = await analyzeDump(
        task(
          [allowStmt(['ssm:GetParameter', 'ssm:GetParametersByPath'], '*'), denyStmt('ssm:GetParameter*', P)],
          files,
        ),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, P), [['ssm-parameter-read']]);
    });
    it('GetParametersByPath granted only on the parameter ARN itself reads nothing', async () => {
      const report = await analyzeDump(task([allowStmt('ssm:GetParametersByPath', P)], files), [SRC]);
      assert.equal(reaches(report, SRC, P), false);
    });
    it('GetParametersByPath on parameter/other does not read /app/db', async () => {
      const report = await analyzeDump(
        task([allowStmt('ssm:GetParametersByPath', `arn:aws:ssm:${R}:${A}:parameter/other`)], files),
        [SRC],
      );
      assert.equal(reaches(report, SRC, P), false);
    });
  });

  describe('Lambda qualified ARNs', () => {
    const FN = `arn:aws:lambda:${R}:${A}:function:hook`;
    const dump = (statements: object[]) =>
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] },
          { name: 'fnrole', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
        ],
        files: {
          [`${R}/lambda/list-functions.json`]: {
            Functions: [
              { FunctionName: 'hook', FunctionArn: FN, Runtime: 'nodejs20.x', Role: roleArn(A, 'fnrole') },
            ],
          },
          [`${R}/lambda/get-policy/hook.error.json`]: {
            error: { code: 'ResourceNotFoundException', message: 'x' },
          },
        },
      });
    for (const resource of [`${FN}:*`, `${FN}:prod`]) {
      it(`InvokeFunction on ${resource.split(':').slice(-2).join(':')} invokes the function (through a version or alias)`, async () => {
        const report = await analyzeDump(dump([allowStmt('lambda:InvokeFunction', resource)]), [SRC]);
        assert.deepEqual(chains(report, SRC, FN), [['lambda-invoke-existing']]);
      });
    }
    it('a Deny on the unqualified ARN only leaves invocation through a qualifier', async () => {
      const report = await analyzeDump(
        dump([allowStmt('lambda:InvokeFunction'), denyStmt('lambda:InvokeFunction', FN)]),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, FN), [['lambda-invoke-existing']]);
    });
    it('a Deny on function:hook* stops every invocation', async () => {
      const report = await analyzeDump(
        dump([allowStmt('lambda:InvokeFunction'), denyStmt('lambda:InvokeFunction', `${FN}*`)]),
        [SRC],
      );
      assert.equal(reaches(report, SRC, FN), false);
    });
  });

  describe('S3 objects under a key that cannot decrypt for the caller', () => {
    const BUCKET = 'arn:aws:s3:::data-bkt';
    const bucket = (encryption: Record<string, string>) => ({
      's3api/list-buckets.json': { Buckets: [{ Name: 'data-bkt', BucketRegion: R }] },
      's3api/get-bucket-policy/data-bkt.json': {
        Policy: JSON.stringify(
          policyDoc({
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${B}:root` },
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: [BUCKET, `${BUCKET}/*`],
          }),
        ),
      },
      's3api/get-bucket-encryption/data-bkt.json': {
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: encryption }] },
      },
    });
    it('SSE-KMS with aws/s3: another account reads no object (it may still list)', async () => {
      const srcB = roleArn(B, 'src');
      for (const encryption of <Record<string, string>[]>[
        { SSEAlgorithm: 'aws:kms' },
        { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/aws/s3' },
      ]) {
        const dump = (actions: string[]) => ({
          ...accountDump({ id: A, files: bucket(encryption) }),
          ...accountDump({
            id: B,
            roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt(actions))] }],
          }),
        });
        const read = await analyzeDump(dump(['s3:GetObject', 'kms:Decrypt']), [srcB]);
        assert.equal(reaches(read, srcB, BUCKET), false, JSON.stringify(encryption));
        const list = await analyzeDump(dump(['s3:ListBucket']), [srcB]);
        assert.ok(reaches(list, srcB, BUCKET), 'listing needs no key');
      }
    });
    it('SSE-KMS with aws/s3: the owner account reads without any kms permission', async () => {
      const report = await analyzeDump(
        task([allowStmt('s3:GetObject')], bucket({ SSEAlgorithm: 'aws:kms' })),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, BUCKET), [['s3-identity-read']]);
    });
    it('SSE-KMS with a disabled customer key: GetObject reads nothing', async () => {
      const files = { ...bucket({ SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY }), ...keyFiles('Disabled') };
      const report = await analyzeDump(task([allowStmt(['s3:GetObject', 'kms:Decrypt'])], files), [SRC]);
      assert.equal(reaches(report, SRC, BUCKET), false);
    });
  });

  describe("kms:PutKeyPolicy on another account's key", () => {
    it('a key policy granting the caller account kms:* gives decrypt (read), never key-policy takeover (admin)', async () => {
      const srcB = roleArn(B, 'src');
      const keyPolicy = policyDoc(
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${B}:root` }, Action: 'kms:*', Resource: '*' },
      );
      const files = {
        ...keyFiles('Enabled'),
        [`${R}/kms/get-key-policy/k1.json`]: { Policy: JSON.stringify(keyPolicy) },
      };
      const report = await analyzeDump(
        {
          ...accountDump({ id: A, files }),
          ...accountDump({
            id: B,
            roles: [
              {
                name: 'src',
                trust: ECS_TASKS,
                inline: [policyDoc(allowStmt(['kms:PutKeyPolicy', 'kms:Decrypt']))],
              },
            ],
          }),
        },
        [srcB],
      );
      assert.deepEqual(
        report.paths.filter((p) => p.target === KEY).map((p) => p.access),
        ['read'],
      );
    });
  });

  describe('kms-decrypt on a disabled key', () => {
    it('no read edge; rewriting its key policy (admin) stays possible', async () => {
      const decrypt = await analyzeDump(task([allowStmt('kms:Decrypt')], keyFiles('Disabled')), [SRC]);
      assert.equal(reaches(decrypt, SRC, KEY), false);
      const admin = await analyzeDump(task([allowStmt('kms:PutKeyPolicy')], keyFiles('Disabled')), [SRC]);
      assert.deepEqual(chains(admin, SRC, KEY), [['kms-decrypt']]);
      const enabled = await analyzeDump(task([allowStmt('kms:Decrypt')], keyFiles('Enabled')), [SRC]);
      assert.deepEqual(chains(enabled, SRC, KEY), [['kms-decrypt']]);
    });
  });
});
