// Workloads of a plan applied to the snapshot: ECS task definitions (container definitions are a JSON
// string in Terraform; environment values are classified and dropped here, never kept), ECS services,
// and Lambda functions.
import { classifyEnvironment, type RawEnvironment } from '../classify-secrets.js';
import { scrubAwsResponse } from '../scrub/aws-response.js';
import type {
  EcsContainerDefinition,
  EcsService,
  EcsTaskDefinition,
  LambdaFunction,
} from '../../snapshot/types.js';
import type { OverlayContext } from './context.js';
import type { Handler } from './iam.js';
import { isObject, type PlanObject, type ResourceChange } from './plan.js';

function tagsOf(change: ResourceChange): Record<string, string> {
  const raw = change.after?.['tags_all'] ?? change.after?.['tags'];
  if (!isObject(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** aws_ecs_task_definition: every create is a new revision; a delete deregisters (INACTIVE). */
const taskDefinition: Handler = (ctx, change) => {
  const defs = ctx.account.ecs.taskDefinitions;
  if (change.action === 'delete' || change.action === 'replace') {
    const prior = defs.find((t) => t.arn === ctx.beforeStr(change, 'arn'));
    if (prior) prior.status = 'INACTIVE';
    if (change.action === 'delete')
      return ctx.record(change, `task definition ${prior?.arn ?? '?'} deregistered`, []);
  }
  if (change.action === 'update') {
    // Only tags and similar in-place attributes update; nothing the analysis reads.
    return ctx.record(change, 'task definition updated in place (no IAM-relevant change)', []);
  }
  const family = ctx.nameOf(change);
  const arn = ctx.arnOf(change);
  const revision = Number(/:(\d+)$/.exec(arn)?.[1] ?? 0);
  const containers = containerDefinitions(ctx, change, arn);
  const def: EcsTaskDefinition = {
    arn,
    family,
    revision,
    region: ctx.region,
    status: 'ACTIVE',
    networkMode: ctx.str(change, 'network_mode') ?? 'awsvpc',
    requiresCompatibilities: ctx.strings(change, 'requires_compatibilities'),
    containers,
    tags: tagsOf(change),
  };
  const taskRole = ctx.str(change, 'task_role_arn');
  if (taskRole) def.taskRoleArn = taskRole;
  const execRole = ctx.str(change, 'execution_role_arn');
  if (execRole) def.executionRoleArn = execRole;
  defs.push(def);
  ctx.record(change, `task definition ${family}:${revision} registered`, [arn]);
};

function containerDefinitions(
  ctx: OverlayContext,
  change: ResourceChange,
  arn: string,
): EcsContainerDefinition[] {
  if (ctx.isUnknown(change, 'container_definitions')) {
    ctx.unknown(
      change,
      'container_definitions',
      'unknown until apply: no containers recorded (environment not classified)',
    );
    return [];
  }
  const raw = change.after?.['container_definitions'];
  let parsed: unknown;
  try {
    parsed = scrubAwsResponse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) {
    ctx.snapshot.diagnostics.push({
      severity: 'error',
      file: 'terraform-plan',
      jsonPath: `${change.address}.container_definitions`,
      message: 'container_definitions is not a JSON array; no containers recorded',
    });
    return [];
  }
  return parsed.filter(isObject).map((c): EcsContainerDefinition => {
    const name = String(c['name'] ?? '');
    const { environment, findings } = classifyEnvironment(c['environment'] as RawEnvironment | undefined, {
      account: ctx.account.id,
      region: ctx.region,
      location: { kind: 'ecs-container-environment', taskDefinitionArn: arn, container: name },
      fingerprintKey: ctx.fingerprintKey,
    });
    ctx.snapshot.credentialFindings.push(...findings);
    const container: EcsContainerDefinition = {
      name,
      environment,
      secrets: list(c['secrets']).map((s) => ({
        name: String(s['name'] ?? ''),
        valueFrom: String(s['valueFrom'] ?? ''),
      })),
      environmentFiles: list(c['environmentFiles']).map((f) => ({
        ...(typeof f['type'] === 'string' ? { type: f['type'] } : {}),
        value: String(f['value'] ?? ''),
      })),
    };
    if (typeof c['image'] === 'string') container.image = c['image'];
    if (typeof c['privileged'] === 'boolean') container.privileged = c['privileged'];
    if (typeof c['user'] === 'string') container.user = c['user'];
    if (typeof c['readonlyRootFilesystem'] === 'boolean')
      container.readonlyRootFilesystem = c['readonlyRootFilesystem'];
    return container;
  });
}

function list(value: unknown): PlanObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** aws_ecs_service: the task definition is `family`, `family:revision` or an ARN. */
const service: Handler = (ctx, change) => {
  const services = ctx.account.ecs.services;
  const priorArn = ctx.beforeStr(change, 'id');
  const prior = services.find(
    (s) => s.arn === priorArn || (s.name === ctx.beforeStr(change, 'name') && !priorArn),
  );
  if ((change.action === 'delete' || change.action === 'replace') && prior)
    services.splice(services.indexOf(prior), 1);
  if (change.action === 'delete') return ctx.record(change, `service ${prior?.name ?? '?'} deleted`, []);
  const name = ctx.str(change, 'name') ?? change.name;
  const clusterRef = ctx.str(change, 'cluster') ?? 'default';
  const cluster = ctx.account.ecs.clusters.find((c) => c.arn === clusterRef || c.name === clusterRef);
  const clusterArn =
    cluster?.arn ??
    (clusterRef.startsWith('arn:')
      ? clusterRef
      : `arn:${ctx.partition}:ecs:${ctx.region}:${ctx.account.id}:cluster/${clusterRef}`);
  const clusterName = clusterArn.split('/').pop() ?? clusterRef;
  const arn =
    change.action === 'update' && prior
      ? prior.arn
      : (knownId(change) ??
        `arn:${ctx.partition}:ecs:${ctx.region}:${ctx.account.id}:service/${clusterName}/${name}`);
  const taskDefinitionArn = resolveTaskDefinition(ctx, ctx.str(change, 'task_definition'));
  const network = list(change.after?.['network_configuration'])[0];
  const next: EcsService = {
    arn,
    name,
    clusterArn,
    region: ctx.region,
    taskDefinitionArn: taskDefinitionArn ?? prior?.taskDefinitionArn ?? '',
    capacityProviders: list(change.after?.['capacity_provider_strategy']).map((c) =>
      String(c['capacity_provider'] ?? ''),
    ),
    enableExecuteCommand: change.after?.['enable_execute_command'] === true,
    tags: tagsOf(change),
    status: 'ACTIVE',
  };
  const launchType = ctx.str(change, 'launch_type');
  if (launchType) next.launchType = launchType;
  if (typeof change.after?.['desired_count'] === 'number') next.desiredCount = change.after['desired_count'];
  if (network) {
    next.network = {
      subnets: stringList(network['subnets']),
      securityGroups: stringList(network['security_groups']),
      assignPublicIp: network['assign_public_ip'] === true ? 'ENABLED' : 'DISABLED',
    };
  }
  if (change.action === 'update' && prior) services.splice(services.indexOf(prior), 1, next);
  else services.push(next);
  ctx.record(change, `service ${name} → ${next.taskDefinitionArn || '(task definition unknown)'}`, [arn]);
};

function knownId(change: ResourceChange): string | undefined {
  const id = change.after?.['id'];
  return typeof id === 'string' && change.afterUnknown['id'] !== true && id.startsWith('arn:')
    ? id
    : undefined;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function resolveTaskDefinition(ctx: OverlayContext, ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  if (ref.startsWith('arn:')) return ref;
  const defs = ctx.account.ecs.taskDefinitions;
  const [family, revision] = ref.split(':');
  if (revision) return defs.find((t) => t.family === family && t.revision === Number(revision))?.arn;
  const active = defs
    .filter((t) => t.family === family && t.status !== 'INACTIVE')
    .sort((a, b) => b.revision - a.revision);
  return active[0]?.arn;
}

/** aws_lambda_function: role, environment (classified, values dropped), function URL untouched. */
const lambdaFunction: Handler = (ctx, change) => {
  const fns = ctx.account.lambda;
  const prior = fns.find((f) => f.arn === ctx.beforeStr(change, 'arn'));
  if ((change.action === 'delete' || change.action === 'replace') && prior) fns.splice(fns.indexOf(prior), 1);
  if (change.action === 'delete') return ctx.record(change, `function ${prior?.name ?? '?'} deleted`, []);
  const arn = ctx.arnOf(change);
  const name = ctx.nameOf(change);
  const envBlock = list(change.after?.['environment'])[0];
  if (ctx.isUnknown(change, 'environment'))
    ctx.unknown(change, 'environment', 'unknown until apply: not classified');
  const variables = isObject(envBlock?.['variables'])
    ? (envBlock['variables'] as Record<string, string>)
    : {};
  const { environment, findings } = classifyEnvironment(variables, {
    account: ctx.account.id,
    region: ctx.region,
    location: { kind: 'lambda-environment', functionArn: arn },
    fingerprintKey: ctx.fingerprintKey,
  });
  ctx.snapshot.credentialFindings.push(...findings);
  const keep = change.action === 'update' ? prior : undefined;
  const next: LambdaFunction = {
    arn,
    name,
    region: ctx.region,
    roleArn: ctx.str(change, 'role') ?? keep?.roleArn ?? '',
    environment,
    tags: tagsOf(change),
    ...(keep && keep.resourcePolicy !== undefined ? { resourcePolicy: keep.resourcePolicy } : {}),
    ...(keep && keep.url !== undefined ? { url: keep.url } : {}),
    ...(!keep ? { resourcePolicy: null, url: null } : {}),
  };
  for (const field of ['runtime', 'package_type', 'image_uri', 'kms_key_arn'] as const) {
    const v = ctx.str(change, field);
    if (!v) continue;
    if (field === 'runtime') next.runtime = v;
    if (field === 'package_type') next.packageType = v;
    if (field === 'image_uri') next.imageUri = v;
    if (field === 'kms_key_arn') next.kmsKeyArn = v;
  }
  if (keep) fns.splice(fns.indexOf(keep), 1, next);
  else fns.push(next);
  ctx.record(change, `function ${name} ${change.action}`, [arn]);
};

export const workloadHandlers: Record<string, Handler> = {
  aws_ecs_task_definition: taskDefinition,
  aws_ecs_service: service,
  aws_lambda_function: lambdaFunction,
};
