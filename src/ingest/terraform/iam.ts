// IAM resources of a plan applied to the snapshot: roles (trust policy, boundary, inline blocks),
// users, groups, memberships, inline policies, managed policies (a changed document becomes a new
// default version, as IAM does), and attachments. Principals are found by name, as Terraform names them.
import type { Group, InlinePolicy, ManagedPolicy, Role, User } from '../../snapshot/types.js';
import type { OverlayContext } from './context.js';
import { isObject, type ResourceChange } from './plan.js';
import { textValue } from './text-value.js';

export type Handler = (ctx: OverlayContext, change: ResourceChange) => void;

const removes = (c: ResourceChange) => c.action === 'delete' || c.action === 'replace';
const writes = (c: ResourceChange) =>
  c.action === 'create' || c.action === 'update' || c.action === 'replace';

function roleNamed(ctx: OverlayContext, name: string | undefined): Role | undefined {
  if (!name) return undefined;
  return ctx.account.iam.roles.find((r) => r.name === name || r.arn === name);
}
function userNamed(ctx: OverlayContext, name: string | undefined): User | undefined {
  if (!name) return undefined;
  return ctx.account.iam.users.find((u) => u.name === name || u.arn === name);
}
function groupNamed(ctx: OverlayContext, name: string | undefined): Group | undefined {
  if (!name) return undefined;
  return ctx.account.iam.groups.find((g) => g.name === name || g.arn === name);
}

function tags(change: ResourceChange): Record<string, string> {
  const raw = change.after?.['tags_all'] ?? change.after?.['tags'];
  if (!isObject(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function missing(ctx: OverlayContext, change: ResourceChange, what: string): void {
  ctx.unsupported.push({
    address: change.address,
    type: change.type,
    action: change.action,
    reason: `${what} is neither in the snapshot nor created by the plan`,
  });
}

const role: Handler = (ctx, change) => {
  const roles = ctx.account.iam.roles;
  const previous = roleNamed(ctx, ctx.beforeStr(change, 'name'));
  if (change.action === 'delete') {
    if (previous) roles.splice(roles.indexOf(previous), 1);
    ctx.record(change, `role ${ctx.beforeStr(change, 'name')} deleted`, previous ? [previous.arn] : []);
    return;
  }
  const name = ctx.nameOf(change);
  const arn = ctx.arnOf(change);
  const keep = change.action === 'update' ? previous : undefined;
  const next: Role = {
    arn,
    name,
    id: keep?.id ?? knownString(change, 'unique_id') ?? `${change.address} (known after apply)`,
    path: ctx.str(change, 'path') ?? '/',
    trustPolicy: ctx.policy(change, 'assume_role_policy', 'resource'),
    inlinePolicies: keep?.inlinePolicies ?? [],
    attachedPolicies: keep?.attachedPolicies ?? [],
    tags: tags(change),
    instanceProfiles: keep?.instanceProfiles ?? [],
    serviceLinked: (ctx.str(change, 'path') ?? '/').startsWith('/aws-service-role/'),
  };
  const boundary = ctx.str(change, 'permissions_boundary');
  if (boundary) next.permissionsBoundary = boundary;
  const maxSession = change.after?.['max_session_duration'];
  if (typeof maxSession === 'number') next.maxSessionDuration = maxSession;
  // `inline_policy` blocks and `managed_policy_arns`, when set, are exclusive lists in Terraform.
  const inline = change.after?.['inline_policy'];
  if (Array.isArray(inline) && inline.some((b) => isObject(b) && b['name'])) {
    next.inlinePolicies = inline.filter(isObject).map((b, i): InlinePolicy => ({
      name: textValue(b['name'], `inline-${i}`),
      document: typeof b['policy'] === 'string' ? safeJson(b['policy']) : null,
    }));
  }
  // Unknown and not set in the configuration: the provider computes it from the attachments.
  const configured =
    !ctx.isUnknown(change, 'managed_policy_arns') || ctx.references(change, 'managed_policy_arns').length > 0;
  const managed = configured ? ctx.strings(change, 'managed_policy_arns') : [];
  if (managed.length) next.attachedPolicies = managed;
  if (keep) roles.splice(roles.indexOf(keep), 1, next);
  else {
    if (previous && change.action === 'replace') roles.splice(roles.indexOf(previous), 1);
    roles.push(next);
  }
  ctx.record(
    change,
    `role ${name} ${change.action === 'create' ? 'created' : change.action + 'd'}`,
    [arn],
    `${arn}#trust`,
  );
};

const user: Handler = (ctx, change) => {
  const users = ctx.account.iam.users;
  const previous = userNamed(ctx, ctx.beforeStr(change, 'name'));
  if (removes(change) && previous) users.splice(users.indexOf(previous), 1);
  if (change.action === 'delete') {
    ctx.record(change, `user ${ctx.beforeStr(change, 'name')} deleted`, previous ? [previous.arn] : []);
    return;
  }
  const arn = ctx.arnOf(change);
  const keep = change.action === 'update' ? previous : undefined;
  const next: User = {
    arn,
    name: ctx.nameOf(change),
    id: keep?.id ?? `${change.address} (known after apply)`,
    path: ctx.str(change, 'path') ?? '/',
    groups: keep?.groups ?? [],
    inlinePolicies: keep?.inlinePolicies ?? [],
    attachedPolicies: keep?.attachedPolicies ?? [],
    tags: tags(change),
    ...(keep?.accessKeys
      ? { accessKeys: keep.accessKeys }
      : change.action === 'create'
        ? { accessKeys: [] }
        : {}),
    ...(keep?.hasLoginProfile !== undefined ? { hasLoginProfile: keep.hasLoginProfile } : {}),
  };
  const boundary = ctx.str(change, 'permissions_boundary');
  if (boundary) next.permissionsBoundary = boundary;
  if (keep) users.splice(users.indexOf(keep), 1, next);
  else users.push(next);
  ctx.record(change, `user ${next.name} ${change.action}`, [arn]);
};

const group: Handler = (ctx, change) => {
  const groups = ctx.account.iam.groups;
  const previous = groupNamed(ctx, ctx.beforeStr(change, 'name'));
  if (removes(change) && previous) groups.splice(groups.indexOf(previous), 1);
  if (change.action === 'delete') {
    ctx.record(change, `group ${ctx.beforeStr(change, 'name')} deleted`, previous ? [previous.arn] : []);
    return;
  }
  const arn = ctx.arnOf(change);
  const keep = change.action === 'update' ? previous : undefined;
  const next: Group = {
    arn,
    name: ctx.nameOf(change),
    id: keep?.id ?? `${change.address} (known after apply)`,
    path: ctx.str(change, 'path') ?? '/',
    inlinePolicies: keep?.inlinePolicies ?? [],
    attachedPolicies: keep?.attachedPolicies ?? [],
  };
  if (keep) groups.splice(groups.indexOf(keep), 1, next);
  else groups.push(next);
  ctx.record(change, `group ${next.name} ${change.action}`, [arn]);
};

/** aws_iam_group_membership: the users listed are the members this resource manages. */
const groupMembership: Handler = (ctx, change) => {
  const beforeGroup = groupNamed(ctx, ctx.beforeStr(change, 'group'));
  if ((beforeGroup && removes(change)) || (beforeGroup && change.action === 'update')) {
    for (const name of ctx.strings(change, 'users', 'before')) {
      const u = userNamed(ctx, name);
      if (u) u.groups = u.groups.filter((g) => g !== beforeGroup.arn);
    }
  }
  if (!writes(change))
    return void ctx.record(change, 'group membership removed', beforeGroup ? [beforeGroup.arn] : []);
  const g = groupNamed(ctx, ctx.str(change, 'group'));
  if (!g) return missing(ctx, change, `group ${ctx.str(change, 'group') ?? '(unknown)'}`);
  const members: string[] = [];
  for (const name of ctx.strings(change, 'users')) {
    const u = userNamed(ctx, name);
    if (!u) continue;
    if (!u.groups.includes(g.arn)) u.groups.push(g.arn);
    members.push(u.arn);
  }
  ctx.record(change, `members of group ${g.name}: ${members.length}`, [g.arn, ...members]);
};

/** aws_iam_user_group_membership: the groups listed are added to the user (others untouched). */
const userGroupMembership: Handler = (ctx, change) => {
  const beforeUser = userNamed(ctx, ctx.beforeStr(change, 'user'));
  if (beforeUser && change.action !== 'create') {
    for (const name of ctx.strings(change, 'groups', 'before')) {
      const g = groupNamed(ctx, name);
      if (g) beforeUser.groups = beforeUser.groups.filter((x) => x !== g.arn);
    }
  }
  if (!writes(change))
    return void ctx.record(change, 'user group membership removed', beforeUser ? [beforeUser.arn] : []);
  const u = userNamed(ctx, ctx.str(change, 'user'));
  if (!u) return missing(ctx, change, `user ${ctx.str(change, 'user') ?? '(unknown)'}`);
  for (const name of ctx.strings(change, 'groups')) {
    const g = groupNamed(ctx, name);
    if (g && !u.groups.includes(g.arn)) u.groups.push(g.arn);
  }
  ctx.record(change, `groups of user ${u.name}: ${u.groups.length}`, [u.arn]);
};

/** aws_iam_{role,user,group}_policy: one inline policy on a principal. */
function inlinePolicy(owner: 'role' | 'user' | 'group'): Handler {
  const find = owner === 'role' ? roleNamed : owner === 'user' ? userNamed : groupNamed;
  return (ctx, change) => {
    const prior = find(ctx, ctx.beforeStr(change, owner));
    const priorName = ctx.beforeStr(change, 'name');
    if (prior && priorName && change.action !== 'create') {
      prior.inlinePolicies = prior.inlinePolicies.filter((p) => p.name !== priorName);
    }
    if (!writes(change)) {
      return void ctx.record(
        change,
        `inline policy ${priorName} removed from ${owner} ${prior?.name ?? '?'}`,
        [],
      );
    }
    const principal = find(ctx, ctx.str(change, owner));
    if (!principal)
      return missing(ctx, change, `${owner} ${ctx.str(change, owner) ?? '(unknown until apply)'}`);
    const name = ctx.str(change, 'name') ?? `${change.name}-known-after-apply`;
    principal.inlinePolicies = principal.inlinePolicies.filter((p) => p.name !== name);
    principal.inlinePolicies.push({ name, document: ctx.policy(change, 'policy', 'identity') });
    const policyId = `${principal.arn}#inline/${name}`;
    ctx.record(change, `inline policy ${name} on ${owner} ${principal.name}`, [principal.arn], policyId);
  };
}

/** aws_iam_policy: a customer managed policy; a new document becomes the new default version. */
const managedPolicy: Handler = (ctx, change) => {
  const policies = ctx.account.iam.policies;
  const priorArn = ctx.beforeStr(change, 'arn');
  const prior = priorArn ? policies.find((p) => p.arn === priorArn) : undefined;
  if (change.action === 'delete' || change.action === 'replace') {
    if (prior) {
      policies.splice(policies.indexOf(prior), 1);
      detachEverywhere(ctx, prior.arn);
    }
    if (change.action === 'delete')
      return void ctx.record(change, `policy ${prior?.name ?? priorArn} deleted`, priorArn ? [priorArn] : []);
  }
  const arn = ctx.arnOf(change);
  const document = ctx.policy(change, 'policy', 'identity');
  if (change.action === 'update' && prior) {
    const numbers = prior.versions.map((v) => Number(v.versionId.replace(/^v/, ''))).filter(Number.isFinite);
    const versionId = `v${(numbers.length ? Math.max(...numbers) : 0) + 1}`;
    for (const v of prior.versions) v.isDefault = false;
    prior.versions.push({ versionId, isDefault: true, document });
    // IAM keeps at most five versions: Terraform deletes the oldest non-default one.
    while (prior.versions.length > 5)
      prior.versions.splice(
        prior.versions.findIndex((v) => !v.isDefault),
        1,
      );
    prior.defaultVersionId = versionId;
    ctx.unknown(change, 'policy_version', `new default version ${versionId} (id assigned by IAM on apply)`);
    return void ctx.record(change, `policy ${prior.name}: new default version ${versionId}`, [arn], arn);
  }
  const next: ManagedPolicy = {
    arn,
    name: ctx.nameOf(change),
    path: ctx.str(change, 'path') ?? '/',
    awsManaged: false,
    defaultVersionId: 'v1',
    versions: [{ versionId: 'v1', isDefault: true, document }],
    attachmentCount: 0,
    origin: 'terraform-plan',
  };
  policies.push(next);
  ctx.record(change, `policy ${next.name} created`, [arn], arn);
};

function detachEverywhere(ctx: OverlayContext, arn: string): void {
  for (const p of [...ctx.account.iam.roles, ...ctx.account.iam.users, ...ctx.account.iam.groups]) {
    p.attachedPolicies = p.attachedPolicies.filter((a) => a !== arn);
  }
}

/** aws_iam_{role,user,group}_policy_attachment. */
function attachment(owner: 'role' | 'user' | 'group'): Handler {
  const find = owner === 'role' ? roleNamed : owner === 'user' ? userNamed : groupNamed;
  return (ctx, change) => {
    if (change.action !== 'create') {
      const prior = find(ctx, ctx.beforeStr(change, owner));
      const arn = ctx.beforeStr(change, 'policy_arn');
      if (prior && arn) prior.attachedPolicies = prior.attachedPolicies.filter((a) => a !== arn);
    }
    if (!writes(change))
      return void ctx.record(change, `policy detached from ${owner} ${ctx.beforeStr(change, owner)}`, []);
    const principal = find(ctx, ctx.str(change, owner));
    const arn = ctx.str(change, 'policy_arn');
    if (!principal)
      return missing(ctx, change, `${owner} ${ctx.str(change, owner) ?? '(unknown until apply)'}`);
    if (!arn) return;
    if (!principal.attachedPolicies.includes(arn)) principal.attachedPolicies.push(arn);
    ctx.record(change, `policy ${arn} attached to ${owner} ${principal.name}`, [principal.arn], arn);
  };
}

/** aws_iam_policy_attachment: exclusive attachment of one policy to the listed principals. */
const exclusiveAttachment: Handler = (ctx, change) => {
  const priorArn = ctx.beforeStr(change, 'policy_arn');
  if (priorArn && change.action !== 'create') {
    for (const n of ctx.strings(change, 'roles', 'before')) detach(roleNamed(ctx, n), priorArn);
    for (const n of ctx.strings(change, 'users', 'before')) detach(userNamed(ctx, n), priorArn);
    for (const n of ctx.strings(change, 'groups', 'before')) detach(groupNamed(ctx, n), priorArn);
  }
  if (!writes(change)) return void ctx.record(change, `policy ${priorArn} detached`, []);
  const arn = ctx.str(change, 'policy_arn');
  if (!arn) return;
  const targets = [
    ...ctx.strings(change, 'roles').map((n) => roleNamed(ctx, n)),
    ...ctx.strings(change, 'users').map((n) => userNamed(ctx, n)),
    ...ctx.strings(change, 'groups').map((n) => groupNamed(ctx, n)),
  ].filter((p): p is Role | User | Group => Boolean(p));
  for (const p of targets) if (!p.attachedPolicies.includes(arn)) p.attachedPolicies.push(arn);
  ctx.record(
    change,
    `policy ${arn} attached to ${targets.length} principals`,
    targets.map((t) => t.arn),
    arn,
  );
};

function detach(p: Role | User | Group | undefined, arn: string): void {
  if (p) p.attachedPolicies = p.attachedPolicies.filter((a) => a !== arn);
}

function knownString(change: ResourceChange, attribute: string): string | undefined {
  const v = change.after?.[attribute];
  return typeof v === 'string' && change.afterUnknown[attribute] !== true ? v : undefined;
}

function safeJson(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return isObject(v) ? v : null;
  } catch {
    return null;
  }
}

export const iamHandlers: Record<string, Handler> = {
  aws_iam_role: role,
  aws_iam_user: user,
  aws_iam_group: group,
  aws_iam_group_membership: groupMembership,
  aws_iam_user_group_membership: userGroupMembership,
  aws_iam_role_policy: inlinePolicy('role'),
  aws_iam_user_policy: inlinePolicy('user'),
  aws_iam_group_policy: inlinePolicy('group'),
  aws_iam_policy: managedPolicy,
  aws_iam_role_policy_attachment: attachment('role'),
  aws_iam_user_policy_attachment: attachment('user'),
  aws_iam_group_policy_attachment: attachment('group'),
  aws_iam_policy_attachment: exclusiveAttachment,
};
