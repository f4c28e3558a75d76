// End-to-end scenarios over the attack graph: multi-hop chains from a Fargate task, cross-account
// chains, and the guards that must cut a chain (trust, SCP, boundary, explicit deny, KMS key policy).
import { strict as assert } from 'node:assert';
import type { BuiltGraph } from '../../src/graph/build.js';
import { graphOf, step, steps } from '../support/attack-graph.js';
import { SnapshotBuilder, allow, deny, doc, grant, trustAws } from '../support/snapshot-builder.js';

const A = '111111111111';
const B = '222222222222';

/** Shortest chain of technique ids from source to target over traversable edges, or undefined. */
function chain(built: BuiltGraph, source: string, target: string): string[] | undefined {
  const { graph } = built;
  const previous = new Map<string, { node: string; technique: string }>();
  const queue = [source];
  const seen = new Set([source]);
  while (queue.length) {
    const node = queue.shift()!;
    if (node === target) break;
    graph.forEachOutEdge(node, (_e, attrs, _s, next) => {
      if (!attrs.traversable || seen.has(next)) return;
      seen.add(next);
      previous.set(next, { node, technique: attrs.technique! });
      queue.push(next);
    });
  }
  if (!seen.has(target)) return undefined;
  const out: string[] = [];
  for (let n = target; n !== source; n = previous.get(n)!.node) out.unshift(previous.get(n)!.technique);
  return out;
}

function multiHop() {
  const b = new SnapshotBuilder();
  const a = b.account(A);
  const taskRole = a.role('web');
  const pivot = a.role('pivot', {
    trust: trustAws(taskRole),
    inline: [doc(allow('iam:UpdateAssumeRolePolicy', `arn:aws:iam::${A}:role/vault-reader`))],
  });
  a.account.iam.roles[0].inlinePolicies.push({
    name: 'assume',
    document: doc(allow('sts:AssumeRole', pivot)),
  });
  const vaultReader = a.role('vault-reader', {
    trust: trustAws(`arn:aws:iam::${A}:role/nobody`),
    inline: [doc(allow('secretsmanager:GetSecretValue'))],
  });
  const secret = a.secret('prod/db');
  const td = a.taskDefinition('web', { taskRole });
  a.service('web', td);
  return { b, a, taskRole, pivot, vaultReader, secret, td };
}

describe('graph scenarios', () => {
  it('a task role assumes a role that rewrites a third role’s trust policy, and reads its secret', () => {
    const s = multiHop();
    const g = graphOf(s.b);
    assert.deepEqual(chain(g, s.td, s.secret), [
      'ecs-task-metadata-creds',
      'sts-assume-role',
      'iam-update-assume-role-policy',
      'secrets-get-value',
    ]);
    const rewrite = step(g, s.pivot, s.vaultReader, 'iam-update-assume-role-policy');
    assert.equal(rewrite.evidence[0].action, 'iam:UpdateAssumeRolePolicy');
  });

  it('the chain is cut by an SCP denying UpdateAssumeRolePolicy', () => {
    const s = multiHop();
    s.b.scp(doc(deny('iam:UpdateAssumeRolePolicy')));
    assert.equal(chain(graphOf(s.b), s.td, s.secret), undefined);
  });

  it("the chain is cut by a boundary on the pivot, or by the pivot's trust not admitting the task role", () => {
    const bounded = multiHop();
    const boundary = bounded.a.policy('boundary', doc(allow('sts:AssumeRole')));
    bounded.a.account.iam.roles[1].permissionsBoundary = boundary;
    assert.equal(chain(graphOf(bounded.b), bounded.td, bounded.secret), undefined);

    const untrusted = multiHop();
    untrusted.a.account.iam.roles[1].trustPolicy = trustAws(`arn:aws:iam::${A}:role/someone-else`);
    assert.equal(chain(graphOf(untrusted.b), untrusted.td, untrusted.secret), undefined);
  });

  it('the last hop is cut by a KMS key policy that does not admit the reader, and restored when it does', () => {
    const s = multiHop();
    const closed = s.a.kmsKey(
      'closed',
      doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${A}:role/admin` },
        Action: 'kms:*',
        Resource: '*',
      }),
    );
    s.a.account.secrets[0].kmsKeyId = closed;
    s.a.account.iam.roles[2].inlinePolicies.push({ name: 'kms', document: doc(allow('kms:Decrypt')) });
    let g = graphOf(s.b);
    assert.deepEqual(steps(g, s.vaultReader, s.secret, 'secrets-get-value'), []);
    s.a.account.kmsKeys[0].policy = s.a.rootKeyPolicy();
    g = graphOf(s.b);
    const e = step(g, s.vaultReader, s.secret, 'secrets-get-value');
    assert.deepEqual(
      e.evidence.map((x) => x.action),
      ['secretsmanager:GetSecretValue', 'kms:Decrypt'],
    );
  });

  it('an explicit deny in the task role stops the first IAM hop', () => {
    const s = multiHop();
    s.a.account.iam.roles[0].inlinePolicies.push({ name: 'deny', document: doc(deny('sts:AssumeRole')) });
    assert.equal(chain(graphOf(s.b), s.td, s.secret), undefined);
  });

  it('cross-account: a task role assumes a role in another account that reads a bucket there; both sides are needed', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const other = b.account(B);
    const taskRole = a.role('web', {
      inline: [doc(allow('sts:AssumeRole', `arn:aws:iam::${B}:role/partner`))],
    });
    const partner = other.role('partner', {
      trust: trustAws(A),
      inline: [doc(allow('s3:GetObject', 'arn:aws:s3:::partner-data/*'))],
    });
    const bucket = other.bucket('partner-data');
    const td = a.taskDefinition('web', { taskRole });
    a.service('web', td);
    let g = graphOf(b);
    assert.deepEqual(chain(g, td, bucket), [
      'ecs-task-metadata-creds',
      'sts-assume-role-cross-account',
      's3-identity-read',
    ]);

    // The trust admits the account, but the task role's own policy no longer names the partner role.
    a.account.iam.roles[0].inlinePolicies = [{ name: 'none', document: doc(allow('s3:ListAllMyBuckets')) }];
    g = graphOf(b);
    assert.equal(chain(g, td, bucket), undefined);
    assert.ok(partner);
  });

  it('cross-account: a bucket policy in account B granting the task role of account A', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const other = b.account(B);
    const taskRole = a.role('web', { inline: [doc(allow('s3:GetObject'))] });
    const bucket = other.bucket('exchange');
    other.account.s3Buckets[0].policy = doc(grant(taskRole, 's3:GetObject', `${bucket}/*`));
    const td = a.taskDefinition('web', { taskRole });
    a.service('web', td);
    assert.deepEqual(chain(graphOf(b), td, bucket), ['ecs-task-metadata-creds', 's3-bucket-policy-grant']);
  });

  it('a leaked access key leads through its user to admin', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const td = a.taskDefinition('web', { taskRole: a.role('web') });
    a.service('web', td);
    const ci = a.user('ci', { accessKeys: ['AKIACI'], inline: [doc(allow('*'))] });
    const where = { kind: 'ecs-container-environment' as const, taskDefinitionArn: td, container: 'app' };
    a.finding({
      location: where,
      variable: 'AWS_ACCESS_KEY_ID',
      kind: 'aws-access-key-id',
      fingerprint: 'aaaaaaaaaaaa',
      accessKeyId: 'AKIACI',
    });
    a.finding({
      location: where,
      variable: 'AWS_SECRET_ACCESS_KEY',
      kind: 'aws-secret-access-key',
      fingerprint: 'bbbbbbbbbbbb',
    });
    const g = graphOf(b);
    assert.deepEqual(chain(g, td, `admin:${A}`)?.slice(0, 2), [
      'ecs-taskdef-plaintext-env',
      'credential-use',
    ]);
    assert.equal(chain(g, td, `admin:${A}`)?.length, 3);
    step(g, ci, `admin:${A}`, 'admin-equivalent');
  });
});
