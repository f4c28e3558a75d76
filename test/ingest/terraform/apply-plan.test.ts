// Scenarios: Terraform plans (fixtures in the documented `terraform show -json` format) applied to the
// demo account's snapshot.
import { strict as assert } from 'node:assert';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readDump } from '../../../src/ingest/read-dump.js';
import { applyTerraformPlan } from '../../../src/ingest/terraform/apply-plan.js';
import { parsePlan } from '../../../src/ingest/terraform/plan.js';
import type { TerraformFile } from '../../../src/ingest/terraform/locations.js';
import { InputError } from '../../../src/snapshot/errors.js';
import type { Snapshot } from '../../../src/snapshot/types.js';

const FIXTURES = 'test/fixtures/terraform';
const ACCOUNT = '222222222222';

async function plan(name: string) {
  return parsePlan(JSON.parse(await readFile(join(FIXTURES, name), 'utf8')), name);
}

async function tfFiles(root: string): Promise<TerraformFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: TerraformFile[] = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.tf')) continue;
    const full = join(e.parentPath, e.name);
    files.push({ path: relative(root, full).split('\\').join('/'), text: await readFile(full, 'utf8') });
  }
  return files;
}

const account = (s: Snapshot) => s.accounts.find((a) => a.id === ACCOUNT)!;
const role = (s: Snapshot, name: string) => account(s).iam.roles.find((r) => r.name === name);

describe('applyTerraformPlan', () => {
  let demo: Snapshot;
  before(async () => {
    demo = await readDump('examples/demo');
  });

  it('updates an inline policy in place and leaves the input snapshot untouched', async () => {
    const { snapshot, summary } = applyTerraformPlan(demo, await plan('demo/add-passrole.plan.json'), {
      planFile: 'add-passrole.plan.json',
      terraformFiles: await tfFiles(join(FIXTURES, 'demo')),
    });
    const doc = role(snapshot, 'tracking-api-task')!.inlinePolicies.find(
      (p) => p.name === 'read-config',
    )!.document!;
    const sids = (doc['Statement'] as { Sid?: string }[]).map((s) => s.Sid);
    assert.deepEqual(sids, [undefined, undefined, 'LaunchReportJobs', 'PassTaskRoles']);
    const original = role(demo, 'tracking-api-task')!.inlinePolicies.find(
      (p) => p.name === 'read-config',
    )!.document!;
    assert.equal((original['Statement'] as unknown[]).length, 2);
    assert.equal(snapshot.source.kind, 'terraform-overlay');
    assert.deepEqual(
      summary.applied.map((a) => [a.address, a.action, a.policyId]),
      [
        [
          'aws_iam_role_policy.tracking_api_read_config',
          'update',
          `arn:aws:iam::${ACCOUNT}:role/tracking-api-task#inline/read-config`,
        ],
      ],
    );
    assert.deepEqual(summary.locations['aws_iam_role_policy.tracking_api_read_config'], {
      file: 'iam.tf',
      line: 41,
    });
    assert.deepEqual(summary.unsupported, []);
  });

  it('creates a module workload whose ARNs are unknown until apply, resolving references and flagging them', async () => {
    const { snapshot, summary } = applyTerraformPlan(demo, await plan('workload/plan.json'), {
      planFile: 'plan.json',
      terraformFiles: await tfFiles(join(FIXTURES, 'workload')),
    });
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/label-exporter-task`;
    const created = role(snapshot, 'label-exporter-task')!;
    assert.equal(created.arn, roleArn);
    assert.deepEqual(
      created.inlinePolicies.map((p) => p.name),
      ['export-labels'],
    );
    assert.deepEqual(created.attachedPolicies, [`arn:aws:iam::${ACCOUNT}:policy/label-exporter-reports`]);

    const def = account(snapshot).ecs.taskDefinitions.find((t) => t.family === 'label-exporter')!;
    assert.equal(def.arn, `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/label-exporter:1`);
    assert.equal(def.taskRoleArn, roleArn);
    const service = account(snapshot).ecs.services.find((s) => s.name === 'label-exporter')!;
    assert.equal(service.taskDefinitionArn, def.arn);
    assert.equal(service.enableExecuteCommand, true);

    // The plaintext password in the container environment is classified, and its value is gone.
    assert.deepEqual(
      def.containers[0].environment.find((e) => e.name === 'SFTP_PASSWORD'),
      {
        name: 'SFTP_PASSWORD',
        credential: 'password',
      },
    );
    assert.ok(!JSON.stringify(snapshot).includes('Tr0ub4dor'));

    const unknown = (address: string, attribute: string) =>
      summary.unknowns.find((u) => u.address === address && u.attribute === attribute)?.treatment ?? '';
    assert.match(
      unknown('module.label_exporter.aws_iam_role.task', 'arn'),
      /^placeholder arn:aws:iam::222222222222:role\/label-exporter-task$/,
    );
    assert.match(
      unknown('module.label_exporter.aws_ecs_task_definition.exporter', 'task_role_arn'),
      /resolved through reference aws_iam_role.task.arn/,
    );
    assert.match(
      unknown('module.label_exporter.aws_secretsmanager_secret_policy.stripe', 'policy'),
      /^conservative/,
    );
    assert.match(
      unknown('aws_lambda_permission.ledger_report_from_exporter', 'principal'),
      /^conservative: any principal/,
    );

    // Unknown secret policy: an allow-all that the policy engine can only call conditional.
    const stripe = account(snapshot).secrets.find((s) => s.name === 'prod/payments/stripe-api-key')!;
    assert.deepEqual((stripe.resourcePolicy!['Statement'] as { Condition: unknown }[])[0].Condition, {
      Bool: { 'blastmap:UnknownUntilApply': 'true' },
    });

    const maria = account(snapshot).iam.users.find((u) => u.name === 'maria.lopez')!;
    assert.ok(maria.groups.includes(`arn:aws:iam::${ACCOUNT}:group/ops-admins`));
    assert.equal(account(snapshot).s3Buckets.find((b) => b.name === 'northwind-partner-drop')!.policy, null);

    assert.deepEqual(
      summary.unsupported.map((u) => [u.address, u.reason.split(' ')[0]]),
      [
        ['aws_iam_openid_connect_provider.github', 'may'],
        ['module.label_exporter.aws_sqs_queue.jobs', 'not'],
      ],
    );
    assert.ok(snapshot.gaps.some((g) => g.resource === 'aws_iam_openid_connect_provider.github'));
    assert.deepEqual(summary.locations['module.label_exporter.aws_iam_role_policy.task'], {
      file: 'modules/worker/main.tf',
      line: 22,
    });
  });

  it('rejects a file that is not a Terraform JSON plan with a located input error', () => {
    assert.throws(
      () => parsePlan({ resource_changes: [] }, 'x.json'),
      (e: unknown) => e instanceof InputError && e.location.jsonPath === '$.format_version',
    );
    assert.throws(
      () =>
        parsePlan(
          {
            format_version: '1.2',
            resource_changes: [{ address: 'a', type: 't', name: 'n', change: { actions: ['explode'] } }],
          },
          'x.json',
        ),
      (e: unknown) =>
        e instanceof InputError && e.location.jsonPath === '$.resource_changes[0].change.actions',
    );
  });
});
