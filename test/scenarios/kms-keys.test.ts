// Scenario suite: KMS keys on the way to data — key policies restricted with kms:ViaService and
// kms:CallerAccount, disabled keys, and what a direct kms:Decrypt gives.
// Refs: https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service
// (kms:ViaService limits use of the key to requests a named AWS service makes on the principal's behalf;
// a direct call to KMS does not carry it) and #conditions-kms-caller-account (the account of the calling
// principal); https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
// (GetSecretValue makes Secrets Manager call kms:Decrypt on the principal's behalf, through
// secretsmanager.<region>.amazonaws.com); https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
// (a Disabled or PendingDeletion key cannot be used in cryptographic operations);
// https://docs.aws.amazon.com/kms/latest/developerguide/grants.html (grants also allow key use; blastmap
// does not collect them — see docs/correctness-scenarios.md).
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

function files(keyPolicy: object, keyState = 'Enabled'): Record<string, unknown> {
  return {
    [`${R}/secretsmanager/list-secrets.json`]: {
      SecretList: [{ ARN: SECRET, Name: 'prod/db', KmsKeyId: KEY, Tags: [] }],
    },
    [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: { ARN: SECRET, Name: 'prod/db' },
    [`${R}/kms/list-keys.json`]: { Keys: [{ KeyId: 'k1', KeyArn: KEY }] },
    [`${R}/kms/describe-key/k1.json`]: {
      KeyMetadata: {
        AWSAccountId: A,
        KeyId: 'k1',
        Arn: KEY,
        Enabled: keyState === 'Enabled',
        KeyState: keyState,
        KeyManager: 'CUSTOMER',
      },
    },
    [`${R}/kms/get-key-policy/k1.json`]: { Policy: JSON.stringify(keyPolicy), PolicyName: 'default' },
  };
}
const dump = (actions: string[], keyPolicy: object, keyState?: string) =>
  accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt(actions))] }],
    files: files(keyPolicy, keyState),
  });
const ROOT = policyDoc({
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${A}:root` },
  Action: 'kms:*',
  Resource: '*',
});

describe('scenarios: KMS key policies on the way to data', function () {
  this.timeout(30000);
  after(removeDumps);

  it('a disabled key: the secret cannot be decrypted, whatever the policies say', async () => {
    for (const state of ['Disabled', 'PendingDeletion']) {
      const report = await analyzeDump(dump(['secretsmanager:GetSecretValue', 'kms:Decrypt'], ROOT, state), [
        SRC,
      ]);
      assert.equal(reaches(report, SRC, SECRET), false, state);
    }
    const enabled = await analyzeDump(dump(['secretsmanager:GetSecretValue', 'kms:Decrypt'], ROOT), [SRC]);
    assert.ok(reachesCertainly(enabled, SRC, SECRET));
  });

  it('a disabled key: a new task passed an execution role gets no injected secret either', async () => {
    const passer = (state: string) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt(['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask', 'ecs:CreateCluster']),
              ),
            ],
          },
          {
            name: 'exec',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['secretsmanager:GetSecretValue', 'kms:Decrypt']))],
          },
        ],
        files: files(ROOT, state),
      });
    const injected = (report: Awaited<ReturnType<typeof analyzeDump>>) =>
      report.paths.some(
        (p) =>
          p.source === SRC &&
          p.target === SECRET &&
          p.hops.some((h) => h.technique === 'ecs-exec-role-secret-injection'),
      );
    assert.ok(injected(await analyzeDump(passer('Enabled'), [SRC])), 'enabled key: injected');
    assert.equal(injected(await analyzeDump(passer('Disabled'), [SRC])), false);
  });

  it('a disabled key: a SecureString under it cannot be read', async () => {
    const param = `arn:aws:ssm:${R}:${A}:parameter/app/db`;
    const withParam = (state: string) => {
      const d = dump(['ssm:GetParameter', 'kms:Decrypt'], ROOT, state);
      d[`${A}/${R}/ssm/describe-parameters.json`] = {
        Parameters: [{ Name: '/app/db', ARN: param, Type: 'SecureString', KeyId: KEY }],
      };
      return d;
    };
    assert.equal(reaches(await analyzeDump(withParam('Disabled'), [SRC]), SRC, param), false);
    assert.ok(reachesCertainly(await analyzeDump(withParam('Enabled'), [SRC]), SRC, param));
  });

  it('a key policy statement naming the task role with kms:ViaService of another service (rds) never lets it read the secret for sure', async () => {
    const keyPolicy = policyDoc({
      Effect: 'Allow',
      Principal: { AWS: SRC },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': `rds.${R}.amazonaws.com` } },
    });
    const report = await analyzeDump(dump(['secretsmanager:GetSecretValue'], keyPolicy), [SRC]);
    assert.equal(reachesCertainly(report, SRC, SECRET), false);
  });

  it('a direct kms:Decrypt allowed only via secretsmanager is never a certain kms-decrypt edge', async () => {
    const keyPolicy = policyDoc({
      Effect: 'Allow',
      Principal: { AWS: SRC },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${R}.amazonaws.com` } },
    });
    const report = await analyzeDump(dump(['secretsmanager:GetSecretValue'], keyPolicy), [SRC]);
    assert.equal(reachesCertainly(report, SRC, KEY), false);
    assert.ok(reaches(report, SRC, SECRET), 'the secret read through Secrets Manager stays possible');
  });
});
