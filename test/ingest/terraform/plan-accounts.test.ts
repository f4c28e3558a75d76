// Which account a planned resource deploys to, when the input holds several (the demo: management
// 111111111111, prod 222222222222, data 333333333333): from the provider's assume_role, from an
// aws_caller_identity data source, from ARNs in the plan's values, or an error asking for --account;
// never the first account by default.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDump } from '../../../src/ingest/read-dump.js';
import { applyTerraformPlan } from '../../../src/ingest/terraform/apply-plan.js';
import { parsePlan } from '../../../src/ingest/terraform/plan.js';
import { InputError } from '../../../src/snapshot/errors.js';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { captureIo } from '../../support/capture-io.js';

const { runCli } = await import('../../../src/cli/run.js');

const MGMT = '111111111111';
const PROD = '222222222222';
const DATA = '333333333333';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
});

/** A new inline policy `ci-probe` on role `role`, as `terraform show -json` writes it. */
function inlinePolicy(address: string, role: string) {
  const [type, name] = address.split('.');
  return {
    address,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: ['create'],
      before: null,
      after: { name: 'ci-probe', role, policy: POLICY },
      after_unknown: { id: true },
    },
  };
}

/** A new role `name` (its ARN known after apply), trusted by ECS tasks. */
function newRole(address: string, name: string) {
  return {
    address,
    mode: 'managed',
    type: 'aws_iam_role',
    name: address.split('.').at(-1),
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: ['create'],
      before: null,
      after: {
        name,
        path: '/',
        assume_role_policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      },
      after_unknown: { arn: true, id: true, unique_id: true },
    },
  };
}

function roleAccounts(s: Snapshot, name: string): string[] {
  return s.accounts.filter((a) => a.iam.roles.some((r) => r.name === name)).map((a) => a.id);
}

function planJson(opts: {
  changes: unknown[];
  providers: Record<string, unknown>;
  resources: { address: string; providerKey: string; mode?: string; type?: string }[];
  priorState?: unknown;
}) {
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: opts.changes,
    ...(opts.priorState ? { prior_state: opts.priorState } : {}),
    configuration: {
      provider_config: opts.providers,
      root_module: {
        resources: opts.resources.map((r) => ({
          address: r.address,
          mode: r.mode ?? 'managed',
          type: r.type ?? r.address.split('.').at(-2),
          name: r.address.split('.').at(-1),
          provider_config_key: r.providerKey,
          expressions: {},
        })),
      },
    },
  };
}

const aws = (roleArn?: string, alias?: string) => ({
  name: 'aws',
  full_name: 'registry.terraform.io/hashicorp/aws',
  ...(alias ? { alias } : {}),
  expressions: {
    region: { constant_value: 'eu-west-1' },
    ...(roleArn ? { assume_role: [{ role_arn: { constant_value: roleArn } }] } : {}),
  },
});

function inlineNamesOf(s: Snapshot, account: string, role: string): string[] {
  const a = s.accounts.find((x) => x.id === account)!;
  return a.iam.roles.find((r) => r.name === role)?.inlinePolicies.map((p) => p.name) ?? [];
}

describe('the account a Terraform plan deploys to, with several accounts in the input', () => {
  let demo: Snapshot;
  before(async () => {
    demo = await readDump('examples/demo');
    assert.equal(demo.accounts.length, 3);
  });

  it("the default provider's assume_role names the account", () => {
    const plan = parsePlan(
      planJson({
        changes: [newRole('aws_iam_role.probe', 'ci-probe-role')],
        providers: { aws: aws(`arn:aws:iam::${DATA}:role/terraform-deploy`) },
        resources: [{ address: 'aws_iam_role.probe', providerKey: 'aws' }],
      }),
      'plan.json',
    );
    const { snapshot, summary } = applyTerraformPlan(demo, plan, { planFile: 'plan.json' });
    assert.deepEqual(roleAccounts(snapshot, 'ci-probe-role'), [DATA]);
    assert.ok(summary.unknowns.some((u) => u.treatment.includes(`arn:aws:iam::${DATA}:role/ci-probe-role`)));
  });

  it('aliased providers: each resource goes to the account of the provider it uses', () => {
    const plan = parsePlan(
      planJson({
        changes: [
          newRole('aws_iam_role.prod', 'ci-prod-role'),
          newRole('aws_iam_role.data', 'ci-data-role'),
          inlinePolicy('aws_iam_role_policy.analyst', 'analyst-readonly'),
        ],
        providers: {
          aws: aws(`arn:aws:iam::${PROD}:role/terraform-deploy`),
          'aws.data': aws(`arn:aws:iam::${DATA}:role/terraform-deploy`, 'data'),
        },
        resources: [
          { address: 'aws_iam_role.prod', providerKey: 'aws' },
          { address: 'aws_iam_role.data', providerKey: 'aws.data' },
          { address: 'aws_iam_role_policy.analyst', providerKey: 'aws.data' },
        ],
      }),
      'plan.json',
    );
    const { snapshot, summary } = applyTerraformPlan(demo, plan, { planFile: 'plan.json' });
    assert.deepEqual(roleAccounts(snapshot, 'ci-prod-role'), [PROD]);
    assert.deepEqual(roleAccounts(snapshot, 'ci-data-role'), [DATA]);
    assert.ok(inlineNamesOf(snapshot, DATA, 'analyst-readonly').includes('ci-probe'));
    assert.equal(summary.applied.length, 3);
    assert.equal(summary.unsupported.length, 0, JSON.stringify(summary.unsupported));
  });

  it('an aws_caller_identity data source read while planning names the account of its provider', () => {
    const plan = parsePlan(
      planJson({
        changes: [newRole('aws_iam_role.probe', 'ci-probe-role')],
        providers: { aws: aws() },
        resources: [
          { address: 'aws_iam_role.probe', providerKey: 'aws' },
          {
            address: 'data.aws_caller_identity.current',
            providerKey: 'aws',
            mode: 'data',
            type: 'aws_caller_identity',
          },
        ],
        priorState: {
          format_version: '1.0',
          values: {
            root_module: {
              resources: [
                {
                  address: 'data.aws_caller_identity.current',
                  mode: 'data',
                  type: 'aws_caller_identity',
                  name: 'current',
                  values: { account_id: DATA, arn: `arn:aws:sts::${DATA}:assumed-role/ci/runner`, id: DATA },
                },
              ],
            },
          },
        },
      }),
      'plan.json',
    );
    const { snapshot } = applyTerraformPlan(demo, plan, { planFile: 'plan.json' });
    assert.deepEqual(roleAccounts(snapshot, 'ci-probe-role'), [DATA]);
  });

  it("ARNs in the plan's values: a resource's own ARN, and the one account its provider's other resources are in", () => {
    const analystArn = `arn:aws:iam::${DATA}:role/analyst-readonly`;
    const known = demo.accounts.find((a) => a.id === DATA)!.iam.roles.find((r) => r.arn === analystArn);
    assert.ok(known, 'the demo has the role');
    const unchangedRole = {
      address: 'aws_iam_role.analyst',
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'analyst',
      change: {
        actions: ['no-op'],
        before: { arn: analystArn, name: 'analyst-readonly' },
        after: { arn: analystArn, name: 'analyst-readonly' },
        after_unknown: {},
      },
    };
    const plan = parsePlan(
      planJson({
        changes: [unchangedRole, newRole('aws_iam_role.probe', 'ci-probe-role')],
        providers: { aws: aws() },
        resources: [
          { address: 'aws_iam_role.analyst', providerKey: 'aws' },
          { address: 'aws_iam_role.probe', providerKey: 'aws' },
        ],
      }),
      'plan.json',
    );
    const { snapshot } = applyTerraformPlan(demo, plan, { planFile: 'plan.json' });
    assert.deepEqual(roleAccounts(snapshot, 'ci-probe-role'), [DATA]);
  });

  describe('nothing in the plan names the account', () => {
    const ambiguous = () =>
      parsePlan(
        planJson({
          changes: [inlinePolicy('aws_iam_role_policy.probe', 'security-audit')],
          providers: { aws: aws() },
          resources: [{ address: 'aws_iam_role_policy.probe', providerKey: 'aws' }],
        }),
        'plan.json',
      );

    it('is refused with a located error asking for --account, not applied to the first account', () => {
      assert.throws(
        () => applyTerraformPlan(demo, ambiguous(), { planFile: 'plan.json' }),
        (err: unknown) =>
          err instanceof InputError &&
          /holds 3 accounts .* does not say which one aws_iam_role_policy\.probe deploys to/.test(
            err.message,
          ) &&
          /--account/.test(err.hint ?? ''),
      );
    });

    it('--account decides', () => {
      const { snapshot } = applyTerraformPlan(demo, ambiguous(), { planFile: 'plan.json', account: MGMT });
      assert.ok(inlineNamesOf(snapshot, MGMT, 'security-audit').includes('ci-probe'));
    });

    it('blastmap diff and baseline exit 2 with one line naming --account; baseline --account decides', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'blastmap-accounts-'));
      try {
        const file = join(dir, 'plan.json');
        writeFileSync(
          file,
          JSON.stringify(
            planJson({
              changes: [inlinePolicy('aws_iam_role_policy.probe', 'security-audit')],
              providers: { aws: aws() },
              resources: [{ address: 'aws_iam_role_policy.probe', providerKey: 'aws' }],
            }),
          ),
        );
        for (const command of [['diff'], ['baseline']]) {
          const io = captureIo();
          const code = await runCli([...command, 'examples/demo', '--terraform-plan', file], io);
          const err = io.err.join('');
          assert.equal(code, 2, err);
          assert.equal(err.trim().split('\n').length, 1, err);
          assert.match(err, /--account/);
        }
        const io = captureIo();
        const ok = await runCli(
          ['baseline', 'examples/demo', '--terraform-plan', file, '--account', MGMT],
          io,
        );
        assert.equal(ok, 0, io.err.join(''));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
