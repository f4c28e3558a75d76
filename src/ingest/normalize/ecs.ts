// ECS: describe-clusters, describe-services, describe-tasks and describe-task-definition responses →
// snapshot ECS objects. Container and override environments go through the secret classifier here, so
// no value leaves this file.
//
//   normalizeClusters(raw, ctx): EcsCluster[]            (describe-clusters)
//   normalizeServices(raw, ctx): EcsService[]            (describe-services)
//   normalizeTasks(raw, ctx): EcsTask[]                  (describe-tasks)
//   normalizeTaskDefinition(raw, ctx): EcsTaskDefinition (describe-task-definition --include TAGS)
import type {
  EcsCluster,
  EcsContainerDefinition,
  EcsService,
  EcsTask,
  EcsTaskDefinition,
  EcsTaskOverrides,
  EnvironmentVariable,
} from '../../snapshot/types.js';
import { classifyEnvironment, type EnvironmentLocation } from '../classify-secrets.js';
import { scrubArgv, scrubImage, scrubValueFrom } from '../scrub/credential-forms.js';
import { type NormalizeContext, eachItem } from './context.js';
import { Json } from './shape.js';

function region(ctx: NormalizeContext): string {
  return ctx.region ?? 'unknown';
}

/** Reads `[{name, value}]`, classifies, records findings in ctx; returns names + kinds only. */
export function environmentOf(
  ctx: NormalizeContext,
  list: Json,
  location: EnvironmentLocation['location'],
): EnvironmentVariable[] {
  const pairs = list.items().map((e) => ({ name: e.str('name'), value: e.optStr('value') ?? '' }));
  const { environment, findings } = classifyEnvironment(pairs, {
    account: ctx.account,
    region: ctx.region,
    location,
    fingerprintKey: ctx.fingerprintKey,
  });
  ctx.findings.push(...findings);
  return environment;
}

export function normalizeClusters(raw: unknown, ctx: NormalizeContext): EcsCluster[] {
  return eachItem(ctx, new Json(raw).list('clusters'), (c) => {
    const cluster: EcsCluster = {
      arn: c.str('clusterArn'),
      name: c.str('clusterName'),
      region: region(ctx),
      tags: c.tags('tags'),
    };
    const status = c.optStr('status');
    if (status) cluster.status = status;
    const count = c.optNum('registeredContainerInstancesCount');
    if (count !== undefined) cluster.registeredContainerInstancesCount = count;
    return cluster;
  });
}

export function normalizeServices(raw: unknown, ctx: NormalizeContext): EcsService[] {
  return eachItem(ctx, new Json(raw).list('services'), (s) => {
    const service: EcsService = {
      arn: s.str('serviceArn'),
      name: s.str('serviceName'),
      clusterArn: s.str('clusterArn'),
      region: region(ctx),
      taskDefinitionArn: s.str('taskDefinition'),
      capacityProviders: s.list('capacityProviderStrategy').map((p) => p.str('capacityProvider')),
      enableExecuteCommand: s.bool('enableExecuteCommand', false),
      tags: s.tags('tags'),
    };
    const launchType = s.optStr('launchType');
    if (launchType) service.launchType = launchType;
    if (s.has('networkConfiguration') && s.get('networkConfiguration').has('awsvpcConfiguration')) {
      const vpc = s.get('networkConfiguration').get('awsvpcConfiguration');
      service.network = { subnets: vpc.strings('subnets'), securityGroups: vpc.strings('securityGroups') };
      const pub = vpc.optStr('assignPublicIp');
      if (pub) service.network.assignPublicIp = pub;
    }
    const desired = s.optNum('desiredCount');
    if (desired !== undefined) service.desiredCount = desired;
    const running = s.optNum('runningCount');
    if (running !== undefined) service.runningCount = running;
    const status = s.optStr('status');
    if (status) service.status = status;
    return service;
  });
}

export function normalizeTasks(raw: unknown, ctx: NormalizeContext): EcsTask[] {
  return eachItem(ctx, new Json(raw).list('tasks'), (t) => {
    const arn = t.str('taskArn');
    const task: EcsTask = {
      arn,
      clusterArn: t.str('clusterArn'),
      region: region(ctx),
      taskDefinitionArn: t.str('taskDefinitionArn'),
      enableExecuteCommand: t.bool('enableExecuteCommand', false),
      subnetIds: [],
      privateIpv4Addresses: [],
      tags: t.tags('tags'),
    };
    for (const key of ['launchType', 'lastStatus', 'group', 'startedBy'] as const) {
      const value = t.optStr(key);
      if (value) task[key] = value;
    }
    if (t.has('overrides')) {
      const o = t.get('overrides');
      const overrides: EcsTaskOverrides = {
        containerOverrides: o.list('containerOverrides').map((c) => {
          const name = c.str('name');
          const override: EcsTaskOverrides['containerOverrides'][number] = {
            name,
            environment: environmentOf(ctx, c.get('environment'), {
              kind: 'ecs-task-override-environment',
              taskArn: arn,
              container: name,
            }),
          };
          if (c.has('command')) override.command = scrubArgv(c.strings('command'));
          return override;
        }),
      };
      const taskRole = o.optStr('taskRoleArn');
      if (taskRole) overrides.taskRoleArn = taskRole;
      const execRole = o.optStr('executionRoleArn');
      if (execRole) overrides.executionRoleArn = execRole;
      task.overrides = overrides;
    }
    for (const attachment of t.list('attachments')) {
      for (const detail of attachment.list('details')) {
        const name = detail.optStr('name');
        const value = detail.optStr('value');
        if (!value) continue;
        if (name === 'subnetId') task.subnetIds.push(value);
        if (name === 'privateIPv4Address') task.privateIpv4Addresses.push(value);
      }
    }
    return task;
  });
}

export function normalizeTaskDefinition(raw: unknown, ctx: NormalizeContext): EcsTaskDefinition {
  const root = new Json(raw);
  const td = root.get('taskDefinition');
  const arn = td.str('taskDefinitionArn');
  const revision = td.optNum('revision') ?? Number(arn.split(':').pop());
  const containers: EcsContainerDefinition[] = eachItem(ctx, td.list('containerDefinitions'), (c) => {
    const name = c.str('name');
    const container: EcsContainerDefinition = {
      name,
      environment: environmentOf(ctx, c.get('environment'), {
        kind: 'ecs-container-environment',
        taskDefinitionArn: arn,
        container: name,
      }),
      secrets: c
        .list('secrets')
        .map((s) => ({ name: s.str('name'), valueFrom: scrubValueFrom(s.str('valueFrom')) })),
      environmentFiles: c.list('environmentFiles').map((f) => {
        const file: { type?: string; value: string } = { value: f.str('value') };
        const type = f.optStr('type');
        if (type) file.type = type;
        return file;
      }),
    };
    const image = c.optStr('image');
    if (image) container.image = scrubImage(image);
    const privileged = c.optBool('privileged');
    if (privileged !== undefined) container.privileged = privileged;
    const user = c.optStr('user');
    if (user) container.user = user;
    const ro = c.optBool('readonlyRootFilesystem');
    if (ro !== undefined) container.readonlyRootFilesystem = ro;
    return container;
  });
  const definition: EcsTaskDefinition = {
    arn,
    family: td.str('family'),
    revision,
    region: region(ctx),
    requiresCompatibilities: td.strings('requiresCompatibilities'),
    containers,
    // `--include TAGS` puts tags beside the task definition, not inside it.
    tags: { ...td.tags('tags'), ...root.tags('tags') },
  };
  for (const key of ['status', 'taskRoleArn', 'executionRoleArn', 'networkMode'] as const) {
    const value = td.optStr(key);
    if (value) definition[key] = value;
  }
  return definition;
}
