// Canonical order for a snapshot, so the same input always serializes to the same bytes:
// every collection sorted by its id (ARN, id or name), tags sorted by key. Policy documents are left
// exactly as AWS wrote them.
import type { Snapshot, Tags } from './types.js';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function by<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compare(key(a), key(b));
}

function sortTags(tags: Tags): Tags {
  const out: Tags = {};
  for (const k of Object.keys(tags).sort(compare)) out[k] = tags[k];
  return out;
}

function sortTagsOf<T extends { tags?: Tags | null }>(items: T[]): void {
  for (const item of items) if (item.tags) item.tags = sortTags(item.tags);
}

const arn = (x: { arn: string }) => x.arn;
const id = (x: { id: string }) => x.id;
const key = (...parts: (string | number | undefined)[]) =>
  parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000');

/** Sorts the snapshot's collections in place and returns it. */
export function canonicalizeSnapshot(snapshot: Snapshot): Snapshot {
  snapshot.dataSources.sort(by((d) => key(d.package, d.version)));
  snapshot.organizations.sort(by(id));
  for (const org of snapshot.organizations) {
    org.units.sort(by(id));
    org.accounts.sort(by(id));
    org.policies.sort(by(id));
    for (const p of org.policies) p.targets.sort(compare);
  }
  snapshot.accounts.sort(by(id));
  for (const a of snapshot.accounts) {
    a.regions.sort(compare);
    const iam = a.iam;
    iam.users.sort(by(arn));
    iam.groups.sort(by(arn));
    iam.roles.sort(by(arn));
    iam.policies.sort(by(arn));
    iam.instanceProfiles.sort(by(arn));
    for (const p of iam.policies) p.versions.sort(by((v) => v.versionId));
    for (const p of iam.instanceProfiles) p.roles.sort(compare);
    for (const u of iam.users) {
      u.groups.sort(compare);
      u.accessKeys?.sort(by(id));
    }
    for (const r of iam.roles) r.instanceProfiles.sort(compare);
    sortTagsOf(iam.users);
    sortTagsOf(iam.roles);
    a.s3Buckets.sort(by(arn));
    sortTagsOf(a.s3Buckets);
    a.ecs.clusters.sort(by(arn));
    a.ecs.services.sort(by(arn));
    a.ecs.taskDefinitions.sort(by(arn));
    a.ecs.tasks.sort(by(arn));
    sortTagsOf([...a.ecs.clusters, ...a.ecs.services, ...a.ecs.taskDefinitions, ...a.ecs.tasks]);
    a.lambda.sort(by(arn));
    sortTagsOf(a.lambda);
    a.rds.instances.sort(by(arn));
    a.rds.clusters.sort(by(arn));
    sortTagsOf([...a.rds.instances, ...a.rds.clusters]);
    a.secrets.sort(by(arn));
    sortTagsOf(a.secrets);
    a.ssmParameters.sort(by(arn));
    a.kmsKeys.sort(by(arn));
    a.securityGroups.sort(by(arn));
    a.ec2Instances.sort(by(arn));
    sortTagsOf(a.ec2Instances);
    a.ecrRepositories.sort(by(arn));
    a.cloudformationStacks.sort(by(id));
    a.codebuildProjects.sort(by(arn));
    a.glueDevEndpoints.sort(by((g) => key(g.region, g.name)));
    a.glueJobs.sort(by((g) => key(g.region, g.name)));
    a.sagemakerNotebooks.sort(by(arn));
  }
  snapshot.credentialFindings.sort(
    by((f) => {
      const l = f.location;
      const where =
        l.kind === 'lambda-environment'
          ? l.functionArn
          : 'taskDefinitionArn' in l
            ? `${l.taskDefinitionArn}#${l.container}`
            : `${l.taskArn}#${l.container}`;
      return key(f.account, l.kind, where, f.variable);
    }),
  );
  snapshot.gaps.sort(by((g) => key(g.account, g.region, g.service, g.operation, g.resource, g.file, g.code)));
  snapshot.diagnostics.sort(by((d) => key(d.file, d.jsonPath, d.policy, d.statement, d.severity, d.message)));
  return snapshot;
}

/** The snapshot's canonical text: 2-space JSON with a final newline. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
