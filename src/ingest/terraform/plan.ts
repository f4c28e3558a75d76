// The parts of Terraform's machine-readable plan (`terraform show -json plan.out`) that the overlay
// reads, following Terraform's documented JSON output format: `format_version`, `resource_changes`
// (address, type, change.actions/before/after/after_unknown) and `configuration` (module calls and
// expression references, used to resolve values that are unknown until apply).
import { InputError } from '../../snapshot/errors.js';
import { scrubAwsResponse } from '../scrub/aws-response.js';
import type { PlanAction } from './types.js';
import { textValue } from './text-value.js';

export type PlanValue = unknown;
export type PlanObject = Record<string, PlanValue>;

export interface ResourceChange {
  address: string;
  moduleAddress?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  action: PlanAction;
  before: PlanObject | null;
  after: PlanObject | null;
  /** Mirrors `after`: `true` where the value is known only after apply. */
  afterUnknown: PlanObject;
}

export interface ConfigResource {
  address: string;
  mode?: 'managed' | 'data';
  type: string;
  name: string;
  /** Key of the provider configuration the resource uses (`aws`, `aws.prod`), when given. */
  providerKey?: string;
  /** Attribute → expression: `{constant_value}` or `{references: ["aws_iam_role.x.arn", …]}`. */
  expressions: PlanObject;
}

export interface ConfigModule {
  /** Module source as written in the call (`./modules/app`); empty for the root module. */
  source: string;
  resources: ConfigResource[];
  calls: Record<string, ConfigModule>;
}

export interface TerraformPlan {
  formatVersion: string;
  terraformVersion?: string;
  resourceChanges: ResourceChange[];
  /** Root module of the configuration, when the plan carries one. */
  configuration?: ConfigModule;
  /** `region` of the default aws provider, when it is a constant. */
  providerRegion?: string;
  /** aws provider configurations by key: the constant `assume_role.role_arn`, when set. */
  providers?: Record<string, { roleArn?: string }>;
  /** `aws_caller_identity` data sources read at plan time (prior state), with their account. */
  callerIdentities?: { address: string; accountId: string }[];
}

/** Terraform's `actions` list → one action (`["delete","create"]` and `["create","delete"]` = replace). */
export function planAction(actions: unknown): PlanAction | undefined {
  // Only strings: join() would call an item's own toString (which a hostile plan may break).
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) return undefined;
  const key = actions.join(',');
  switch (key) {
    case 'create':
    case 'update':
    case 'delete':
    case 'no-op':
    case 'read':
    case 'forget':
      return key;
    case 'delete,create':
    case 'create,delete':
      return 'replace';
    default:
      return undefined;
  }
}

export function parsePlan(json: unknown, file: string): TerraformPlan {
  const fail = (jsonPath: string, message: string): never => {
    throw new InputError(
      message,
      { file, jsonPath },
      {
        hint: 'give the output of `terraform show -json plan.out`',
      },
    );
  };
  if (!isObject(json)) return fail('$', 'a Terraform plan must be a JSON object');
  scrubAwsResponse(json); // tags, descriptions, commands of the planned resources
  const formatVersion = json['format_version'];
  if (typeof formatVersion !== 'string')
    return fail('$.format_version', 'missing format_version: not a Terraform JSON plan');
  if (!/^1\./.test(formatVersion))
    fail('$.format_version', `unsupported format_version '${formatVersion}' (expected 1.x)`);
  const rawChanges = json['resource_changes'] ?? [];
  if (!Array.isArray(rawChanges)) return fail('$.resource_changes', 'expected an array');
  const resourceChanges = rawChanges.map((raw, i): ResourceChange => {
    const at = `$.resource_changes[${i}]`;
    if (!isObject(raw)) return fail(at, 'expected an object');
    const change = raw['change'];
    if (!isObject(change)) return fail(`${at}.change`, 'expected an object');
    const action = planAction(change['actions']);
    if (!action) return fail(`${at}.change.actions`, `unknown actions ${JSON.stringify(change['actions'])}`);
    for (const field of ['address', 'type', 'name'] as const) {
      if (typeof raw[field] !== 'string') fail(`${at}.${field}`, `missing ${field}`);
    }
    return {
      address: raw['address'] as string,
      ...(typeof raw['module_address'] === 'string' ? { moduleAddress: raw['module_address'] } : {}),
      mode: raw['mode'] === 'data' ? 'data' : 'managed',
      type: raw['type'] as string,
      name: raw['name'] as string,
      ...(typeof raw['index'] === 'string' || typeof raw['index'] === 'number'
        ? { index: raw['index'] }
        : {}),
      action,
      before: isObject(change['before']) ? change['before'] : null,
      after: isObject(change['after']) ? change['after'] : null,
      afterUnknown: isObject(change['after_unknown']) ? change['after_unknown'] : {},
    };
  });
  const config = isObject(json['configuration']) ? json['configuration'] : undefined;
  const root =
    config && isObject(config['root_module']) ? configModule(config['root_module'], '') : undefined;
  return {
    formatVersion,
    ...(typeof json['terraform_version'] === 'string' ? { terraformVersion: json['terraform_version'] } : {}),
    resourceChanges,
    ...(root ? { configuration: root } : {}),
    ...providerRegion(config),
    providers: awsProviders(config),
    callerIdentities: callerIdentities(json['prior_state']),
  };
}

function awsProviders(config: PlanObject | undefined): Record<string, { roleArn?: string }> {
  const providers = config && isObject(config['provider_config']) ? config['provider_config'] : {};
  const out: Record<string, { roleArn?: string }> = {};
  for (const [key, p] of Object.entries(providers)) {
    if (!isObject(p) || p['name'] !== 'aws') continue;
    const expressions = isObject(p['expressions']) ? p['expressions'] : {};
    const blocks = expressions['assume_role'];
    const block = Array.isArray(blocks) ? blocks.find(isObject) : isObject(blocks) ? blocks : undefined;
    const roleArn = block && isObject(block['role_arn']) ? block['role_arn']['constant_value'] : undefined;
    out[key] = typeof roleArn === 'string' ? { roleArn } : {};
  }
  return out;
}

/** `data.aws_caller_identity` values in the plan's prior state (read while planning), any module. */
function callerIdentities(priorState: unknown): { address: string; accountId: string }[] {
  const found: { address: string; accountId: string }[] = [];
  const walk = (module: unknown): void => {
    if (!isObject(module)) return;
    for (const r of Array.isArray(module['resources']) ? module['resources'] : []) {
      if (!isObject(r) || r['type'] !== 'aws_caller_identity' || !isObject(r['values'])) continue;
      const id = r['values']['account_id'];
      if (typeof id === 'string' && typeof r['address'] === 'string')
        found.push({ address: r['address'], accountId: id });
    }
    for (const child of Array.isArray(module['child_modules']) ? module['child_modules'] : []) walk(child);
  };
  const values = isObject(priorState) ? priorState['values'] : undefined;
  if (isObject(values)) walk(values['root_module']);
  return found;
}

function configModule(raw: PlanObject, source: string): ConfigModule {
  const resources = (Array.isArray(raw['resources']) ? raw['resources'] : [])
    .filter(isObject)
    .map((r): ConfigResource => ({
      address: textValue(r['address']),
      ...(r['mode'] === 'data' || r['mode'] === 'managed' ? { mode: r['mode'] } : {}),
      ...(typeof r['provider_config_key'] === 'string' ? { providerKey: r['provider_config_key'] } : {}),
      type: textValue(r['type']),
      name: textValue(r['name']),
      expressions: isObject(r['expressions']) ? r['expressions'] : {},
    }));
  const calls: Record<string, ConfigModule> = {};
  const rawCalls = isObject(raw['module_calls']) ? raw['module_calls'] : {};
  for (const [name, call] of Object.entries(rawCalls)) {
    if (!isObject(call)) continue;
    const module = isObject(call['module']) ? call['module'] : {};
    calls[name] = configModule(module, typeof call['source'] === 'string' ? call['source'] : '');
  }
  return { source, resources, calls };
}

function providerRegion(config: PlanObject | undefined): { providerRegion?: string } {
  const providers = config && isObject(config['provider_config']) ? config['provider_config'] : {};
  const aws = providers['aws'];
  if (!isObject(aws) || !isObject(aws['expressions'])) return {};
  const region = aws['expressions']['region'];
  if (isObject(region) && typeof region['constant_value'] === 'string')
    return { providerRegion: region['constant_value'] };
  return {};
}

export function isObject(value: unknown): value is PlanObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
