// Applies the IAM-relevant resource changes of a Terraform plan to a copy of a snapshot, giving the
// "after" snapshot a diff compares against. Pure: the caller reads the files.
import type { Snapshot } from '../../snapshot/types.js';
import { InputError } from '../../snapshot/errors.js';
import { fingerprintKey } from '../fingerprint-key.js';
import { fillManagedPolicies } from '../managed-policies.js';
import { OverlayContext } from './context.js';
import { iamHandlers, type Handler } from './iam.js';
import { locateResources, type TerraformFile } from './locations.js';
import { planAccounts } from './plan-accounts.js';
import type { ResourceChange, TerraformPlan } from './plan.js';
import { resourcePolicyHandlers } from './resource-policies.js';
import type { PlanOverlaySummary } from './types.js';
import { workloadHandlers } from './workloads.js';

export interface ApplyPlanOptions {
  /** Plan file name as given by the user (for reports and SARIF locations). */
  planFile: string;
  /** Account the plan deploys to. Default: the only account, else each resource's account as the plan
   *  gives it (its ARN, its provider's assume_role or caller identity); an InputError when it does not. */
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
  const changes = plan.resourceChanges
    .filter(
      (c) => c.mode === 'managed' && c.action !== 'no-op' && c.action !== 'read' && c.action !== 'forget',
    )
    .sort((a, b) => rank(a) - rank(b));
  // Each change goes to the account the plan deploys it to (one line and exit 2 when it cannot tell).
  // Types blastmap does not model need no account: they only get listed as not interpreted.
  const relevant = changes.filter((c) => HANDLERS[c.type] || KNOWN_RELEVANT.test(c.type));
  const accountOf = planAccounts(plan, snapshot, relevant, {
    planFile: opts.planFile,
    ...(opts.account ? { account: opts.account } : {}),
  });
  const key = opts.fingerprintKey ?? fingerprintKey();
  const contexts = new Map<string, OverlayContext>();
  const contextFor = (accountId: string): OverlayContext => {
    let ctx = contexts.get(accountId);
    if (!ctx) {
      const account = snapshot.accounts.find((a) => a.id === accountId)!;
      const region = plan.providerRegion ?? account.regions[0] ?? 'us-east-1';
      ctx = new OverlayContext(snapshot, plan, account, region, key);
      contexts.set(accountId, ctx);
    }
    return ctx;
  };
  const fallbackAccount = opts.account ?? [...accountOf.values()][0] ?? snapshot.accounts[0]?.id;
  if (fallbackAccount === undefined) {
    throw new InputError('the snapshot has no account to apply the plan to', { file: opts.planFile });
  }
  // A context per account the plan deploys to (one even for a plan without relevant changes).
  contextFor(fallbackAccount);
  for (const change of changes) {
    const ctx = contextFor(accountOf.get(change.address) ?? fallbackAccount);
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
  const all = [...contexts.values()];
  const ctx = all[0];
  const summaries = all.map((c) => c.summary(opts.planFile));
  const merged = {
    ...summaries[0],
    applied: summaries.flatMap((x) => x.applied),
    unknowns: summaries
      .flatMap((x) => x.unknowns)
      .sort((a, b) => byText(`${a.address} ${a.attribute}`, `${b.address} ${b.attribute}`)),
    unsupported: summaries.flatMap((x) => x.unsupported).sort((a, b) => byText(a.address, b.address)),
  };

  // Newly attached AWS managed policies get their documents, as the dump reader does.
  fillManagedPolicies(snapshot);
  snapshot.source = { kind: 'terraform-overlay', location: opts.planFile };
  for (const c of all) {
    for (const u of c.unsupported.filter((x) => x.reason.startsWith('may affect'))) {
      snapshot.gaps.push({
        account: c.account.id,
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
  return { snapshot, summary: { ...merged, locations } };
}

function rank(change: ResourceChange): number {
  const i = ORDER.indexOf(change.type);
  return i < 0 ? ORDER.length : i;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
