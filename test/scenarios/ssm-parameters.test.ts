// Scenario suite: reading SSM Parameter Store parameters from a Fargate task role — SecureString keys,
// parameter ARN forms, and GetParametersByPath.
// Refs: https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html
// (parameter ARNs: arn:aws:ssm:<region>:<account>:parameter/<name without its leading slash>; "if a user
// has access to a path, then the user can access all levels of that path … Even if a user has explicitly
// been denied access in IAM for parameter /a/b, they can still call GetParametersByPath recursively for
// /a and view /a/b");
// https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-retrieval-authorization.html
// (GetParameter, GetParameters, GetParameterHistory and GetParametersByPath return values;
// GetParametersByPath is authorized against the path in the request, not the parameters returned);
// https://docs.aws.amazon.com/kms/latest/developerguide/services-parameter-store.html (a SecureString
// value is decrypted with kms:Decrypt on its key; the aws/ssm AWS managed key serves the account's
// principals through Parameter Store without any IAM kms permission).
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
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const KEY = `arn:aws:kms:${R}:${A}:key/k1`;
const paramArn = (name: string) => `arn:aws:ssm:${R}:${A}:parameter${name.startsWith('/') ? '' : '/'}${name}`;

interface ParamSpec {
  name: string;
  type?: string;
  key?: string;
  /** Write the ARN field as describe-parameters returns it (default true). */
  withArn?: boolean;
}
function paramFiles(params: ParamSpec[], keyPolicy?: object): Record<string, unknown> {
  const files: Record<string, unknown> = {
    [`${R}/ssm/describe-parameters.json`]: {
      Parameters: params.map((p) => ({
        Name: p.name,
        ...(p.withArn === false ? {} : { ARN: paramArn(p.name) }),
        Type: p.type ?? 'String',
        ...(p.key ? { KeyId: p.key } : {}),
        Tier: 'Standard',
      })),
    },
  };
  if (keyPolicy) {
    files[`${R}/kms/list-keys.json`] = { Keys: [{ KeyId: 'k1', KeyArn: KEY }] };
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
    files[`${R}/kms/get-key-policy/k1.json`] = { Policy: JSON.stringify(keyPolicy), PolicyName: 'default' };
  }
  return files;
}
const task = (statements: object[], files: Record<string, unknown>) =>
  accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(...statements)] }],
    files,
  });

describe('scenarios: SSM parameters', function () {
  this.timeout(30000);
  after(removeDumps);

  describe('SecureString keys', () => {
    const keyPolicy = (principal: string) =>
      policyDoc({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:*', Resource: '*' });

    it('a SecureString under the aws/ssm key is read with ssm:GetParameter alone', async () => {
      const report = await analyzeDump(
        task(
          [allowStmt('ssm:GetParameter')],
          paramFiles([{ name: '/app/db', type: 'SecureString', key: 'alias/aws/ssm' }]),
        ),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, paramArn('/app/db')), [['ssm-parameter-read']]);
    });

    it('a SecureString under a customer key needs kms:Decrypt (delegated key policy + identity grant)', async () => {
      const params = [{ name: '/app/db', type: 'SecureString', key: KEY }];
      const rootPolicy = keyPolicy(`arn:aws:iam::${A}:root`);
      const without = await analyzeDump(
        task([allowStmt('ssm:GetParameter')], paramFiles(params, rootPolicy)),
        [SRC],
      );
      assert.equal(reaches(without, SRC, paramArn('/app/db')), false);
      const withKms = await analyzeDump(
        task([allowStmt(['ssm:GetParameter', 'kms:Decrypt'])], paramFiles(params, rootPolicy)),
        [SRC],
      );
      assert.deepEqual(chains(withKms, SRC, paramArn('/app/db')), [['ssm-parameter-read']]);
    });

    it('a customer key whose policy names another role only stops the read', async () => {
      const params = [{ name: '/app/db', type: 'SecureString', key: KEY }];
      const report = await analyzeDump(
        task(
          [allowStmt(['ssm:GetParameter', 'kms:Decrypt'])],
          paramFiles(params, keyPolicy(roleArn(A, 'other'))),
        ),
        [SRC],
      );
      assert.equal(reaches(report, SRC, paramArn('/app/db')), false);
    });

    it('a String parameter needs no key at all', async () => {
      const report = await analyzeDump(
        task([allowStmt('ssm:GetParameters')], paramFiles([{ name: '/app/url' }])),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, paramArn('/app/url')), [['ssm-parameter-read']]);
    });
  });

  describe('operations that return a value', () => {
    it('ssm:GetParameterHistory alone reads the value (the history holds the current one)', async () => {
      const report = await analyzeDump(
        task([allowStmt('ssm:GetParameterHistory')], paramFiles([{ name: '/app/db' }])),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, paramArn('/app/db')), [['ssm-parameter-read']]);
    });

    it('ssm:DescribeParameters and ssm:ListTagsForResource read no value', async () => {
      const report = await analyzeDump(
        task(
          [allowStmt(['ssm:DescribeParameters', 'ssm:ListTagsForResource'])],
          paramFiles([{ name: '/app/db' }]),
        ),
        [SRC],
      );
      assert.equal(reaches(report, SRC, paramArn('/app/db')), false);
    });
  });

  describe('parameter ARN forms', () => {
    it('parameter/app/* covers /app/db (the ARN drops the leading slash of the name)', async () => {
      const report = await analyzeDump(
        task(
          [allowStmt('ssm:GetParameter', `arn:aws:ssm:${R}:${A}:parameter/app/*`)],
          paramFiles([{ name: '/app/db' }]),
        ),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, paramArn('/app/db')), [['ssm-parameter-read']]);
    });

    it('a name without a leading slash (db-url) is parameter/db-url, also when describe-parameters gives no ARN', async () => {
      for (const withArn of [true, false]) {
        const report = await analyzeDump(
          task(
            [allowStmt('ssm:GetParameter', `arn:aws:ssm:${R}:${A}:parameter/db-url`)],
            paramFiles([{ name: 'db-url', withArn }]),
          ),
          [SRC],
        );
        assert.deepEqual(chains(report, SRC, paramArn('db-url')), [['ssm-parameter-read']], String(withArn));
      }
    });

    it('parameter/other/* does not cover /app/db', async () => {
      const report = await analyzeDump(
        task(
          [allowStmt('ssm:GetParameter', `arn:aws:ssm:${R}:${A}:parameter/other/*`)],
          paramFiles([{ name: '/app/db' }]),
        ),
        [SRC],
      );
      assert.equal(reaches(report, SRC, paramArn('/app/db')), false);
    });
  });
});
