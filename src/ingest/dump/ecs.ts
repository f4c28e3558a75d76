// Regional ECS files: clusters, their services and running tasks, and task definitions (every file
// in describe-task-definition/ plus any referenced one, whose absence is a gap).
import type { EcsCluster, EcsData, EcsTaskDefinition } from '../../snapshot/types.js';
import {
  normalizeClusters,
  normalizeServices,
  normalizeTaskDefinition,
  normalizeTasks,
} from '../normalize/ecs.js';
import { Json } from '../normalize/shape.js';
import { type DumpContext, fileName, readWith } from './context.js';
import { decodeUriPart } from '../../snapshot/well-formed.js';

function clusterFromArn(arn: string, region: string): EcsCluster {
  return { arn, name: arn.slice(arn.indexOf('/') + 1), region, tags: {} };
}

/** `arn:…:task-definition/family:3` → `family:3`. */
function taskDefinitionKey(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

export async function readEcs(dc: DumpContext, region: string): Promise<EcsData> {
  const base = `${region}/ecs`;
  const spec = (operation: string, resource?: string, paginated = false) => ({
    path: resource ? `${base}/${operation}/${fileName(resource)}` : `${base}/${operation}`,
    region,
    service: 'ecs',
    operation,
    resource,
    paginated,
  });
  const listed =
    (await readWith(dc, spec('list-clusters', undefined, true), (raw) =>
      new Json(raw).strings('clusterArns'),
    )) ?? [];
  const described = await readWith(dc, spec('describe-clusters', undefined, true), normalizeClusters);
  const clusters = described ?? [];
  for (const arn of listed)
    if (!clusters.some((c) => c.arn === arn)) clusters.push(clusterFromArn(arn, region));

  const data: EcsData = { clusters, services: [], taskDefinitions: [], tasks: [] };
  for (const cluster of clusters) {
    const services = await readWith(
      dc,
      {
        ...spec('describe-services', cluster.name),
        resource: cluster.arn,
        path: `${base}/describe-services/${fileName(cluster.name)}`,
      },
      normalizeServices,
    );
    data.services.push(...(services ?? []));
    const tasks = await readWith(
      dc,
      {
        ...spec('describe-tasks', cluster.name),
        resource: cluster.arn,
        path: `${base}/describe-tasks/${fileName(cluster.name)}`,
      },
      normalizeTasks,
    );
    data.tasks.push(...(tasks ?? []));
  }

  // The collector lists task definitions only to find the newest revisions; it writes no answer,
  // but a failed listing as an error file: those revisions may be missing, a gap.
  if (dc.files.has(`${dc.account}/${base}/list-task-definitions.error.json`)) {
    await readWith(dc, spec('list-task-definitions', undefined, true), () => undefined);
  }

  const byKey = new Map<string, EcsTaskDefinition>();
  const keys = new Set(dc.files.names(`${dc.account}/${base}/describe-task-definition`).map(decodeName));
  for (const ref of [
    ...data.services.map((s) => s.taskDefinitionArn),
    ...data.tasks.map((t) => t.taskDefinitionArn),
  ]) {
    keys.add(taskDefinitionKey(ref));
  }
  for (const key of [...keys].sort()) {
    if (!key) continue;
    const definition = await readWith(
      dc,
      { ...spec('describe-task-definition', key), resource: key },
      normalizeTaskDefinition,
    );
    if (definition) byKey.set(definition.arn, definition);
  }
  data.taskDefinitions = [...byKey.values()];
  return data;
}

/** File names are URI-encoded resource names; a name that does not decode is kept as it is. */
export function decodeName(name: string): string {
  return decodeUriPart(name);
}
