// Reading one resource change's values the way the overlay needs them: a value known at plan time is
// used as is; a value known only after apply is resolved through the configuration's references
// (`task_role_arn = aws_iam_role.task.arn` → that role's ARN, synthesized from its name when the role
// is new) and recorded as unknown with the treatment it got. Nothing unknown is silently dropped.
import type { Account, PolicyDocumentJson, Snapshot } from '../../snapshot/types.js';
import {
  isObject,
  type ConfigModule,
  type PlanObject,
  type ResourceChange,
  type TerraformPlan,
} from './plan.js';
import type { AppliedChange, PlanOverlaySummary, UnknownValue, UnsupportedResource } from './types.js';

/** Condition key no request carries: a statement conditioned on it is "maybe" for the policy engine. */
export const UNKNOWN_UNTIL_APPLY_KEY = 'blastmap:UnknownUntilApply';

const NOT_RESOURCES = new Set([
  'var',
  'local',
  'module',
  'data',
  'each',
  'count',
  'path',
  'terraform',
  'self',
]);

export class OverlayContext {
  readonly applied: AppliedChange[] = [];

  /** Notes what a resource change did to the snapshot, for the overlay summary. */
  record(change: ResourceChange, effect: string, ids: string[], policyId?: string): void {
    this.applied.push({
      address: change.address,
      type: change.type,
      action: change.action,
      effect,
      ids,
      ...(policyId ? { policyId } : {}),
    });
  }
  readonly unknowns: UnknownValue[] = [];
  readonly unsupported: UnsupportedResource[] = [];
  private readonly byAddress = new Map<string, ResourceChange>();
  /** Placeholder ARNs, synthesized once per resource so that every reference agrees. */
  private readonly placeholders = new Map<string, string>();

  constructor(
    readonly snapshot: Snapshot,
    readonly plan: TerraformPlan,
    readonly account: Account,
    readonly region: string,
    readonly fingerprintKey: Buffer,
  ) {
    for (const c of plan.resourceChanges) this.byAddress.set(c.address, c);
  }

  get partition(): string {
    return this.account.partition || 'aws';
  }

  summary(planFile: string): Omit<PlanOverlaySummary, 'locations'> {
    return {
      planFile,
      formatVersion: this.plan.formatVersion,
      ...(this.plan.terraformVersion ? { terraformVersion: this.plan.terraformVersion } : {}),
      applied: this.applied,
      unknowns: [...this.unknowns].sort((a, b) =>
        byText(`${a.address} ${a.attribute}`, `${b.address} ${b.attribute}`),
      ),
      unsupported: [...this.unsupported].sort((a, b) => byText(a.address, b.address)),
    };
  }

  /** Records an unknown value; a later call for the same attribute states the final treatment. */
  unknown(change: ResourceChange, attribute: string, treatment: string): void {
    const known = this.unknowns.find((u) => u.address === change.address && u.attribute === attribute);
    if (known) known.treatment = treatment;
    else this.unknowns.push({ address: change.address, attribute, treatment });
  }

  /** Whether `after.<attribute>` is known only after apply. */
  isUnknown(change: ResourceChange, attribute: string): boolean {
    return change.afterUnknown[attribute] === true;
  }

  /** A string attribute of the planned (after) state, resolving unknown values through references. */
  str(change: ResourceChange, attribute: string): string | undefined {
    const state = change.after ?? change.before;
    if (!change.after || !this.isUnknown(change, attribute)) {
      const v = state?.[attribute];
      return typeof v === 'string' && v !== '' ? v : undefined;
    }
    for (const ref of this.references(change, attribute)) {
      const value = this.referencedValue(change, ref);
      if (value) {
        this.unknown(change, attribute, `resolved through reference ${ref}: ${value}`);
        return value;
      }
    }
    this.unknown(change, attribute, 'unresolved: left unset');
    return undefined;
  }

  /** A string attribute of the prior (before) state. */
  beforeStr(change: ResourceChange, attribute: string): string | undefined {
    const v = change.before?.[attribute];
    return typeof v === 'string' && v !== '' ? v : undefined;
  }

  /** A list of strings (e.g. group members); unknown elements are resolved like `str`. */
  strings(change: ResourceChange, attribute: string, state: 'before' | 'after' = 'after'): string[] {
    const source = state === 'after' ? change.after : change.before;
    if (state === 'after' && this.isUnknown(change, attribute)) {
      const resolved = this.references(change, attribute)
        .map((ref) => this.referencedValue(change, ref))
        .filter((v): v is string => Boolean(v));
      this.unknown(
        change,
        attribute,
        resolved.length ? `resolved through references: ${resolved.join(', ')}` : 'unresolved: empty',
      );
      return resolved;
    }
    const v = source?.[attribute];
    if (!Array.isArray(v)) return [];
    const unknownItems = state === 'after' ? change.afterUnknown[attribute] : undefined;
    if (Array.isArray(unknownItems) && unknownItems.some((x) => x === true)) {
      this.unknown(
        change,
        attribute,
        'some elements unknown until apply: resolved through references where possible',
      );
      const resolved = this.references(change, attribute)
        .map((ref) => this.referencedValue(change, ref))
        .filter((x): x is string => Boolean(x));
      return [...new Set([...v.filter((x): x is string => typeof x === 'string'), ...resolved])];
    }
    return v.filter((x): x is string => typeof x === 'string');
  }

  /**
   * A policy document attribute (a JSON string in Terraform). Unknown until apply → a conservative
   * document: allow everything, under a condition no request satisfies for sure, so every step it
   * could enable shows as conditional instead of vanishing.
   */
  policy(
    change: ResourceChange,
    attribute: string,
    kind: 'identity' | 'resource',
  ): PolicyDocumentJson | null {
    if (change.after && this.isUnknown(change, attribute)) {
      this.unknown(change, attribute, 'conservative: allow everything under an unresolvable condition');
      return conservativePolicy(kind);
    }
    const raw = (change.after ?? change.before)?.[attribute];
    if (raw === null || raw === undefined || raw === '') return null;
    if (isObject(raw)) return raw;
    if (typeof raw !== 'string') return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isObject(parsed)) return parsed;
    } catch {
      // fall through to the diagnostic below
    }
    this.snapshot.diagnostics.push({
      severity: 'error',
      file: 'terraform-plan',
      jsonPath: `${change.address}.${attribute}`,
      message: 'policy is not a JSON object; treated as no policy',
    });
    return null;
  }

  /** Expression references of an attribute in the configuration, e.g. `["aws_iam_role.task.arn", …]`. */
  references(change: ResourceChange, attribute: string): string[] {
    const config = this.configResource(change);
    const expr = config?.expressions[attribute];
    const refs: string[] = [];
    const collect = (e: unknown): void => {
      if (Array.isArray(e)) e.forEach(collect);
      else if (isObject(e)) {
        if (Array.isArray(e['references']))
          refs.push(...e['references'].filter((r): r is string => typeof r === 'string'));
        else Object.values(e).forEach(collect);
      }
    };
    collect(expr);
    // Terraform lists both `aws_iam_role.x.arn` and `aws_iam_role.x`: keep the most specific first.
    return refs;
  }

  private configResource(change: ResourceChange) {
    let module: ConfigModule | undefined = this.plan.configuration;
    for (const name of moduleNames(change.moduleAddress)) module = module?.calls[name];
    return module?.resources.find((r) => r.type === change.type && r.name === change.name);
  }

  /** Module source directories from the root to the change's module (`./modules/app`, …). */
  moduleSources(change: ResourceChange): string[] {
    const sources: string[] = [];
    let module: ConfigModule | undefined = this.plan.configuration;
    for (const name of moduleNames(change.moduleAddress)) {
      module = module?.calls[name];
      if (module) sources.push(module.source);
    }
    return sources;
  }

  /** The value a reference like `aws_iam_role.task.arn` denotes, from the plan. */
  private referencedValue(from: ResourceChange, ref: string): string | undefined {
    const m = /^([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]*\])?(?:\.([A-Za-z0-9_]+))?/.exec(ref);
    if (!m || NOT_RESOURCES.has(m[1])) return undefined;
    const [, type, name, index, attr] = m;
    if (!attr) return undefined;
    const prefix = from.moduleAddress ? `${from.moduleAddress}.` : '';
    const base = `${prefix}${type}.${name}`;
    const target =
      this.byAddress.get(`${base}${index ?? ''}`) ??
      (from.index !== undefined ? this.byAddress.get(`${base}[${JSON.stringify(from.index)}]`) : undefined);
    if (!target) return undefined;
    return this.identity(target, attr);
  }

  /** An identifying attribute of a planned resource: its known value, or one synthesized from its name. */
  identity(change: ResourceChange, attribute: string): string | undefined {
    const state = change.after ?? change.before;
    if (state && !(change.after && this.isUnknown(change, attribute))) {
      const v = state[attribute];
      if (typeof v === 'string' && v !== '') return v;
    }
    if (attribute === 'arn' || (attribute === 'id' && ARN_IS_ID.has(change.type))) return this.arnOf(change);
    if ((attribute === 'id' || attribute === 'name') && NAME_IS_ID.has(change.type)) {
      return this.nameOf(change);
    }
    return undefined;
  }

  /** Name of a planned resource; a generated name (name_prefix) gets a placeholder, and is flagged. */
  nameOf(change: ResourceChange): string {
    const state = change.after ?? change.before ?? {};
    const field = NAME_FIELD[change.type] ?? 'name';
    const v = state[field];
    if (typeof v === 'string' && v !== '' && !(change.after && this.isUnknown(change, field))) return v;
    const prefix = typeof state['name_prefix'] === 'string' ? state['name_prefix'] : 'tf-';
    const placeholder = `${prefix}${change.name}-known-after-apply`;
    this.unknown(change, field, `placeholder name ${placeholder}`);
    return placeholder;
  }

  /** The ARN of a planned resource: known, kept from before (updates keep ARNs), or synthesized. */
  arnOf(change: ResourceChange): string {
    const after = change.after;
    if (after && typeof after['arn'] === 'string' && !this.isUnknown(change, 'arn')) return after['arn'];
    const before = change.before?.['arn'];
    if (change.action === 'update' && typeof before === 'string') return before;
    const cached = this.placeholders.get(change.address);
    if (cached) return cached;
    const arn = this.placeholderArn(change);
    this.placeholders.set(change.address, arn);
    this.unknown(change, 'arn', `placeholder ${arn}`);
    return arn;
  }

  private placeholderArn(change: ResourceChange): string {
    const p = this.partition;
    const acct = this.account.id;
    const region = this.region;
    const state = change.after ?? change.before ?? {};
    const path = typeof state['path'] === 'string' ? state['path'] : '/';
    const name = this.nameOf(change);
    switch (change.type) {
      case 'aws_iam_role':
        return `arn:${p}:iam::${acct}:role${path}${name}`;
      case 'aws_iam_user':
        return `arn:${p}:iam::${acct}:user${path}${name}`;
      case 'aws_iam_group':
        return `arn:${p}:iam::${acct}:group${path}${name}`;
      case 'aws_iam_policy':
        return `arn:${p}:iam::${acct}:policy${path}${name}`;
      case 'aws_ecs_task_definition':
        return `arn:${p}:ecs:${region}:${acct}:task-definition/${name}:${this.nextRevision(name)}`;
      case 'aws_ecs_cluster':
        return `arn:${p}:ecs:${region}:${acct}:cluster/${name}`;
      case 'aws_lambda_function':
        return `arn:${p}:lambda:${region}:${acct}:function:${name}`;
      case 'aws_secretsmanager_secret':
        return `arn:${p}:secretsmanager:${region}:${acct}:secret:${name}-known-after-apply`;
      case 'aws_s3_bucket':
        return `arn:${p}:s3:::${name}`;
      case 'aws_kms_key':
        return `arn:${p}:kms:${region}:${acct}:key/${change.address}`;
      default:
        return `arn:${p}:terraform:${region}:${acct}:${change.address}`;
    }
  }

  private nextRevision(family: string): number {
    const revisions = this.account.ecs.taskDefinitions
      .filter((t) => t.family === family)
      .map((t) => t.revision);
    return revisions.length ? Math.max(...revisions) + 1 : 1;
  }
}

const ARN_IS_ID = new Set([
  'aws_iam_policy',
  'aws_ecs_service',
  'aws_ecs_cluster',
  'aws_secretsmanager_secret',
]);
const NAME_IS_ID = new Set([
  'aws_iam_role',
  'aws_iam_user',
  'aws_iam_group',
  'aws_s3_bucket',
  'aws_lambda_function',
]);
const NAME_FIELD: Record<string, string> = {
  aws_ecs_task_definition: 'family',
  aws_lambda_function: 'function_name',
  aws_s3_bucket: 'bucket',
};

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function moduleNames(moduleAddress: string | undefined): string[] {
  if (!moduleAddress) return [];
  return [...moduleAddress.matchAll(/module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?/g)].map((m) => m[1]);
}

function conservativePolicy(kind: 'identity' | 'resource'): PolicyDocumentJson {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'BlastmapUnknownUntilApply',
        Effect: 'Allow',
        ...(kind === 'resource' ? { Principal: { AWS: '*' } } : {}),
        Action: '*',
        Resource: '*',
        Condition: { Bool: { [UNKNOWN_UNTIL_APPLY_KEY]: 'true' } },
      },
    ],
  };
}

export type { PlanObject };
