// The named preconditions technique records use. Each says whether the technique applies to one
// (actor, candidate) pair, and which assumptions it rests on when the snapshot cannot decide.
import type { Candidate, Actor, TechniqueContext } from './technique-context.js';
import { ADMINISTRATOR_ACCESS, grantsAdmin, hasDeny, selfGrantsAdmin, trustPrincipals } from './privilege.js';
import type { PreconditionName, TechniqueRecord } from './techniques/types.js';

export interface PreconditionResult {
  ok: boolean;
  assumptions?: string[];
}

type Check = (
  ctx: TechniqueContext,
  actor: Actor,
  c: Candidate,
  record: TechniqueRecord,
) => PreconditionResult;

// Every result has both fields (the engine reads them for every candidate: one shape).
const yes: PreconditionResult = { ok: true, assumptions: undefined };
const no: PreconditionResult = { ok: false, assumptions: undefined };
const when = (b: boolean): PreconditionResult => (b ? yes : no);

function userOf(ctx: TechniqueContext, c: Candidate) {
  return ctx.inv.users.get(c.to)?.item;
}

/** What the managed SSM agent of an ECS Exec target calls with the task role (ecs-exec.html). */
const SSM_MESSAGES_ACTIONS = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
];

const checks: Record<PreconditionName, Check> = {
  'target-role-allows-ssm-messages': (ctx, _actor, c) => {
    const keys = new Set<string>();
    for (const action of SSM_MESSAGES_ACTIONS) {
      const d = ctx.model.decide({ principal: c.to, action, resource: '*' });
      if (d.outcome === 'Deny') return no;
      d.conditionKeys.forEach((k) => keys.add(k));
    }
    return keys.size
      ? {
          ok: true,
          assumptions: [
            `the task role's ssmmessages permissions hold (conditions on ${[...keys].sort().join(', ')})`,
          ],
        }
      : yes;
  },
  'actor-is-user': (_ctx, actor) => when(actor.kind === 'user'),
  'actor-is-role': (_ctx, actor) => when(actor.kind === 'role'),
  'target-trusts-service': (ctx, _actor, c, record) => {
    const d = ctx.serviceTrust(c.to, record.servicePrincipal!);
    if (d.outcome === 'Allow') return yes;
    if (d.outcome === 'Conditional')
      return {
        ok: true,
        assumptions: [
          `the trust condition (${d.conditionKeys.join(', ')}) holds for the attacker's ${record.servicePrincipal} resource`,
        ],
      };
    return no;
  },
  'target-trusts-federated-service': (ctx, _actor, c, record) =>
    when(
      trustPrincipals(ctx.inv.roles.get(c.to)?.item.trustPolicy).federated.includes(record.servicePrincipal!),
    ),
  'target-not-service-linked': (ctx, _actor, c) => {
    const role = ctx.inv.roles.get(c.to)?.item;
    return when(!role || (!role.serviceLinked && !role.path.startsWith('/aws-service-role/')));
  },
  'target-user-has-fewer-than-2-keys': (ctx, _a, c) => {
    const keys = userOf(ctx, c)?.accessKeys;
    if (keys === undefined)
      return { ok: true, assumptions: ['the target user has fewer than 2 access keys (not collected)'] };
    return when(keys.length < 2);
  },
  'target-user-has-2-keys': (ctx, _a, c) => {
    const keys = userOf(ctx, c)?.accessKeys;
    if (keys === undefined)
      return { ok: true, assumptions: ['the target user has 2 access keys (not collected)'] };
    return when(keys.length >= 2);
  },
  'target-user-has-login-profile': (ctx, _a, c) => {
    const has = userOf(ctx, c)?.hasLoginProfile;
    if (has === undefined)
      return { ok: true, assumptions: ['the target user has a console password (not collected)'] };
    return when(has);
  },
  'target-user-has-no-login-profile': (ctx, _a, c) => {
    const has = userOf(ctx, c)?.hasLoginProfile;
    if (has === undefined)
      return { ok: true, assumptions: ['the target user has no console password (not collected)'] };
    return when(!has);
  },
  // The caller is not a member yet, so the access model cannot answer: the group's documents and the
  // caller's own are probed for `*` on `*` or IAM write on the caller or the group (a member that may
  // put a policy on itself is admin). A caller under a boundary that does not allow admin is not.
  'group-grants-admin': (ctx, actor, c) => {
    const group = ctx.inv.groups.get(c.bindings.target?.[0] ?? '')?.item;
    const user = ctx.inv.users.get(actor.id)?.item;
    if (!group || !user) return no;
    if (user.permissionsBoundary && !grantsAdmin(defaultDocument(ctx, user.permissionsBoundary))) return no;
    const docs = [
      ...group.inlinePolicies.map((p) => p.document),
      ...group.attachedPolicies.map((arn) => defaultDocument(ctx, arn)),
    ].filter((d): d is NonNullable<typeof d> => !!d);
    const admin = selfGrantsAdmin([...docs, ...ctx.inv.identityDocuments(actor.id)], {
      principal: actor.id,
      kind: 'user',
      groups: [group.arn],
    });
    if (!admin) return no;
    const assumptions = ["SCPs do not limit the group's permissions for the caller"];
    if (admin !== true) assumptions.push(`the group's conditions on ${admin.join(', ')} hold for the caller`);
    return { ok: true, assumptions };
  },
  // Some bound policy has an admin version that is not the default, and the caller may make it the
  // default (a role's selector binds all its customer policies: the permission alone could be on another).
  'policy-has-privileged-non-default-version': (ctx, actor, c) => {
    const privileged = (c.bindings.policy ?? []).filter((arn) => {
      const policy = ctx.inv.policies.get(arn);
      return !!policy?.versions.some(
        (v) => v.versionId !== policy.defaultVersionId && !v.isDefault && grantsAdmin(v.document),
      );
    });
    return when(
      privileged.some(
        (arn) =>
          ctx.model.decide({ principal: actor.id, action: 'iam:SetDefaultPolicyVersion', resource: arn })
            .outcome !== 'Deny',
      ),
    );
  },
  // A managed policy keeps at most five versions: CreatePolicyVersion on a full one fails unless the
  // caller also deletes a non-default version first (API_CreatePolicyVersion.html).
  'policy-version-creatable': (ctx, actor, c) => {
    const may = (action: string, arn: string) =>
      ctx.model.decide({ principal: actor.id, action, resource: arn }).outcome !== 'Deny';
    return when(
      (c.bindings.policy ?? []).some((arn) => {
        const versions = ctx.inv.policies.get(arn)?.versions.length ?? 0;
        return may('iam:CreatePolicyVersion', arn) && (versions < 5 || may('iam:DeletePolicyVersion', arn));
      }),
    );
  },
  'actor-has-boundary': (ctx, actor) => {
    const holder = ctx.inv.roles.get(actor.id)?.item ?? ctx.inv.users.get(actor.id)?.item;
    return when(!!holder?.permissionsBoundary);
  },
  'actor-has-deny-policy': (ctx, actor) => when(ctx.inv.identityDocuments(actor.id).some(hasDeny)),
  // Identity permissions once the boundary (or the Deny policy) is gone: `*` on `*`, or IAM write on
  // the caller itself.
  'actor-identity-grants-admin': (ctx, actor, _c, record) => {
    if (actor.kind !== 'user' && actor.kind !== 'role') return no;
    const user = ctx.inv.users.get(actor.id);
    const admin = selfGrantsAdmin(ctx.inv.identityDocuments(actor.id), {
      principal: actor.id,
      kind: actor.kind,
      groups: user ? ctx.inv.userGroups(user) : [],
      ignoreDenies: record.id === 'iam-deny-policy-removal',
    });
    if (!admin) return no;
    return admin === true
      ? yes
      : { ok: true, assumptions: [`the identity policy conditions on ${admin.join(', ')} hold`] };
  },
  // iam:PermissionsBoundary of CreateRole is the attacker's choice: AdministratorAccess (which limits
  // nothing) or a customer policy of the account that allows admin. When a guard forces a boundary
  // that allows neither (the delegated-administration pattern), the new role is not admin.
  'new-role-boundary-allows-admin': (ctx, actor) => {
    const resource = `arn:${actor.account.partition}:iam::${actor.account.id}:role/*`;
    const boundaries = adminBoundaries(ctx, actor.account.id);
    return when(
      boundaries.some(
        (boundary) =>
          ctx.model.decide({
            principal: actor.id,
            action: 'iam:CreateRole',
            resource,
            context: { 'iam:PermissionsBoundary': boundary },
          }).outcome !== 'Deny',
      ),
    );
  },
  'assume-not-denied-outside-trust': (ctx, actor, c) => assumableOnceTrusted(ctx, actor, c.to),
  // The new role's trust policy names the caller, but no trust policy lifts an explicit Deny of
  // sts:AssumeRole in a policy that applies to the caller — its identity policies, its boundary, an
  // SCP (reference_policies_evaluation-logic.html): then the role it creates cannot be assumed. The
  // caller picks the role's name, so one name of its account stands for all of them.
  'new-role-assumable': (ctx, actor) =>
    assumableOnceTrusted(
      ctx,
      actor,
      `arn:${actor.account.partition}:iam::${actor.account.id}:role/${NEW_ROLE_NAME}`,
    ),
  'cluster-has-container-instances': (ctx, actor) => {
    const clusters = [...ctx.inv.clusters.values()]
      .filter((c) => c.account.id === actor.account.id)
      .map((c) => c.item);
    if (clusters.some((c) => (c.registeredContainerInstancesCount ?? 0) > 0)) return yes;
    if (clusters.some((c) => c.registeredContainerInstancesCount === undefined))
      return { ok: true, assumptions: ['a container instance is registered in the cluster (not collected)'] };
    return no;
  },
  'target-key-usable': (ctx, actor, c) => {
    // The KMS key that protects a secret or SecureString must be able to decrypt for the actor: a key
    // that is disabled, pending deletion or import, or unavailable cannot (key-state.html); an AWS
    // managed key's policy admits only principals of its own account calling through the service
    // and cannot be edited, so a secret under the default aws/secretsmanager key cannot be read from
    // another account, whatever its resource policy (auth-and-access_examples_cross.html).
    const facts = targetKeyFacts(ctx, c.to);
    if (!facts) return yes;
    if (facts.unusable) return no;
    return when(facts.owner === actor.account.id || facts.customer);
  },
  'database-not-cluster-member': (ctx, _a, c) => {
    // IAM authentication to Aurora is authorized on the cluster's resource id (dbuser:cluster-…), its
    // master password and snapshots are the cluster's: a member instance is reached through its
    // cluster's node (UsingWithRDS.IAMDBAuth.IAMPolicy.html). Kept when the cluster is not collected.
    const d = ctx.inv.databases.get(c.to);
    if (d?.item.kind !== 'instance' || !d.item.db.clusterId) return yes;
    const { clusterId, region } = d.item.db;
    return when(!d.account.rds.clusters.some((cl) => cl.id === clusterId && cl.region === region));
  },
  'target-in-actor-account': (ctx, actor, c) => {
    // PutBucketPolicy: "the calling identity must … belong to the bucket owner's account" (else 405),
    // whatever the bucket policy grants to other accounts.
    const owner = ctx.inv.buckets.get(c.to)?.account;
    return when(!owner || owner.id === actor.account.id);
  },
  'database-iam-auth-enabled': (ctx, _a, c) => when(!!ctx.inv.databases.get(c.to)?.item.db.iamAuth),
  'network-reach-to-database': (ctx, actor, c) => {
    const db = ctx.inv.databases.get(c.to)?.item.db;
    if (!db) return no;
    if (actor.kind === 'role' && ctx.reach.roleReaches(actor.id, db)) return yes;
    return {
      ok: true,
      assumptions: [`a network path from the attacker to ${db.endpoint?.address ?? db.id}`],
    };
  },
  'instance-running': (_ctx, actor, c) => {
    const state = actor.account.ec2Instances.find((i) => i.arn === c.bindings.target?.[0])?.state;
    if (state === undefined)
      return { ok: true, assumptions: ['the instance is running (its state was not collected)'] };
    return when(state === 'running');
  },
  'instance-not-terminated': (_ctx, actor, c) => {
    const state = actor.account.ec2Instances.find((i) => i.arn === c.bindings.target?.[0])?.state;
    return when(state !== 'terminated' && state !== 'shutting-down');
  },
  'instance-ssm-managed': (_ctx, actor, c) => {
    const instance = actor.account.ec2Instances.find((i) => i.arn === c.bindings.target?.[0]);
    if (instance?.ssmManaged === undefined)
      return {
        ok: true,
        assumptions: ['the instance is SSM-managed (describe-instance-information not collected)'],
      };
    return when(instance.ssmManaged);
  },
  'repository-tag-mutable': (ctx, actor, c) => {
    const repo = actor.account.ecrRepositories.find((r) => r.arn === c.bindings.target?.[0]);
    return when(!!repo && repo.tagMutability !== 'IMMUTABLE');
  },
};

/** What target-key-usable reads of a secret or SecureString parameter: its account, whether its
 *  key is known and cannot decrypt, whether the key is customer managed. */
interface TargetKeyFacts {
  owner: string;
  unusable: boolean;
  customer: boolean;
}

const targetKeyCache = new WeakMap<TechniqueContext, Map<string, TargetKeyFacts | null>>();

/** The key facts of a target (null: neither a secret nor a SecureString), once per target: an
 *  account's actors all ask about the same secrets, once per role that may inject them. */
function targetKeyFacts(ctx: TechniqueContext, target: string): TargetKeyFacts | null {
  let byTarget = targetKeyCache.get(ctx);
  if (!byTarget) targetKeyCache.set(ctx, (byTarget = new Map()));
  let facts = byTarget.get(target);
  if (facts !== undefined) return facts;
  const secret = ctx.inv.secrets.get(target);
  const parameter = ctx.inv.parameters.get(target);
  let owner;
  let key;
  if (secret) {
    owner = secret.account;
    key = ctx.inv.resolveKey(secret.item.kmsKeyId, owner, secret.item.region);
  } else if (parameter?.item.type === 'SecureString') {
    owner = parameter.account;
    key = ctx.inv.resolveKey(parameter.item.keyId, owner, parameter.item.region);
  }
  facts = owner
    ? {
        owner: owner.id,
        unusable: !!key?.known && !ctx.inv.keyCanDecrypt(key.arn),
        customer: !!key?.customer,
      }
    : null;
  byTarget.set(target, facts);
  return facts;
}

/** The name a technique's new role stands for (never shown: no edge names it as a resource). */
const NEW_ROLE_NAME = 'blastmap-new-role';

/** Whether the actor could assume `role` once its trust policy names the actor: sts:AssumeRole is
 *  refused by nothing but the trust policy (no SCP, RCP, boundary or session gate, no Deny in
 *  another policy). Several records ask it of the same (actor, role): answered once per pair, while
 *  the engine is on this actor. */
function assumableOnceTrusted(ctx: TechniqueContext, actor: Actor, role: string): PreconditionResult {
  let memo = assumeVerdicts.get(ctx);
  if (memo?.actor !== actor.id) assumeVerdicts.set(ctx, (memo = { actor: actor.id, byRole: new Map() }));
  let verdict = memo.byRole.get(role);
  if (verdict === undefined) {
    const d = ctx.model.decide({ principal: actor.id, action: 'sts:AssumeRole', resource: role });
    const hardGate = d.blockedBy.some(
      (b) => b === 'scp' || b === 'rcp' || b === 'boundary' || b === 'session',
    );
    const denyOutsideTrust = d.deniedBy.some((s) => s.policyType !== 'trust');
    verdict = when(d.outcome !== 'Deny' || (!hardGate && !denyOutsideTrust));
    memo.byRole.set(role, verdict);
  }
  return verdict;
}

/** assume-not-denied-outside-trust's verdicts for the actor last asked about, by role. */
const assumeVerdicts = new WeakMap<
  TechniqueContext,
  { actor: string; byRole: Map<string, PreconditionResult> }
>();

const adminBoundaryCache = new WeakMap<TechniqueContext, Map<string, string[]>>();

/** The boundaries a new role of the account could be given that allow admin: AdministratorAccess and
 *  the account's customer policies that grant admin (the same for every caller of the account). */
function adminBoundaries(ctx: TechniqueContext, account: string): string[] {
  let byAccount = adminBoundaryCache.get(ctx);
  if (!byAccount) adminBoundaryCache.set(ctx, (byAccount = new Map()));
  let out = byAccount.get(account);
  if (!out) {
    out = [
      ADMINISTRATOR_ACCESS,
      ...[...ctx.inv.policies.values()]
        .filter((p) => !p.awsManaged && p.arn.split(':')[4] === account)
        .filter((p) => grantsAdmin(defaultDocument(ctx, p.arn)))
        .map((p) => p.arn),
    ];
    byAccount.set(account, out);
  }
  return out;
}

function defaultDocument(ctx: TechniqueContext, arn: string) {
  const p = ctx.inv.policies.get(arn);
  return p?.versions.find((v) => v.versionId === p.defaultVersionId)?.document ?? null;
}

/** Which inputs a precondition reads: the actor alone, the candidate alone, the candidate and the
 *  actor's account only (`account`: the same for every actor of an account), or both. */
type Scope = 'actor' | 'candidate' | 'account' | 'both';
const scope: Record<PreconditionName, Scope> = {
  'actor-is-user': 'actor',
  'actor-is-role': 'actor',
  'actor-has-boundary': 'actor',
  'actor-has-deny-policy': 'actor',
  'actor-identity-grants-admin': 'actor',
  'new-role-boundary-allows-admin': 'actor',
  'cluster-has-container-instances': 'actor',
  'target-trusts-service': 'candidate',
  'target-role-allows-ssm-messages': 'candidate',
  'target-trusts-federated-service': 'candidate',
  'target-not-service-linked': 'candidate',
  'target-user-has-fewer-than-2-keys': 'candidate',
  'target-user-has-2-keys': 'candidate',
  'target-user-has-login-profile': 'candidate',
  'target-user-has-no-login-profile': 'candidate',
  'group-grants-admin': 'both',
  'policy-has-privileged-non-default-version': 'both',
  'policy-version-creatable': 'both',
  'database-iam-auth-enabled': 'candidate',
  'target-in-actor-account': 'account',
  'database-not-cluster-member': 'candidate',
  'repository-tag-mutable': 'candidate',
  'instance-ssm-managed': 'candidate',
  'instance-running': 'candidate',
  'instance-not-terminated': 'candidate',
  'assume-not-denied-outside-trust': 'both',
  'new-role-assumable': 'actor',
  'network-reach-to-database': 'both',
  'target-key-usable': 'account',
};

/**
 * Check a record's preconditions of one scope (`all` by default; `selection`: the `candidate` and
 * `account` ones). The engine checks `selection` ones once per account (when it selects a record's
 * candidates), `actor` ones once per actor, and `both` per (actor, candidate).
 */
export function checkPreconditions(
  ctx: TechniqueContext,
  actor: Actor,
  c: Candidate,
  record: TechniqueRecord,
  only?: 'actor' | 'selection' | 'both',
): PreconditionResult {
  let assumptions: string[] | undefined;
  for (const name of record.preconditions) {
    if (only && !inScope(scope[name], only)) continue;
    const r = checks[name](ctx, actor, c, record);
    if (!r.ok) return no;
    if (r.assumptions?.length) (assumptions ??= []).push(...r.assumptions);
  }
  return assumptions ? { ok: true, assumptions } : yes;
}

function inScope(s: Scope, only: 'actor' | 'selection' | 'both'): boolean {
  return only === 'selection' ? s === 'candidate' || s === 'account' : s === only;
}

const scopesOf = new WeakMap<TechniqueRecord, Set<Scope>>();

/** Whether the record has a precondition of this scope (checking one of none is a no-op). */
export function hasPreconditions(record: TechniqueRecord, only: 'actor' | 'selection' | 'both'): boolean {
  let scopes = scopesOf.get(record);
  if (!scopes) scopesOf.set(record, (scopes = new Set(record.preconditions.map((name) => scope[name]))));
  for (const s of scopes) if (inScope(s, only)) return true;
  return false;
}

/** Candidate preconditions that read the record (its service principal); the others read the
 *  candidate, the context and the actor's account only. */
const readsServicePrincipal = new Set<PreconditionName>([
  'target-trusts-service',
  'target-trusts-federated-service',
]);
const candidateKeys = new WeakMap<TechniqueRecord, string>();

/** What a record's selection preconditions (`candidate` and `account` ones) depend on besides the
 *  candidate and the account: records of one selector with the same key keep the same candidates,
 *  with the same assumptions. */
export function candidatePreconditionsKey(record: TechniqueRecord): string {
  let key = candidateKeys.get(record);
  if (key === undefined) {
    const names = record.preconditions.filter((name) => inScope(scope[name], 'selection'));
    const service = names.some((name) => readsServicePrincipal.has(name))
      ? (record.servicePrincipal ?? '')
      : '';
    candidateKeys.set(record, (key = `${names.join(',')}|${service}`));
  }
  return key;
}
