// A seeded synthetic AWS organization: many member accounts, each a small synthetic account (see
// ./generate.ts) with its own ECS services and resources, under an OU tree with SCPs, joined by
// cross-account trusts. Used by the organization benchmark (`npm run bench -- org`).
//
// What makes it an organization rather than many accounts side by side:
// - an OU tree (root → Security / Infrastructure / Workloads → one Prod and one Dev OU per business
//   unit / Sandbox), FullAWSAccess on every level as AWS attaches it, and guardrail SCPs: no leaving the
//   organization (root), a region guard (Workloads), no IAM users or access keys (Prod OUs), and no
//   RDS or secrets in Sandbox;
// - an `OrganizationAccountAccessRole` in every member account trusting the management account, and a
//   security account whose auditor role may assume a read-only role in every account;
// - partner links: each account's roles that trust a partner account trust another member account,
//   and a few task roles of that partner may assume them (cross-account paths from real sources).
import {
  SNAPSHOT_SCHEMA_VERSION,
  type Account,
  type CredentialFinding,
  type OrgAccount,
  type OrgPolicy,
  type OrgUnit,
  type PolicyDocumentJson,
  type Role,
  type Snapshot,
} from '../../src/snapshot/types.js';
import { generateSyntheticAccount } from './generate.js';
import { SeededRandom } from './random.js';

export interface OrganizationScale {
  accounts: number;
  /** Per member account. */
  rolesPerAccount: number;
  taskDefinitionsPerAccount: number;
  resourcesPerAccount: number;
  seed?: number;
}

/** 500 accounts of 200 roles: 100,000 roles in all (the organization benchmark's goal). */
export const ORGANIZATION_BASE: Omit<OrganizationScale, 'accounts'> = {
  rolesPerAccount: 200,
  taskDefinitionsPerAccount: 20,
  resourcesPerAccount: 400,
};
/** Each member account's own admins and power users (an SSO admin permission set, a deploy role …). */
const BROAD_ROLES_PER_ACCOUNT = {
  admin: 1,
  'not-iam': 1,
  's3-all': 1,
  'passrole-lambda': 1,
  'iam-rewrite': 1,
};

const BUSINESS_UNITS = 8;
const doc = (...statements: Record<string, unknown>[]): PolicyDocumentJson => ({
  Version: '2012-10-17',
  Statement: statements,
});
const accountId = (i: number) => String(300000000000 + i);

export function generateSyntheticOrganization(scale: OrganizationScale): Snapshot {
  const rng = new SeededRandom(scale.seed ?? 1);
  const n = Math.max(3, scale.accounts);
  const management = accountId(0);
  const security = accountId(1);
  const { units, placeOf } = ouTree();
  const accounts: Account[] = [];
  const findings: CredentialFinding[] = [];
  const partnerRoles = new Map<string, Role[]>();
  for (let i = 0; i < n; i++) {
    const id = accountId(i);
    // The management and security accounts run no workloads of their own.
    const workloads = i >= 2;
    // Each account's partner is another member account (a ring with a stride: chains cross OUs).
    const partner = accountId(2 + ((i * 7 + 3) % (n - 2)));
    const generated = generateSyntheticAccount(
      rng,
      {
        roles: workloads ? scale.rolesPerAccount : Math.ceil(scale.rolesPerAccount / 10),
        taskDefinitions: workloads ? scale.taskDefinitionsPerAccount : 0,
        resources: workloads ? scale.resourcesPerAccount : Math.ceil(scale.resourcesPerAccount / 10),
      },
      {
        account: id,
        partnerAccount: partner === id ? management : partner,
        broadRoles: BROAD_ROLES_PER_ACCOUNT,
      },
    );
    const account = generated.account;
    account.organizationId = 'o-synthetic';
    account.name = i === 0 ? 'management' : i === 1 ? 'security' : `member-${i}`;
    account.iam.roles.push(orgAccessRole(id, management), auditRole(id, security));
    if (i === 0) account.iam.roles.push(orgAdminRole(management));
    if (i === 1) account.iam.roles.push(auditorRole(security));
    accounts.push(account);
    findings.push(...generated.findings);
    const partnerId = partner === id ? management : partner;
    partnerRoles.set(partnerId, [...(partnerRoles.get(partnerId) ?? []), ...generated.partnerRoles]);
  }
  // The partner integration roles live in the partner account, and a few of its task roles may use
  // them: sources of one account reach roles of another.
  for (const account of accounts) {
    const integrations = partnerRoles.get(account.id) ?? [];
    account.iam.roles.push(...integrations);
    const taskRoles = account.iam.roles.filter((r) => r.name.includes('-task-'));
    for (const role of rng.sample(taskRoles, Math.min(2, taskRoles.length))) {
      if (!integrations.length) continue;
      role.inlinePolicies.push({
        name: 'partner-integration',
        document: doc({
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: integrations.map((r) => r.arn),
        }),
      });
    }
  }
  const orgAccounts: OrgAccount[] = accounts.map((a, i) => ({
    id: a.id,
    arn: `arn:aws:organizations::${management}:account/o-synthetic/${a.id}`,
    name: a.name,
    status: 'ACTIVE',
    parentId: placeOf(i),
  }));
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'blastmap', version: 'synthetic' },
    source: {
      kind: 'synthetic',
      location: `synthetic-org:${n}a-${scale.rolesPerAccount}r-seed${scale.seed ?? 1}`,
    },
    dataSources: [],
    organizations: [
      {
        id: 'o-synthetic',
        arn: `arn:aws:organizations::${management}:organization/o-synthetic`,
        managementAccountId: management,
        units,
        accounts: orgAccounts,
        policies: serviceControlPolicies(units, orgAccounts),
      },
    ],
    accounts,
    credentialFindings: findings,
    gaps: [],
    diagnostics: [],
  };
}

/** The OU tree, and where account i hangs in it. */
function ouTree(): { units: OrgUnit[]; placeOf: (i: number) => string } {
  const units: OrgUnit[] = [{ id: 'r-root', name: 'Root', kind: 'root' }];
  const ou = (id: string, name: string, parentId: string) => units.push({ id, name, kind: 'ou', parentId });
  ou('ou-security', 'Security', 'r-root');
  ou('ou-infra', 'Infrastructure', 'r-root');
  ou('ou-workloads', 'Workloads', 'r-root');
  ou('ou-sandbox', 'Sandbox', 'r-root');
  for (let b = 0; b < BUSINESS_UNITS; b++) {
    ou(`ou-bu${b}`, `BusinessUnit${b}`, 'ou-workloads');
    ou(`ou-bu${b}-prod`, `BusinessUnit${b}-Prod`, `ou-bu${b}`);
    ou(`ou-bu${b}-dev`, `BusinessUnit${b}-Dev`, `ou-bu${b}`);
  }
  const placeOf = (i: number): string => {
    if (i === 0) return 'r-root';
    if (i === 1) return 'ou-security';
    if (i % 20 === 2) return 'ou-infra';
    if (i % 20 === 3) return 'ou-sandbox';
    const b = i % BUSINESS_UNITS;
    return i % 3 === 0 ? `ou-bu${b}-dev` : `ou-bu${b}-prod`;
  };
  return { units, placeOf };
}

function serviceControlPolicies(units: OrgUnit[], accounts: OrgAccount[]): OrgPolicy[] {
  const scp = (
    id: string,
    name: string,
    document: PolicyDocumentJson,
    targets: string[],
    awsManaged = false,
  ) => ({
    id,
    name,
    type: 'SERVICE_CONTROL_POLICY' as const,
    awsManaged,
    document,
    targets,
  });
  const prodOus = units.filter((u) => u.id.endsWith('-prod')).map((u) => u.id);
  return [
    // AWS attaches FullAWSAccess to every root, OU and account; every level must allow.
    scp(
      'p-FullAWSAccess',
      'FullAWSAccess',
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
      [...units.map((u) => u.id), ...accounts.map((a) => a.id)],
      true,
    ),
    scp(
      'p-denyleave',
      'deny-leave-organization',
      doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
      ['r-root'],
    ),
    scp(
      'p-regionguard',
      'region-guard',
      doc({
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*', 'organizations:*', 'support:*', 'cloudfront:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
      }),
      ['ou-workloads'],
    ),
    scp(
      'p-noiamusers',
      'no-iam-users',
      doc({
        Effect: 'Deny',
        Action: ['iam:CreateUser', 'iam:CreateAccessKey', 'iam:CreateLoginProfile'],
        Resource: '*',
      }),
      prodOus,
    ),
    scp(
      'p-sandbox',
      'sandbox-no-data',
      doc({ Effect: 'Deny', Action: ['rds:*', 'secretsmanager:GetSecretValue'], Resource: '*' }),
      ['ou-sandbox'],
    ),
  ];
}

const trustAccount = (account: string): PolicyDocumentJson =>
  doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' });

function role(
  account: string,
  name: string,
  trustPolicy: PolicyDocumentJson,
  attached: string[],
  inline: PolicyDocumentJson | null,
): Role {
  return {
    arn: `arn:aws:iam::${account}:role/${name}`,
    name,
    id: `AROA${account}${name.length}`,
    path: '/',
    trustPolicy,
    inlinePolicies: inline ? [{ name: 'inline', document: inline }] : [],
    attachedPolicies: attached,
    tags: {},
    instanceProfiles: [],
    serviceLinked: false,
  };
}

/** Created by Organizations in every account it creates: admin, trusting the management account. */
const orgAccessRole = (account: string, management: string) =>
  role(
    account,
    'OrganizationAccountAccessRole',
    trustAccount(management),
    ['arn:aws:iam::aws:policy/AdministratorAccess'],
    null,
  );

/** The security team's read-only role in every account, trusting the security account. */
const auditRole = (account: string, security: string) =>
  role(account, 'security-audit', trustAccount(security), ['arn:aws:iam::aws:policy/SecurityAudit'], null);

/** In the management account: the operators who may act in any member account. */
const orgAdminRole = (management: string) =>
  role(
    management,
    'org-operators',
    trustAccount(management),
    [],
    doc({
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: 'arn:aws:iam::*:role/OrganizationAccountAccessRole',
    }),
  );

/** In the security account: the auditor that assumes `security-audit` everywhere. */
const auditorRole = (security: string) =>
  role(
    security,
    'auditor',
    trustAccount(security),
    [],
    doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/security-audit' }),
  );
