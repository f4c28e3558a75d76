// What a snapshot holds, counted per kind and account, with its credential findings, coverage gaps
// and diagnostics: the `inventory` command's data. Pure; rendering lives in src/report/inventory.ts.
import type {
  Account,
  CoverageGap,
  CredentialFinding,
  DataSource,
  Diagnostic,
  Snapshot,
} from '../snapshot/types.js';

/** Kinds counted per account, in display order. */
export const INVENTORY_KINDS = [
  ['users', 'IAM users'],
  ['groups', 'IAM groups'],
  ['roles', 'IAM roles'],
  ['serviceLinkedRoles', '  of which service-linked'],
  ['customerPolicies', 'customer managed policies'],
  ['awsPolicies', 'AWS managed policies'],
  ['inlinePolicies', 'inline policies'],
  ['boundaries', 'permission boundaries in use'],
  ['instanceProfiles', 'instance profiles'],
  ['accessKeys', 'access keys'],
  ['loginProfiles', 'console passwords'],
  ['ecsClusters', 'ECS clusters'],
  ['ecsServices', 'ECS services'],
  ['ecsTaskDefinitions', 'ECS task definitions'],
  ['ecsTasks', 'ECS running tasks'],
  ['s3Buckets', 'S3 buckets'],
  ['s3BucketPolicies', '  with a bucket policy'],
  ['rdsInstances', 'RDS instances'],
  ['rdsClusters', 'RDS clusters'],
  ['lambdaFunctions', 'Lambda functions'],
  ['lambdaPolicies', '  with a resource policy'],
  ['secrets', 'Secrets Manager secrets'],
  ['ssmParameters', 'SSM parameters'],
  ['kmsKeys', 'KMS keys'],
  ['securityGroups', 'security groups'],
  ['ec2Instances', 'EC2 instances'],
  ['ecrRepositories', 'ECR repositories'],
  ['cloudformationStacks', 'CloudFormation stacks'],
  ['codebuildProjects', 'CodeBuild projects'],
  ['glueDevEndpoints', 'Glue dev endpoints'],
  ['glueJobs', 'Glue jobs'],
  ['sagemakerNotebooks', 'SageMaker notebooks'],
  ['credentialFindings', 'credential findings'],
] as const;

export type InventoryKind = (typeof INVENTORY_KINDS)[number][0];

export interface AccountInventory {
  id: string;
  name?: string;
  organizationId?: string;
  regions: string[];
  counts: Record<InventoryKind, number>;
}

export interface OrganizationInventory {
  id: string;
  managementAccountId: string;
  roots: number;
  organizationalUnits: number;
  accounts: number;
  scps: number;
  rcps: number;
}

/** A credential finding without anything but identification: never a value. */
export interface FindingSummary {
  account: string;
  region?: string;
  where: string;
  variable: string;
  kind: CredentialFinding['kind'];
  fingerprint: string;
  accessKeyId?: string;
  /** IAM user owning the access key id, when the snapshot knows it. */
  keyOwner?: string;
  target?: string;
}

/** Gaps grouped by what could not be collected. */
export interface GapGroup {
  account?: string;
  region?: string;
  service: string;
  operation: string;
  code: string;
  count: number;
  /** One example (resource or file) and the message of the first gap in the group. */
  example?: string;
  message: string;
}

export interface Inventory {
  source: Snapshot['source'];
  schemaVersion: number;
  dataSources: DataSource[];
  organizations: OrganizationInventory[];
  accounts: AccountInventory[];
  totals: Record<InventoryKind, number>;
  credentialFindings: FindingSummary[];
  partial: boolean;
  gaps: GapGroup[];
  diagnostics: { errors: number; warnings: number; items: Diagnostic[] };
}

function where(f: CredentialFinding): string {
  const l = f.location;
  if (l.kind === 'lambda-environment') return `lambda ${l.functionArn}`;
  if (l.kind === 'ecs-container-environment')
    return `task definition ${l.taskDefinitionArn} container ${l.container}`;
  return `task ${l.taskArn} override ${l.container}`;
}

function countAccount(a: Account, findings: CredentialFinding[]): Record<InventoryKind, number> {
  const iam = a.iam;
  const principals = [...iam.users, ...iam.groups, ...iam.roles];
  const boundaries = new Set(
    [...iam.users, ...iam.roles].flatMap((p) => (p.permissionsBoundary ? [p.permissionsBoundary] : [])),
  );
  return {
    users: iam.users.length,
    groups: iam.groups.length,
    roles: iam.roles.length,
    serviceLinkedRoles: iam.roles.filter((r) => r.serviceLinked).length,
    customerPolicies: iam.policies.filter((p) => !p.awsManaged).length,
    awsPolicies: iam.policies.filter((p) => p.awsManaged).length,
    inlinePolicies: principals.reduce((n, p) => n + p.inlinePolicies.length, 0),
    boundaries: boundaries.size,
    instanceProfiles: iam.instanceProfiles.length,
    accessKeys: iam.users.reduce((n, u) => n + (u.accessKeys?.length ?? 0), 0),
    loginProfiles: iam.users.filter((u) => u.hasLoginProfile).length,
    ecsClusters: a.ecs.clusters.length,
    ecsServices: a.ecs.services.length,
    ecsTaskDefinitions: a.ecs.taskDefinitions.length,
    ecsTasks: a.ecs.tasks.length,
    s3Buckets: a.s3Buckets.length,
    s3BucketPolicies: a.s3Buckets.filter((b) => b.policy).length,
    rdsInstances: a.rds.instances.length,
    rdsClusters: a.rds.clusters.length,
    lambdaFunctions: a.lambda.length,
    lambdaPolicies: a.lambda.filter((f) => f.resourcePolicy).length,
    secrets: a.secrets.length,
    ssmParameters: a.ssmParameters.length,
    kmsKeys: a.kmsKeys.length,
    securityGroups: a.securityGroups.length,
    ec2Instances: a.ec2Instances.length,
    ecrRepositories: a.ecrRepositories.length,
    cloudformationStacks: a.cloudformationStacks.length,
    codebuildProjects: a.codebuildProjects.length,
    glueDevEndpoints: a.glueDevEndpoints.length,
    glueJobs: a.glueJobs.length,
    sagemakerNotebooks: a.sagemakerNotebooks.length,
    credentialFindings: findings.filter((f) => f.account === a.id).length,
  };
}

function groupGaps(gaps: CoverageGap[]): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const g of gaps) {
    const key = [g.account, g.region, g.service, g.operation, g.code].join('|');
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    const out: GapGroup = {
      service: g.service,
      operation: g.operation,
      code: g.code,
      count: 1,
      message: g.message,
    };
    if (g.account) out.account = g.account;
    if (g.region) out.region = g.region;
    const example = g.resource ?? g.file;
    if (example) out.example = example;
    groups.set(key, out);
  }
  return [...groups.values()];
}

export function inventory(snapshot: Snapshot): Inventory {
  const accounts = snapshot.accounts.map((a) => {
    const out: AccountInventory = {
      id: a.id,
      regions: [...a.regions],
      counts: countAccount(a, snapshot.credentialFindings),
    };
    if (a.name) out.name = a.name;
    if (a.organizationId) out.organizationId = a.organizationId;
    return out;
  });
  const totals = Object.fromEntries(
    INVENTORY_KINDS.map(([k]) => [k, accounts.reduce((n, a) => n + a.counts[k], 0)]),
  ) as Record<InventoryKind, number>;
  const keyOwners = new Map<string, string>();
  for (const a of snapshot.accounts)
    for (const u of a.iam.users) for (const k of u.accessKeys ?? []) keyOwners.set(k.id, u.arn);
  const credentialFindings = snapshot.credentialFindings.map((f) => {
    const out: FindingSummary = {
      account: f.account,
      where: where(f),
      variable: f.variable,
      kind: f.kind,
      fingerprint: f.fingerprint,
    };
    if (f.region) out.region = f.region;
    if (f.accessKeyId) {
      out.accessKeyId = f.accessKeyId;
      const owner = keyOwners.get(f.accessKeyId);
      if (owner) out.keyOwner = owner;
    }
    if (f.target) out.target = f.target;
    return out;
  });
  return {
    source: snapshot.source,
    schemaVersion: snapshot.schemaVersion,
    dataSources: snapshot.dataSources,
    organizations: snapshot.organizations.map((o) => ({
      id: o.id,
      managementAccountId: o.managementAccountId,
      roots: o.units.filter((u) => u.kind === 'root').length,
      organizationalUnits: o.units.filter((u) => u.kind === 'ou').length,
      accounts: o.accounts.length,
      scps: o.policies.filter((p) => p.type === 'SERVICE_CONTROL_POLICY').length,
      rcps: o.policies.filter((p) => p.type === 'RESOURCE_CONTROL_POLICY').length,
    })),
    accounts,
    totals,
    credentialFindings,
    partial: snapshot.gaps.length > 0,
    gaps: groupGaps(snapshot.gaps),
    diagnostics: {
      errors: snapshot.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: snapshot.diagnostics.filter((d) => d.severity === 'warning').length,
      items: snapshot.diagnostics,
    },
  };
}
