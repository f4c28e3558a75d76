// Groups E and F, the records beside the PassRole-to-a-new-resource ones of service-roles.test.ts:
// launch templates, CodeDeploy, EMR, Image Builder, GameLift, StackSets, CodeBuild project swaps,
// App Runner / Batch resources the snapshot does not list, CodeStar, and Bedrock AgentCore. Each
// fires in a minimal account and stays silent on its near-misses (trust, PassedToService, explicit
// deny, SCP, boundary, a resource-scoped permission that does not cover the target).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { techniques } from '../../../src/graph/techniques/index.js';
import { sharedDir } from '../../support/services.js';
import type { AccountBuilder } from '../../support/snapshot-builder.js';
import { graphOf, step, steps } from '../../support/attack-graph.js';
import { REGION, SnapshotBuilder, allow, deny, doc, trustService } from '../../support/snapshot-builder.js';

const ACCT = '111111111111';
const ec2Trust = trustService('ec2.amazonaws.com');
const passedTo = (service: string) => ({ StringEquals: { 'iam:PassedToService': service } });

function account() {
  const b = new SnapshotBuilder();
  return { b, a: b.account(ACCT) };
}

/** A role carried by an instance profile of the same name. */
function profiledRole(a: AccountBuilder, name: string, trust = ec2Trust): string {
  const role = a.role(name, { trust });
  const profile = `arn:aws:iam::${ACCT}:instance-profile/${name}`;
  a.account.iam.instanceProfiles.push({ arn: profile, name, path: '/', roles: [role] });
  return role;
}

function instance(a: AccountBuilder, id: string, role: string): string {
  const arn = `arn:aws:ec2:${REGION}:${ACCT}:instance/${id}`;
  const name = role.split('/').pop()!;
  a.account.ec2Instances.push({
    id,
    arn,
    region: REGION,
    instanceProfileArn: `arn:aws:iam::${ACCT}:instance-profile/${name}`,
    securityGroupIds: [],
    tags: {},
  });
  return arn;
}

describe('graph techniques: launch templates, CodeDeploy and EC2-based services (groups E/F)', () => {
  const launches: [string, string[]][] = [
    ['ec2-run-instances-passrole', ['ec2:RunInstances']],
    ['ec2-request-spot', ['ec2:RequestSpotInstances']],
    ['ec2-associate-instance-profile', ['ec2:AssociateIamInstanceProfile']],
    [
      'autoscaling-launch-config',
      ['autoscaling:CreateLaunchConfiguration', 'autoscaling:CreateAutoScalingGroup'],
    ],
  ];
  for (const [id, actions] of launches) {
    it(`${id}: through the role's instance profile, or one the attacker creates; PassRole for EC2; an SCP stops it`, () => {
      const { b, a } = account();
      const profiled = profiledRole(a, 'profiled');
      const bare = a.role('bare', { trust: ec2Trust });
      const lambdaProfiled = profiledRole(a, 'fn', trustService('lambda.amazonaws.com'));
      const launcher = a.role('launcher', { inline: [doc(allow(['iam:PassRole', ...actions]))] });
      const creator = a.role('creator', {
        inline: [
          doc(
            allow(['iam:PassRole', ...actions, 'iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile']),
          ),
        ],
      });
      const toLambda = a.role('to-lambda', {
        inline: [doc(allow('iam:PassRole', '*', passedTo('lambda.amazonaws.com')), allow(actions))],
      });
      let g = graphOf(b);
      const e = step(g, launcher, profiled, id);
      assert.equal(e.evidence.find((x) => x.action === 'iam:PassRole')?.resource, profiled);
      assert.deepEqual(steps(g, launcher, bare, id), []);
      step(g, creator, bare, id);
      assert.deepEqual(steps(g, launcher, lambdaProfiled, id), []);
      assert.deepEqual(steps(g, toLambda, profiled, id), []);
      b.scp(doc(deny(actions[actions.length - 1])));
      g = graphOf(b);
      assert.deepEqual(steps(g, launcher, profiled, id), []);
      assert.deepEqual(steps(g, creator, bare, id), []);
    });
  }

  it('ec2-launch-template-version: to an ec2-trusting role with an instance profile, assuming a template uses it', () => {
    const { b, a } = account();
    const target = profiledRole(a, 'web');
    const lambdaProfiled = profiledRole(a, 'fn', trustService('lambda.amazonaws.com'));
    const noProfile = a.role('bare', { trust: ec2Trust });
    const actions = ['ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate'];
    const caller = a.role('caller', {
      inline: [doc(allow(actions, `arn:aws:ec2:*:${ACCT}:launch-template/*`))],
    });
    const denied = a.role('denied', {
      inline: [doc(allow(actions), deny('ec2:ModifyLaunchTemplate'))],
    });
    const g = graphOf(b);
    const e = step(g, caller, target, 'ec2-launch-template-version');
    assert.ok(e.assumptions.some((x) => x.includes('launch template')));
    assert.equal(e.evidence[0].resource, `arn:aws:ec2:${REGION}:${ACCT}:launch-template/*`);
    assert.deepEqual(steps(g, caller, lambdaProfiled, 'ec2-launch-template-version'), []);
    assert.deepEqual(steps(g, caller, noProfile, 'ec2-launch-template-version'), []);
    assert.deepEqual(steps(g, denied, target, 'ec2-launch-template-version'), []);
  });

  it('codedeploy-create-deployment: to the role of an instance, never through a boundary that leaves CodeDeploy out', () => {
    const { b, a } = account();
    const role = profiledRole(a, 'app');
    instance(a, 'i-app', role);
    const ssmOnly = profiledRole(a, 'odd', trustService('ssm.amazonaws.com'));
    instance(a, 'i-odd', ssmOnly);
    const actions = [
      'codedeploy:CreateDeployment',
      'codedeploy:RegisterApplicationRevision',
      'codedeploy:GetDeploymentConfig',
    ];
    const deployer = a.role('deployer', { inline: [doc(allow(actions))] });
    const bounded = a.role('bounded', {
      inline: [doc(allow(actions))],
      boundary: a.policy('no-codedeploy', doc(allow('s3:*'))),
    });
    const partial = a.role('partial', { inline: [doc(allow(actions.slice(0, 2)))] });
    const g = graphOf(b);
    const e = step(g, deployer, role, 'codedeploy-create-deployment');
    assert.ok(e.assumptions.some((x) => x.includes('CodeDeploy')));
    assert.deepEqual(steps(g, deployer, ssmOnly, 'codedeploy-create-deployment'), []);
    assert.deepEqual(steps(g, bounded, role, 'codedeploy-create-deployment'), []);
    assert.deepEqual(steps(g, partial, role, 'codedeploy-create-deployment'), []);
  });

  it('emr-cluster: the instance role is passed to EC2 (not to EMR); a role without a profile needs CreateInstanceProfile', () => {
    const { b, a } = account();
    const profiled = profiledRole(a, 'emr-nodes');
    const bare = a.role('bare', { trust: ec2Trust });
    const emr = a.role('emr', {
      inline: [
        doc(
          allow('iam:PassRole', '*', passedTo('elasticmapreduce.amazonaws.com')),
          allow('elasticmapreduce:RunJobFlow'),
        ),
      ],
    });
    const toEc2 = a.role('to-ec2', {
      inline: [
        doc(allow('iam:PassRole', '*', passedTo('ec2.amazonaws.com')), allow('elasticmapreduce:RunJobFlow')),
      ],
    });
    const creator = a.role('creator', {
      inline: [
        doc(
          allow(['iam:PassRole', 'elasticmapreduce:RunJobFlow']),
          allow(['iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile']),
        ),
      ],
    });
    const g = graphOf(b);
    step(g, toEc2, profiled, 'emr-cluster');
    assert.deepEqual(steps(g, toEc2, bare, 'emr-cluster'), []);
    assert.deepEqual(steps(g, emr, profiled, 'emr-cluster'), []);
    step(g, creator, bare, 'emr-cluster');
  });

  it('imagebuilder: the build role is passed to EC2 (not to Image Builder); an explicit deny on CreateImage stops it', () => {
    const { b, a } = account();
    const role = profiledRole(a, 'builder');
    const lambdaRole = profiledRole(a, 'fn', trustService('lambda.amazonaws.com'));
    const build = [
      'imagebuilder:CreateComponent',
      'imagebuilder:CreateImageRecipe',
      'imagebuilder:CreateInfrastructureConfiguration',
      'imagebuilder:CreateImage',
    ];
    const viaImageBuilder = a.role('via-ib', {
      inline: [doc(allow('iam:PassRole', '*', passedTo('imagebuilder.amazonaws.com')), allow(build))],
    });
    const viaEc2 = a.role('via-ec2', {
      inline: [doc(allow('iam:PassRole', '*', passedTo('ec2.amazonaws.com')), allow(build))],
    });
    const viaLambda = a.role('via-lambda', {
      inline: [doc(allow('iam:PassRole', '*', passedTo('lambda.amazonaws.com')), allow(build))],
    });
    const denied = a.role('denied', {
      inline: [doc(allow(['iam:PassRole', ...build]), deny('imagebuilder:CreateImage'))],
    });
    const g = graphOf(b);
    step(g, viaEc2, role, 'imagebuilder');
    assert.deepEqual(steps(g, viaImageBuilder, role, 'imagebuilder'), []);
    assert.deepEqual(steps(g, viaEc2, lambdaRole, 'imagebuilder'), []);
    assert.deepEqual(steps(g, viaLambda, role, 'imagebuilder'), []);
    assert.deepEqual(steps(g, denied, role, 'imagebuilder'), []);
  });

  it('gamelift-fleet: the fleet instance role trusts GameLift, not EC2', () => {
    const { b, a } = account();
    const fleetRole = a.role('fleet', { trust: trustService('gamelift.amazonaws.com') });
    const ec2Role = a.role('ec2', { trust: ec2Trust });
    const caller = a.role('caller', {
      inline: [
        doc(
          allow(['iam:PassRole', 'gamelift:CreateBuild', 'gamelift:CreateFleet']),
          allow('gamelift:RequestUploadCredentials', `arn:aws:gamelift:${REGION}:${ACCT}:build/*`),
        ),
      ],
    });
    const otherRegion = a.role('other-region', {
      inline: [
        doc(
          allow(['iam:PassRole', 'gamelift:CreateBuild', 'gamelift:CreateFleet']),
          allow('gamelift:RequestUploadCredentials', `arn:aws:gamelift:us-east-1:${ACCT}:build/*`),
        ),
      ],
    });
    const g = graphOf(b);
    step(g, caller, fleetRole, 'gamelift-fleet');
    assert.deepEqual(steps(g, caller, ec2Role, 'gamelift-fleet'), []);
    assert.deepEqual(steps(g, otherRegion, fleetRole, 'gamelift-fleet'), []);
  });
});

describe('graph techniques: StackSets, build projects, App Runner, Batch, CodeStar (group F)', () => {
  it('cfn-stackset: create with a chosen administration role, or update an existing StackSet (assumed); an SCP stops it', () => {
    const { b, a } = account();
    const admin = a.role('stackset-admin', { trust: trustService('cloudformation.amazonaws.com') });
    const creator = a.role('creator', {
      inline: [
        doc(allow(['iam:PassRole', 'cloudformation:CreateStackSet', 'cloudformation:CreateStackInstances'])),
      ],
    });
    const updater = a.role('updater', {
      inline: [doc(allow(['iam:PassRole', 'cloudformation:UpdateStackSet']))],
    });
    let g = graphOf(b);
    assert.ok(
      !step(g, creator, admin, 'cfn-stackset').assumptions.some((x) => x.includes('existing self-managed')),
    );
    assert.ok(
      step(g, updater, admin, 'cfn-stackset').assumptions.some((x) => x.includes('existing self-managed')),
    );
    b.scp(doc(deny(['cloudformation:CreateStackInstances', 'cloudformation:UpdateStackSet'])));
    g = graphOf(b);
    assert.deepEqual(steps(g, creator, admin, 'cfn-stackset'), []);
    assert.deepEqual(steps(g, updater, admin, 'cfn-stackset'), []);
  });

  it('codebuild-update-project: needs an existing project the permission covers and PassRole for CodeBuild', () => {
    const { b, a } = account();
    const strong = a.role('strong', { trust: trustService('codebuild.amazonaws.com') });
    const ec2Role = a.role('ec2', { trust: ec2Trust });
    const project = `arn:aws:codebuild:${REGION}:${ACCT}:project/app`;
    a.account.codebuildProjects.push({ arn: project, name: 'app', region: REGION });
    const actions = ['iam:PassRole', 'codebuild:UpdateProject', 'codebuild:StartBuild'];
    const swapper = a.role('swapper', {
      inline: [doc(allow('iam:PassRole'), allow(actions.slice(1), project))],
    });
    const otherProject = a.role('other-project', {
      inline: [
        doc(allow('iam:PassRole'), allow(actions.slice(1), `arn:aws:codebuild:${REGION}:${ACCT}:project/x`)),
      ],
    });
    const wrongService = a.role('wrong-service', {
      inline: [doc(allow('iam:PassRole', '*', passedTo('lambda.amazonaws.com')), allow(actions.slice(1)))],
    });
    const g = graphOf(b);
    const e = step(g, swapper, strong, 'codebuild-update-project');
    assert.equal(e.evidence.find((x) => x.action === 'codebuild:UpdateProject')?.resource, project);
    assert.deepEqual(steps(g, swapper, ec2Role, 'codebuild-update-project'), []);
    assert.deepEqual(steps(g, otherProject, strong, 'codebuild-update-project'), []);
    assert.deepEqual(steps(g, wrongService, strong, 'codebuild-update-project'), []);

    const { b: empty, a: bare } = account();
    const strong2 = bare.role('strong', { trust: trustService('codebuild.amazonaws.com') });
    const caller = bare.role('caller', { inline: [doc(allow(actions))] });
    assert.deepEqual(steps(graphOf(empty), caller, strong2, 'codebuild-update-project'), []);
  });

  it('apprunner-update: no PassRole needed; only roles App Runner tasks may assume, under an assumption', () => {
    const { b, a } = account();
    const instanceRole = a.role('apprunner', { trust: trustService('tasks.apprunner.amazonaws.com') });
    const buildRole = a.role('build', { trust: trustService('build.apprunner.amazonaws.com') });
    const caller = a.role('caller', { inline: [doc(allow('apprunner:UpdateService'))] });
    const named = a.role('named', {
      inline: [doc(allow('apprunner:UpdateService', `arn:aws:apprunner:${REGION}:${ACCT}:service/api/abc`))],
    });
    const elsewhere = a.role('elsewhere', {
      inline: [doc(allow('apprunner:UpdateService', `arn:aws:apprunner:us-east-1:${ACCT}:service/*`))],
    });
    const g = graphOf(b);
    const e = step(g, caller, instanceRole, 'apprunner-update');
    assert.ok(e.assumptions.some((x) => x.includes('App Runner is not collected')));
    assert.deepEqual(steps(g, caller, buildRole, 'apprunner-update'), []);
    // The services are not listed: a permission naming one of them may be the one running as the
    // role (same assumption); one for a region the account does not use is not.
    step(g, named, instanceRole, 'apprunner-update');
    assert.deepEqual(steps(g, elsewhere, instanceRole, 'apprunner-update'), []);
  });

  it('batch-submit-existing: SubmitJob on both the job definition and the queue, to ecs-tasks-trusting roles', () => {
    const { b, a } = account();
    const jobRole = a.role('job');
    const fnRole = a.role('fn', { trust: trustService('lambda.amazonaws.com') });
    const submitter = a.role('submitter', { inline: [doc(allow('batch:SubmitJob'))] });
    const queueOnly = a.role('queue-only', {
      inline: [doc(allow('batch:SubmitJob', `arn:aws:batch:${REGION}:${ACCT}:job-queue/*`))],
    });
    const g = graphOf(b);
    assert.ok(
      step(g, submitter, jobRole, 'batch-submit-existing').assumptions.some((x) => x.includes('jobRoleArn')),
    );
    assert.deepEqual(steps(g, submitter, fnRole, 'batch-submit-existing'), []);
    assert.deepEqual(steps(g, queueOnly, jobRole, 'batch-submit-existing'), []);
  });

  it('codestar: PassRole + CreateProject to a role trusting CodeStar, with the availability assumption', () => {
    const { b, a } = account();
    const role = a.role('codestar', { trust: trustService('codestar.amazonaws.com') });
    const caller = a.role('caller', { inline: [doc(allow(['iam:PassRole', 'codestar:CreateProject']))] });
    const scoped = a.role('scoped', {
      inline: [
        doc(allow('iam:PassRole', `arn:aws:iam::${ACCT}:role/other`), allow('codestar:CreateProject')),
      ],
    });
    const g = graphOf(b);
    assert.ok(step(g, caller, role, 'codestar').assumptions.some((x) => x.includes('CodeStar')));
    assert.deepEqual(steps(g, scoped, role, 'codestar'), []);
  });
});

describe('graph techniques: Bedrock AgentCore (group F)', () => {
  const cases = [
    {
      id: 'bedrock-code-interpreter',
      create: ['bedrock-agentcore:CreateCodeInterpreter'],
      use: ['bedrock-agentcore:StartCodeInterpreterSession', 'bedrock-agentcore:InvokeCodeInterpreter'],
    },
    {
      id: 'bedrock-agent-runtime',
      create: [
        'bedrock-agentcore:CreateAgentRuntime',
        'bedrock-agentcore:CreateAgentRuntimeEndpoint',
        'bedrock-agentcore:CreateWorkloadIdentity',
      ],
      use: ['bedrock-agentcore:InvokeAgentRuntimeCommand'],
    },
    {
      id: 'bedrock-browser',
      create: ['bedrock-agentcore:CreateBrowser'],
      use: ['bedrock-agentcore:StartBrowserSession', 'bedrock-agentcore:ConnectBrowserAutomationStream'],
    },
  ];
  const existing = (x: string) => x.includes('Bedrock AgentCore is not collected');

  for (const c of cases) {
    it(`${c.id}: a created resource with a chosen role, or an existing one (assumed); only AgentCore-trusting roles`, () => {
      const { b, a } = account();
      const role = a.role('agent', { trust: trustService('bedrock-agentcore.amazonaws.com') });
      const other = a.role('other', { trust: trustService('bedrock.amazonaws.com') });
      const creator = a.role('creator', { inline: [doc(allow(['iam:PassRole', ...c.create, ...c.use]))] });
      const user = a.role('user', { inline: [doc(allow(c.use))] });
      const wrongPass = a.role('wrong-pass', {
        inline: [
          doc(allow('iam:PassRole', '*', passedTo('lambda.amazonaws.com')), allow([...c.create, ...c.use])),
        ],
      });
      const createOnly = a.role('create-only', { inline: [doc(allow(['iam:PassRole', ...c.create]))] });
      const g = graphOf(b);
      const created = step(g, creator, role, c.id);
      assert.ok(created.evidence.some((x) => x.action === 'iam:PassRole'));
      assert.ok(!created.assumptions.some(existing));
      assert.ok(step(g, user, role, c.id).assumptions.some(existing));
      // PassRole for another service leaves only the existing-resource way, with its assumption.
      assert.ok(step(g, wrongPass, role, c.id).assumptions.some(existing));
      assert.deepEqual(steps(g, createOnly, role, c.id), []);
      assert.deepEqual(steps(g, creator, other, c.id), []);
    });
  }
});

describe('graph techniques: an existing resource leads to its role only when the role trusts its service', () => {
  it('instances, stacks, build projects, dev endpoints and notebooks whose role trusts another service', () => {
    const { b, a } = account();
    const wrong = trustService('lambda.amazonaws.com');
    const instanceRole = profiledRole(a, 'odd-instance', wrong);
    const arn = instance(a, 'i-odd', instanceRole);
    a.account.ec2Instances[0].ssmManaged = true;
    const stackRole = a.role('odd-stack', { trust: wrong });
    a.account.cloudformationStacks.push({
      id: `arn:aws:cloudformation:${REGION}:${ACCT}:stack/app/1`,
      name: 'app',
      region: REGION,
      roleArn: stackRole,
    });
    const buildRole = a.role('odd-build', { trust: wrong });
    a.account.codebuildProjects.push({
      arn: `arn:aws:codebuild:${REGION}:${ACCT}:project/app`,
      name: 'app',
      region: REGION,
      serviceRole: buildRole,
    });
    const glueRole = a.role('odd-glue', { trust: wrong });
    a.account.glueDevEndpoints.push({ name: 'dev', region: REGION, roleArn: glueRole });
    const nbRole = a.role('odd-nb', { trust: wrong });
    a.account.sagemakerNotebooks.push({
      arn: `arn:aws:sagemaker:${REGION}:${ACCT}:notebook-instance/nb`,
      name: 'nb',
      region: REGION,
      roleArn: nbRole,
    });
    const attacker = a.role('attacker', { inline: [doc(allow('*'))] });
    const g = graphOf(b);
    const existing = [
      'ec2-userdata-modify',
      'ec2-instance-connect',
      'ssm-send-command',
      'ssm-start-session',
      'codedeploy-create-deployment',
      'cfn-update-stack',
      'cfn-change-set',
      'codebuild-start-existing',
      'glue-update-dev-endpoint',
      'sagemaker-presigned-url',
      'sagemaker-lifecycle-config',
    ];
    for (const role of [instanceRole, stackRole, buildRole, glueRole, nbRole]) {
      const found = steps(g, attacker, role).filter((e) => existing.includes(e.technique!));
      assert.deepEqual(
        found.map((e) => e.technique),
        [],
        `${role} (trusts lambda only) reached through ${arn}'s or a resource's role`,
      );
    }
  });
});

describe('graph techniques: instance state', () => {
  it('a stopped instance still yields to user data (stop/start), not to SSM, Instance Connect or CodeDeploy; a terminated one to nothing', () => {
    const { b, a } = account();
    const running = profiledRole(a, 'running-role');
    const stopped = profiledRole(a, 'stopped-role');
    const gone = profiledRole(a, 'gone-role');
    instance(a, 'i-running', running);
    instance(a, 'i-stopped', stopped);
    instance(a, 'i-gone', gone);
    const [r, s, t] = a.account.ec2Instances;
    Object.assign(r, { state: 'running', ssmManaged: true });
    Object.assign(s, { state: 'stopped', ssmManaged: true });
    Object.assign(t, { state: 'terminated', ssmManaged: true });
    const attacker = a.role('attacker', { inline: [doc(allow('*'))] });
    const g = graphOf(b);
    const onInstances = [
      'ec2-userdata-modify',
      'ec2-instance-connect',
      'ssm-send-command',
      'ssm-start-session',
      'codedeploy-create-deployment',
    ];
    const used = (role: string) =>
      steps(g, attacker, role)
        .map((e) => e.technique!)
        .filter((x) => onInstances.includes(x))
        .sort();
    assert.deepEqual(used(running), [...onInstances].sort());
    assert.ok(
      steps(g, attacker, running, 'ssm-send-command')[0].assumptions.every((x) => !x.includes('running')),
    );
    assert.deepEqual(used(stopped), ['ec2-userdata-modify']);
    assert.deepEqual(used(gone), []);
  });
});

describe('graph techniques: resources the attacker creates are checked as ARN patterns of the account', () => {
  it('cfn-create-stack: CreateStack scoped to a region the account does not use does not count', () => {
    const { b, a } = account();
    const role = a.role('cfn', { trust: trustService('cloudformation.amazonaws.com') });
    const here = a.role('here', {
      inline: [
        doc(
          allow('iam:PassRole'),
          allow('cloudformation:CreateStack', `arn:aws:cloudformation:${REGION}:${ACCT}:stack/app-*`),
        ),
      ],
    });
    const elsewhere = a.role('elsewhere', {
      inline: [
        doc(
          allow('iam:PassRole'),
          allow('cloudformation:CreateStack', `arn:aws:cloudformation:us-east-1:${ACCT}:stack/*`),
        ),
      ],
    });
    const g = graphOf(b);
    step(g, here, role, 'cfn-create-stack');
    assert.deepEqual(steps(g, elsewhere, role, 'cfn-create-stack'), []);
  });

  it('glue-job: updating an existing job needs one; datapipeline needs ActivatePipeline too', () => {
    const { b, a } = account();
    const glueRole = a.role('glue', { trust: trustService('glue.amazonaws.com') });
    const pipelineRole = a.role('pipeline', { trust: trustService('datapipeline.amazonaws.com') });
    const updater = a.role('updater', {
      inline: [doc(allow(['iam:PassRole', 'glue:UpdateJob', 'glue:StartJobRun']))],
    });
    const defineOnly = a.role('define-only', {
      inline: [
        doc(allow(['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'])),
      ],
    });
    assert.deepEqual(steps(graphOf(b), updater, glueRole, 'glue-job'), []);
    assert.deepEqual(steps(graphOf(b), defineOnly, pipelineRole, 'datapipeline'), []);
    a.account.glueJobs.push({ name: 'nightly', region: REGION, roleArn: glueRole });
    const e = step(graphOf(b), updater, glueRole, 'glue-job');
    assert.equal(
      e.evidence.find((x) => x.action === 'glue:UpdateJob')?.resource,
      `arn:aws:glue:${REGION}:${ACCT}:job/nightly`,
    );
  });
});

describe('graph techniques: App Runner PassRole', () => {
  it('apprunner-create: PassRole is granted for apprunner.amazonaws.com (as AWSAppRunnerFullAccess does); the role trusts tasks.apprunner', () => {
    const { b, a } = account();
    const role = a.role('instance', { trust: trustService('tasks.apprunner.amazonaws.com') });
    const managedLike = a.role('managed-like', {
      inline: [doc(allow('iam:PassRole', '*', passedTo('apprunner.amazonaws.com')), allow('apprunner:*'))],
    });
    const tasksScoped = a.role('tasks-scoped', {
      inline: [
        doc(
          allow('iam:PassRole', '*', passedTo('tasks.apprunner.amazonaws.com')),
          allow('apprunner:CreateService'),
        ),
      ],
    });
    const g = graphOf(b);
    step(g, managedLike, role, 'apprunner-create');
    assert.deepEqual(steps(g, tasksScoped, role, 'apprunner-create'), []);
  });
});

describe('graph techniques: every row of groups E and F has a record', () => {
  it('ids, groups and pathfinding.cloud references follow techniques.md', function () {
    const shared = sharedDir();
    if (!shared) this.skip();
    let group = '';
    let rows = 0;
    for (const line of readFileSync(join(shared!, 'techniques.md'), 'utf8').split('\n')) {
      const heading = /^\| \*\*([A-G])\. /.exec(line);
      if (heading) group = heading[1];
      const row = /^\| `([a-z0-9-]+)` \|.*\| ([^|]*) \|$/.exec(line);
      if (!row || (group !== 'E' && group !== 'F')) continue;
      rows++;
      const record = techniques.find((t) => t.id === row[1]);
      assert.ok(record, `no record for ${row[1]}`);
      assert.equal(record.group, group, row[1]);
      const refs = record.references.pathfindingCloud ?? [];
      if (row[2].trim() === 'no') assert.deepEqual(refs, [], row[1]);
      else assert.ok(refs.length > 0 && refs.every((r) => row[2].includes(r.split('-')[0])), row[1]);
    }
    assert.ok(rows >= 43, `rows of E and F: ${rows}`);
  });
});

describe('graph techniques: ssm-send-command checks the document', () => {
  it('SendCommand allowed on the instance but on no shell document does not run a command', () => {
    const { b, a } = account();
    const role = profiledRole(a, 'host');
    const arn = instance(a, 'i-host', role);
    Object.assign(a.account.ec2Instances[0], { state: 'running', ssmManaged: true });
    const instanceOnly = a.role('instance-only', { inline: [doc(allow('ssm:SendCommand', arn))] });
    const withDocument = a.role('with-document', {
      inline: [doc(allow('ssm:SendCommand', [arn, 'arn:aws:ssm:*:*:document/AWS-RunShellScript']))],
    });
    const g = graphOf(b);
    assert.deepEqual(steps(g, instanceOnly, role, 'ssm-send-command'), []);
    const e = step(g, withDocument, role, 'ssm-send-command');
    assert.deepEqual(
      e.evidence.map((x) => x.resource),
      [arn, `arn:aws:ssm:${REGION}::document/AWS-RunShellScript`],
    );
  });
});

describe('graph techniques: the trust rule of groups E and F', () => {
  it('every E/F record names its service principal and requires the target role to trust it', () => {
    const ef = techniques.filter((t) => t.group === 'E' || t.group === 'F');
    assert.ok(ef.length >= 43);
    for (const t of ef) {
      assert.match(t.servicePrincipal ?? '', /\.amazonaws\.com$/, t.id);
      assert.ok(t.preconditions.includes('target-trusts-service'), t.id);
    }
  });
});
