// "Silent drop", concretely: an item of a resource list in an input file (a role of
// RoleDetailList, a bucket of Buckets, a cluster of clusters, …) that is neither in the snapshot nor
// named by a diagnostic or coverage gap. An item is in the snapshot when one of its identifying
// strings (name, ARN, id) is a field of an entity of that kind in any account; it is named when a
// diagnostic or gap names its file and its JSON path, an ancestor of it (`$`, the list, a line and
// column of a malformed file, no path: the whole file) or a path inside it, or names a folder
// holding the file, or when a gap names it as its resource. A file that is not JSON must itself be named. Only what the snapshot's
// `diagnostics` and `gaps` hold counts, so the measure does not depend on how commands show them.
import type { Account, Snapshot } from '../../../src/snapshot/types.js';

interface ItemKind {
  /** Layout path below the account folder. */
  file: RegExp;
  /** Path of the list from the document root; `*` = every item of an array on the way. */
  list: string[];
  /** Fields of a raw item that identify it (any one present in the snapshot suffices). */
  identity: string[];
  entities: (a: Account) => object[];
}

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d{1,2}';
const inRegion = (service: string, operation: string) =>
  new RegExp(`^${REGION}/${service}/${operation}\\.json$`);
const perResource = (service: string, operation: string) =>
  new RegExp(`^${REGION}/${service}/${operation}/[^/]+(?<!\\.error)\\.json$`);
const GAAD = /^iam\/get-account-authorization-details(?:\.\d+)?\.json$/;

export const ITEM_KINDS: ItemKind[] = [
  { file: GAAD, list: ['UserDetailList'], identity: ['Arn', 'UserName'], entities: (a) => a.iam.users },
  { file: GAAD, list: ['GroupDetailList'], identity: ['Arn', 'GroupName'], entities: (a) => a.iam.groups },
  { file: GAAD, list: ['RoleDetailList'], identity: ['Arn', 'RoleName'], entities: (a) => a.iam.roles },
  { file: GAAD, list: ['Policies'], identity: ['Arn', 'PolicyName'], entities: (a) => a.iam.policies },
  {
    file: /^s3api\/list-buckets\.json$/,
    list: ['Buckets'],
    identity: ['Name'],
    entities: (a) => a.s3Buckets,
  },
  {
    file: inRegion('ecs', 'describe-clusters'),
    list: ['clusters'],
    identity: ['clusterArn', 'clusterName'],
    entities: (a) => a.ecs.clusters,
  },
  {
    file: perResource('ecs', 'describe-services'),
    list: ['services'],
    identity: ['serviceArn', 'serviceName'],
    entities: (a) => a.ecs.services,
  },
  {
    file: perResource('ecs', 'describe-tasks'),
    list: ['tasks'],
    identity: ['taskArn'],
    entities: (a) => a.ecs.tasks,
  },
  {
    file: perResource('ecs', 'describe-task-definition'),
    list: ['taskDefinition'],
    identity: ['taskDefinitionArn'],
    entities: (a) => a.ecs.taskDefinitions,
  },
  {
    file: inRegion('lambda', 'list-functions'),
    list: ['Functions'],
    identity: ['FunctionArn', 'FunctionName'],
    entities: (a) => a.lambda,
  },
  {
    file: inRegion('rds', 'describe-db-instances'),
    list: ['DBInstances'],
    identity: ['DBInstanceArn', 'DBInstanceIdentifier'],
    entities: (a) => a.rds.instances,
  },
  {
    file: inRegion('rds', 'describe-db-clusters'),
    list: ['DBClusters'],
    identity: ['DBClusterArn', 'DBClusterIdentifier'],
    entities: (a) => a.rds.clusters,
  },
  {
    file: inRegion('secretsmanager', 'list-secrets'),
    list: ['SecretList'],
    identity: ['ARN', 'Name'],
    entities: (a) => a.secrets,
  },
  {
    file: inRegion('ssm', 'describe-parameters'),
    list: ['Parameters'],
    identity: ['ARN', 'Name'],
    entities: (a) => a.ssmParameters,
  },
  {
    file: inRegion('kms', 'list-keys'),
    list: ['Keys'],
    identity: ['KeyArn', 'KeyId'],
    entities: (a) => a.kmsKeys,
  },
  {
    file: inRegion('ec2', 'describe-security-groups'),
    list: ['SecurityGroups'],
    identity: ['GroupId'],
    entities: (a) => a.securityGroups,
  },
  {
    file: inRegion('ec2', 'describe-instances'),
    list: ['Reservations', '*', 'Instances'],
    identity: ['InstanceId'],
    entities: (a) => a.ec2Instances,
  },
  {
    file: inRegion('ecr', 'describe-repositories'),
    list: ['repositories'],
    identity: ['repositoryArn', 'repositoryName'],
    entities: (a) => a.ecrRepositories,
  },
  {
    file: inRegion('cloudformation', 'describe-stacks'),
    list: ['Stacks'],
    identity: ['StackId', 'StackName'],
    entities: (a) => a.cloudformationStacks,
  },
  {
    file: inRegion('codebuild', 'batch-get-projects'),
    list: ['projects'],
    identity: ['arn', 'name'],
    entities: (a) => a.codebuildProjects,
  },
  {
    file: inRegion('glue', 'get-dev-endpoints'),
    list: ['DevEndpoints'],
    identity: ['EndpointName'],
    entities: (a) => a.glueDevEndpoints,
  },
  { file: inRegion('glue', 'get-jobs'), list: ['Jobs'], identity: ['Name'], entities: (a) => a.glueJobs },
  {
    file: inRegion('sagemaker', 'list-notebook-instances'),
    list: ['NotebookInstances'],
    identity: ['NotebookInstanceArn', 'NotebookInstanceName'],
    entities: (a) => a.sagemakerNotebooks,
  },
];

export interface InputFile {
  /** Relative to the dump root, `/`-separated. */
  path: string;
  /** The text the reader sees (UTF-8 decoded), or undefined for a folder. */
  text?: string;
}

export interface SilentDrop {
  file: string;
  jsonPath: string;
  why: string;
}

interface RawItem {
  jsonPath: string;
  value: unknown;
}

/** Items at `list` in `doc`, with their JSON paths (`$.RoleDetailList[3]`). */
function itemsAt(doc: unknown, list: string[]): RawItem[] {
  let level: RawItem[] = [{ jsonPath: '$', value: doc }];
  list.forEach((key, i) => {
    const next: RawItem[] = [];
    for (const { jsonPath, value } of level) {
      if (key === '*') {
        if (Array.isArray(value))
          value.forEach((v, j) => next.push({ jsonPath: `${jsonPath}[${j}]`, value: v }));
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const member = (value as Record<string, unknown>)[key];
      const path = `${jsonPath}.${key}`;
      const last = i === list.length - 1;
      if (last && Array.isArray(member))
        member.forEach((v, j) => next.push({ jsonPath: `${path}[${j}]`, value: v }));
      else if (last && member !== undefined && member !== null) next.push({ jsonPath: path, value: member });
      else if (!last) next.push({ jsonPath: path, value: member });
    }
    level = next;
  });
  return level;
}

/** `$.A[3].B` → `$`, `$.A`, `$.A[3]`, `$.A[3].B`. */
function prefixes(path: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  out.push(path);
  return out;
}

/** What the snapshot reports about one file: the whole of it, or JSON paths in it. */
class FileReports {
  whole = false;
  readonly exact = new Set<string>();
  /** Every ancestor of a reported path: an item whose path is here has a report inside it. */
  readonly inside = new Set<string>();

  add(jsonPath: string | undefined): void {
    // No path, `$`, or a line and column (a file that is not JSON): the whole file.
    if (!jsonPath || jsonPath === '$' || !jsonPath.startsWith('$')) this.whole = true;
    else {
      this.exact.add(jsonPath);
      for (const p of prefixes(jsonPath)) this.inside.add(p);
    }
  }

  /** The item's path reported, or an ancestor of it, or a path inside it. */
  covers(item: string): boolean {
    return this.whole || this.inside.has(item) || prefixes(item).some((p) => this.exact.has(p));
  }
}

function accountFolder(path: string): { account: string; rest: string } | undefined {
  const m = /^([^/]+)\/(.+)$/.exec(path);
  return m ? { account: m[1], rest: m[2] } : undefined;
}

/** Every silent drop of `files` in `snapshot` (empty when each item is kept or reported). */
export function silentDrops(files: InputFile[], snapshot: Snapshot): SilentDrop[] {
  // What the snapshot reports, by file; folders (`prod/`) separately; resources named by gaps.
  const byFile = new Map<string, FileReports>();
  const folders: string[] = [];
  const report = (file: string | undefined, jsonPath: string | undefined) => {
    if (file === undefined) return;
    if (file.endsWith('/')) folders.push(file);
    let reports = byFile.get(file);
    if (!reports) byFile.set(file, (reports = new FileReports()));
    reports.add(jsonPath);
  };
  for (const d of snapshot.diagnostics) report(d.file, d.jsonPath);
  for (const g of snapshot.gaps) report(g.file, undefined);
  const gapResources = new Set(snapshot.gaps.map((g) => g.resource));
  const named = (file: string, jsonPath: string, ids: string[] = []) =>
    ids.some((id) => gapResources.has(id)) ||
    byFile.get(file)?.covers(jsonPath) === true ||
    folders.some((folder) => file.startsWith(folder));
  const present = new Map<ItemKind, Set<string>>();
  const presentOf = (kind: ItemKind) => {
    let set = present.get(kind);
    if (!set) {
      set = new Set();
      for (const account of snapshot.accounts)
        for (const entity of kind.entities(account))
          for (const v of Object.values(entity)) if (typeof v === 'string') set.add(v);
      present.set(kind, set);
    }
    return set;
  };

  const drops: SilentDrop[] = [];
  for (const f of files) {
    if (f.text === undefined || !f.path.endsWith('.json')) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(f.text.charCodeAt(0) === 0xfeff ? f.text.slice(1) : f.text);
    } catch {
      if (!named(f.path, '$'))
        drops.push({ file: f.path, jsonPath: '$', why: 'a file that is not JSON, not reported' });
      continue;
    }
    const where = accountFolder(f.path);
    if (!where) continue;
    for (const kind of ITEM_KINDS) {
      if (!kind.file.test(where.rest)) continue;
      const kept = presentOf(kind);
      for (const item of itemsAt(doc, kind.list)) {
        const raw =
          typeof item.value === 'object' && item.value !== null
            ? (item.value as Record<string, unknown>)
            : {};
        const ids = kind.identity.map((k) => raw[k]).filter((v): v is string => typeof v === 'string');
        if (ids.some((id) => kept.has(id)) || named(f.path, item.jsonPath, ids)) continue;
        drops.push({
          file: f.path,
          jsonPath: item.jsonPath,
          why: `not in the snapshot (${ids.join(', ') || 'no identity'}) and not reported`,
        });
      }
    }
  }
  return drops;
}
