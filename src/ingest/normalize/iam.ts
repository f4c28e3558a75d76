// IAM: `get-account-authorization-details` (GAAD, pages already merged), `list-access-keys` and
// `get-login-profile` responses → snapshot IAM objects.
//
//   normalizeAuthorizationDetails(raw, ctx): IamData
//   normalizeAccessKeys(raw, ctx): AccessKeyInfo[]
//
// Group memberships are stored as group ARNs (GAAD lists names). Policy documents may be objects or
// (SDK) URL-encoded strings.
import type {
  AccessKeyInfo,
  Group,
  IamData,
  InlinePolicy,
  InstanceProfile,
  ManagedPolicy,
  ManagedPolicyVersion,
  Role,
  User,
} from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

function inlinePolicies(ctx: NormalizeContext, list: Json[], owner: string): InlinePolicy[] {
  return eachItem(ctx, list, (p) => {
    const name = p.str('PolicyName');
    return { name, document: readPolicyDocument(ctx, p.get('PolicyDocument'), `${owner}#inline/${name}`) };
  });
}

function attached(item: Json): string[] {
  return item.list('AttachedManagedPolicies').map((p) => p.str('PolicyArn'));
}

function boundary(item: Json): string | undefined {
  return item.has('PermissionsBoundary')
    ? item.get('PermissionsBoundary').optStr('PermissionsBoundaryArn')
    : undefined;
}

function instanceProfile(p: Json): InstanceProfile {
  return {
    arn: p.str('Arn'),
    name: p.str('InstanceProfileName'),
    path: p.optStr('Path') ?? '/',
    roles: p.list('Roles').map((r) => r.str('Arn')),
  };
}

/** Skips an entry whose ARN was already read (overlapping pages), with a warning naming its position. */
function firstOnly(ctx: NormalizeContext): (item: Json) => boolean {
  const seen = new Set<string>();
  return (item) => {
    const arn = item.str('Arn');
    if (!seen.has(arn)) {
      seen.add(arn);
      return true;
    }
    ctx.diagnostics.push({
      severity: 'warning',
      file: ctx.file,
      jsonPath: item.path,
      message: `duplicate entry for ${arn} (overlapping pages?); the first is kept`,
    });
    return false;
  };
}

export function normalizeAuthorizationDetails(raw: unknown, ctx: NormalizeContext): IamData {
  const root = new Json(raw);
  const groupArnByName = new Map<string, string>();

  const newGroup = firstOnly(ctx);
  const groups: Group[] = eachItem(ctx, root.list('GroupDetailList'), (g) => {
    if (!newGroup(g)) return undefined;
    const arn = g.str('Arn');
    const group: Group = {
      arn,
      name: g.str('GroupName'),
      id: g.str('GroupId'),
      path: g.optStr('Path') ?? '/',
      inlinePolicies: inlinePolicies(ctx, g.list('GroupPolicyList'), arn),
      attachedPolicies: attached(g),
    };
    groupArnByName.set(group.name, arn);
    return group;
  });

  const newUser = firstOnly(ctx);
  const users: User[] = eachItem(ctx, root.list('UserDetailList'), (u) => {
    if (!newUser(u)) return undefined;
    const arn = u.str('Arn');
    const user: User = {
      arn,
      name: u.str('UserName'),
      id: u.str('UserId'),
      path: u.optStr('Path') ?? '/',
      groups: u
        .strings('GroupList')
        .map((name) => groupArnByName.get(name) ?? `arn:${ctx.partition}:iam::${ctx.account}:group/${name}`),
      inlinePolicies: inlinePolicies(ctx, u.list('UserPolicyList'), arn),
      attachedPolicies: attached(u),
      tags: u.tags('Tags'),
    };
    const pb = boundary(u);
    if (pb) user.permissionsBoundary = pb;
    return user;
  });

  const profiles = new Map<string, InstanceProfile>();
  const newRole = firstOnly(ctx);
  const roles: Role[] = eachItem(ctx, root.list('RoleDetailList'), (r) => {
    if (!newRole(r)) return undefined;
    const arn = r.str('Arn');
    const path = r.optStr('Path') ?? '/';
    const roleProfiles = eachItem(ctx, r.list('InstanceProfileList'), instanceProfile);
    for (const p of roleProfiles) profiles.set(p.arn, p);
    const role: Role = {
      arn,
      name: r.str('RoleName'),
      id: r.str('RoleId'),
      path,
      trustPolicy: readPolicyDocument(ctx, r.get('AssumeRolePolicyDocument'), `${arn}#trust`),
      inlinePolicies: inlinePolicies(ctx, r.list('RolePolicyList'), arn),
      attachedPolicies: attached(r),
      tags: r.tags('Tags'),
      instanceProfiles: roleProfiles.map((p) => p.arn),
      serviceLinked: path.startsWith('/aws-service-role/'),
    };
    const pb = boundary(r);
    if (pb) role.permissionsBoundary = pb;
    const max = r.optNum('MaxSessionDuration');
    if (max !== undefined) role.maxSessionDuration = max;
    if (r.has('RoleLastUsed')) {
      const last = r.get('RoleLastUsed').optDate('LastUsedDate');
      if (last) role.lastUsed = last;
    }
    return role;
  });

  const newPolicy = firstOnly(ctx);
  const policies: ManagedPolicy[] = eachItem(ctx, root.list('Policies'), (p) => {
    if (!newPolicy(p)) return undefined;
    const arn = p.str('Arn');
    const versions: ManagedPolicyVersion[] = eachItem(ctx, p.list('PolicyVersionList'), (v) => {
      const version: ManagedPolicyVersion = {
        versionId: v.str('VersionId'),
        isDefault: v.bool('IsDefaultVersion', false),
        document: readPolicyDocument(ctx, v.get('Document'), arn),
      };
      const created = v.optDate('CreateDate');
      if (created) version.createDate = created;
      return version;
    });
    const defaultVersionId =
      p.optStr('DefaultVersionId') ?? versions.find((v) => v.isDefault)?.versionId ?? 'v1';
    for (const v of versions) v.isDefault = v.versionId === defaultVersionId;
    const fromArn = policyNameFromArn(arn);
    const policy: ManagedPolicy = {
      arn,
      // Some producers (moto, some accounts) leave PolicyName/Path out: the ARN carries both.
      name: p.optStr('PolicyName') ?? fromArn?.name ?? p.str('PolicyName'),
      path: p.optStr('Path') ?? fromArn?.path ?? '/',
      awsManaged: isAwsManagedPolicyArn(arn),
      defaultVersionId,
      versions,
      origin: ctx.file ? 'dump' : 'live',
    };
    const id = p.optStr('PolicyId');
    if (id) policy.id = id;
    const count = p.optNum('AttachmentCount');
    if (count !== undefined) policy.attachmentCount = count;
    return policy;
  });

  return { users, groups, roles, policies, instanceProfiles: [...profiles.values()] };
}

/** `arn:aws:iam::A:policy/team/ops/app` → `{ name: 'app', path: '/team/ops/' }`; undefined for another ARN. */
export function policyNameFromArn(arn: string): { name: string; path: string } | undefined {
  const m = /^arn:[\w-]+:iam::[^:]*:policy(\/(?:[^/]+\/)*)([^/]+)$/.exec(arn);
  return m ? { name: m[2], path: m[1] } : undefined;
}

export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:[\w-]+:iam::aws:policy\//.test(arn);
}

/** `aws iam list-access-keys` → key ids and status (ids are not secret). */
export function normalizeAccessKeys(raw: unknown, ctx: NormalizeContext): AccessKeyInfo[] {
  return eachItem(ctx, new Json(raw).list('AccessKeyMetadata'), (k) => {
    const key: AccessKeyInfo = { id: k.str('AccessKeyId'), status: k.optStr('Status') ?? 'Active' };
    const created = k.optDate('CreateDate');
    if (created) key.createDate = created;
    return key;
  });
}
