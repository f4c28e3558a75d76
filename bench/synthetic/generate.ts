// A seeded synthetic AWS account (plus a small partner account) at a chosen scale, as a Snapshot.
// Used by the analyze, policy and Neo4j benchmarks. The mix aims at what real accounts hold:
// task roles scoped to a few buckets and secrets, wildcard actions and resources, NotAction
// statements, conditions the snapshot cannot resolve, explicit denies, shared customer-managed
// policies, trust policies for ecs-tasks / lambda / other roles / another account, some PassRole
// with iam:PassedToService, a few roles that can rewrite IAM, and task definitions that inject
// secrets or hold plaintext credentials.
//
// Scaling model (what stays constant as the account grows, so growth is near-linear like a real
// account's): resources belong to teams (one per ~50 roles) and each team's resources are split in
// shards; every resource-scoped grant names one team's shard prefix (or a few exact ARNs), so the
// number of assets a narrow role reaches stays about the same at any scale. The broad roles
// (`*` on `*`, NotAction on `*`, `s3:*` on `*`, PassRole + CreateFunction on `*`, IAM rewrite on `*`)
// belong to a platform/security group whose size does not grow with the number of application
// roles: a fixed set of BROAD_ROLES at every scale (each reaches every asset of its kind, so its
// edges grow linearly with resources). Partner integrations are a fixed handful too.
import {
  SNAPSHOT_SCHEMA_VERSION,
  type Account,
  type CredentialFinding,
  type EcsService,
  type EcsTaskDefinition,
  type KmsKey,
  type LambdaFunction,
  type ManagedPolicy,
  type PolicyDocumentJson,
  type RdsInstance,
  type Role,
  type S3Bucket,
  type Secret,
  type Snapshot,
  type SsmParameter,
  type User,
} from '../../src/snapshot/types.js';
import { emptyAccount } from '../../src/snapshot/empty-account.js';
import { SeededRandom } from './random.js';

export interface SyntheticScale {
  roles: number;
  taskDefinitions: number;
  /** Data resources: buckets, secrets, parameters, functions, databases, keys. */
  resources: number;
  seed?: number;
}

export const MAIN_ACCOUNT = '100000000001';
export const PARTNER_ACCOUNT = '100000000002';
const REGION = 'eu-west-1';
/** Broad roles by kind: the same count at every scale (a platform team, not one per app). */
export type BroadRoleKind = 'admin' | 'not-iam' | 's3-all' | 'passrole-lambda' | 'iam-rewrite';
const BROAD_ROLES: Record<BroadRoleKind, number> = {
  admin: 2,
  'not-iam': 3,
  's3-all': 4,
  'passrole-lambda': 4,
  'iam-rewrite': 4,
};
const PARTNER_INTEGRATIONS = 3;

type Statement = Record<string, unknown>;
const doc = (...statements: Statement[]): PolicyDocumentJson => ({
  Version: '2012-10-17',
  Statement: statements,
});
const allow = (action: string | string[], resource: string | string[], extra: Statement = {}): Statement => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});
const trust = (principal: Record<string, string | string[]>, extra: Statement = {}): PolicyDocumentJson =>
  doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra });

function hex(rng: SeededRandom, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(16)];
  return s;
}

/** One synthetic account's data, its partner account's integration roles (roles of `partnerAccount`
 *  that may assume this account's roles trusting it) and the credential findings of its task
 *  definitions. The organization generator calls it once per member account. */
export interface SyntheticAccount {
  account: Account;
  partnerRoles: Role[];
  findings: CredentialFinding[];
}

export function generateSyntheticSnapshot(scale: SyntheticScale): Snapshot {
  const rng = new SeededRandom(scale.seed ?? 1);
  const {
    account: main,
    partnerRoles,
    findings,
  } = generateSyntheticAccount(rng, scale, {
    account: MAIN_ACCOUNT,
    partnerAccount: PARTNER_ACCOUNT,
  });
  const partner = emptyAccount(PARTNER_ACCOUNT, { regions: [REGION] });
  partner.iam.roles.push(...partnerRoles);
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'blastmap', version: 'synthetic' },
    source: {
      kind: 'synthetic',
      location: `synthetic:${scale.roles}r-${scale.taskDefinitions}t-${scale.resources}x-seed${scale.seed ?? 1}`,
    },
    dataSources: [],
    organizations: [],
    accounts: [main, partner],
    credentialFindings: findings,
    gaps: [],
    diagnostics: [],
  };
}

export function generateSyntheticAccount(
  rng: SeededRandom,
  scale: Pick<SyntheticScale, 'roles' | 'taskDefinitions' | 'resources'>,
  /** `broadRoles`: how many roles of each broad kind (default: the single account's platform team). */
  ids: { account: string; partnerAccount: string; broadRoles?: Record<BroadRoleKind, number> },
): SyntheticAccount {
  const { account, partnerAccount } = ids;
  const main = emptyAccount(account, { regions: [REGION] });
  const roleArn = (acct: string, name: string) => `arn:aws:iam::${acct}:role/${name}`;

  // ---- data resources
  const nBuckets = Math.round(scale.resources * 0.4);
  const nSecrets = Math.round(scale.resources * 0.2);
  const nParams = Math.round(scale.resources * 0.25);
  const nFunctions = Math.round(scale.resources * 0.08);
  const nDatabases = Math.round(scale.resources * 0.04);
  const nKeys = Math.max(1, scale.resources - nBuckets - nSecrets - nParams - nFunctions - nDatabases);
  const teams = Array.from({ length: Math.max(4, Math.round(scale.roles / 50)) }, (_, i) => `team${i}`);
  // Each team's resources are split in shards; team policies grant on one shard's name prefix.
  const SHARDS = 8;
  const shardOf = (i: number) => Math.floor(i / teams.length) % SHARDS;

  const keys: KmsKey[] = [];
  for (let i = 0; i < nKeys; i++) {
    const id = `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`;
    const arn = `arn:aws:kms:${REGION}:${account}:key/${id}`;
    keys.push({
      arn,
      id,
      region: REGION,
      keyManager: 'CUSTOMER',
      keyState: 'Enabled',
      keyUsage: 'ENCRYPT_DECRYPT',
      aliases: [`alias/key-${i}`],
      policy: doc(
        {
          Sid: 'Enable IAM policies',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        ...(rng.chance(0.2)
          ? [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: 'kms:Decrypt',
                Resource: '*',
                Condition: { StringNotEquals: { 'aws:PrincipalTag/team': teams[i % teams.length] } },
              },
            ]
          : []),
      ),
    });
  }
  main.kmsKeys = keys;

  const buckets: S3Bucket[] = [];
  for (let i = 0; i < nBuckets; i++) {
    const team = teams[i % teams.length];
    const name = `${team}-s${shardOf(i)}-data-${i}`;
    const arn = `arn:aws:s3:::${name}`;
    const classification = rng.chance(0.15) ? 'confidential' : rng.chance(0.1) ? 'restricted' : 'internal';
    buckets.push({
      name,
      arn,
      region: REGION,
      policy: rng.chance(0.3)
        ? doc(
            {
              Sid: 'DenyInsecure',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [arn, `${arn}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
            ...(rng.chance(0.3)
              ? [
                  {
                    Sid: 'Partner',
                    Effect: 'Allow',
                    Principal: { AWS: `arn:aws:iam::${partnerAccount}:root` },
                    Action: ['s3:GetObject', 's3:ListBucket'],
                    Resource: [arn, `${arn}/*`],
                  },
                ]
              : []),
          )
        : null,
      publicAccessBlock: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
      tags: { team, 'data-classification': classification },
      encryption: rng.chance(0.3)
        ? { algorithm: 'aws:kms', kmsKeyId: rng.pick(keys).arn }
        : { algorithm: 'AES256' },
    });
  }
  main.s3Buckets = buckets;

  const secrets: Secret[] = [];
  for (let i = 0; i < nSecrets; i++) {
    const team = teams[i % teams.length];
    const name = `${team}/s${shardOf(i)}/app-${i}`;
    secrets.push({
      arn: `arn:aws:secretsmanager:${REGION}:${account}:secret:${name}-${hex(rng, 6)}`,
      name,
      region: REGION,
      ...(rng.chance(0.4) ? { kmsKeyId: rng.pick(keys).arn } : {}),
      resourcePolicy: null,
      rotationEnabled: rng.chance(0.5),
      tags: { team },
    });
  }

  const databases: RdsInstance[] = [];
  for (let i = 0; i < nDatabases; i++) {
    const id = `db-${i}`;
    const masterSecret: Secret | undefined = rng.chance(0.6)
      ? {
          arn: `arn:aws:secretsmanager:${REGION}:${account}:secret:rds!db-${hex(rng, 8)}-${hex(rng, 6)}`,
          name: `rds!db-${i}`,
          region: REGION,
          owningService: 'rds',
          resourcePolicy: null,
          tags: {},
        }
      : undefined;
    if (masterSecret) secrets.push(masterSecret);
    databases.push({
      arn: `arn:aws:rds:${REGION}:${account}:db:${id}`,
      id,
      resourceId: `db-${hex(rng, 26).toUpperCase()}`,
      region: REGION,
      engine: rng.pick(['postgres', 'mysql', 'aurora-postgresql']),
      endpoint: { address: `${id}.abc.${REGION}.rds.amazonaws.com`, port: 5432 },
      iamAuth: rng.chance(0.3),
      securityGroupIds: [],
      publiclyAccessible: false,
      masterUsername: 'admin',
      ...(masterSecret ? { masterUserSecretArn: masterSecret.arn } : {}),
      storageEncrypted: true,
      tags: { team: teams[i % teams.length], ...(rng.chance(0.3) ? { pii: 'true' } : {}) },
    });
  }
  main.secrets = secrets;
  main.rds.instances = databases;

  const params: SsmParameter[] = [];
  for (let i = 0; i < nParams; i++) {
    const name = `/${teams[i % teams.length]}/s${shardOf(i)}/p${i}`;
    const secure = rng.chance(0.4);
    params.push({
      name,
      arn: `arn:aws:ssm:${REGION}:${account}:parameter${name}`,
      region: REGION,
      type: secure ? 'SecureString' : 'String',
      ...(secure ? { keyId: 'alias/aws/ssm' } : {}),
    });
  }
  main.ssmParameters = params;

  // ---- roles
  const roles: Role[] = [];
  const taskRoles: Role[] = [];
  const lambdaRoles: Role[] = [];
  const newRole = (name: string, trustPolicy: PolicyDocumentJson, team: string): Role => {
    const role: Role = {
      arn: roleArn(account, name),
      name,
      id: `AROA${hex(rng, 16).toUpperCase()}`,
      path: '/',
      trustPolicy,
      inlinePolicies: [],
      attachedPolicies: [],
      tags: { team },
      instanceProfiles: [],
      serviceLinked: false,
    };
    roles.push(role);
    return role;
  };
  for (let i = 0; i < scale.roles; i++) {
    const team = teams[i % teams.length];
    const r = rng.next();
    if (r < 0.4)
      taskRoles.push(newRole(`${team}-task-${i}`, trust({ Service: 'ecs-tasks.amazonaws.com' }), team));
    else if (r < 0.6)
      lambdaRoles.push(newRole(`${team}-lambda-${i}`, trust({ Service: 'lambda.amazonaws.com' }), team));
    else if (r < 0.7)
      newRole(
        `${team}-partner-${i}`,
        trust(
          { AWS: `arn:aws:iam::${partnerAccount}:root` },
          rng.chance(0.5) ? { Condition: { StringEquals: { 'sts:ExternalId': `ext-${i}` } } } : {},
        ),
        team,
      );
    else newRole(`${team}-ops-${i}`, trust({ AWS: `arn:aws:iam::${account}:root` }), team);
  }
  // Some roles trust specific other roles (assume-role chains).
  for (const role of roles) {
    if (rng.chance(0.05)) role.trustPolicy = trust({ AWS: rng.pick(roles).arn });
  }

  // Shared customer-managed policies.
  const managed: ManagedPolicy[] = [];
  const nManaged = Math.max(10, Math.round(scale.roles / 25));
  for (let i = 0; i < nManaged; i++) {
    const team = teams[i % teams.length];
    const shard = `s${rng.int(SHARDS)}`;
    const statements: Statement[] = [
      allow(
        ['s3:GetObject', 's3:ListBucket'],
        [`arn:aws:s3:::${team}-${shard}-data-*`, `arn:aws:s3:::${team}-${shard}-data-*/*`],
      ),
      allow(
        ['ssm:GetParameter', 'ssm:GetParametersByPath'],
        `arn:aws:ssm:${REGION}:${account}:parameter/${team}/${shard}/*`,
      ),
      allow('logs:*', '*'),
    ];
    if (rng.chance(0.3)) {
      statements.push(
        allow(
          'secretsmanager:GetSecretValue',
          `arn:aws:secretsmanager:${REGION}:${account}:secret:${team}/${shard}/*`,
        ),
      );
    }
    if (rng.chance(0.2)) {
      const viaS3 = { Condition: { StringEquals: { 'kms:ViaService': `s3.${REGION}.amazonaws.com` } } };
      statements.push(
        allow(
          'kms:Decrypt',
          rng.sample(keys, 2).map((k) => k.arn),
          viaS3,
        ),
      );
    }
    if (rng.chance(0.1)) statements.push({ Effect: 'Deny', Action: 'iam:*', Resource: '*' });
    const arn = `arn:aws:iam::${account}:policy/${team}-shared-${i}`;
    managed.push({
      arn,
      name: `${team}-shared-${i}`,
      id: `ANPA${hex(rng, 16).toUpperCase()}`,
      path: '/',
      awsManaged: false,
      defaultVersionId: 'v1',
      versions: [{ versionId: 'v1', isDefault: true, document: doc(...statements) }],
      attachmentCount: 0,
      origin: 'synthetic',
    });
  }
  main.iam.policies = managed;

  // The fixed set of broad roles (see the scaling model above), spread over the account.
  const broadKinds = Object.entries(ids.broadRoles ?? BROAD_ROLES).flatMap(([kind, n]) =>
    Array<string>(n).fill(kind),
  );
  const broadOf = new Map<number, string>();
  for (const [j, index] of rng.sample([...roles.keys()], broadKinds.length).entries())
    broadOf.set(index, broadKinds[j]);

  // Per-role permissions.
  for (const [i, role] of roles.entries()) {
    const broad = broadOf.get(i);
    const team = role.tags.team;
    role.attachedPolicies = rng.sample(managed, 1 + rng.int(2)).map((p) => p.arn);
    const statements: Statement[] = [];
    for (const b of rng.sample(buckets, 1 + rng.int(3))) {
      statements.push(
        allow(rng.chance(0.3) ? ['s3:GetObject', 's3:PutObject'] : 's3:GetObject', `${b.arn}/*`),
      );
    }
    if (rng.chance(0.4))
      statements.push(
        allow(
          'secretsmanager:GetSecretValue',
          rng.sample(secrets, 1 + rng.int(2)).map((s) => s.arn),
        ),
      );
    if (broad === 's3-all') {
      statements.push(allow('s3:*', '*', { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-0abc' } } }));
    }
    if (rng.chance(0.05)) statements.push(allow('s3:*', `arn:aws:s3:::${team}-s${rng.int(SHARDS)}-data-*`));
    if (rng.chance(0.05))
      statements.push(
        allow('lambda:InvokeFunction', `arn:aws:lambda:${REGION}:${account}:function:${team}-*`),
      );
    if (rng.chance(0.04))
      statements.push(
        allow(
          'sts:AssumeRole',
          rng.sample(roles, 1 + rng.int(3)).map((r) => r.arn),
        ),
      );
    if (rng.chance(0.02)) statements.push(allow('sts:AssumeRole', `arn:aws:iam::${account}:role/${team}-*`));
    if (rng.chance(0.02)) {
      statements.push(
        allow('iam:PassRole', `arn:aws:iam::${account}:role/${team}-*`, {
          Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
        }),
        allow(['ecs:RunTask', 'ecs:RegisterTaskDefinition'], '*'),
      );
    }
    if (broad === 'passrole-lambda')
      statements.push(allow(['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], '*'));
    if (rng.chance(0.005)) statements.push(allow('iam:PutRolePolicy', role.arn));
    if (broad === 'iam-rewrite')
      statements.push(allow(['iam:AttachRolePolicy', 'iam:UpdateAssumeRolePolicy'], '*'));
    if (broad === 'admin') statements.push(allow('*', '*'));
    if (broad === 'not-iam') {
      statements.push({
        Effect: 'Allow',
        NotAction: ['iam:*', 'organizations:*', 'account:*'],
        Resource: '*',
      });
    }
    if (rng.chance(0.02)) {
      const prefix = `arn:aws:s3:::${team}-s${rng.int(SHARDS)}-data-*/*`;
      statements.push({ Effect: 'Allow', NotAction: ['s3:Delete*', 's3:PutBucketPolicy'], Resource: prefix });
    }
    if (rng.chance(0.05))
      statements.push({ Effect: 'Deny', Action: ['s3:DeleteBucket', 'iam:*'], Resource: '*' });
    role.inlinePolicies.push({ name: `inline-${i}`, document: doc(...statements) });
  }
  for (const p of managed) p.attachmentCount = roles.filter((r) => r.attachedPolicies.includes(p.arn)).length;
  main.iam.roles = roles;

  // Users with access keys (some end up as plaintext credentials in task definitions).
  const users: User[] = [];
  for (let i = 0; i < Math.max(5, Math.round(scale.roles / 50)); i++) {
    const name = `ci-user-${i}`;
    users.push({
      arn: `arn:aws:iam::${account}:user/${name}`,
      name,
      id: `AIDA${hex(rng, 16).toUpperCase()}`,
      path: '/',
      groups: [],
      inlinePolicies: [
        {
          name: 'deploy',
          document: doc(
            allow(
              'ecs:UpdateService',
              `arn:aws:ecs:${REGION}:${account}:service/${teams[i % teams.length]}/*`,
            ),
            allow(['ecs:RegisterTaskDefinition', 'ecr:PutImage'], '*', {
              Condition: { StringEquals: { 'aws:RequestedRegion': REGION } },
            }),
            allow('s3:*', rng.pick(buckets).arn),
          ),
        },
      ],
      attachedPolicies: [],
      tags: {},
      accessKeys: [{ id: `AKIA${hex(rng, 16).toUpperCase()}`, status: 'Active' }],
      hasLoginProfile: false,
    });
  }
  main.iam.users = users;

  // Lambda functions.
  const functions: LambdaFunction[] = [];
  for (let i = 0; i < nFunctions; i++) {
    const role = lambdaRoles.length ? rng.pick(lambdaRoles) : rng.pick(roles);
    const name = `${role.tags.team}-fn-${i}`;
    functions.push({
      arn: `arn:aws:lambda:${REGION}:${account}:function:${name}`,
      name,
      region: REGION,
      roleArn: role.arn,
      runtime: 'nodejs20.x',
      packageType: 'Zip',
      environment: [{ name: 'LOG_LEVEL' }],
      resourcePolicy: null,
      url: null,
      tags: { team: role.tags.team },
    });
  }
  main.lambda = functions;

  // ECS: clusters, task definitions, services.
  const clusters = teams.slice(0, Math.max(1, Math.round(teams.length / 4))).map((t) => ({
    arn: `arn:aws:ecs:${REGION}:${account}:cluster/${t}`,
    name: t,
    region: REGION,
    status: 'ACTIVE',
    tags: {},
  }));
  const executionRole = newRole(
    'ecsTaskExecutionRole',
    trust({ Service: 'ecs-tasks.amazonaws.com' }),
    'platform',
  );
  executionRole.inlinePolicies.push({
    name: 'pull-and-secrets',
    document: doc(
      allow(
        ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        '*',
      ),
      allow(['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'kms:Decrypt'], '*'),
    ),
  });
  const taskDefinitions: EcsTaskDefinition[] = [];
  const services: EcsService[] = [];
  const findings: CredentialFinding[] = [];
  for (let i = 0; i < scale.taskDefinitions; i++) {
    const role = taskRoles.length ? taskRoles[i % taskRoles.length] : roles[i % roles.length];
    const family = `${role.tags.team}-svc-${i}`;
    const arn = `arn:aws:ecs:${REGION}:${account}:task-definition/${family}:1`;
    const environment: EcsTaskDefinition['containers'][number]['environment'] = [
      { name: 'PORT' },
      { name: 'LOG_LEVEL' },
    ];
    if (rng.chance(0.03)) {
      const user = rng.pick(users);
      environment.push(
        { name: 'AWS_ACCESS_KEY_ID', credential: 'aws-access-key-id' },
        { name: 'AWS_SECRET_ACCESS_KEY', credential: 'aws-secret-access-key' },
      );
      findings.push({
        account: account,
        region: REGION,
        location: { kind: 'ecs-container-environment', taskDefinitionArn: arn, container: 'app' },
        variable: 'AWS_ACCESS_KEY_ID',
        kind: 'aws-access-key-id',
        fingerprint: hex(rng, 12),
        accessKeyId: user.accessKeys![0].id,
      });
    }
    const injected = rng.chance(0.3) ? rng.sample(secrets, 1 + rng.int(2)) : [];
    taskDefinitions.push({
      arn,
      family,
      revision: 1,
      region: REGION,
      status: 'ACTIVE',
      taskRoleArn: role.arn,
      executionRoleArn: executionRole.arn,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      containers: [
        {
          name: 'app',
          image: `${account}.dkr.ecr.${REGION}.amazonaws.com/${family}:latest`,
          environment,
          secrets: injected.map((s, j) => ({ name: `SECRET_${j}`, valueFrom: s.arn })),
          environmentFiles: [],
        },
      ],
      tags: { team: role.tags.team },
    });
    if (rng.chance(0.7)) {
      const cluster = rng.pick(clusters);
      services.push({
        arn: `arn:aws:ecs:${REGION}:${account}:service/${cluster.name}/${family}`,
        name: family,
        clusterArn: cluster.arn,
        region: REGION,
        taskDefinitionArn: arn,
        launchType: 'FARGATE',
        capacityProviders: [],
        enableExecuteCommand: rng.chance(0.1),
        desiredCount: 2,
        runningCount: 2,
        status: 'ACTIVE',
        tags: {},
      });
    }
  }
  main.ecs = { clusters, services, taskDefinitions, tasks: [] };

  // Partner account: a few roles that can assume roles trusting it.
  const partnerRoles: Role[] = [];
  for (let i = 0; i < PARTNER_INTEGRATIONS; i++) {
    partnerRoles.push({
      arn: roleArn(partnerAccount, `partner-integration-${i}`),
      name: `partner-integration-${i}`,
      id: `AROA${hex(rng, 16).toUpperCase()}`,
      path: '/',
      trustPolicy: trust({ Service: 'ecs-tasks.amazonaws.com' }),
      inlinePolicies: [
        { name: 'assume', document: doc(allow('sts:AssumeRole', `arn:aws:iam::${account}:role/*`)) },
      ],
      attachedPolicies: [],
      tags: {},
      instanceProfiles: [],
      serviceLinked: false,
    });
  }

  return { account: main, partnerRoles, findings };
}
