// Scenario suite: the ranking of sources and the scores of docs/scoring.md on a small dump — a certain
// admin path outranks a conditional one, which outranks any data read; an asset of an account the
// source administers with certainty is not counted twice; a conditional admin path does not hide
// (subsume) a certain read.
// Refs: docs/scoring.md (the formula and its constants), and for the conditions that make steps
// conditional https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip
// (aws:SourceIp is the caller's address: unknown from a snapshot).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  policyDoc,
  roleArn,
  trustAws,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const ADMIN_A = `admin:${A}`;
const VAULT = 'arn:aws:s3:::vault';
const fromOffice = { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } };
const readVault = (condition?: Record<string, unknown>) =>
  allowStmt(['s3:GetObject', 's3:ListBucket'], [VAULT, `${VAULT}/*`], condition);

const dump = accountDump({
  id: A,
  roles: [
    // admin in three steps (assume, assume, self-grant), and a direct read of the vault
    {
      name: 'deep',
      trust: ECS_TASKS,
      inline: [policyDoc(allowStmt('sts:AssumeRole', roleArn(A, 'mid')), readVault())],
    },
    { name: 'mid', trust: trustAws(roleArn(A, 'deep')), inline: [policyDoc(allowStmt('sts:AssumeRole'))] },
    {
      name: 'ops',
      trust: trustAws(roleArn(A, 'mid')),
      inline: [policyDoc(allowStmt('iam:PutRolePolicy', roleArn(A, 'ops')))],
    },
    // admin in one step, but only from the office network; a certain read of the vault
    {
      name: 'office',
      trust: ECS_TASKS,
      inline: [policyDoc(allowStmt('iam:PutRolePolicy', roleArn(A, 'office'), fromOffice), readVault())],
    },
    // only a conditional read of the vault
    { name: 'reader', trust: ECS_TASKS, inline: [policyDoc(readVault(fromOffice))] },
  ],
  files: {
    's3api/list-buckets.json': {
      Buckets: [{ Name: 'vault', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
    },
    's3api/get-bucket-policy/vault.error.json': { error: { code: 'NoSuchBucketPolicy', message: 'none' } },
    's3api/get-bucket-tagging/vault.json': { TagSet: [{ Key: 'data-classification', Value: 'restricted' }] },
  },
});

interface Asset {
  id: string;
  access: string;
  hops: number;
  score: number;
  conditional?: boolean;
  subsumedBy?: string;
}
type Source = { id: string; score: number; assets: Asset[] };

describe('scenarios: ranking and scores (docs/scoring.md)', function () {
  this.timeout(60000);
  after(removeDumps);

  let sources: Source[];
  const src = (name: string) => sources.find((s) => s.id === roleArn(A, name))!;
  const asset = (name: string, id: string) => src(name).assets.find((a) => a.id === id)!;
  before(async () => {
    const report = (await analyzeDump(
      dump,
      ['deep', 'office', 'reader'].map((n) => roleArn(A, n)),
    )) as unknown as {
      sources: Source[];
    };
    sources = report.sources;
  });

  it('ranks the certain 3-step admin above the conditional 1-step admin, and both above a conditional read', () => {
    assert.deepEqual(
      sources.map((s) => s.id),
      ['deep', 'office', 'reader'].map((n) => roleArn(A, n)),
    );
  });

  it('scores the certain admin 100 × 0.85² and counts the vault once (subsumed by admin)', () => {
    assert.deepEqual(
      { score: asset('deep', ADMIN_A).score, hops: asset('deep', ADMIN_A).hops },
      { score: 72.25, hops: 3 },
    );
    // restricted (×3) read (4) of a bucket (1), one step
    assert.equal(asset('deep', VAULT).score, 12);
    assert.equal(asset('deep', VAULT).subsumedBy, ADMIN_A);
    assert.equal(src('deep').score, 72.25);
  });

  it('a conditional admin path (× 0.5) does not subsume a certain read: both count', () => {
    assert.equal(asset('office', ADMIN_A).score, 50);
    assert.equal(asset('office', ADMIN_A).conditional, true);
    assert.equal(asset('office', VAULT).subsumedBy, undefined);
    assert.equal(src('office').score, 62);
  });

  it('a conditional read scores half of the certain one', () => {
    assert.deepEqual(
      { score: asset('reader', VAULT).score, conditional: asset('reader', VAULT).conditional },
      { score: 6, conditional: true },
    );
    assert.equal(src('reader').score, 6);
  });
});
