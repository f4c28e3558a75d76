// The engine's shortcut (identity statements must be able to match a request when no resource
// policy can grant it) must never hide an edge the policy engine would allow.
import { strict as assert } from 'node:assert';
import { graphOf, step, steps } from '../support/attack-graph.js';
import { SnapshotBuilder, allow, doc, grant } from '../support/snapshot-builder.js';

const ACCT = '111111111111';
const OTHER = '222222222222';

describe('graph engine shortcuts keep every allowed edge', () => {
  it('policy variables and NotResource in identity statements', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const target = a.user('target', { accessKeys: [] });
    const self = a.user('alice', {
      inline: [doc(allow('iam:PutUserPolicy', `arn:aws:iam::${ACCT}:user/\${aws:username}`))],
    });
    const notResource = a.role('nr', {
      inline: [
        doc({
          Effect: 'Allow',
          Action: 'iam:CreateAccessKey',
          NotResource: `arn:aws:iam::${ACCT}:user/admin*`,
        }),
      ],
    });
    const g = graphOf(b);
    step(g, self, `admin:${ACCT}`, 'iam-put-user-policy-self');
    step(g, notResource, target, 'iam-create-access-key');
  });

  it('a wildcard in the middle of a resource pattern, and NotAction', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const bucket = a.bucket('team-a-data');
    const mid = a.role('mid', { inline: [doc(allow('s3:GetObject', 'arn:aws:s3:::team-*-data/*'))] });
    const notAction = a.role('na', { inline: [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })] });
    const g = graphOf(b);
    step(g, mid, bucket, 's3-identity-read');
    assert.ok(steps(g, notAction, bucket, 's3-identity-read').length > 0);
  });

  it('a resource policy naming the principal grants without any identity statement', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const role = a.role('app', {
      inline: [doc(allow('logs:PutLogEvents', `arn:aws:logs:eu-west-1:${ACCT}:log-group:x`))],
    });
    const secret = a.secret('shared');
    a.account.secrets[0].resourcePolicy = doc(grant(role, 'secretsmanager:GetSecretValue', '*'));
    const other = a.secret('other');
    const g = graphOf(b);
    step(g, role, secret, 'secrets-get-value');
    assert.deepEqual(steps(g, role, other), []);
  });
});

describe('who grants a bucket read is settled before deciding', () => {
  // s3-identity-read is the identity policy's grant, s3-bucket-policy-grant the bucket policy's
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-basics).
  it('same answers with and without the shortcut, for each kind of bucket policy', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const reader = a.role('reader', { inline: [doc(allow('s3:GetObject', 'arn:aws:s3:::*/*'))] });
    const bare = a.role('bare');
    const policy = (principal: unknown) =>
      doc({ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: '*' });
    const plain = a.bucket('plain');
    const namesBare = a.bucket('names-bare', { policy: policy({ AWS: bare }) });
    const namesAccount = a.bucket('names-account', { policy: policy({ AWS: `arn:aws:iam::${ACCT}:root` }) });
    const open = a.bucket('open', { policy: policy('*') });
    // A session of the role named (admits the account's principals to the engine's question), and a
    // bucket of another account whose policy names the reader's account (there the bucket policy must
    // grant, and the account's identity policies must allow as well).
    const namesSession = a.bucket('names-session', {
      policy: policy({ AWS: `arn:aws:sts::${ACCT}:assumed-role/bare/s1` }),
    });
    const partner = b
      .account(OTHER)
      .bucket('partner-shared', { policy: policy({ AWS: `arn:aws:iam::${ACCT}:root` }) });
    const fast = graphOf(b);
    const exhaustive = graphOf(b, { exhaustive: true });
    assert.equal(JSON.stringify(fast.graph.export()), JSON.stringify(exhaustive.graph.export()));
    step(fast, reader, plain, 's3-identity-read');
    step(fast, bare, namesBare, 's3-bucket-policy-grant');
    step(fast, bare, open, 's3-bucket-policy-grant');
    assert.deepEqual(
      steps(fast, bare, namesAccount),
      [],
      'naming the account delegates to identity policies',
    );
    assert.deepEqual(steps(fast, reader, namesBare, 's3-bucket-policy-grant'), []);
    step(fast, reader, namesAccount, 's3-identity-read');
    assert.deepEqual(steps(fast, reader, namesSession, 's3-bucket-policy-grant'), []);
    step(fast, reader, partner, 's3-bucket-policy-grant');
    assert.deepEqual(steps(fast, bare, partner), [], 'across accounts the identity policy must allow too');
  });
});
