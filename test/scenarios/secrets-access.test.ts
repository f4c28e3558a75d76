// Scenario suite: reading Secrets Manager secrets from a Fargate task role — regions, resource-policy
// denies on the caller's ARN, other accounts and the AWS managed key.
// Refs: https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html (the
// secret ARN carries its region: arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 chars>);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
// (aws:PrincipalArn of a role session is the role ARN);
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html
// (cross-account: resource policy AND identity policy, and the secret must use a customer managed key:
// "you can't use the AWS managed key (aws/secretsmanager) for cross-account access");
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/create-manage-multi-region-secrets.html
// (a replica is a secret of its own in its region, with its own ARN and KMS key).
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
const R2 = 'us-east-1';
const secretArn = (account: string, region: string) =>
  `arn:aws:secretsmanager:${region}:${account}:secret:prod/db-AbCdEf`;

interface SecretSpec {
  region?: string;
  key?: string;
  policy?: object;
  primaryRegion?: string;
}
function secretFiles(account: string, spec: SecretSpec): Record<string, unknown> {
  const region = spec.region ?? R;
  const arn = secretArn(account, region);
  return {
    [`${region}/secretsmanager/list-secrets.json`]: {
      SecretList: [
        {
          ARN: arn,
          Name: 'prod/db',
          ...(spec.key ? { KmsKeyId: spec.key } : {}),
          ...(spec.primaryRegion ? { PrimaryRegion: spec.primaryRegion } : {}),
          Tags: [],
        },
      ],
    },
    [`${region}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: {
      ARN: arn,
      Name: 'prod/db',
      ...(spec.policy ? { ResourcePolicy: JSON.stringify(spec.policy) } : {}),
    },
  };
}

describe('scenarios: Secrets Manager access', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('regions', () => {
    const SRC = roleArn(A, 'src');
    const dump = (resource: string) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('secretsmanager:GetSecretValue', resource))],
          },
        ],
        files: secretFiles(A, { region: R2 }),
      });

    it('GetSecretValue scoped to eu-west-1 secrets does not read a us-east-1 secret', async () => {
      const report = await analyzeDump(dump(`arn:aws:secretsmanager:${R}:${A}:secret:*`), [SRC]);
      assert.equal(reaches(report, SRC, secretArn(A, R2)), false);
    });

    it('GetSecretValue on secret:prod/db-?????? of any region reads it', async () => {
      const report = await analyzeDump(dump(`arn:aws:secretsmanager:*:${A}:secret:prod/db-??????`), [SRC]);
      assert.deepEqual(chains(report, SRC, secretArn(A, R2)), [['secrets-get-value']]);
    });

    it('a replica is read through its own ARN (each region is its own asset)', async () => {
      const files = {
        ...secretFiles(A, { region: R }),
        ...secretFiles(A, { region: R2, primaryRegion: R }),
      };
      const report = await analyzeDump(
        accountDump({
          id: A,
          roles: [
            {
              name: 'src',
              trust: ECS_TASKS,
              inline: [
                policyDoc(
                  allowStmt('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:${R2}:${A}:secret:*`),
                ),
              ],
            },
          ],
          files,
        }),
        [SRC],
      );
      assert.ok(reaches(report, SRC, secretArn(A, R2)));
      assert.equal(reaches(report, SRC, secretArn(A, R)), false);
    });
  });

  describe('resource policy Deny on aws:PrincipalArn', () => {
    const denyUnless = (pattern: string) =>
      policyDoc({
        Effect: 'Deny',
        Principal: '*',
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
        Condition: { StringNotLike: { 'aws:PrincipalArn': pattern } },
      });
    const dump = (roleName: string, pattern: string) =>
      accountDump({
        id: A,
        roles: [
          {
            name: roleName,
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('secretsmanager:GetSecretValue'))],
          },
        ],
        files: secretFiles(A, { policy: denyUnless(pattern) }),
      });

    it('StringNotLike arn:…:role/app-* denies the task role src', async () => {
      const src = roleArn(A, 'src');
      const report = await analyzeDump(dump('src', `arn:aws:iam::${A}:role/app-*`), [src]);
      assert.equal(reaches(report, src, secretArn(A, R)), false);
    });

    it('StringNotLike arn:…:role/app-* lets the role app-web read it, certainly', async () => {
      const src = roleArn(A, 'app-web');
      const report = await analyzeDump(dump('app-web', `arn:aws:iam::${A}:role/app-*`), [src]);
      assert.ok(reachesCertainly(report, src, secretArn(A, R)));
    });
  });

  describe("another account's secret", () => {
    const srcB = roleArn(B, 'src');
    const grantB = policyDoc({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${B}:root` },
      Action: 'secretsmanager:GetSecretValue',
      Resource: '*',
    });
    const dump = (key?: string) => ({
      ...accountDump({ id: A, files: secretFiles(A, { key, policy: grantB }) }),
      ...accountDump({
        id: B,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['secretsmanager:GetSecretValue', 'kms:Decrypt']))],
          },
        ],
      }),
    });

    it('encrypted with the default aws/secretsmanager key: another account cannot read it', async () => {
      for (const key of [undefined, 'alias/aws/secretsmanager']) {
        const report = await analyzeDump(dump(key), [srcB]);
        assert.equal(reaches(report, srcB, secretArn(A, R)), false, String(key));
      }
    });

    it('encrypted with a customer key of the owner (key policy not collected): conditional, not absent', async () => {
      const report = await analyzeDump(dump(`arn:aws:kms:${R}:${A}:key/k-cmk`), [srcB]);
      assert.ok(reaches(report, srcB, secretArn(A, R)));
      assert.equal(reachesCertainly(report, srcB, secretArn(A, R)), false);
    });

    it('the same default-key secret is still read by a role of its own account', async () => {
      const src = roleArn(A, 'own');
      const report = await analyzeDump(
        {
          ...accountDump({
            id: A,
            roles: [
              {
                name: 'own',
                trust: ECS_TASKS,
                inline: [policyDoc(allowStmt('secretsmanager:GetSecretValue'))],
              },
            ],
            files: secretFiles(A, { policy: grantB }),
          }),
        },
        [src],
      );
      assert.ok(reachesCertainly(report, src, secretArn(A, R)));
    });
  });
});
