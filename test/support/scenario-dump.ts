// Tiny dumps for end-to-end correctness scenarios: a few IAM principals (and optionally other
// files of the dump layout) written as AWS CLI output, analysed by the real `blastmap analyze`
// command, its JSON report parsed back.
import type { DumpSpec } from './dump.js';
import { writeDump } from './dump.js';
import { captureIo } from './capture-io.js';

const { runCli } = await import('../../src/cli/run.js');

export type Doc = { Version: string; Statement: object[] };
export const policyDoc = (...statements: object[]): Doc => ({ Version: '2012-10-17', Statement: statements });

export interface RoleDef {
  name: string;
  trust: Doc;
  inline?: Doc[];
  managed?: string[]; // policy ARNs
  boundary?: string;
  path?: string;
}
export interface PolicyDef {
  name: string;
  document: Doc;
}
export interface AccountDef {
  id: string;
  roles?: RoleDef[];
  users?: { name: string; inline?: Doc[]; managed?: string[]; boundary?: string }[];
  policies?: PolicyDef[];
  files?: DumpSpec; // extra files, paths relative to the account folder
}

export const roleArn = (account: string, name: string, path = '/') =>
  `arn:aws:iam::${account}:role${path}${name}`;
export const policyArn = (account: string, name: string) => `arn:aws:iam::${account}:policy/${name}`;

const boundaryOf = (arn?: string) =>
  arn ? { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } } : {};
const attached = (arns: string[] = []) => arns.map((a) => ({ PolicyName: a.split('/').pop(), PolicyArn: a }));

export function accountDump(def: AccountDef): DumpSpec {
  const a = def.id;
  const gaad = {
    UserDetailList: (def.users ?? []).map((u) => ({
      Path: '/',
      UserName: u.name,
      UserId: `AIDA${u.name.toUpperCase()}`,
      Arn: `arn:aws:iam::${a}:user/${u.name}`,
      GroupList: [],
      UserPolicyList: (u.inline ?? []).map((d, i) => ({ PolicyName: `inline-${i}`, PolicyDocument: d })),
      AttachedManagedPolicies: attached(u.managed),
      ...boundaryOf(u.boundary),
      Tags: [],
    })),
    GroupDetailList: [],
    RoleDetailList: (def.roles ?? []).map((r) => ({
      Path: r.path ?? '/',
      RoleName: r.name,
      RoleId: `AROA${r.name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
      Arn: roleArn(a, r.name, r.path),
      AssumeRolePolicyDocument: r.trust,
      RolePolicyList: (r.inline ?? []).map((d, i) => ({ PolicyName: `inline-${i}`, PolicyDocument: d })),
      AttachedManagedPolicies: attached(r.managed),
      ...boundaryOf(r.boundary),
      InstanceProfileList: [],
      Tags: [],
    })),
    Policies: (def.policies ?? []).map((p) => ({
      PolicyName: p.name,
      PolicyId: `ANPA${p.name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
      Arn: policyArn(a, p.name),
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      IsAttachable: true,
      PolicyVersionList: [{ Document: p.document, VersionId: 'v1', IsDefaultVersion: true }],
    })),
  };
  const out: DumpSpec = { [`${a}/iam/get-account-authorization-details.json`]: gaad };
  for (const [rel, content] of Object.entries(def.files ?? {})) out[`${a}/${rel}`] = content;
  return out;
}

export interface ReportPath {
  source: string;
  target: string;
  access: string;
  hops: { from: string; to: string; technique: string; conditional: boolean }[];
}
export interface Report {
  sources: { id: string; assets: { id: string; access: string; conditional?: boolean }[] }[];
  paths: ReportPath[];
}

/** Writes the dump, runs `blastmap analyze <dump> --format json [--from …]`, returns the parsed report. */
export async function analyzeDump(spec: DumpSpec, from: string[] = []): Promise<Report> {
  const dir = await writeDump(spec);
  const io = captureIo();
  const argv = ['analyze', dir, '--format', 'json', ...from.flatMap((f) => ['--from', f])];
  const code = await runCli(argv, io);
  if (code !== 0) throw new Error(`analyze exited ${code}: ${io.err.join('')}`);
  return JSON.parse(io.out.join('')) as Report;
}

/** Technique chains of every reported path from source to target. */
export function chains(report: Report, source: string, target: string): string[][] {
  return report.paths
    .filter((p) => p.source === source && p.target === target)
    .map((p) => p.hops.map((h) => h.technique));
}

export function reaches(report: Report, source: string, target: string): boolean {
  return chains(report, source, target).length > 0;
}

export interface OrgPolicy {
  id: string;
  document: Doc;
  targets: string[]; // root id, OU ids or account ids
}
export interface OrgDef {
  management: string;
  /** OU id → the accounts directly in it; accounts not listed sit under the root. */
  ous: Record<string, string[]>;
  rootAccounts: string[];
  scps: OrgPolicy[];
  rcps?: OrgPolicy[];
}

/** The organizations/ files of the management account (root `r-root`, OUs directly under it). */
export function orgDump(def: OrgDef): DumpSpec {
  const m = def.management;
  const all = [...def.rootAccounts, ...Object.values(def.ous).flat()];
  const out: DumpSpec = {
    [`${m}/organizations/describe-organization.json`]: {
      Organization: {
        Id: 'o-scen',
        Arn: `arn:aws:organizations::${m}:organization/o-scen`,
        MasterAccountId: m,
      },
    },
    [`${m}/organizations/list-roots.json`]: {
      Roots: [{ Id: 'r-root', Arn: `arn:aws:organizations::${m}:root/o-scen/r-root`, Name: 'Root' }],
    },
    [`${m}/organizations/list-accounts.json`]: {
      Accounts: all.map((id) => ({
        Id: id,
        Name: `acct-${id}`,
        Email: `${id}@example.com`,
        Status: 'ACTIVE',
      })),
    },
    [`${m}/organizations/list-organizational-units-for-parent/r-root.json`]: {
      OrganizationalUnits: Object.keys(def.ous).map((id) => ({ Id: id, Name: id })),
    },
    [`${m}/organizations/list-accounts-for-parent/r-root.json`]: {
      Accounts: def.rootAccounts.map((Id) => ({ Id })),
    },
  };
  for (const [ou, accounts] of Object.entries(def.ous)) {
    out[`${m}/organizations/list-organizational-units-for-parent/${ou}.json`] = { OrganizationalUnits: [] };
    out[`${m}/organizations/list-accounts-for-parent/${ou}.json`] = {
      Accounts: accounts.map((Id) => ({ Id })),
    };
  }
  const kinds: [string, string, OrgPolicy[]][] = [
    ['service-control-policy', 'SERVICE_CONTROL_POLICY', def.scps],
    ['resource-control-policy', 'RESOURCE_CONTROL_POLICY', def.rcps ?? []],
  ];
  for (const [file, type, policies] of kinds) {
    out[`${m}/organizations/list-policies-${file}.json`] = {
      Policies: policies.map((p) => ({
        Id: p.id,
        Name: p.id,
        Type: type,
        AwsManaged: p.id === 'p-FullAWSAccess',
      })),
    };
    for (const p of policies) {
      out[`${m}/organizations/describe-policy/${p.id}.json`] = {
        Policy: { PolicySummary: { Id: p.id, Name: p.id, Type: type }, Content: JSON.stringify(p.document) },
      };
      out[`${m}/organizations/list-targets-for-policy/${p.id}.json`] = {
        Targets: p.targets.map((t) => ({
          TargetId: t,
          Type: t.startsWith('r-') ? 'ROOT' : t.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT',
          Name: t,
        })),
      };
    }
  }
  return out;
}

export const FULL_AWS_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

type Json = Record<string, unknown>;
export const allowStmt = (
  action: string | string[],
  resource: string | string[] = '*',
  condition?: Json,
) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...(condition ? { Condition: condition } : {}),
});
export const denyStmt = (action: string | string[], resource: string | string[] = '*', condition?: Json) => ({
  Effect: 'Deny',
  Action: action,
  Resource: resource,
  ...(condition ? { Condition: condition } : {}),
});
/** A trust policy admitting AWS principals (ARN, account root, account id or "*"). */
export const trustAws = (principal: string | string[], condition?: Json): Doc =>
  policyDoc({
    Effect: 'Allow',
    Principal: { AWS: principal },
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  });
export const trustService = (service: string): Doc =>
  policyDoc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
export const ECS_TASKS = trustService('ecs-tasks.amazonaws.com');
export const ADMIN_POLICY = policyDoc(allowStmt('*'));

/** Whether some reported path from source to target is free of conditional hops. */
export function reachesCertainly(report: Report, source: string, target: string): boolean {
  return report.paths.some(
    (p) => p.source === source && p.target === target && p.hops.every((h) => !h.conditional),
  );
}
