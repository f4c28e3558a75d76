// End-to-end chains from a Fargate task through the group E/F techniques (EC2/SSM, CloudFormation,
// CodeBuild, Bedrock AgentCore) to data and to admin, read through the real attack-path query; and
// the guards that must cut each chain (SCP, trust, PassedToService).
import { strict as assert } from 'node:assert';
import { attackPaths } from '../../src/queries/attack-paths.js';
import type { AttackPath } from '../../src/queries/types.js';
import { graphOf } from '../support/attack-graph.js';
import {
  REGION,
  SnapshotBuilder,
  allow,
  deny,
  doc,
  trustAws,
  trustService,
} from '../support/snapshot-builder.js';

const A = '111111111111';
const ADMIN = `admin:${A}`;

function pathTo(paths: AttackPath[], target: string): AttackPath | undefined {
  return paths.find((p) => p.target === target);
}

const techniquesOf = (p: AttackPath | undefined) => p?.hops.map((h) => h.technique);

/** A web task whose role can run commands on an SSM-managed instance; the instance role reads a secret. */
function ssmToSecret() {
  const b = new SnapshotBuilder();
  const a = b.account(A);
  const instanceArn = `arn:aws:ec2:${REGION}:${A}:instance/i-batch`;
  const taskRole = a.role('web', {
    inline: [
      doc(allow('ssm:SendCommand', [instanceArn, `arn:aws:ssm:${REGION}::document/AWS-RunShellScript`])),
    ],
  });
  const secret = a.secret('prod/db');
  const instanceRole = a.role('batch-host', {
    trust: trustService('ec2.amazonaws.com'),
    inline: [doc(allow('secretsmanager:GetSecretValue', secret))],
  });
  const profile = `arn:aws:iam::${A}:instance-profile/batch-host`;
  a.account.iam.instanceProfiles.push({ arn: profile, name: 'batch-host', path: '/', roles: [instanceRole] });
  a.account.ec2Instances.push({
    id: 'i-batch',
    arn: instanceArn,
    region: REGION,
    state: 'running',
    instanceProfileArn: profile,
    securityGroupIds: [],
    ssmManaged: true,
    tags: {},
  });
  const td = a.taskDefinition('web', { taskRole });
  a.service('web', td);
  return { b, td, secret, instanceRole };
}

describe('scenarios: chains through groups E and F', () => {
  it('task role → ssm:SendCommand on a managed instance → instance role → secret; an SCP on SendCommand cuts it', () => {
    const { b, td, secret, instanceRole } = ssmToSecret();
    const path = pathTo(attackPaths(graphOf(b).graph, td), secret);
    assert.deepEqual(techniquesOf(path), [
      'ecs-task-metadata-creds',
      'ssm-send-command',
      'secrets-get-value',
    ]);
    assert.equal(path!.hops[1].to, instanceRole);
    assert.equal(path!.access, 'read');

    b.scp(doc(deny('ssm:SendCommand')));
    assert.equal(pathTo(attackPaths(graphOf(b).graph, td), secret), undefined);
  });

  it('task role → PassRole + CreateStack → an admin role trusting CloudFormation → account admin; not with PassRole for Lambda only', () => {
    const build = (passCondition?: Record<string, unknown>) => {
      const b = new SnapshotBuilder();
      const a = b.account(A);
      const taskRole = a.role('deployer', {
        inline: [doc(allow('iam:PassRole', '*', passCondition), allow('cloudformation:CreateStack'))],
      });
      a.role('cfn-admin', { trust: trustService('cloudformation.amazonaws.com'), inline: [doc(allow('*'))] });
      const td = a.taskDefinition('deployer', { taskRole });
      return { b, td };
    };
    const open = build();
    const path = pathTo(attackPaths(graphOf(open.b).graph, open.td), ADMIN);
    assert.deepEqual(techniquesOf(path), ['ecs-task-metadata-creds', 'cfn-create-stack', 'admin-equivalent']);

    const scoped = build({ StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } });
    assert.equal(pathTo(attackPaths(graphOf(scoped.b).graph, scoped.td), ADMIN), undefined);
  });

  it('task role → StartBuild on an existing project → its role → assume a deploy role → bucket write; a project role that does not trust CodeBuild leads nowhere', () => {
    const build = (projectTrust: string) => {
      const b = new SnapshotBuilder();
      const a = b.account(A);
      const project = `arn:aws:codebuild:${REGION}:${A}:project/release`;
      const taskRole = a.role('ci-trigger', { inline: [doc(allow('codebuild:StartBuild', project))] });
      const buildRole = a.role('release-build', {
        trust: trustService(projectTrust),
        inline: [doc(allow('sts:AssumeRole', `arn:aws:iam::${A}:role/deploy`))],
      });
      const bucket = a.bucket('release-artifacts');
      a.role('deploy', {
        trust: trustAws(buildRole),
        inline: [doc(allow('s3:PutObject', `${bucket}/*`))],
      });
      a.account.codebuildProjects.push({
        arn: project,
        name: 'release',
        region: REGION,
        serviceRole: buildRole,
      });
      const td = a.taskDefinition('ci', { taskRole });
      return { b, td, bucket };
    };
    const ok = build('codebuild.amazonaws.com');
    const path = pathTo(attackPaths(graphOf(ok.b).graph, ok.td), ok.bucket);
    assert.deepEqual(techniquesOf(path), [
      'ecs-task-metadata-creds',
      'codebuild-start-existing',
      'sts-assume-role',
      's3-identity-read',
    ]);
    assert.equal(path!.access, 'write');
    assert.ok(path!.hops[1].assumptions.some((x) => x.includes('buildspec override')));

    const wrong = build('ec2.amazonaws.com');
    assert.equal(pathTo(attackPaths(graphOf(wrong.b).graph, wrong.td), wrong.bucket), undefined);
  });

  it('task role → an existing AgentCore code interpreter (assumed) → its role → admin; the assumption travels with the hop', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const taskRole = a.role('agent-ui', {
      inline: [
        doc(
          allow(['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter']),
        ),
      ],
    });
    a.role('interpreter', {
      trust: trustService('bedrock-agentcore.amazonaws.com'),
      inline: [doc(allow('*'))],
    });
    const td = a.taskDefinition('agent-ui', { taskRole });
    const path = pathTo(attackPaths(graphOf(b).graph, td), ADMIN);
    assert.deepEqual(techniquesOf(path), [
      'ecs-task-metadata-creds',
      'bedrock-code-interpreter',
      'admin-equivalent',
    ]);
    assert.ok(path!.hops[1].assumptions.some((x) => x.includes('Bedrock AgentCore is not collected')));
  });
});
