// One scenario per kind of change, each a single resource change in Terraform's JSON plan shape
// applied to the demo account (account 222222222222).
import { strict as assert } from 'node:assert';
import { readDump } from '../../../src/ingest/read-dump.js';
import { applyTerraformPlan } from '../../../src/ingest/terraform/apply-plan.js';
import { parsePlan } from '../../../src/ingest/terraform/plan.js';
import type { Snapshot } from '../../../src/snapshot/types.js';

const ACC = '222222222222';
const account = (s: Snapshot) => s.accounts.find((a) => a.id === ACC)!;

function change(
  type: string,
  name: string,
  actions: string[],
  before: unknown,
  after: unknown,
  afterUnknown = {},
) {
  return {
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: { actions, before, after, after_unknown: afterUnknown },
  };
}

function apply(snapshot: Snapshot, ...changes: unknown[]) {
  const plan = parsePlan({ format_version: '1.2', resource_changes: changes }, 'plan.json');
  return applyTerraformPlan(snapshot, plan, { planFile: 'plan.json', account: ACC });
}

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });

describe('Terraform resource changes', () => {
  let demo: Snapshot;
  before(async () => {
    demo = await readDump('examples/demo');
  });

  it('an updated customer managed policy gets a new default version; the old one stays', () => {
    const arn = `arn:aws:iam::${ACC}:policy/ecs-deploy`;
    const state = {
      arn,
      name: 'ecs-deploy',
      path: '/',
      policy: doc({ Effect: 'Allow', Action: 'ecs:*', Resource: '*' }),
    };
    const { snapshot, summary } = apply(
      demo,
      change('aws_iam_policy', 'deploy', ['update'], { ...state, policy: '{}' }, state),
    );
    const policy = account(snapshot).iam.policies.find((p) => p.arn === arn)!;
    const previous = account(demo).iam.policies.find((p) => p.arn === arn)!;
    assert.equal(policy.versions.length, previous.versions.length + 1);
    assert.equal(policy.versions.filter((v) => v.isDefault).length, 1);
    assert.equal(policy.defaultVersionId, policy.versions[policy.versions.length - 1].versionId);
    assert.ok(summary.unknowns.some((u) => u.attribute === 'policy_version'));
  });

  it('a deleted role disappears; a detached policy is no longer attached', () => {
    const role = account(demo).iam.roles.find((r) => r.name === 'ops-admin-task')!;
    const { snapshot } = apply(
      demo,
      change('aws_iam_role', 'ops', ['delete'], { name: 'ops-admin-task', arn: role.arn }, null),
      change(
        'aws_iam_role_policy_attachment',
        'data_admin',
        ['delete'],
        { role: 'data-admin-task', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        null,
      ),
    );
    assert.equal(
      account(snapshot).iam.roles.find((r) => r.name === 'ops-admin-task'),
      undefined,
    );
    assert.deepEqual(
      account(snapshot).iam.roles.find((r) => r.name === 'data-admin-task')!.attachedPolicies,
      [],
    );
  });

  it('a Lambda permission becomes a statement of the function policy, shaped as Lambda writes it', () => {
    const { snapshot, summary } = apply(
      demo,
      change('aws_lambda_permission', 'events', ['create'], null, {
        statement_id: 'AllowEventBridge',
        action: 'lambda:InvokeFunction',
        function_name: 'label-thumbnailer',
        principal: 'events.amazonaws.com',
        source_arn: `arn:aws:events:eu-west-1:${ACC}:rule/nightly`,
      }),
    );
    const fn = account(snapshot).lambda.find((f) => f.name === 'label-thumbnailer')!;
    const statements = fn.resourcePolicy!['Statement'] as Record<string, unknown>[];
    assert.deepEqual(statements[statements.length - 1], {
      Sid: 'AllowEventBridge',
      Effect: 'Allow',
      Principal: { Service: 'events.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: fn.arn,
      Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:events:eu-west-1:${ACC}:rule/nightly` } },
    });
    assert.equal(summary.applied[0].policyId, `${fn.arn}#resource-policy`);
  });

  it('a replaced task definition deregisters the old revision and registers the next one', () => {
    const old = account(demo).ecs.taskDefinitions.find((t) => t.family === 'scheduler')!;
    const containers = JSON.stringify([
      { name: 'scheduler', image: 'scheduler:2', environment: [{ name: 'MODE', value: 'cron' }] },
    ]);
    const { snapshot } = apply(
      demo,
      change(
        'aws_ecs_task_definition',
        'scheduler',
        ['delete', 'create'],
        { arn: old.arn, family: 'scheduler' },
        {
          family: 'scheduler',
          container_definitions: containers,
          task_role_arn: old.taskRoleArn,
          requires_compatibilities: ['FARGATE'],
        },
        { arn: true, revision: true },
      ),
    );
    const defs = account(snapshot).ecs.taskDefinitions.filter((t) => t.family === 'scheduler');
    assert.equal(defs.find((t) => t.arn === old.arn)!.status, 'INACTIVE');
    const next = defs.find((t) => t.revision === old.revision + 1)!;
    assert.equal(next.taskRoleArn, old.taskRoleArn);
    assert.deepEqual(next.containers[0].environment, [{ name: 'MODE' }]);
  });

  it('a new KMS key without a policy gets the default key policy; group membership adds members', () => {
    const { snapshot } = apply(
      demo,
      change(
        'aws_kms_key',
        'reports',
        ['create'],
        null,
        { description: 'reports', policy: null },
        { arn: true, key_id: true },
      ),
      change('aws_iam_group_membership', 'ops', ['create'], null, {
        name: 'ops',
        group: 'ops-admins',
        users: ['maria.lopez'],
      }),
    );
    const key = account(snapshot).kmsKeys.find((k) => k.description === 'reports')!;
    assert.deepEqual((key.policy!['Statement'] as { Principal: unknown }[])[0].Principal, {
      AWS: `arn:aws:iam::${ACC}:root`,
    });
    const maria = account(snapshot).iam.users.find((u) => u.name === 'maria.lopez')!;
    assert.ok(maria.groups.includes(`arn:aws:iam::${ACC}:group/ops-admins`));
  });

  it('a change to a principal that exists nowhere is listed as not interpreted, not dropped', () => {
    const { summary } = apply(
      demo,
      change('aws_iam_role_policy', 'ghost', ['create'], null, {
        name: 'x',
        role: 'no-such-role',
        policy: doc(),
      }),
    );
    assert.deepEqual(
      summary.unsupported.map((u) => [u.address, u.reason]),
      [['aws_iam_role_policy.ghost', 'role no-such-role is neither in the snapshot nor created by the plan']],
    );
  });
});
