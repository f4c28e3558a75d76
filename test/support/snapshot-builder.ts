// A small builder for Snapshot objects in tests: scenarios read as "a role that trusts ECS and may
// pass it", without pages of JSON. Every default is the neutral one (no keys, no tags, no policies).
import type {
  Account,
  CredentialFinding,
  EcsContainerDefinition,
  EcsService,
  EcsTask,
  EcsTaskDefinition,
  ManagedPolicy,
  PolicyDocumentJson,
  RdsInstance,
  Role,
  S3Bucket,
  Secret,
  SecurityGroup,
  SecurityGroupRule,
  Snapshot,
  User,
} from '../../src/snapshot/types.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../../src/snapshot/types.js';
import { emptyAccount } from '../../src/snapshot/empty-account.js';

export const REGION = 'eu-west-1';

type Statement = Record<string, unknown>;

export function allow(
  action: string | string[],
  resource: string | string[] = '*',
  condition?: Record<string, unknown>,
): Statement {
  return {
    Effect: 'Allow',
    Action: action,
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
  };
}

export function deny(
  action: string | string[],
  resource: string | string[] = '*',
  condition?: Record<string, unknown>,
): Statement {
  return {
    Effect: 'Deny',
    Action: action,
    Resource: resource,
    ...(condition ? { Condition: condition } : {}),
  };
}

export function doc(...statements: Statement[]): PolicyDocumentJson {
  return { Version: '2012-10-17', Statement: statements };
}

/** A trust policy admitting a service principal. */
export function trustService(service: string): PolicyDocumentJson {
  return doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
}

/** A trust policy admitting AWS principals (ARNs or account ids). */
export function trustAws(...principals: string[]): PolicyDocumentJson {
  return doc({
    Effect: 'Allow',
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: 'sts:AssumeRole',
  });
}

/** A resource-policy statement for a principal. */
export function grant(principal: string, action: string | string[], resource: string | string[]): Statement {
  return { Effect: 'Allow', Principal: { AWS: principal }, Action: action, Resource: resource };
}

export interface RoleSpec {
  trust?: PolicyDocumentJson | null;
  inline?: PolicyDocumentJson[];
  attached?: string[];
  boundary?: string;
  tags?: Record<string, string>;
  path?: string;
}

export interface UserSpec {
  inline?: PolicyDocumentJson[];
  attached?: string[];
  groups?: string[];
  boundary?: string;
  accessKeys?: string[];
  hasLoginProfile?: boolean;
}

export class AccountBuilder {
  readonly account: Account;

  constructor(
    readonly id: string,
    private readonly owner: SnapshotBuilder,
  ) {
    this.account = emptyAccount(id, { regions: [REGION] });
  }

  arn(service: string, resource: string, region = ''): string {
    return `arn:aws:${service}:${region}:${this.id}:${resource}`;
  }

  role(name: string, spec: RoleSpec = {}): string {
    const arn = `arn:aws:iam::${this.id}:role${spec.path ?? '/'}${name}`;
    const role: Role = {
      arn,
      name,
      id: `AROA${name.toUpperCase()}`,
      path: spec.path ?? '/',
      trustPolicy: spec.trust === undefined ? trustService('ecs-tasks.amazonaws.com') : spec.trust,
      inlinePolicies: (spec.inline ?? []).map((document, i) => ({ name: `inline-${i}`, document })),
      attachedPolicies: spec.attached ?? [],
      ...(spec.boundary ? { permissionsBoundary: spec.boundary } : {}),
      tags: spec.tags ?? {},
      instanceProfiles: [],
      serviceLinked: (spec.path ?? '/').startsWith('/aws-service-role/'),
    };
    this.account.iam.roles.push(role);
    return arn;
  }

  user(name: string, spec: UserSpec = {}): string {
    const arn = `arn:aws:iam::${this.id}:user/${name}`;
    const user: User = {
      arn,
      name,
      id: `AIDA${name.toUpperCase()}`,
      path: '/',
      groups: spec.groups ?? [],
      inlinePolicies: (spec.inline ?? []).map((document, i) => ({ name: `inline-${i}`, document })),
      attachedPolicies: spec.attached ?? [],
      ...(spec.boundary ? { permissionsBoundary: spec.boundary } : {}),
      tags: {},
      ...(spec.accessKeys ? { accessKeys: spec.accessKeys.map((id) => ({ id, status: 'Active' })) } : {}),
      ...(spec.hasLoginProfile !== undefined ? { hasLoginProfile: spec.hasLoginProfile } : {}),
    };
    this.account.iam.users.push(user);
    return arn;
  }

  group(name: string, spec: { inline?: PolicyDocumentJson[]; attached?: string[] } = {}): string {
    const arn = `arn:aws:iam::${this.id}:group/${name}`;
    this.account.iam.groups.push({
      arn,
      name,
      id: `AGPA${name.toUpperCase()}`,
      path: '/',
      inlinePolicies: (spec.inline ?? []).map((document, i) => ({ name: `inline-${i}`, document })),
      attachedPolicies: spec.attached ?? [],
    });
    return arn;
  }

  /** A customer-managed policy; extra non-default versions may be given. */
  policy(name: string, document: PolicyDocumentJson, olderVersions: PolicyDocumentJson[] = []): string {
    const arn = `arn:aws:iam::${this.id}:policy/${name}`;
    const versions = [
      ...olderVersions.map((d, i) => ({ versionId: `v${i + 1}`, isDefault: false, document: d })),
      { versionId: `v${olderVersions.length + 1}`, isDefault: true, document },
    ];
    const policy: ManagedPolicy = {
      arn,
      name,
      path: '/',
      awsManaged: false,
      defaultVersionId: `v${olderVersions.length + 1}`,
      versions,
      origin: 'dump',
    };
    this.account.iam.policies.push(policy);
    return arn;
  }

  cluster(name = 'main', containerInstances = 0): string {
    const arn = this.arn('ecs', `cluster/${name}`, REGION);
    this.account.ecs.clusters.push({
      arn,
      name,
      region: REGION,
      tags: {},
      registeredContainerInstancesCount: containerInstances,
    });
    return arn;
  }

  taskDefinition(
    family: string,
    spec: {
      taskRole?: string;
      executionRole?: string;
      containers?: Partial<EcsContainerDefinition>[];
      compatibilities?: string[];
    } = {},
  ): string {
    const arn = this.arn('ecs', `task-definition/${family}:1`, REGION);
    const td: EcsTaskDefinition = {
      arn,
      family,
      revision: 1,
      region: REGION,
      ...(spec.taskRole ? { taskRoleArn: spec.taskRole } : {}),
      ...(spec.executionRole ? { executionRoleArn: spec.executionRole } : {}),
      networkMode: 'awsvpc',
      requiresCompatibilities: spec.compatibilities ?? ['FARGATE'],
      containers: (spec.containers ?? [{}]).map((c, i) => ({
        name: c.name ?? `app${i || ''}`,
        image: c.image,
        environment: c.environment ?? [],
        secrets: c.secrets ?? [],
        environmentFiles: [],
      })),
      tags: {},
    };
    this.account.ecs.taskDefinitions.push(td);
    return arn;
  }

  service(
    name: string,
    taskDefinitionArn: string,
    spec: Partial<EcsService> & { cluster?: string } = {},
  ): string {
    const clusterArn = spec.cluster ?? this.account.ecs.clusters[0]?.arn ?? this.cluster();
    const clusterName = clusterArn.split('/').pop();
    const arn = this.arn('ecs', `service/${clusterName}/${name}`, REGION);
    this.account.ecs.services.push({
      arn,
      name,
      clusterArn,
      region: REGION,
      taskDefinitionArn,
      capacityProviders: [],
      enableExecuteCommand: spec.enableExecuteCommand ?? false,
      ...(spec.network ? { network: spec.network } : {}),
      tags: {},
    });
    return arn;
  }

  task(id: string, taskDefinitionArn: string, spec: Partial<EcsTask> = {}): string {
    const clusterArn = spec.clusterArn ?? this.account.ecs.clusters[0]?.arn ?? this.cluster();
    const arn = this.arn('ecs', `task/${clusterArn.split('/').pop()}/${id}`, REGION);
    this.account.ecs.tasks.push({
      arn,
      clusterArn,
      region: REGION,
      taskDefinitionArn,
      enableExecuteCommand: spec.enableExecuteCommand ?? false,
      subnetIds: [],
      privateIpv4Addresses: spec.privateIpv4Addresses ?? [],
      tags: {},
      ...(spec.group ? { group: spec.group } : {}),
      ...(spec.overrides ? { overrides: spec.overrides } : {}),
    });
    return arn;
  }

  bucket(name: string, spec: Partial<S3Bucket> = {}): string {
    const arn = `arn:aws:s3:::${name}`;
    this.account.s3Buckets.push({ name, arn, region: REGION, policy: null, tags: {}, ...spec });
    return arn;
  }

  secret(name: string, spec: Partial<Secret> = {}): string {
    const arn = this.arn('secretsmanager', `secret:${name}-AbCdEf`, REGION);
    this.account.secrets.push({ arn, name, region: REGION, resourcePolicy: null, tags: {}, ...spec });
    return arn;
  }

  parameter(name: string, type = 'String', keyId?: string): string {
    const arn = this.arn('ssm', `parameter${name.startsWith('/') ? '' : '/'}${name}`, REGION);
    this.account.ssmParameters.push({ name, arn, region: REGION, type, ...(keyId ? { keyId } : {}) });
    return arn;
  }

  kmsKey(id: string, policy: PolicyDocumentJson, aliases: string[] = []): string {
    const arn = this.arn('kms', `key/${id}`, REGION);
    this.account.kmsKeys.push({ arn, id, region: REGION, keyManager: 'CUSTOMER', aliases, policy });
    return arn;
  }

  /** A key policy that delegates to IAM (the account root), as AWS's default key policy does. */
  rootKeyPolicy(): PolicyDocumentJson {
    return doc({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${this.id}:root` },
      Action: 'kms:*',
      Resource: '*',
    });
  }

  securityGroup(id: string, ingress: Partial<SecurityGroupRule>[] = [], vpcId = 'vpc-1'): string {
    const sg: SecurityGroup = {
      id,
      arn: this.arn('ec2', `security-group/${id}`, REGION),
      name: id,
      region: REGION,
      vpcId,
      ingress: ingress.map((r) => ({
        protocol: 'tcp',
        cidrs: [],
        ipv6Cidrs: [],
        groups: [],
        prefixLists: [],
        ...r,
      })),
      // AWS's default outbound rule of a new security group: all traffic to anywhere.
      egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'], ipv6Cidrs: [], groups: [], prefixLists: [] }],
    };
    this.account.securityGroups.push(sg);
    return sg.arn;
  }

  database(id: string, spec: Partial<RdsInstance> = {}): string {
    const arn = this.arn('rds', `db:${id}`, REGION);
    this.account.rds.instances.push({
      arn,
      id,
      resourceId: `db-${id.toUpperCase()}`,
      region: REGION,
      engine: 'postgres',
      endpoint: { address: `${id}.abc.${REGION}.rds.amazonaws.com`, port: 5432 },
      iamAuth: false,
      securityGroupIds: [],
      publiclyAccessible: false,
      storageEncrypted: true,
      tags: {},
      ...spec,
    });
    return arn;
  }

  lambda(
    name: string,
    roleArn: string,
    spec: { environment?: { name: string }[]; resourcePolicy?: PolicyDocumentJson | null } = {},
  ): string {
    const arn = this.arn('lambda', `function:${name}`, REGION);
    this.account.lambda.push({
      arn,
      name,
      region: REGION,
      roleArn,
      environment: spec.environment ?? [],
      resourcePolicy: spec.resourcePolicy ?? null,
      tags: {},
    });
    return arn;
  }

  finding(f: Omit<CredentialFinding, 'account' | 'region'>): void {
    this.owner.snapshot.credentialFindings.push({ account: this.id, region: REGION, ...f });
  }
}

export class SnapshotBuilder {
  readonly snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'blastmap', version: 'test' },
    source: { kind: 'synthetic' },
    dataSources: [],
    organizations: [],
    accounts: [],
    credentialFindings: [],
    gaps: [],
    diagnostics: [],
  };

  account(id = '111111111111'): AccountBuilder {
    const a = new AccountBuilder(id, this);
    this.snapshot.accounts.push(a.account);
    return a;
  }

  /** Put the accounts in one organization with an SCP attached to the root (FullAWSAccess stays). */
  scp(document: PolicyDocumentJson, target?: string): void {
    let org = this.snapshot.organizations[0];
    if (!org) {
      org = {
        id: 'o-test',
        managementAccountId: '999999999999',
        units: [{ id: 'r-root', name: 'Root', kind: 'root' }],
        accounts: [],
        policies: [
          {
            id: 'p-FullAWSAccess',
            name: 'FullAWSAccess',
            type: 'SERVICE_CONTROL_POLICY',
            awsManaged: true,
            document: doc(allow('*')),
            targets: ['r-root'],
          },
        ],
      };
      this.snapshot.organizations.push(org);
    }
    for (const a of this.snapshot.accounts) {
      a.organizationId = org.id;
      if (!org.accounts.some((x) => x.id === a.id)) org.accounts.push({ id: a.id, parentId: 'r-root' });
    }
    org.policies.push({
      id: `p-${org.policies.length}`,
      name: `scp-${org.policies.length}`,
      type: 'SERVICE_CONTROL_POLICY',
      awsManaged: false,
      document,
      targets: [target ?? 'r-root'],
    });
  }

  build(): Snapshot {
    return this.snapshot;
  }
}
