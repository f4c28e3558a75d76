// Scenario suite: data the dump does not hold (a KMS key, a resource policy) is unknown, not absent.
// Refs: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html (every KMS request
// needs the key policy to allow it — unknown key policy: possible, not denied);
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html (the AWS managed key
// aws/secretsmanager allows use through Secrets Manager for principals of the account with IAM permission);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (in one account an
// identity Allow suffices unless some policy denies: a missing resource policy cannot make a certain read
// uncertain except through a Deny, while a grant only that policy could give stays conditional).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  policyDoc,
  roleArn,
  type Report,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const SECRET = `arn:aws:secretsmanager:${R}:${A}:secret:prod/db-AbCdEf`;

type Hop = { technique: string; conditional: boolean; conditionKeys?: string[] };
const secretDump = (kmsKeyId: string | undefined, withPolicyFile = true) =>
  accountDump({
    id: A,
    roles: [
      {
        name: 'src',
        trust: ECS_TASKS,
        inline: [policyDoc(allowStmt(['secretsmanager:GetSecretValue', 'kms:Decrypt']))],
      },
    ],
    files: {
      [`${R}/secretsmanager/list-secrets.json`]: {
        SecretList: [{ ARN: SECRET, Name: 'prod/db', ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}), Tags: [] }],
      },
      ...(withPolicyFile
        ? { [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: { ARN: SECRET, Name: 'prod/db' } }
        : {}),
    },
  });
const assetOf = (report: Report, id: string) => report.sources[0]?.assets.find((a) => a.id === id);
const hopsTo = (report: Report, target: string): Hop[] =>
  report.paths.filter((p) => p.target === target).flatMap((p) => p.hops as Hop[]);

describe('scenarios: a KMS key the dump does not describe', function () {
  this.timeout(30_000);
  after(removeDumps);

  it('a secret under a customer key missing from the dump (kms not collected) is a conditional read, not unreachable', async () => {
    const report = await analyzeDump(secretDump(`arn:aws:kms:${R}:${A}:key/k9`), [SRC]);
    const asset = assetOf(report, SECRET);
    assert.ok(asset, 'the secret is reported');
    assert.equal(asset.access, 'read');
    assert.equal(asset.conditional, true);
    const keys = hopsTo(report, SECRET).flatMap((h) => h.conditionKeys ?? []);
    assert.ok(keys.includes('blastmap:ResourcePolicyNotCollected'), JSON.stringify(keys));
  });

  it('a key of another account outside the dump is conditional too', async () => {
    const report = await analyzeDump(secretDump(`arn:aws:kms:${R}:999999999999:key/central`), [SRC]);
    assert.equal(assetOf(report, SECRET)?.conditional, true);
  });

  it('the AWS managed key aws/secretsmanager needs no key policy look-up: the read stays certain', async () => {
    for (const keyId of [undefined, 'alias/aws/secretsmanager']) {
      const report = await analyzeDump(secretDump(keyId), [SRC]);
      const asset = assetOf(report, SECRET);
      assert.equal(asset?.access, 'read', String(keyId));
      assert.equal(asset?.conditional, false, String(keyId));
    }
  });
});

describe('scenarios: a missing resource-policy file does not hide a certain read', function () {
  this.timeout(30_000);
  after(removeDumps);

  it('GetSecretValue allowed by identity, get-resource-policy absent: the certain read is reported beside the conditional rest', async () => {
    const report = await analyzeDump(secretDump(undefined, false), [SRC]);
    const asset = assetOf(report, SECRET) as
      { access: string; conditional?: boolean; certain?: { access: string; hops: number } } | undefined;
    assert.ok(asset);
    const certainAccess = asset.conditional ? asset.certain?.access : asset.access;
    assert.equal(certainAccess, 'read', JSON.stringify(asset));
    const certainPath = report.paths.find(
      (p) => p.target === SECRET && p.access === 'read' && p.hops.every((h) => !h.conditional),
    );
    assert.deepEqual(
      certainPath?.hops.map((h) => h.technique),
      ['secrets-get-value'],
    );
  });

  it('a bucket whose get-bucket-policy file is absent keeps its certain identity read', async () => {
    const BUCKET = 'arn:aws:s3:::data-bkt';
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('s3:GetObject'))] }],
        files: {
          's3api/list-buckets.json': { Buckets: [{ Name: 'data-bkt' }], Owner: { ID: 'o' } },
          's3api/get-bucket-location/data-bkt.json': { LocationConstraint: R },
        },
      }),
      [SRC],
    );
    const asset = assetOf(report, BUCKET) as
      { access: string; conditional?: boolean; certain?: { access: string } } | undefined;
    assert.ok(asset, JSON.stringify(report.sources[0]?.assets));
    assert.equal(asset.conditional ? asset.certain?.access : asset.access, 'read', JSON.stringify(asset));
    assert.ok(
      report.paths.some(
        (p) => p.target === BUCKET && p.access === 'read' && p.hops.every((h) => !h.conditional),
      ),
    );
  });
});
