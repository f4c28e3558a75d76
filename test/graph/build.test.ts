// The graph's shape: node kinds and labels, structural edges, the Admin sink, default sources, and
// determinism (the same snapshot gives the same graph, edge for edge).
import { strict as assert } from 'node:assert';
import { buildAttackGraph } from '../../src/graph/build.js';
import { edgesOf, graphOf, step, steps } from '../support/attack-graph.js';
import { accessModelFor } from '../support/access-model.js';
import { SnapshotBuilder, allow, doc } from '../support/snapshot-builder.js';

const ACCT = '111111111111';

function fargateAccount() {
  const b = new SnapshotBuilder();
  const a = b.account(ACCT);
  const exec = a.role('exec');
  const role = a.role('app', {
    inline: [doc(allow('s3:GetObject', 'arn:aws:s3:::data/*'))],
    tags: { team: 'x' },
  });
  const team = a.policy('team', doc(allow('s3:ListAllMyBuckets')));
  a.group('devs', { attached: [team] });
  const user = a.user('dev', { groups: ['devs'], attached: [team] });
  const key = a.kmsKey('k1', a.rootKeyPolicy());
  const secret = a.secret('s', { kmsKeyId: key });
  a.bucket('data', { tags: { 'data-classification': 'confidential' } });
  a.securityGroup('sg-app');
  const cluster = a.cluster('main');
  const used = a.taskDefinition('app', { taskRole: role, executionRole: exec });
  const unused = a.taskDefinition('old', { taskRole: role });
  const service = a.service('app', used, { network: { subnets: ['s1'], securityGroups: ['sg-app'] } });
  return { b, a, role, exec, user, team, key, secret, cluster, used, unused, service };
}

describe('graph build', () => {
  it('has one node per snapshot object with its labels, and the Admin sink per account', () => {
    const s = fargateAccount();
    const { graph } = graphOf(s.b);
    assert.deepEqual(graph.getNodeAttribute(s.role, 'labels'), ['AWSRole', 'AWSPrincipal']);
    assert.equal(graph.getNodeAttribute(`admin:${ACCT}`, 'kind'), 'Admin');
    assert.equal(graph.getNodeAttribute(ACCT, 'kind'), 'AWSAccount');
    assert.equal(graph.getNodeAttribute(s.used, 'kind'), 'AWSECSTaskDefinition');
    assert.equal(graph.getNodeAttribute(`${s.used}#container/app`, 'kind'), 'AWSECSContainerDefinition');
    assert.equal(graph.getNodeAttribute(s.service, 'kind'), 'AWSECSService');
    assert.equal(graph.getNodeAttribute('arn:aws:s3:::data', 'sensitivity'), 2);
    assert.equal(graph.getNodeAttribute(s.role, 'sensitivity'), 1);
  });

  it('adds the structural edges, none of them traversable', () => {
    const s = fargateAccount();
    const { graph } = graphOf(s.b);
    const structural = (from: string, to: string) =>
      graph
        .edges(from, to)
        .map((e) => graph.getEdgeAttributes(e))
        .filter((e) => !e.traversable)
        .map((e) => e.type);
    assert.deepEqual(structural(s.used, s.role), ['HAS_TASK_ROLE']);
    assert.deepEqual(structural(s.used, s.exec), ['HAS_EXECUTION_ROLE']);
    assert.deepEqual(structural(s.service, s.used), ['HAS_TASK_DEFINITION']);
    assert.deepEqual(structural(s.service, s.cluster), ['IN_CLUSTER']);
    assert.deepEqual(structural(s.service, `arn:aws:ec2:eu-west-1:${ACCT}:security-group/sg-app`), [
      'MEMBER_OF_SECURITY_GROUP',
    ]);
    assert.deepEqual(structural(s.user, `arn:aws:iam::${ACCT}:group/devs`), ['MEMBER_AWS_GROUP']);
    assert.deepEqual(structural(s.user, s.team), ['POLICY']);
    assert.deepEqual(structural(s.secret, s.key), ['ENCRYPTED_BY']);
    assert.deepEqual(structural(ACCT, s.role), ['RESOURCE']);
    assert.ok(graph.everyEdge((_e, a) => !a.traversable || !!a.technique));
  });

  it('sources are task definitions used by services or running tasks, or all with the option', () => {
    const s = fargateAccount();
    assert.deepEqual(graphOf(s.b).sources, [s.used]);
    assert.deepEqual(graphOf(s.b, { allTaskDefinitions: true }).sources, [s.used, s.unused].sort());
  });

  it('the foothold leads to the data the task role reads', () => {
    const s = fargateAccount();
    const g = graphOf(s.b);
    step(g, s.used, s.role, 'ecs-task-metadata-creds');
    assert.equal(step(g, s.role, 'arn:aws:s3:::data', 's3-identity-read').access, 'read');
  });

  it('is deterministic: the same snapshot (in any account order) gives the same nodes and edges in the same order', () => {
    const build = () => {
      const b = new SnapshotBuilder();
      const a = b.account(ACCT);
      const other = b.account('222222222222');
      const caller = a.role('caller', {
        inline: [doc(allow(['sts:AssumeRole', 'iam:PassRole', 'ecs:RunTask', 'ecs:RegisterTaskDefinition']))],
      });
      for (const n of ['z', 'm', 'a'])
        a.role(n, {
          trust: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: caller }, Action: 'sts:AssumeRole' }],
          },
        });
      other.role('x', {
        trust: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCT }, Action: 'sts:AssumeRole' }],
        },
      });
      a.cluster();
      return b;
    };
    const first = graphOf(build());
    const reversed = build();
    reversed.snapshot.accounts.reverse();
    reversed.snapshot.accounts.forEach((acc) => acc.iam.roles.reverse());
    const second = buildAttackGraph(reversed.build(), accessModelFor(reversed.build()));
    const dump = (g: typeof first.graph) => JSON.stringify(g.export());
    assert.equal(dump(first.graph), dump(second.graph));
    assert.ok(edgesOf(first, 'sts-assume-role').length === 3);
  });

  it('admin-equivalent: `*` on `*` is admin; a broad but bounded identity is not', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const admin = a.role('admin', { inline: [doc(allow('*'))] });
    const boundary = a.policy('boundary', doc(allow('s3:*')));
    const bounded = a.role('bounded', { inline: [doc(allow('*'))], boundary });
    const reader = a.role('reader', { inline: [doc(allow(['s3:*', 'ec2:*']))] });
    const g = graphOf(b);
    const e = step(g, admin, `admin:${ACCT}`, 'admin-equivalent');
    assert.equal(e.access, 'admin');
    assert.ok(e.evidence.length >= 6);
    assert.deepEqual(steps(g, bounded, `admin:${ACCT}`, 'admin-equivalent'), []);
    assert.deepEqual(steps(g, reader, `admin:${ACCT}`), []);
  });
});
