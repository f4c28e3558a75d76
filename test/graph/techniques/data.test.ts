// Group G: the last hop to data, with its access level, and the guards (bucket policy, key policy,
// SCP, boundary, conditions) that must stop it.
import { strict as assert } from 'node:assert';
import { graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, deny, doc, grant } from '../../support/snapshot-builder.js';

const ACCT = '111111111111';
const OTHER = '222222222222';

function account() {
  const b = new SnapshotBuilder();
  return { b, a: b.account(ACCT) };
}

describe('graph techniques: data-plane targets (group G)', () => {
  describe('S3', () => {
    it('s3-identity-read: read and write edges from identity permissions; a bucket-policy deny stops them', () => {
      const { b, a } = account();
      const bucket = a.bucket('data');
      const role = a.role('app', { inline: [doc(allow(['s3:GetObject', 's3:PutObject'], `${bucket}/*`))] });
      let g = graphOf(b);
      const read = steps(g, role, bucket, 's3-identity-read');
      assert.deepEqual(read.map((e) => [e.type, e.access]).sort(), [
        ['CAN_READ', 'read'],
        ['CAN_WRITE', 'write'],
      ]);
      assert.deepEqual(steps(g, role, bucket, 's3-bucket-policy-grant'), []);
      a.account.s3Buckets[0].policy = doc({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`${bucket}/*`, bucket],
      });
      g = graphOf(b);
      assert.deepEqual(steps(g, role, bucket), []);
    });
    it('s3-identity-read: a permission on another bucket does not cover this one', () => {
      const { b, a } = account();
      const bucket = a.bucket('data');
      const role = a.role('app', { inline: [doc(allow('s3:GetObject', 'arn:aws:s3:::other/*'))] });
      assert.deepEqual(steps(graphOf(b), role, bucket), []);
    });
    it('s3-identity-read: SSE-KMS with a customer key also needs kms:Decrypt, which the key policy must allow', () => {
      const { b, a } = account();
      const key = a.kmsKey('k1', a.rootKeyPolicy());
      const bucket = a.bucket('data', { encryption: { algorithm: 'aws:kms', kmsKeyId: key } });
      const withKey = a.role('with-key', {
        inline: [doc(allow('s3:GetObject', `${bucket}/*`), allow('kms:Decrypt', key))],
      });
      const noKey = a.role('no-key', { inline: [doc(allow('s3:GetObject', `${bucket}/*`))] });
      const g = graphOf(b);
      const e = step(g, withKey, bucket, 's3-identity-read');
      assert.deepEqual(
        e.evidence.map((x) => x.action),
        ['s3:GetObject', 'kms:Decrypt'],
      );
      assert.deepEqual(
        steps(g, noKey, bucket).filter(
          (x) => x.access === 'read' && x.evidence.some((ev) => ev.action === 's3:GetObject'),
        ),
        [],
      );
    });
    it('s3-bucket-policy-grant: a cross-account bucket policy needs the caller identity as well', () => {
      const b = new SnapshotBuilder();
      const a = b.account(ACCT);
      const other = b.account(OTHER);
      const reader = other.role('reader', { inline: [doc(allow('s3:GetObject'))] });
      const silent = other.role('silent');
      const bucket = a.bucket('shared');
      a.account.s3Buckets[0].policy = doc(grant(`arn:aws:iam::${OTHER}:root`, 's3:GetObject', `${bucket}/*`));
      const g = graphOf(b);
      const e = step(g, reader, bucket, 's3-bucket-policy-grant');
      assert.equal(e.access, 'read');
      assert.deepEqual(steps(g, reader, bucket, 's3-identity-read'), []);
      assert.deepEqual(steps(g, silent, bucket), []);
    });
    it('s3-bucket-policy-grant: same account, the bucket policy alone grants', () => {
      const { b, a } = account();
      const role = a.role('app');
      const bucket = a.bucket('data');
      a.account.s3Buckets[0].policy = doc(grant(role, 's3:GetObject', `${bucket}/*`));
      const g = graphOf(b);
      const e = step(g, role, bucket, 's3-bucket-policy-grant');
      assert.equal(e.evidence[0].statements[0].policyType, 'resource');
      assert.deepEqual(steps(g, role, bucket, 's3-identity-read'), []);
    });
    it('s3-put-bucket-policy gives admin of the bucket', () => {
      const { b, a } = account();
      const bucket = a.bucket('data');
      const role = a.role('app', { inline: [doc(allow('s3:PutBucketPolicy', bucket))] });
      assert.equal(step(graphOf(b), role, bucket, 's3-put-bucket-policy').type, 'CAN_ADMINISTER');
    });
  });

  describe('Secrets Manager, SSM, KMS', () => {
    it('secrets-get-value: a KMS key policy that does not admit the caller stops it', () => {
      const { b, a } = account();
      const role = a.role('app', { inline: [doc(allow(['secretsmanager:GetSecretValue', 'kms:Decrypt']))] });
      const openKey = a.kmsKey('open', a.rootKeyPolicy());
      const closedKey = a.kmsKey(
        'closed',
        doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:role/admin` },
          Action: 'kms:*',
          Resource: '*',
        }),
      );
      const readable = a.secret('readable', { kmsKeyId: openKey });
      const locked = a.secret('locked', { kmsKeyId: closedKey });
      const defaultKey = a.secret('default-key');
      const g = graphOf(b);
      assert.deepEqual(
        step(g, role, readable, 'secrets-get-value').evidence.map((e) => e.action),
        ['secretsmanager:GetSecretValue', 'kms:Decrypt'],
      );
      assert.deepEqual(steps(g, role, locked, 'secrets-get-value'), []);
      assert.deepEqual(
        step(g, role, defaultKey, 'secrets-get-value').evidence.map((e) => e.action),
        ['secretsmanager:GetSecretValue'],
      );
    });
    it('secrets-get-value: a secret resource policy deny stops it; secrets-put-resource-policy gives admin', () => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [doc(allow(['secretsmanager:GetSecretValue', 'secretsmanager:PutResourcePolicy']))],
      });
      const secret = a.secret('s', {});
      a.account.secrets[0].resourcePolicy = doc({
        Effect: 'Deny',
        Principal: '*',
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
      });
      const g = graphOf(b);
      assert.deepEqual(steps(g, role, secret, 'secrets-get-value'), []);
      assert.equal(step(g, role, secret, 'secrets-put-resource-policy').access, 'admin');
    });
    it('ssm-parameter-read: plain and SecureString (customer key) parameters', () => {
      const { b, a } = account();
      const key = a.kmsKey('k', a.rootKeyPolicy());
      const plain = a.parameter('/app/plain');
      const secure = a.parameter('/app/secure', 'SecureString', key);
      const noKms = a.role('no-kms', { inline: [doc(allow('ssm:GetParameter'))] });
      const withKms = a.role('with-kms', { inline: [doc(allow(['ssm:GetParameter', 'kms:Decrypt']))] });
      const g = graphOf(b);
      step(g, noKms, plain, 'ssm-parameter-read');
      assert.deepEqual(steps(g, noKms, secure, 'ssm-parameter-read'), []);
      step(g, withKms, secure, 'ssm-parameter-read');
    });
    it('kms-decrypt: read with Decrypt, admin with PutKeyPolicy; a key policy without IAM delegation ignores identity grants', () => {
      const { b, a } = account();
      const role = a.role('app', { inline: [doc(allow(['kms:Decrypt', 'kms:PutKeyPolicy']))] });
      const delegating = a.kmsKey('delegating', a.rootKeyPolicy());
      const closed = a.kmsKey(
        'closed',
        doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCT}:role/admin` },
          Action: 'kms:*',
          Resource: '*',
        }),
      );
      const g = graphOf(b);
      assert.deepEqual(
        steps(g, role, delegating, 'kms-decrypt')
          .map((e) => e.access)
          .sort(),
        ['admin', 'read'],
      );
      assert.deepEqual(steps(g, role, closed), []);
    });
  });

  describe('RDS', () => {
    it('rds-iam-auth needs IAM auth enabled; reach from the task security group removes the network assumption', () => {
      const { b, a } = account();
      const role = a.role('app', { inline: [doc(allow('rds-db:connect'))] });
      a.securityGroup('sg-app');
      a.securityGroup('sg-db', [{ fromPort: 5432, toPort: 5432, groups: ['sg-app'] }]);
      const db = a.database('orders', { iamAuth: true, securityGroupIds: ['sg-db'] });
      const noIam = a.database('legacy', { iamAuth: false, securityGroupIds: ['sg-db'] });
      const unreachable = a.database('island', { iamAuth: true, securityGroupIds: [] });
      const td = a.taskDefinition('app', { taskRole: role });
      a.service('app', td, { network: { subnets: ['subnet-1'], securityGroups: ['sg-app'] } });
      const g = graphOf(b);
      const e = step(g, role, db, 'rds-iam-auth');
      assert.equal(e.type, 'CAN_REACH');
      assert.equal(e.access, 'write');
      assert.deepEqual(e.assumptions, []);
      assert.deepEqual(steps(g, role, noIam, 'rds-iam-auth'), []);
      assert.ok(
        step(g, role, unreachable, 'rds-iam-auth').assumptions.some((x) => x.includes('network path')),
      );
    });
    it('rds-iam-auth: a db-user permission for another database does not cover this one', () => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [doc(allow('rds-db:connect', `arn:aws:rds-db:eu-west-1:${ACCT}:dbuser:db-OTHER/*`))],
      });
      const db = a.database('orders', { iamAuth: true });
      assert.deepEqual(steps(graphOf(b), role, db, 'rds-iam-auth'), []);
    });
    it('rds-master-password-reset (admin) and rds-snapshot-exfil (read); a boundary stops the reset', () => {
      const { b, a } = account();
      const db = a.database('orders');
      const role = a.role('app', {
        inline: [
          doc(allow(['rds:ModifyDBInstance', 'rds:CreateDBSnapshot', 'rds:ModifyDBSnapshotAttribute'])),
        ],
      });
      const boundary = a.policy(
        'boundary',
        doc(allow(['rds:CreateDBSnapshot', 'rds:ModifyDBSnapshotAttribute'])),
      );
      const bounded = a.role('bounded', {
        inline: [
          doc(allow(['rds:ModifyDBInstance', 'rds:CreateDBSnapshot', 'rds:ModifyDBSnapshotAttribute'])),
        ],
        boundary,
      });
      const g = graphOf(b);
      assert.equal(step(g, role, db, 'rds-master-password-reset').access, 'admin');
      assert.equal(step(g, role, db, 'rds-snapshot-exfil').access, 'read');
      assert.deepEqual(steps(g, bounded, db, 'rds-master-password-reset'), []);
      step(g, bounded, db, 'rds-snapshot-exfil');
    });
    it('an explicit deny on rds:CreateDBSnapshot stops the exfiltration', () => {
      const { b, a } = account();
      const db = a.database('orders');
      const role = a.role('app', { inline: [doc(allow('rds:*')), doc(deny('rds:CreateDBSnapshot'))] });
      assert.deepEqual(steps(graphOf(b), role, db, 'rds-snapshot-exfil'), []);
    });
  });
});
