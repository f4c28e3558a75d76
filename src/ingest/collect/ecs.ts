// ECS (regional): clusters, their services and running tasks (with overrides), and the task
// definitions that matter: every one a service or a running task uses, plus the newest ACTIVE
// revision of each family (what RunTask would start). Environment values are redacted here.
import {
  ECSClient,
  ListClustersCommand,
  DescribeClustersCommand,
  ListServicesCommand,
  DescribeServicesCommand,
  ListTasksCommand,
  DescribeTasksCommand,
  ListTaskDefinitionsCommand,
  DescribeTaskDefinitionCommand,
  paginateListClusters,
  paginateListServices,
  paginateListTasks,
  paginateListTaskDefinitions,
  type DescribeTaskDefinitionCommandOutput,
  type DescribeTasksCommandOutput,
  type KeyValuePair,
  type Failure,
} from '@aws-sdk/client-ecs';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { batches, recordCall, recordPages, steeringCall } from './record-call.js';

export const ecsCalls = [
  readCall(ListClustersCommand, 'ecs:ListClusters'),
  readCall(DescribeClustersCommand, 'ecs:DescribeClusters'),
  readCall(ListServicesCommand, 'ecs:ListServices'),
  readCall(DescribeServicesCommand, 'ecs:DescribeServices'),
  readCall(ListTasksCommand, 'ecs:ListTasks'),
  readCall(DescribeTasksCommand, 'ecs:DescribeTasks'),
  readCall(ListTaskDefinitionsCommand, 'ecs:ListTaskDefinitions'),
  readCall(DescribeTaskDefinitionCommand, 'ecs:DescribeTaskDefinition'),
];

function clusterName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** `arn:…:task-definition/family:3` → { family, revision }. */
function taskDefinitionId(arn: string): { family: string; revision: number } | undefined {
  const m = /task-definition\/([^:]+):(\d+)$/.exec(arn);
  return m ? { family: m[1]!, revision: Number(m[2]) } : undefined;
}

export async function collectEcs(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(ECSClient, region);
  const file = (path: string): string => regionFile(ctx, region, `ecs/${path}.json`);

  const listed = await recordPages(ctx, file('list-clusters'), () => paginateListClusters({ client }, {}));
  const clusterArns = listed?.clusterArns ?? [];
  await recordCall(ctx, file('describe-clusters'), async () => {
    const clusters = [];
    const failures = [];
    for (const chunk of batches(clusterArns, 100)) {
      const out = await client.send(new DescribeClustersCommand({ clusters: chunk, include: ['TAGS'] }));
      clusters.push(...(out.clusters ?? []));
      failures.push(...(out.failures ?? []));
    }
    return { clusters, failures };
  });

  const usedTaskDefinitions = new Set<string>();
  await Promise.all(
    clusterArns.flatMap((cluster) => [
      recordCall(ctx, file(`describe-services/${namePart(clusterName(cluster))}`), async () => {
        const arns: string[] = [];
        for await (const page of paginateListServices({ client }, { cluster }))
          arns.push(...(page.serviceArns ?? []));
        const services = [];
        const failures = [];
        for (const chunk of batches(arns, 10)) {
          const out = await client.send(
            new DescribeServicesCommand({ cluster, services: chunk, include: ['TAGS'] }),
          );
          services.push(...(out.services ?? []));
          failures.push(...(out.failures ?? []));
        }
        for (const s of services) if (s.taskDefinition) usedTaskDefinitions.add(s.taskDefinition);
        return { services, failures };
      }),
      recordCall(
        ctx,
        file(`describe-tasks/${namePart(clusterName(cluster))}`),
        async () => {
          const arns: string[] = [];
          for await (const page of paginateListTasks({ client }, { cluster }))
            arns.push(...(page.taskArns ?? []));
          const tasks = [];
          const failures = [];
          for (const chunk of batches(arns, 100)) {
            const out = await client.send(
              new DescribeTasksCommand({ cluster, tasks: chunk, include: ['TAGS'] }),
            );
            tasks.push(...(out.tasks ?? []));
            failures.push(...(out.failures ?? []));
          }
          for (const t of tasks) if (t.taskDefinitionArn) usedTaskDefinitions.add(t.taskDefinitionArn);
          return { tasks, failures };
        },
        { transform: (body) => redactTaskOverrides(ctx, region, body) },
      ),
    ]),
  );

  // Newest ACTIVE revision of each family, plus every revision in use.
  const newest = new Map<string, { arn: string; revision: number }>();
  await steeringCall(ctx, file('list-task-definitions'), async () => {
    for await (const page of paginateListTaskDefinitions({ client }, { status: 'ACTIVE' })) {
      for (const arn of page.taskDefinitionArns ?? []) {
        const id = taskDefinitionId(arn);
        if (!id) continue;
        const seen = newest.get(id.family);
        if (!seen || seen.revision < id.revision) newest.set(id.family, { arn, revision: id.revision });
      }
    }
  });
  const wanted = new Set([...usedTaskDefinitions, ...[...newest.values()].map((n) => n.arn)]);
  await Promise.all(
    [...wanted].map((arn) => {
      const id = taskDefinitionId(arn);
      if (!id) return undefined;
      return recordCall(
        ctx,
        file(`describe-task-definition/${namePart(`${id.family}:${id.revision}`)}`),
        () => client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] })),
        { transform: (body) => redactTaskDefinition(ctx, region, body) },
      );
    }),
  );
  ctx.progress.section(`${ctx.account} ${region} ecs`);
}

function redactPairs(
  ctx: AccountContext,
  region: string,
  pairs: KeyValuePair[] | undefined,
  location: Parameters<AccountContext['redact']['marker']>[3],
): KeyValuePair[] | undefined {
  return pairs?.map((p) => ({ ...p, value: ctx.redact.marker(p.name ?? '', p.value, region, location) }));
}

function redactTaskDefinition(
  ctx: AccountContext,
  region: string,
  body: Omit<DescribeTaskDefinitionCommandOutput, '$metadata'>,
): Omit<DescribeTaskDefinitionCommandOutput, '$metadata'> {
  const td = body.taskDefinition;
  if (!td) return body;
  const taskDefinitionArn = td.taskDefinitionArn ?? '';
  return {
    ...body,
    taskDefinition: {
      ...td,
      containerDefinitions: td.containerDefinitions?.map((c) => ({
        ...c,
        environment: redactPairs(ctx, region, c.environment, {
          kind: 'ecs-container-environment',
          taskDefinitionArn,
          container: c.name ?? '',
        }),
      })),
    },
  };
}

function redactTaskOverrides(
  ctx: AccountContext,
  region: string,
  body: { tasks: NonNullable<DescribeTasksCommandOutput['tasks']>; failures: Failure[] },
): { tasks: NonNullable<DescribeTasksCommandOutput['tasks']>; failures: Failure[] } {
  return {
    ...body,
    tasks: body.tasks.map((t) =>
      t.overrides
        ? {
            ...t,
            overrides: {
              ...t.overrides,
              containerOverrides: t.overrides.containerOverrides?.map((c) => ({
                ...c,
                environment: redactPairs(ctx, region, c.environment, {
                  kind: 'ecs-task-override-environment',
                  taskArn: t.taskArn ?? '',
                  container: c.name ?? '',
                }),
              })),
            },
          }
        : t,
    ),
  };
}
