// Group C: the Fargate foothold (task role, environment, injected secrets) and the ECS pivots.
import { strict as assert } from 'node:assert';
import { edgesOf, graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, deny, doc, trustService } from '../../support/snapshot-builder.js';

const ACCT = '111111111111';
const ecsTasks = trustService('ecs-tasks.amazonaws.com');
const passedTo = (service: string) => ({ StringEquals: { 'iam:PassedToService': service } });

function account() {
  const b = new SnapshotBuilder();
  return { b, a: b.account(ACCT) };
}

describe('graph techniques: ECS / Fargate (group C)', () => {
  describe('ecs-task-metadata-creds', () => {
    it('the task definition leads to its task role; a running-task override leads to the override role', () => {
      const { b, a } = account();
      const role = a.role('app');
      const override = a.role('batch');
      const td = a.taskDefinition('app', { taskRole: role });
      a.service('app', td);
      const task = a.task('t1', td, { overrides: { taskRoleArn: override, containerOverrides: [] } });
      const g = graphOf(b);
      const e = step(g, td, role, 'ecs-task-metadata-creds');
      assert.equal(e.evidence[0].statements.length, 0);
      assert.ok(e.evidence[0].note);
      step(g, task, override, 'ecs-task-metadata-creds');
      assert.deepEqual(steps(g, task, role, 'ecs-task-metadata-creds'), []);
      assert.deepEqual(g.sources, [td, task].sort());
    });
    it('a task definition without a task role leads nowhere', () => {
      const { b, a } = account();
      const td = a.taskDefinition('norole');
      assert.deepEqual(edgesOf(graphOf(b), 'ecs-task-metadata-creds'), []);
      assert.ok(td);
    });
  });

  describe('ecs-taskdef-plaintext-env', () => {
    it('an access key id in the environment leads to its IAM user; a connection string to its database', () => {
      const { b, a } = account();
      const td = a.taskDefinition('app');
      const user = a.user('deployer', { accessKeys: ['AKIADEPLOYER'] });
      const db = a.database('orders');
      a.finding({
        location: { kind: 'ecs-container-environment', taskDefinitionArn: td, container: 'app' },
        variable: 'AWS_ACCESS_KEY_ID',
        kind: 'aws-access-key-id',
        fingerprint: 'aaaaaaaaaaaa',
        accessKeyId: 'AKIADEPLOYER',
      });
      a.finding({
        location: { kind: 'ecs-container-environment', taskDefinitionArn: td, container: 'app' },
        variable: 'AWS_SECRET_ACCESS_KEY',
        kind: 'aws-secret-access-key',
        fingerprint: 'bbbbbbbbbbbb',
      });
      a.finding({
        location: { kind: 'ecs-container-environment', taskDefinitionArn: td, container: 'app' },
        variable: 'DATABASE_URL',
        kind: 'connection-string',
        fingerprint: 'cccccccccccc',
        target: `orders.abc.eu-west-1.rds.amazonaws.com`,
      });
      const g = graphOf(b);
      const key = 'credential:aws-access-key-id:aaaaaaaaaaaa';
      const conn = 'credential:connection-string:cccccccccccc';
      assert.equal(step(g, td, key, 'ecs-taskdef-plaintext-env').type, 'HOLDS_CREDENTIAL');
      const becomeUser = step(g, key, user, 'credential-use');
      assert.equal(becomeUser.type, 'CAN_BECOME');
      assert.deepEqual(becomeUser.assumptions, []);
      step(g, td, conn, 'ecs-taskdef-plaintext-env');
      const login = step(g, conn, db, 'credential-use');
      assert.equal(login.access, 'write');
      assert.equal(g.graph.getNodeAttribute(key, 'kind'), 'Credential');
    });
    it('a key id that no user owns stops at the credential; without the secret key the user step is an assumption', () => {
      const { b, a } = account();
      const td = a.taskDefinition('app');
      const user = a.user('deployer', { accessKeys: ['AKIAKNOWN'] });
      a.finding({
        location: { kind: 'ecs-container-environment', taskDefinitionArn: td, container: 'app' },
        variable: 'K1',
        kind: 'aws-access-key-id',
        fingerprint: '111111111111',
        accessKeyId: 'AKIAUNKNOWN',
      });
      a.finding({
        location: { kind: 'ecs-container-environment', taskDefinitionArn: td, container: 'app' },
        variable: 'K2',
        kind: 'aws-access-key-id',
        fingerprint: '222222222222',
        accessKeyId: 'AKIAKNOWN',
      });
      const g = graphOf(b);
      assert.deepEqual(
        edgesOf(g, 'credential-use').filter((e) => e.startsWith('credential:aws-access-key-id:1111')),
        [],
      );
      const e = step(g, 'credential:aws-access-key-id:222222222222', user, 'credential-use');
      assert.ok(e.assumptions.some((x) => x.includes('secret access key')));
    });
  });

  describe('ecs-exec-role-secret-injection', () => {
    it('the container holds an injected secret even though the task role cannot read it; an RDS master secret opens its database', () => {
      const { b, a } = account();
      const exec = a.role('exec', { inline: [doc(allow('secretsmanager:GetSecretValue'))] });
      const task = a.role('app');
      const secret = a.secret('rds!db-orders', { owningService: 'rds' });
      const param = a.parameter('/app/token', 'SecureString');
      const db = a.database('orders', { masterUserSecretArn: secret });
      const td = a.taskDefinition('app', {
        taskRole: task,
        executionRole: exec,
        containers: [
          {
            name: 'app',
            secrets: [
              { name: 'DB', valueFrom: `${secret}:password::` },
              { name: 'TOKEN', valueFrom: '/app/token' },
            ],
          },
        ],
      });
      const g = graphOf(b);
      const e = step(g, td, secret, 'ecs-exec-role-secret-injection');
      assert.equal(e.access, 'read');
      assert.equal(e.evidence[0].statements[0].policyId, `${exec}#inline/inline-0`);
      step(g, td, param, 'ecs-exec-role-secret-injection');
      assert.deepEqual(steps(g, task, secret), []);
      const admin = step(g, secret, db, 'credential-use');
      assert.equal(admin.access, 'admin');
    });
  });

  describe('PassRole to ECS: register + run / create service / start task, run-task override', () => {
    const caller = (a: ReturnType<typeof account>['a'], passCondition?: Record<string, unknown>) =>
      a.role('caller', {
        inline: [
          doc(
            allow('iam:PassRole', '*', passCondition),
            allow(['ecs:RegisterTaskDefinition', 'ecs:RunTask', 'ecs:CreateService', 'ecs:StartTask']),
          ),
        ],
      });

    it('fires towards roles that trust ecs-tasks and that PassRole covers for ECS', () => {
      const { b, a } = account();
      a.cluster('main', 1);
      a.taskDefinition('existing');
      const c = caller(a, passedTo('ecs-tasks.amazonaws.com'));
      const target = a.role('target', { trust: ecsTasks });
      const g = graphOf(b);
      for (const t of [
        'ecs-register-taskdef-run-task',
        'ecs-register-taskdef-create-service',
        'ecs-register-taskdef-start-task',
        'ecs-run-task-override',
        'ecs-start-task-override',
      ]) {
        const e = step(g, c, target, t);
        const pass = e.evidence.find((x) => x.action === 'iam:PassRole');
        assert.equal(pass?.resource, target, t);
      }
    });
    it('is silent when the target role does not trust ecs-tasks', () => {
      const { b, a } = account();
      a.cluster('main', 1);
      const c = caller(a);
      const lambdaRole = a.role('fn', { trust: trustService('lambda.amazonaws.com') });
      assert.deepEqual(steps(graphOf(b), c, lambdaRole), []);
    });
    it('is silent when PassRole is limited to another service', () => {
      const { b, a } = account();
      a.cluster('main', 1);
      const c = caller(a, passedTo('lambda.amazonaws.com'));
      const target = a.role('target', { trust: ecsTasks });
      assert.deepEqual(steps(graphOf(b), c, target), []);
    });
    it('without a cluster, RunTask needs CreateCluster; StartTask needs a container instance', () => {
      const { b, a } = account();
      const c = caller(a);
      const target = a.role('target', { trust: ecsTasks });
      let g = graphOf(b);
      assert.deepEqual(steps(g, c, target, 'ecs-register-taskdef-run-task'), []);
      a.account.iam.roles[0].inlinePolicies.push({ name: 'cc', document: doc(allow('ecs:CreateCluster')) });
      g = graphOf(b);
      step(g, c, target, 'ecs-register-taskdef-run-task');
      a.cluster('fargate-only', 0);
      g = graphOf(b);
      assert.deepEqual(steps(g, c, target, 'ecs-register-taskdef-start-task'), []);
    });
    it('ecs-register-container-instance needs RegisterContainerInstance on a cluster and rests on host RCE', () => {
      const { b, a } = account();
      a.cluster('main');
      a.taskDefinition('existing');
      const c = a.role('host', {
        inline: [doc(allow(['iam:PassRole', 'ecs:RegisterContainerInstance', 'ecs:StartTask']))],
      });
      const target = a.role('target', { trust: ecsTasks });
      const e = step(graphOf(b), c, target, 'ecs-register-container-instance');
      assert.ok(e.assumptions.some((x) => x.includes('EC2 host')));
    });
  });

  describe('ecs-execute-command', () => {
    it('fires into tasks that enable exec; not into tasks that do not; an SCP stops it', () => {
      const { b, a } = account();
      // The ECS Exec agent opens SSM message channels with the task role (ecs-exec.html).
      const ssm = { inline: [doc(allow('ssmmessages:*'))] };
      const strong = a.role('strong', ssm);
      const weak = a.role('weak', ssm);
      const td1 = a.taskDefinition('strong', { taskRole: strong });
      const td2 = a.taskDefinition('weak', { taskRole: weak });
      a.task('t1', td1, { enableExecuteCommand: true });
      a.task('t2', td2, { enableExecuteCommand: false });
      const caller = a.role('caller', { inline: [doc(allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks']))] });
      const g = graphOf(b);
      const e = step(g, caller, strong, 'ecs-execute-command');
      assert.ok(e.assumptions.some((x) => x.includes('SSM')));
      assert.deepEqual(steps(g, caller, weak, 'ecs-execute-command'), []);
      b.scp(doc(deny('ecs:ExecuteCommand')));
      assert.deepEqual(steps(graphOf(b), caller, strong, 'ecs-execute-command'), []);
    });
    it('fires into a service that enables exec, checked on its tasks', () => {
      const { b, a } = account();
      const role = a.role('svc', { inline: [doc(allow('ssmmessages:*'))] });
      const td = a.taskDefinition('svc', { taskRole: role });
      a.service('svc', td, { enableExecuteCommand: true });
      const caller = a.role('caller', {
        inline: [
          doc(
            allow(['ecs:ExecuteCommand', 'ecs:DescribeTasks'], `arn:aws:ecs:eu-west-1:${ACCT}:task/main/*`),
          ),
        ],
      });
      step(graphOf(b), caller, role, 'ecs-execute-command');
    });
  });

  describe('ecs-update-service', () => {
    it('UpdateService + RegisterTaskDefinition + PassRole of the service role, or UpdateService + ExecuteCommand', () => {
      const { b, a } = account();
      // ECS Exec's agent opens the SSM message channels with the task role (ecs-exec.html).
      const role = a.role('svc', { inline: [doc(allow('ssmmessages:*'))] });
      const td = a.taskDefinition('svc', { taskRole: role });
      const svc = a.service('svc', td);
      const mute = a.role('mute');
      a.service('mute', a.taskDefinition('mute', { taskRole: mute }));
      const swap = a.role('swap', {
        inline: [doc(allow(['ecs:UpdateService', 'ecs:RegisterTaskDefinition', 'iam:PassRole']))],
      });
      const exec = a.role('exec', { inline: [doc(allow(['ecs:UpdateService', 'ecs:ExecuteCommand']))] });
      const onlyUpdate = a.role('only-update', { inline: [doc(allow('ecs:UpdateService', svc))] });
      const g = graphOf(b);
      step(g, swap, role, 'ecs-update-service');
      assert.ok(
        step(g, exec, role, 'ecs-update-service').assumptions.some((x) =>
          x.includes('enable-execute-command'),
        ),
      );
      assert.deepEqual(steps(g, onlyUpdate, role, 'ecs-update-service'), []);
      // a task role without ssmmessages permissions: the exec way is closed
      assert.deepEqual(steps(g, exec, mute, 'ecs-update-service'), []);
    });
  });

  describe('ecr-image-poisoning', () => {
    it('pushing to a mutable repository a task definition runs gives its task role; immutable tags stop it', () => {
      const { b, a } = account();
      const role = a.role('app');
      const uri = `${ACCT}.dkr.ecr.eu-west-1.amazonaws.com/app`;
      const repo = `arn:aws:ecr:eu-west-1:${ACCT}:repository/app`;
      a.account.ecrRepositories.push({
        arn: repo,
        name: 'app',
        region: 'eu-west-1',
        uri,
        tagMutability: 'MUTABLE',
      });
      a.taskDefinition('app', { taskRole: role, containers: [{ name: 'app', image: `${uri}:latest` }] });
      const pusher = a.role('ci', {
        inline: [
          doc(
            allow('ecr:GetAuthorizationToken'),
            allow(
              ['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'],
              repo,
            ),
          ),
        ],
      });
      step(graphOf(b), pusher, role, 'ecr-image-poisoning');
      a.account.ecrRepositories[0].tagMutability = 'IMMUTABLE';
      assert.deepEqual(steps(graphOf(b), pusher, role, 'ecr-image-poisoning'), []);
    });
  });

  describe('ecs-ec2-host-imds', () => {
    it('is not derivable from a snapshot: EC2-launch task definitions get a diagnostic, not an edge', () => {
      const { b, a } = account();
      a.taskDefinition('legacy', { taskRole: a.role('legacy'), compatibilities: ['EC2'] });
      const g = graphOf(b);
      assert.deepEqual(edgesOf(g, 'ecs-ec2-host-imds'), []);
      assert.ok(g.diagnostics.some((d) => d.message.startsWith('ecs-ec2-host-imds')));
    });
  });
});
