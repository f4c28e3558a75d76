// Groups E and F. PassRole-to-a-new-resource records share one scenario, run for each record: the
// role must trust the record's service and PassRole must be allowed for that service. Records that
// abuse an existing resource get their own scenario.
import { strict as assert } from 'node:assert';
import { techniques } from '../../../src/graph/techniques/index.js';
import { graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, doc, trustService } from '../../support/snapshot-builder.js';

const ACCT = '111111111111';
const passRoleRecords = techniques.filter(
  (t) => (t.group === 'E' || t.group === 'F') && t.targets === 'roles-to-pass',
);

describe('graph techniques: EC2/SSM and other service roles (groups E and F)', () => {
  for (const record of passRoleRecords) {
    const service = record.servicePrincipal!;
    const actions = record.requires[0].all.filter((p) => p.on !== 'passed-role').map((p) => p.actions[0]);
    const otherService =
      service === 'lambda.amazonaws.com' ? 'ecs-tasks.amazonaws.com' : 'lambda.amazonaws.com';

    it(`${record.id}: fires towards a role trusting ${service} only, and not when PassRole is for another service`, () => {
      const b = new SnapshotBuilder();
      const a = b.account(ACCT);
      const caller = a.role('caller', { inline: [doc(allow(['iam:PassRole', ...actions]))] });
      const scoped = a.role('scoped', {
        inline: [
          doc(
            allow('iam:PassRole', '*', { StringEquals: { 'iam:PassedToService': otherService } }),
            allow(actions),
          ),
        ],
      });
      const target = a.role('target', { trust: trustService(service) });
      const stranger = a.role('stranger', { trust: trustService(otherService) });
      const g = graphOf(b);
      const e = step(g, caller, target, record.id);
      assert.equal(e.evidence.find((x) => x.action === 'iam:PassRole')?.resource, target);
      assert.deepEqual(steps(g, caller, stranger, record.id), []);
      assert.deepEqual(steps(g, scoped, target, record.id), []);
    });

    it(`${record.id}: is silent without ${actions.join(' + ')}`, () => {
      const b = new SnapshotBuilder();
      const a = b.account(ACCT);
      const caller = a.role('caller', { inline: [doc(allow(['iam:PassRole', ...actions.slice(1)]))] });
      const target = a.role('target', { trust: trustService(service) });
      assert.deepEqual(steps(graphOf(b), caller, target, record.id), []);
    });
  }

  it('EC2 instances: user data, Instance Connect, SSM (managed instances only)', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const role = a.role('instance', { trust: trustService('ec2.amazonaws.com') });
    const profileArn = `arn:aws:iam::${ACCT}:instance-profile/instance`;
    a.account.iam.instanceProfiles.push({ arn: profileArn, name: 'instance', path: '/', roles: [role] });
    const managed = `arn:aws:ec2:eu-west-1:${ACCT}:instance/i-managed`;
    const unmanaged = `arn:aws:ec2:eu-west-1:${ACCT}:instance/i-unmanaged`;
    a.account.ec2Instances.push(
      {
        id: 'i-managed',
        arn: managed,
        region: 'eu-west-1',
        instanceProfileArn: profileArn,
        securityGroupIds: [],
        ssmManaged: true,
        tags: {},
      },
      {
        id: 'i-unmanaged',
        arn: unmanaged,
        region: 'eu-west-1',
        instanceProfileArn: profileArn,
        securityGroupIds: [],
        ssmManaged: false,
        tags: {},
      },
    );
    const ops = a.role('ops', {
      inline: [
        doc(
          allow(['ssm:SendCommand', 'ssm:StartSession'], unmanaged),
          allow(
            [
              'ec2:ModifyInstanceAttribute',
              'ec2:StopInstances',
              'ec2:StartInstances',
              'ec2-instance-connect:SendSSHPublicKey',
            ],
            managed,
          ),
        ),
      ],
    });
    const ssm = a.role('ssm', {
      inline: [
        doc(
          allow(['ssm:SendCommand', 'ssm:StartSession'], managed),
          allow('ssm:SendCommand', 'arn:aws:ssm:*::document/AWS-RunShellScript'),
        ),
      ],
    });
    const g = graphOf(b);
    assert.equal(step(g, ops, role, 'ec2-userdata-modify').evidence[0].resource, managed);
    step(g, ops, role, 'ec2-instance-connect');
    assert.deepEqual(steps(g, ops, role, 'ssm-send-command'), []);
    step(g, ssm, role, 'ssm-send-command');
    step(g, ssm, role, 'ssm-start-session');
  });

  it('existing stacks, build projects, dev endpoints and notebooks lead to their roles', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const stackRole = a.role('stack', { trust: trustService('cloudformation.amazonaws.com') });
    const buildRole = a.role('build', { trust: trustService('codebuild.amazonaws.com') });
    const glueRole = a.role('glue', { trust: trustService('glue.amazonaws.com') });
    const nbRole = a.role('nb', { trust: trustService('sagemaker.amazonaws.com') });
    const stackId = `arn:aws:cloudformation:eu-west-1:${ACCT}:stack/app/123`;
    a.account.cloudformationStacks.push({
      id: stackId,
      name: 'app',
      region: 'eu-west-1',
      roleArn: stackRole,
    });
    const project = `arn:aws:codebuild:eu-west-1:${ACCT}:project/app`;
    a.account.codebuildProjects.push({
      arn: project,
      name: 'app',
      region: 'eu-west-1',
      serviceRole: buildRole,
    });
    a.account.glueDevEndpoints.push({ name: 'dev', region: 'eu-west-1', roleArn: glueRole });
    const notebook = `arn:aws:sagemaker:eu-west-1:${ACCT}:notebook-instance/nb`;
    a.account.sagemakerNotebooks.push({ arn: notebook, name: 'nb', region: 'eu-west-1', roleArn: nbRole });
    const attacker = a.role('attacker', {
      inline: [
        doc(
          allow(
            [
              'cloudformation:UpdateStack',
              'cloudformation:CreateChangeSet',
              'cloudformation:ExecuteChangeSet',
            ],
            stackId,
          ),
          allow('codebuild:StartBuild', project),
          allow('glue:UpdateDevEndpoint', `arn:aws:glue:eu-west-1:${ACCT}:devEndpoint/dev`),
          allow('sagemaker:CreatePresignedNotebookInstanceUrl', notebook),
        ),
      ],
    });
    const narrow = a.role('narrow', {
      inline: [doc(allow('codebuild:StartBuild', `arn:aws:codebuild:eu-west-1:${ACCT}:project/other`))],
    });
    const g = graphOf(b);
    step(g, attacker, stackRole, 'cfn-update-stack');
    step(g, attacker, stackRole, 'cfn-change-set');
    step(g, attacker, buildRole, 'codebuild-start-existing');
    step(g, attacker, glueRole, 'glue-update-dev-endpoint');
    step(g, attacker, nbRole, 'sagemaker-presigned-url');
    assert.deepEqual(steps(g, attacker, nbRole, 'sagemaker-lifecycle-config'), []);
    assert.deepEqual(steps(g, narrow, buildRole), []);
  });
});
