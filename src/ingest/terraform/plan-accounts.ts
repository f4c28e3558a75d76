// Which account each planned resource deploys to, when the snapshot holds several. Taken from the
// plan, never guessed: the account of the resource's own ARN; else the account of the provider
// configuration it uses — the constant `assume_role.role_arn` of that provider, the
// `aws_caller_identity` data source read through it, or the account every other located resource of
// that provider is in. A resource left without an account is an error asking for `--account`: applying
// it to the first account (usually the organization's management account) would be silently wrong.
import { InputError } from '../../snapshot/errors.js';
import type { Snapshot } from '../../snapshot/types.js';
import type { ConfigModule, ResourceChange, TerraformPlan } from './plan.js';

const ARN_ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;

export function planAccounts(
  plan: TerraformPlan,
  snapshot: Snapshot,
  changes: ResourceChange[],
  opts: { planFile: string; account?: string },
): Map<string, string> {
  const known = new Set(snapshot.accounts.map((a) => a.id));
  const assigned = new Map<string, string>();
  const single = opts.account ?? (snapshot.accounts.length === 1 ? snapshot.accounts[0].id : undefined);
  if (single !== undefined) {
    if (!known.has(single)) {
      throw new InputError(`the snapshot has no account ${single} to apply the plan to`, {
        file: opts.planFile,
      });
    }
    for (const c of changes) assigned.set(c.address, single);
    return assigned;
  }

  const keyOf = providerKeys(plan);
  const providerAccount = new Map<string, string>();
  const setProvider = (key: string, account: string | undefined) => {
    if (account && known.has(account) && !providerAccount.has(key)) providerAccount.set(key, account);
  };
  for (const [key, p] of Object.entries(plan.providers ?? {})) setProvider(key, accountOfArn(p.roleArn));
  const identities = [
    ...(plan.callerIdentities ?? []),
    ...plan.resourceChanges
      .filter((c) => c.mode === 'data' && c.type === 'aws_caller_identity')
      .flatMap((c) => {
        const id = c.after?.['account_id'];
        return typeof id === 'string' ? [{ address: c.address, accountId: id }] : [];
      }),
  ];
  for (const { address, accountId } of identities) setProvider(keyOf(address) ?? 'aws', accountId);

  // A resource's own ARN (before or after), else the ARN of the principal or resource it configures
  // (`role`, `policy_arn`, …), names its account; so does the one account every such resource of a
  // provider configuration is in, unchanged ones included (they show where the provider deploys).
  const byProvider = new Map<string, Set<string>>();
  for (const c of plan.resourceChanges) {
    const account = accountOfValues(c, known);
    if (!account) continue;
    if (c.mode === 'managed') assigned.set(c.address, account);
    const key = keyOf(c.address) ?? 'aws';
    byProvider.set(key, (byProvider.get(key) ?? new Set()).add(account));
  }
  for (const [key, accounts] of byProvider) if (accounts.size === 1) setProvider(key, [...accounts][0]);
  for (const address of [...assigned.keys()])
    if (!changes.some((c) => c.address === address)) assigned.delete(address);

  const missing: string[] = [];
  for (const c of changes) {
    if (assigned.has(c.address)) continue;
    const account = providerAccount.get(keyOf(c.address) ?? 'aws');
    if (account) assigned.set(c.address, account);
    else missing.push(c.address);
  }
  if (missing.length) {
    const ids = [...known].sort().join(', ');
    throw new InputError(
      `the input holds ${known.size} accounts (${ids}) and the plan does not say which one ${missing[0]}${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''} deploys to`,
      { file: opts.planFile },
      { hint: 'give --account <id> (the account the plan deploys to)' },
    );
  }
  return assigned;
}

/** Attributes that name the resource itself or the one it attaches to (not documents, which may
 *  name other accounts' principals and resources). */
const OWN_ARN_FIELDS = [
  'arn',
  'role',
  'user',
  'group',
  'policy_arn',
  'role_arn',
  'task_role_arn',
  'execution_role_arn',
  'secret_arn',
  'function_name',
  'bucket',
  'key_id',
];

function accountOfValues(c: ResourceChange, known: Set<string>): string | undefined {
  const found = new Set<string>();
  for (const state of [c.after, c.before]) {
    for (const field of OWN_ARN_FIELDS) {
      const v = state?.[field];
      const account = typeof v === 'string' ? accountOfArn(v) : undefined;
      if (account && known.has(account)) found.add(account);
    }
    if (found.size) break;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function accountOfArn(arn: string | undefined): string | undefined {
  return arn ? ARN_ACCOUNT.exec(arn)?.[1] : undefined;
}

/** Address (resource or data source, in any module) → its provider configuration key, from the configuration. */
function providerKeys(plan: TerraformPlan): (address: string) => string | undefined {
  const keys = new Map<string, string>();
  const walk = (module: ConfigModule, prefix: string) => {
    for (const r of module.resources) {
      if (r.providerKey) keys.set(`${prefix}${r.address}`, normalizeKey(r.providerKey));
    }
    for (const [name, child] of Object.entries(module.calls)) walk(child, `${prefix}module.${name}.`);
  };
  if (plan.configuration) walk(plan.configuration, '');
  // Instances (`x[0]`, `module.m["a"].x`) share their configuration block.
  return (address) => keys.get(address.replace(/\[[^\]]*\]/g, ''));
}

/** `module.app:aws.prod` (a provider passed into a module) → `aws.prod`, the configuration's key. */
function normalizeKey(key: string): string {
  const i = key.lastIndexOf(':');
  return i >= 0 ? key.slice(i + 1) : key;
}
