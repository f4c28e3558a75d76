// Applies the IAM-relevant resource changes of a Terraform plan to a copy of a snapshot, giving the
// "after" snapshot a diff compares against. Pure: the caller reads the files.
import type { Account, Snapshot } from '../../snapshot/types.js';
import { InputError } from '../../snapshot/errors.js';
import { fingerprintKey } from '../fingerprint-key.js';
import { fillManagedPolicies } from '../managed-policies.js';
import { OverlayContext } from './context.js';
import { iamHandlers, type Handler } from './iam.js';
import { locateResources, type TerraformFile } from './locations.js';
import type { ResourceChange, TerraformPlan } from './plan.js';
import { resourcePolicyHandlers } from './resource-policies.js';
import type { PlanOverlaySummary } from './types.js';
import { workloadHandlers } from './workloads.js';

export interface ApplyPlanOptions {
  /** Plan file name as given by the user (for reports and SARIF locations). */
  planFile: string;
  /** Account the plan deploys to; default: the account named by ARNs in the plan, else the first. */
  account?: string;
  /** The configuration's .tf files (paths relative to the Terraform root), to locate resources. */
  terraformFiles?: TerraformFile[];
  /** Key of credential fingerprints (default: fingerprintKey() of the environment). */
  fingerprintKey?: Buffer;
}

export interface OverlayResult {
  snapshot: Snapshot;
  summary: PlanOverlaySummary;
}

const HANDLERS: Record<string, Handler> = { ...iamHandlers, ...workloadHandlers, ...resourcePolicyHandlers };

// Things that others refer to are applied first, so that e.g. an inline policy finds its new role.
const ORDER = [
  'aws_iam_policy',
  'aws_iam_role',
  'aws_iam_user',
  'aws_iam_group',
  'aws_s3_bucket',
  'aws_secretsmanager_secret',
  'aws_kms_key',
  'aws_lambda_function',
  'aws_ecs_task_definition',
];

/** IAM-relevant types the overlay knows it does not interpret (so a plan using them is partial). */
const KNOWN_RELEVANT = /^aws_(iam|ecs|lambda|s3_bucket|secretsmanager|kms|sts|organizations|ecr)_/;

export function applyTerraformPlan(
  base: Snapshot,
  plan: TerraformPlan,
  opts: ApplyPlanOptions,
): OverlayResult {
  const snapshot = structuredClone(base);
  const accountId = opts.account ?? accountFromPlan(plan, snapshot) ?? snapshot.accounts[0]?.id;
  const account = snapshot.accounts.find((a) => a.id === accountId);
  if (!account) {
    throw new InputError(`the snapshot has no account ${accountId ?? ''} to apply the plan to`.trim(), {
      file: opts.planFile,
    });
  }
  const region = plan.providerRegion ?? account.regions[0] ?? 'us-east-1';
  const ctx = new OverlayContext(snapshot, plan, account, region, opts.fingerprintKey ?? fingerprintKey());

  const changes = plan.resourceChanges
    .filter(
      (c) => c.mode === 'managed' && c.action !== 'no-op' && c.action !== 'read' && c.action !== 'forget',
    )
    .sort((a, b) => rank(a) - rank(b));
  for (const change of changes) {
    const handler = HANDLERS[change.type];
    if (handler) handler(ctx, change);
    else {
      ctx.unsupported.push({
        address: change.address,
        type: change.type,
        action: change.action,
        reason: KNOWN_RELEVANT.test(change.type)
          ? 'may affect access but is not interpreted: the result can be incomplete'
          : 'not interpreted (not an IAM-relevant type blastmap models)',
      });
    }
  }

  // Newly attached AWS managed policies get their documents, as the dump reader does.
  fillManagedPolicies(snapshot);
  snapshot.source = { kind: 'terraform-overlay', location: opts.planFile };
  if (ctx.unsupported.some((u) => u.reason.startsWith('may affect'))) {
    for (const u of ctx.unsupported.filter((x) => x.reason.startsWith('may affect'))) {
      snapshot.gaps.push({
        account: account.id,
        service: 'terraform',
        operation: u.type,
        resource: u.address,
        file: opts.planFile,
        code: 'NotInterpreted',
        message: `plan change ${u.address} (${u.action}) ${u.reason}`,
      });
    }
  }
  const locations = locateResources(
    plan.resourceChanges.map((c) => ({ change: c, moduleSources: ctx.moduleSources(c) })),
    opts.terraformFiles ?? [],
    opts.planFile,
  );
  return { snapshot, summary: { ...ctx.summary(opts.planFile), locations } };
}

function rank(change: ResourceChange): number {
  const i = ORDER.indexOf(change.type);
  return i < 0 ? ORDER.length : i;
}

/** Identifying values of the account's entities, as a plan names them (names and ARNs). */
function accountNames(account: Account): Set<string> {
  const names = new Set<string>();
  const add = (...values: (string | undefined)[]) => values.forEach((v) => v && names.add(v));
  for (const p of [...account.iam.roles, ...account.iam.users, ...account.iam.groups]) add(p.name, p.arn);
  for (const p of account.iam.policies) if (!p.awsManaged) add(p.arn);
  for (const b of account.s3Buckets) add(b.name, b.arn);
  for (const f of account.lambda) add(f.name, f.arn);
  for (const x of account.secrets) add(x.name, x.arn);
  for (const k of account.kmsKeys) add(k.id, k.arn);
  for (const t of account.ecs.taskDefinitions) add(t.family, t.arn);
  for (const c of account.ecs.clusters) add(c.arn);
  return names;
}

const IDENTIFYING = [
  'arn',
  'id',
  'name',
  'role',
  'user',
  'group',
  'bucket',
  'function_name',
  'secret_arn',
  'family',
  'key_id',
  'cluster',
];

/** The snapshot account whose entities the plan's changes name most (ties: the ARNs' account). */
function accountFromPlan(plan: TerraformPlan, snapshot: Snapshot): string | undefined {
  const scores = snapshot.accounts.map((account) => {
    const names = accountNames(account);
    let score = 0;
    for (const c of plan.resourceChanges) {
      for (const state of [c.before, c.after]) {
        for (const field of IDENTIFYING) {
          const v = state?.[field];
          if (typeof v === 'string' && names.has(v)) score++;
        }
      }
    }
    return { id: account.id, score };
  });
  const best = scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))[0];
  return best && best.score > 0 ? best.id : accountFromArns(plan, snapshot);
}

/** The snapshot account that the plan's known ARNs name most. */
function accountFromArns(plan: TerraformPlan, snapshot: Snapshot): string | undefined {
  const counts = new Map<string, number>();
  const ids = new Set(snapshot.accounts.map((a) => a.id));
  const text = JSON.stringify(plan.resourceChanges.map((c) => [c.before, c.after]));
  for (const m of text.matchAll(/arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g)) {
    if (ids.has(m[1])) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
