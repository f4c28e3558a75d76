// The access model over a snapshot: every policy compiled once (identity, groups, boundaries,
// trust policies, resource policies, key policies, SCPs/RCPs by the account's place in the org
// tree), a lookup from resource ARN to its policy, account and tags, and the request context the
// snapshot can vouch for. `decide` answers one request; `allowedActions` answers the graph
// builder's bulk question with set operations first and conditions only where statements carry them.
import type {
  Account,
  Diagnostic,
  Organization,
  PolicyDocumentJson,
  Snapshot,
  Tags,
} from '../snapshot/types.js';
import type {
  AccessModel,
  AccessModelOptions,
  AccessRequest,
  BulkEntry,
  ContextValue,
  Decision,
  PolicyType,
} from './api.js';
import { Bitset } from './bitset.js';
import { actionCatalog, type ActionCatalog, type CatalogAction } from './catalog.js';
import {
  compilePolicy,
  preparedRequest,
  unknownActionDiagnostics,
  type CompiledPolicy,
  type PreparedRequest,
} from './compile.js';
import {
  ABSENT_KEY,
  MapRequestContext,
  presentValues,
  UNKNOWN_KEY,
  type KeyLookup,
  type RequestContext,
} from './conditions/context.js';
import {
  BulkMemo,
  decideRequest,
  DecisionInterner,
  NO_VERDICTS,
  policySets,
  serviceVerdicts,
  type ServiceVerdicts,
  type CompiledLevel,
  type PolicySets,
} from './decide.js';
import { partsAccount, requestedPrefix, splitArn } from './match/arn.js';
import { hasWildcard } from './match/wildcard.js';
import { describePrincipal, type RequestPrincipal } from './match/principal.js';
import { parsePolicy } from './parse/policy.js';
import { rulesFor } from './services/rules.js';
import { s3BucketArn, withoutPublicStatements } from './services/s3.js';

/** Pseudo condition key of a decision that depends on a resource policy the snapshot lacks. */
export const POLICY_UNKNOWN_KEY = 'blastmap:ResourcePolicyNotCollected';

export interface AccessModelBuildOptions extends AccessModelOptions {
  /** Principals of accounts outside the snapshot: their identity policies are not in view and
   *  are controlled by that account. `allow-all` (default) assumes they grant themselves
   *  everything (the attacker's view: only our resource policies stand in the way); `none`
   *  assumes they grant nothing. */
  externalIdentity?: 'allow-all' | 'none';
}

interface PrincipalEntry {
  arn: string;
  kind: 'user' | 'role';
  account: string;
  id: string;
  name: string;
  identity: CompiledPolicy[];
  boundary?: CompiledPolicy[];
  boundaryArn?: string;
  tags: Tags;
  serviceLinked: boolean;
  /** Union of the actions the identity policies' Allow statements cover (bulk pre-filter). */
  allowActions: Bitset;
}

interface ResourceEntry {
  arn: string;
  account: string;
  /** Undefined: no resource policy (or not collected, see `policyCollected`). */
  policy?: CompiledPolicy;
  policyType: 'resource' | 'trust' | 'key';
  tags?: Tags;
  /** iam:PermissionsBoundary of a user or role resource. */
  boundaryArn?: string | null;
  /** S3 RestrictPublicBuckets: the policy for anonymous and other-account callers. */
  restrictedPolicy?: CompiledPolicy;
  /** Lambda: the AuthType of the function URL (lambda:FunctionUrlAuthType of InvokeFunctionUrl). */
  functionUrlAuthType?: string;
}

/** A ResourceEntry with every field, in one order (one object shape for the hot functions). */
function resourceEntry(
  arn: string,
  account: string,
  policyType: ResourceEntry['policyType'],
  policy: CompiledPolicy | undefined,
  tags: Tags | undefined,
  boundaryArn?: string | null,
): ResourceEntry {
  return {
    arn,
    account,
    policy,
    policyType,
    tags,
    boundaryArn,
    restrictedPolicy: undefined,
    functionUrlAuthType: undefined,
  };
}

/** A resource ARN as the access model sees it: its entry (if the snapshot describes it), its
 *  account (the entry's, else the ARN's) and, once a condition asks, its context layer. */
interface ResourceView {
  entry: ResourceEntry | undefined;
  account: string | undefined;
  /** splitArn(arn), null when not ARN-shaped: split once, not per statement pattern. */
  parts: readonly string[] | null;
  /** The ARN holds a wildcard: it names a set of resources (`bucket/*`, `*`). */
  isSet: boolean;
  /** requestedPrefix(arn): `r` of a set `r*` (match/arn.ts). */
  prefix: string | undefined;
  layer: ContextLayer | undefined;
  /** The entry has a resource policy (a bulk question's pre-filter). */
  hasPolicy: boolean;
  /** That policy is a role's trust policy. */
  trustPolicy: boolean;
}

interface ActionInfo {
  catalogAction?: CatalogAction;
  /** The catalog action's id and whether it takes no resource (once per action, not per pair). */
  id: number | undefined;
  wildcardOnly: boolean;
  /** lambda:InvokeFunctionUrl (see urlInvokeContext). */
  urlInvoke: boolean;
  /** An sts: action (the only ones a trust policy can grant). */
  sts: boolean;
  lower: string;
  service: string;
  rcpGoverned: boolean;
  /** Whether the service has rules of its own (services/rules.ts): without, no verdicts to ask. */
  ruled: boolean;
}

interface Prepared {
  principal: RequestPrincipal;
  entry?: PrincipalEntry;
  resource?: ResourceEntry;
  resourceArn: string;
  resourceParts: readonly string[] | null;
  resourceIsSet: boolean;
  resourcePrefix: string | undefined;
  /** The request names no resource (`*`). */
  anyResource: boolean;
  /** The principal has a permissions boundary; it is a role (its session names are unknown). */
  hasBoundary: boolean;
  sessionNameUnknown: boolean;
  /** The resource's function-URL AuthType (Lambda), if any. */
  urlAuthType: string | undefined;
  context: RequestContext;
  sets: PolicySets;
}

/** Objects a bulk question reuses from pair to pair, and `decide` from call to call (nothing a
 *  decision keeps refers to them). */
interface Scratch {
  req: PreparedRequest;
  sets: PolicySets;
  prepared: Prepared | undefined;
}

/** Whether the caller gave any context key (no key list per request). */
function hasKeys(given: Record<string, ContextValue>): boolean {
  for (const key in given) if (Object.hasOwn(given, key)) return true;
  return false;
}

/** From this many resources on, a bulk question looks its list up among the long lists it has
 *  seen (see longListViews) instead of each ARN. */
const LONG_LIST = 128;

/** Whether two lists hold the same strings in the same order. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The identity set of a principal with no identity policies in view (read-only, shared). */
const NO_POLICIES: CompiledPolicy[] = [];

/** The prepared sets as one action sees them (service-rule verdicts, RCPs only for the services
 *  they govern), filled into `sets`. */
function actionSets(
  sets: PolicySets,
  base: PolicySets,
  verdicts: ServiceVerdicts,
  rcpGoverned: boolean,
): PolicySets {
  sets.identity = base.identity;
  sets.resource = base.resource;
  sets.resourceType =
    verdicts.resourceType ?? (base.resourceType === 'trust' ? 'resource' : base.resourceType);
  sets.boundary = base.boundary;
  sets.session = base.session;
  sets.scp = base.scp;
  sets.rcp = base.rcp && rcpGoverned ? base.rcp : undefined;
  sets.endpoint = base.endpoint;
  sets.resourceAccount = base.resourceAccount;
  sets.serviceDeny = verdicts.serviceDeny;
  sets.alwaysAllowed = verdicts.alwaysAllowed;
  // A role's trust policy governs assuming the role, not other actions on the role.
  if (base.resourceType === 'trust' && verdicts.resourceType !== 'trust') sets.resource = undefined;
  return sets;
}

/** The sets' fields that prepare fills in (the rest keep policySets' defaults). */
function filledSets(
  sets: PolicySets,
  resource: CompiledPolicy | undefined,
  boundary: CompiledPolicy[] | undefined,
  session: CompiledPolicy | undefined,
  scp: CompiledLevel[] | undefined,
  rcp: CompiledLevel[] | undefined,
  resourceAccount: string | undefined,
): PolicySets {
  sets.resource = resource;
  sets.boundary = boundary;
  sets.session = session;
  sets.scp = scp;
  sets.rcp = rcp;
  sets.resourceAccount = resourceAccount;
  return sets;
}

/** A function-URL invoke carries the URL's AuthType as lambda:FunctionUrlAuthType (urls-auth.html):
 *  the snapshot's URL config decides it (unless the caller gave the key). */
function urlInvokeContext(prepared: Prepared, info: ActionInfo): RequestContext {
  // (Both read on every call: see decideAction.)
  const context = prepared.context;
  const authType = prepared.urlAuthType;
  if (!info.urlInvoke || authType === undefined) return context;
  return new UrlInvokeContext(context, authType);
}

/** A class, not a closure: a closure would make urlInvokeContext allocate its context on every
 *  call, for every action. */
class UrlInvokeContext implements RequestContext {
  private readonly value: KeyLookup;
  constructor(
    private readonly inner: RequestContext,
    authType: string,
  ) {
    this.value = { state: 'present', values: [authType], multi: false };
  }
  lookup(key: string): KeyLookup {
    const found = this.inner.lookup(key);
    return key.toLowerCase() === 'lambda:functionurlauthtype' && found.state !== 'present'
      ? this.value
      : found;
  }
}

class LazyContext implements RequestContext {
  private inner: RequestContext | undefined;
  constructor(private readonly build: () => RequestContext) {}
  lookup(key: string): KeyLookup {
    return (this.inner ??= this.build()).lookup(key);
  }
}

/** Facts about one side of a request (the principal, or the resource): the keys it sets, in the
 *  order they are set (a later one wins), and the keys and key families it makes absent. */
interface ContextFacts {
  values: Record<string, ContextValue>;
  absent: Set<string>;
  families: string[];
}

/** ContextFacts ready for lookups (lower-cased keys, as MapRequestContext keeps them). */
interface ContextLayer {
  present: Map<string, KeyLookup>;
  absent: Set<string>;
  families: string[];
}

function contextLayer(facts: ContextFacts): ContextLayer {
  return { present: presentValues(facts.values), absent: facts.absent, families: facts.families };
}

interface ContextLayers {
  principalLayer(p: RequestPrincipal, entry: PrincipalEntry | undefined): ContextLayer;
  resourceLayer(view: ResourceView, arn: string, account: string | undefined): ContextLayer;
}

/** The caller's keys by lower-cased name (see givenLayer). */
type GivenLayer = Map<string, KeyLookup>;

/** The caller's keys as a lookup layer over both sides: undefined when none is given, null when
 *  two of them differ only in case (then the built context, givenContext, decides which wins).
 *  A bulk question works it out once. */
function givenLayer(given: Record<string, ContextValue> | undefined): GivenLayer | null | undefined {
  if (given === undefined || !hasKeys(given)) return undefined;
  const layer = presentValues(given);
  // Fewer entries than keys: two keys fell on one lower-cased name.
  let keys = 0;
  for (const key in given) if (Object.hasOwn(given, key)) keys++;
  return layer.size === keys ? layer : null;
}

/** The request context: the caller's keys (if any) over the principal's layer and the
 *  resource's, fetched on first lookup (most requests meet no condition at all). Answers what one
 *  MapRequestContext over both sides' keys and the caller's answers in discovery mode (missing
 *  keys unknown), as givenContext builds it. */
class LayeredContext implements RequestContext {
  private principal: ContextLayer | undefined;
  private onResource: ContextLayer | undefined;
  constructor(
    private readonly layers: ContextLayers,
    private p: RequestPrincipal,
    private entry: PrincipalEntry | undefined,
    private view: ResourceView,
    private resourceArn: string,
    private resourceAccount: string | undefined,
    private given: GivenLayer | undefined,
  ) {}

  /** The same context for another request (a bulk question reuses one per question). */
  reset(
    p: RequestPrincipal,
    entry: PrincipalEntry | undefined,
    view: ResourceView,
    resourceArn: string,
    resourceAccount: string | undefined,
    given: GivenLayer | undefined,
  ): this {
    const sameCaller = p === this.p;
    const sameEntry = entry === this.entry;
    // (Stored on every call, as the tests above are made.)
    this.principal = sameCaller && sameEntry ? this.principal : undefined;
    this.p = p;
    this.entry = entry;
    this.view = view;
    this.resourceArn = resourceArn;
    this.resourceAccount = resourceAccount;
    this.given = given;
    this.onResource = undefined;
    return this;
  }

  lookup(key: string): KeyLookup {
    const lower = lowerKey(key);
    // The caller's keys override both sides.
    const given = this.given;
    if (given !== undefined) {
      const mine = given.get(lower);
      if (mine) return mine;
    }
    const principal = (this.principal ??= this.layers.principalLayer(this.p, this.entry));
    // The principal's side first: a key it holds (aws:SecureTransport of the usual TLS guard)
    // needs no resource layer at all (the sides' keys never overlap).
    const own = principal.present.get(lower);
    if (own) return own;
    const onResource = (this.onResource ??= this.layers.resourceLayer(
      this.view,
      this.resourceArn,
      this.resourceAccount,
    ));
    const found = onResource.present.get(lower);
    if (found) return found;
    if (knownAbsent(principal, lower) || knownAbsent(onResource, lower)) return ABSENT_KEY;
    return UNKNOWN_KEY;
  }
}

/** Condition keys lower-cased once: the same few keys are looked up for millions of requests. */
const lowerKeys = new Map<string, string>();
function lowerKey(key: string): string {
  let lower = lowerKeys.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowerKeys.size > 10_000) lowerKeys.clear();
    lowerKeys.set(key, lower);
  }
  return lower;
}

function knownAbsent(layer: ContextLayer, lowerKey: string): boolean {
  if (layer.absent.has(lowerKey)) return true;
  for (const family of layer.families) if (lowerKey.startsWith(family)) return true;
  return false;
}

interface AccountPlace {
  account: Account | undefined;
  org?: Organization;
  management: boolean;
  /** Root → OUs → account ids. */
  path: string[];
}

const ALLOW_ALL: PolicyDocumentJson = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};
const RCP_FULL_ACCESS: PolicyDocumentJson = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};

class SnapshotAccessModel implements AccessModel {
  readonly diagnostics: Diagnostic[] = [];
  readonly catalogVersion: string;
  private readonly catalog: ActionCatalog;
  private readonly managed = new Map<string, PolicyDocumentJson | null | undefined>();
  private readonly managedCompiled = new Map<string, CompiledPolicy>();
  private readonly principals = new Map<string, PrincipalEntry>();
  /** `account/roleName` → role ARN, to find the role of a session ARN (which has no path). */
  private readonly rolesByName = new Map<string, string>();
  private readonly resources = new Map<string, ResourceEntry>();
  private readonly accounts = new Map<string, AccountPlace>();
  private readonly orgLevels = new Map<string, { scp?: CompiledLevel[]; rcp?: CompiledLevel[] }>();
  private readonly externalIdentity: CompiledPolicy;
  private readonly collectedAccounts: ReadonlySet<string>;

  constructor(
    private readonly snapshot: Snapshot,
    private readonly options: AccessModelBuildOptions,
  ) {
    this.catalog = actionCatalog();
    this.catalogVersion = this.catalog.version;
    this.externalIdentity = this.compile(ALLOW_ALL, 'external-account-identity', 'identity');
    this.collectedAccounts = new Set(snapshot.accounts.map((a) => a.id));
    for (const account of snapshot.accounts) for (const p of account.iam.policies) this.indexManaged(p);
    this.indexOrganizations();
    for (const account of snapshot.accounts) this.indexAccount(account);
  }

  // ------------------------------------------------------------ compiling

  private compile(doc: unknown, id: string, type: PolicyType, versionId?: string): CompiledPolicy {
    const parsed = parsePolicy(doc, id, type, { versionId });
    this.diagnostics.push(...parsed.diagnostics);
    // AWS-managed policies still name actions of retired services: not the user's to fix.
    if (!/^arn:[^:]+:iam::aws:policy\//.test(id)) {
      this.diagnostics.push(...unknownActionDiagnostics(parsed.policy, this.catalog));
    }
    return compilePolicy(parsed.policy, this.catalog);
  }

  private indexManaged(policy: Account['iam']['policies'][number]): void {
    if (this.managed.has(policy.arn) && this.managed.get(policy.arn)) return;
    const version =
      policy.versions.find((v) => v.versionId === policy.defaultVersionId) ??
      policy.versions.find((v) => v.isDefault);
    this.managed.set(policy.arn, version?.document);
    if (version) this.managedVersion.set(policy.arn, version.versionId);
  }
  private readonly managedVersion = new Map<string, string>();

  private managedPolicy(arn: string, type: PolicyType, owner: string): CompiledPolicy | undefined {
    const key = `${type}|${arn}`;
    let compiled = this.managedCompiled.get(key);
    if (compiled) return compiled;
    const doc = this.managed.get(arn);
    if (doc === undefined || doc === null) {
      this.diagnostics.push({
        severity: 'warning',
        policy: arn,
        message: `managed policy attached to ${owner} is not in the snapshot: it is treated as granting nothing`,
      });
      return undefined;
    }
    compiled = this.compile(doc, arn, type, this.managedVersion.get(arn));
    this.managedCompiled.set(key, compiled);
    return compiled;
  }

  private inline(
    owner: string,
    policies: { name: string; document: PolicyDocumentJson | null }[],
  ): CompiledPolicy[] {
    return policies
      .filter((p) => p.document !== null)
      .map((p) => this.compile(p.document, `${owner}#inline/${p.name}`, 'identity'));
  }

  /** Stand-in for a resource policy that was not collected (or could not be read): it may grant
   *  anything, so where only it could allow, the decision is Conditional on POLICY_UNKNOWN_KEY
   *  rather than a Deny that would hide a path. */
  private notCollected(id: string, type: 'resource' | 'trust' | 'key'): CompiledPolicy {
    const parsed = parsePolicy(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: '*',
            Resource: '*',
            Condition: { Null: { [POLICY_UNKNOWN_KEY]: 'false' } },
          },
        ],
      },
      `${id} (not collected)`,
      type,
    );
    return compilePolicy(parsed.policy, this.catalog);
  }

  // ------------------------------------------------------------ indexing

  private indexOrganizations(): void {
    for (const org of this.snapshot.organizations) {
      const units = new Map(org.units.map((u) => [u.id, u]));
      const compiledOrg = new Map<string, CompiledPolicy>();
      const policyFor = (id: string, doc: unknown, type: 'scp' | 'rcp') => {
        let c = compiledOrg.get(id);
        if (!c) compiledOrg.set(id, (c = this.compile(doc, id, type)));
        return c;
      };
      for (const member of org.accounts) {
        const path: string[] = [];
        let parent = member.parentId;
        while (parent) {
          path.unshift(parent);
          parent = units.get(parent)?.parentId;
        }
        path.push(member.id);
        const management = member.id === org.managementAccountId;
        this.accounts.set(member.id, { account: undefined, org, management, path });
        const levels = (type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY'): CompiledLevel[] =>
          path.map((target) => {
            const attached = org.policies.filter((p) => p.type === type && p.targets.includes(target));
            const kind = type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp';
            const policies = attached
              .filter((p) => p.document !== null)
              .map((p) => policyFor(p.arn ?? p.id, p.document, kind));
            // A level always carries at least one SCP, and RCPFullAWSAccess sits on every level and
            // cannot be detached: a level with nothing listed was not collected, not empty.
            if (kind === 'rcp') policies.unshift(policyFor('RCPFullAWSAccess', RCP_FULL_ACCESS, 'rcp'));
            else if (attached.length === 0)
              policies.push(policyFor('FullAWSAccess(assumed)', ALLOW_ALL, 'scp'));
            return { id: target, policies };
          });
        this.orgLevels.set(member.id, {
          scp: management ? undefined : levels('SERVICE_CONTROL_POLICY'),
          rcp: management ? undefined : levels('RESOURCE_CONTROL_POLICY'),
        });
      }
    }
  }

  private indexAccount(account: Account): void {
    const place = this.accounts.get(account.id);
    if (place) place.account = account;
    else this.accounts.set(account.id, { account, management: false, path: [account.id] });
    const groups = new Map(account.iam.groups.map((g) => [g.arn, g]));
    const groupsByName = new Map(account.iam.groups.map((g) => [g.name, g]));

    const entry = (
      kind: 'user' | 'role',
      p: {
        arn: string;
        id: string;
        name: string;
        permissionsBoundary?: string;
        tags: Tags;
        attachedPolicies: string[];
      },
      identity: CompiledPolicy[],
      serviceLinked: boolean,
    ) => {
      for (const arn of p.attachedPolicies) {
        const c = this.managedPolicy(arn, 'identity', p.arn);
        if (c) identity.push(c);
      }
      let boundary: CompiledPolicy[] | undefined;
      if (p.permissionsBoundary) {
        const c = this.managedPolicy(p.permissionsBoundary, 'boundary', p.arn);
        // An unreadable boundary still bounds: it allows nothing we can see.
        boundary = c
          ? [c]
          : [this.compile({ Version: '2012-10-17', Statement: [] }, p.permissionsBoundary, 'boundary')];
      }
      const allowActions = new Bitset(this.catalog.size);
      for (const policy of identity)
        for (const s of policy.statements) if (s.effect === 'Allow') allowActions.or(s.actions);
      this.principals.set(p.arn, {
        arn: p.arn,
        kind,
        account: account.id,
        id: p.id,
        name: p.name,
        identity,
        boundary,
        boundaryArn: p.permissionsBoundary,
        tags: p.tags,
        serviceLinked,
        allowActions,
      });
      this.resources.set(
        p.arn,
        resourceEntry(p.arn, account.id, 'resource', undefined, p.tags, p.permissionsBoundary ?? null),
      );
    };

    for (const user of account.iam.users) {
      const identity = this.inline(user.arn, user.inlinePolicies);
      for (const g of user.groups) {
        const group = groups.get(g) ?? groupsByName.get(g);
        if (!group) continue;
        identity.push(...this.inline(group.arn, group.inlinePolicies));
        for (const arn of group.attachedPolicies) {
          const c = this.managedPolicy(arn, 'identity', group.arn);
          if (c) identity.push(c);
        }
      }
      entry('user', user, identity, false);
    }
    for (const role of account.iam.roles) {
      entry('role', role, this.inline(role.arn, role.inlinePolicies), role.serviceLinked);
      this.rolesByName.set(`${account.id}/${role.name}`, role.arn);
      const r = this.resources.get(role.arn)!;
      r.policyType = 'trust';
      r.policy = role.trustPolicy
        ? this.compile(role.trustPolicy, `${role.arn}#trust`, 'trust')
        : this.notCollected(`${role.arn}#trust`, 'trust');
    }
    const addResource = (
      arn: string,
      doc: PolicyDocumentJson | null | undefined,
      type: 'resource' | 'key',
      tags?: Tags | null,
    ) => {
      const policy = doc
        ? this.compile(doc, `${arn}#${type === 'key' ? 'key-policy' : 'resource-policy'}`, type)
        : doc === undefined
          ? this.notCollected(`${arn}#${type === 'key' ? 'key-policy' : 'resource-policy'}`, type)
          : undefined;
      this.resources.set(arn, resourceEntry(arn, account.id, type, policy, tags ?? undefined));
    };
    for (const b of account.s3Buckets) {
      addResource(b.arn, b.policy, 'resource', b.tags);
      const entry = this.resources.get(b.arn)!;
      if (b.publicAccessBlock?.RestrictPublicBuckets && entry.policy) {
        entry.restrictedPolicy = withoutPublicStatements(entry.policy);
      }
    }
    for (const f of account.lambda) {
      addResource(f.arn, f.resourcePolicy, 'resource', f.tags);
      if (f.url) this.resources.get(f.arn)!.functionUrlAuthType = f.url.authType;
    }
    for (const s of account.secrets) addResource(s.arn, s.resourcePolicy, 'resource', s.tags);
    for (const r of account.ecrRepositories) addResource(r.arn, r.policy, 'resource');
    for (const k of account.kmsKeys) addResource(k.arn, k.policy, 'key');
    for (const i of account.rds.instances) addResource(i.arn, null, 'resource', i.tags);
    for (const c of account.rds.clusters) addResource(c.arn, null, 'resource', c.tags);
    for (const p of account.ssmParameters) addResource(p.arn, null, 'resource');
  }

  // ------------------------------------------------------------ lookups

  private readonly principalViews = new Map<
    string,
    { principal: RequestPrincipal; entry: PrincipalEntry | undefined }
  >();

  /** Who a principal string is, and its entry in the snapshot: worked out once per string (the
   *  graph builder asks about the same principals again and again). The objects are shared, so
   *  nothing may change them. */
  private principalView(arn: string): { principal: RequestPrincipal; entry: PrincipalEntry | undefined } {
    let view = this.principalViews.get(arn);
    if (!view) {
      const principal = describePrincipal(arn);
      view = { principal, entry: this.principalEntry(principal) };
      if (this.principalViews.size > 100_000) this.principalViews.clear();
      this.principalViews.set(arn, view);
    }
    return view;
  }

  private principalEntry(p: RequestPrincipal): PrincipalEntry | undefined {
    if (p.kind === 'session') {
      const roleArn = this.rolesByName.get(`${p.account}/${p.roleName}`);
      return roleArn ? this.principals.get(roleArn) : undefined;
    }
    return this.principals.get(p.arn);
  }

  private readonly resourceCache = new Map<string, ResourceView>();

  /** What the access model knows about a resource ARN, looked up once per ARN. */
  private resourceView(arn: string): ResourceView {
    let view = this.resourceCache.get(arn);
    if (!view) {
      const entry = this.findResource(arn);
      const parts = splitArn(arn) ?? null;
      // (The ARN's account read on every call, from the parts already split: a call made only for
      // resources the snapshot lacks would meet no type feedback.)
      const arnOwner = partsAccount(parts);
      view = {
        entry,
        account: entry?.account ?? arnOwner,
        parts,
        isSet: hasWildcard(arn),
        prefix: requestedPrefix(arn),
        layer: undefined,
        hasPolicy: entry?.policy !== undefined,
        trustPolicy: entry?.policyType === 'trust',
      };
      if (this.resourceCache.size > 200_000) this.resourceCache.clear();
      this.resourceCache.set(arn, view);
    }
    return view;
  }

  /** The resources, in the map's order, whose ARN can be a prefix of a Secrets Manager ARN: an
   *  ARN-shaped one is a prefix only when its first five parts are the secret's (service
   *  `secretsmanager`). Worked out once, after indexing: the map no longer changes. */
  private secretPrefixes(): ResourceEntry[] {
    return (this.secretPrefixList ??= [...this.resources.values()].filter((r) => {
      const parts = splitArn(r.arn);
      return !parts || parts[2] === 'secretsmanager';
    }));
  }
  private secretPrefixList: ResourceEntry[] | undefined;

  private findResource(arn: string): ResourceEntry | undefined {
    const direct = this.resources.get(arn);
    if (direct) return direct;
    const bucket = s3BucketArn(arn);
    if (bucket) {
      const b = this.resources.get(bucket);
      // An object inherits its bucket's policy and account, not its tags (objects have their own).
      if (!b) return undefined;
      const object = resourceEntry(arn, b.account, b.policyType, b.policy, undefined, b.boundaryArn);
      object.restrictedPolicy = b.restrictedPolicy;
      object.functionUrlAuthType = b.functionUrlAuthType;
      return object;
    }
    const parts = splitArn(arn);
    if (parts && parts[2] === 'lambda') {
      const unqualified = arn.split(':').slice(0, 7).join(':');
      return this.resources.get(unqualified);
    }
    if (parts && parts[2] === 'secretsmanager') {
      for (const r of this.secretPrefixes()) if (arn.startsWith(r.arn)) return r;
    }
    if (parts && parts[2] === 'kms' && /^\d{12}$/.test(parts[4]) && parts[5].startsWith('key/')) {
      // A key the snapshot does not describe (kms not collected, or a key of another account): its
      // key policy is unknown, not absent — Conditional, never an implicit Deny.
      const id = `${arn}#key-policy`;
      return resourceEntry(arn, parts[4], 'key', this.notCollected(id, 'key'), undefined);
    }
    return undefined;
  }

  private orgId(account: string | undefined): string | undefined {
    if (!account) return undefined;
    const place = this.accounts.get(account);
    return place?.org?.id ?? place?.account?.organizationId;
  }

  private orgPath(account: string): string | undefined {
    const place = this.accounts.get(account);
    if (!place?.org) return undefined;
    return `${place.org.id}/${place.path.slice(0, -1).join('/')}/`;
  }

  /** What the snapshot can vouch for about the request, with the caller's keys on top (they
   *  override both sides); everything else is unknown. LayeredContext answers the same from the
   *  caller's keys (one layer per question) and each side's facts (built once); this is built only
   *  when two given keys differ only in case. */
  private givenContext(
    p: RequestPrincipal,
    entry: PrincipalEntry | undefined,
    resource: ResourceEntry | undefined,
    resourceArn: string,
    resourceAccount: string | undefined,
    given: Record<string, ContextValue>,
  ): RequestContext {
    const principal = this.principalFacts(p, entry);
    const onResource = this.resourceFacts(resource, resourceArn, resourceAccount);
    const values = Object.assign({}, principal.values, onResource.values, given);
    const absent = new Set([...principal.absent, ...onResource.absent]);
    const absentFamilies = [...principal.families, ...onResource.families];
    return new MapRequestContext(values, {
      missing: 'unknown',
      knownAbsent: (key) => absent.has(key) || absentFamilies.some((f) => key.startsWith(f)),
    });
  }

  /** By principal object: every one comes from principalView, one object per principal string. */
  private readonly principalLayers = new Map<RequestPrincipal, ContextLayer>();
  private readonly wildcardLayers = new Map<string, ContextLayer>();

  /** The principal's facts as a lookup layer, per principal. */
  principalLayer(p: RequestPrincipal, entry: PrincipalEntry | undefined): ContextLayer {
    const key = p;
    let layer = this.principalLayers.get(key);
    if (!layer) {
      layer = contextLayer(this.principalFacts(p, entry));
      if (this.principalLayers.size > 100_000) this.principalLayers.clear();
      this.principalLayers.set(key, layer);
    }
    return layer;
  }

  /** The resource's facts as a lookup layer, per resource ARN (and account, for `*`: the
   *  principal's own account when the request names no resource). */
  resourceLayer(view: ResourceView, arn: string, account: string | undefined): ContextLayer {
    if (arn !== '*') return (view.layer ??= contextLayer(this.resourceFacts(view.entry, arn, account)));
    const key = account ?? '';
    let layer = this.wildcardLayers.get(key);
    if (!layer)
      this.wildcardLayers.set(key, (layer = contextLayer(this.resourceFacts(view.entry, arn, account))));
    return layer;
  }

  private principalFacts(p: RequestPrincipal, entry: PrincipalEntry | undefined): ContextFacts {
    // The attacker chooses the transport, and every AWS SDK and the CLI sign over HTTPS: a "deny
    // unless TLS" guard never stops them and an "allow only over TLS" statement always matches.
    const values: Record<string, ContextValue> = { 'aws:SecureTransport': 'true' };
    // The attacker's requests never carry MFA: task-role credentials (issued to ecs-tasks), role
    // chains from them and leaked access keys have no MFA context, so both keys are absent.
    const absent = new Set<string>(['aws:multifactorauthpresent', 'aws:multifactorauthage']);
    const families: string[] = [];
    if (p.kind === 'service' || p.kind === 'anonymous') {
      // Neither belongs to an account or organization: every other aws:Principal… key is absent.
      families.push('aws:principal');
      absent.add('aws:userid').add('aws:username');
      if (p.kind === 'service') {
        values['aws:PrincipalIsAWSService'] = 'true';
        values['aws:PrincipalServiceName'] = p.arn;
      }
    } else {
      values['aws:PrincipalIsAWSService'] = 'false';
      if (p.account) values['aws:PrincipalAccount'] = p.account;
      // KMS sets kms:CallerAccount to the calling principal's account (conditions-kms.html); only
      // KMS policies name it.
      if (p.account) values['kms:CallerAccount'] = p.account;
      const orgId = this.orgId(p.account);
      if (orgId) values['aws:PrincipalOrgID'] = orgId;
      const orgPath = p.account ? this.orgPath(p.account) : undefined;
      if (orgPath) values['aws:PrincipalOrgPaths'] = [orgPath];
      if (entry) {
        values['aws:PrincipalArn'] = entry.arn;
        for (const [k, v] of Object.entries(entry.tags)) values[`aws:PrincipalTag/${k}`] = v;
        families.push('aws:principaltag/');
        if (entry.kind === 'user') {
          values['aws:username'] = entry.name;
          values['aws:userid'] = entry.id;
          values['aws:PrincipalType'] = 'User';
        } else {
          absent.add('aws:username');
          values['aws:PrincipalType'] = 'AssumedRole';
        }
      } else if (p.kind === 'user' || p.kind === 'role' || p.kind === 'root') {
        values['aws:PrincipalArn'] = p.arn;
      }
    }
    return { values, absent, families };
  }

  private resourceFacts(
    resource: ResourceEntry | undefined,
    resourceArn: string,
    resourceAccount: string | undefined,
  ): ContextFacts {
    const values: Record<string, ContextValue> = {};
    const absent = new Set<string>();
    const families: string[] = [];
    if (resourceAccount) {
      values['aws:ResourceAccount'] = resourceAccount;
      const orgId = this.orgId(resourceAccount);
      if (orgId) values['aws:ResourceOrgID'] = orgId;
      const orgPath = this.orgPath(resourceAccount);
      if (orgPath) values['aws:ResourceOrgPaths'] = [orgPath];
    }
    if (resource?.tags) {
      for (const [k, v] of Object.entries(resource.tags)) values[`aws:ResourceTag/${k}`] = v;
      families.push('aws:resourcetag/');
    }
    if (resource?.boundaryArn !== undefined) {
      if (resource.boundaryArn) values['iam:PermissionsBoundary'] = resource.boundaryArn;
      else absent.add('iam:permissionsboundary');
    }
    const parts = splitArn(resourceArn);
    const region = parts?.[3];
    if (region) values['aws:RequestedRegion'] = region;
    // kms:ViaService is present only when an AWS service calls KMS on the principal's behalf: the
    // graph gives it for those steps (it overrides this), so without it a request is a direct call.
    if (parts?.[2] === 'kms') absent.add('kms:viaservice');
    return { values, absent, families };
  }

  // ------------------------------------------------------------ questions

  decide(request: AccessRequest): Decision {
    const { principal, entry } = this.principalView(request.principal);
    const scratch = this.single;
    const prepared = (scratch.prepared = this.prepare(
      principal,
      request.resource,
      request.context,
      request.sessionPolicy,
      entry,
      undefined,
      scratch.prepared,
    ));
    return this.decideAction(prepared, this.actionInfo(request.action), scratch);
  }

  /** `decide`'s own objects, filled in call after call. */
  private readonly single: Scratch = {
    req: preparedRequest(),
    sets: policySets(NO_POLICIES, 'resource'),
    prepared: undefined,
  };

  /** Everything about (principal, resource) that does not depend on the action: computed once per
   *  pair, then reused for every action of a bulk question. With `into` (a bulk question's own
   *  object, handed to nothing that outlives the pair), that object and its context and sets are
   *  filled in instead of new ones made. */
  private prepare(
    principal: RequestPrincipal,
    resourceArn: string,
    givenKeys: Record<string, ContextValue> | undefined,
    sessionPolicy?: PolicyDocumentJson,
    entry = this.principalEntry(principal),
    view = this.resourceView(resourceArn),
    into?: Prepared,
    given = givenLayer(givenKeys),
  ): Prepared {
    const resource = view.entry;
    // (The principal's fields and the `*` test read on every call: a read first met after
    // optimisation has no type feedback and throws the optimised code away.)
    const principalAccount = principal.account;
    const principalKind = principal.kind;
    const anyResource = resourceArn === '*';
    const resourceAccount = view.account ?? (anyResource ? principalAccount : undefined);
    // An account whose IAM data is not in the snapshot (outside it, or an org member not collected).
    // (Cheapest tests first, and no lookup without an organization: this runs for every resource of
    // a bulk question.)
    const external =
      !entry && principalAccount !== undefined && !this.collectedAccounts.has(principalAccount);
    const orgs = this.orgLevels.size > 0;
    const principalLevels = orgs && principalAccount ? this.orgLevels.get(principalAccount) : undefined;
    const resourceLevels = orgs && resourceAccount ? this.orgLevels.get(resourceAccount) : undefined;
    const ignoreOrg = this.options.ignoreOrganizationPolicies || entry?.serviceLinked;
    const context =
      given === null
        ? this.lazyGivenContext(principal, entry, resource, resourceArn, resourceAccount, givenKeys!)
        : into?.context instanceof LayeredContext
          ? into.context.reset(principal, entry, view, resourceArn, resourceAccount, given)
          : new LayeredContext(this, principal, entry, view, resourceArn, resourceAccount, given);
    const identity = entry
      ? entry.identity
      : external && this.options.externalIdentity !== 'none'
        ? (this.externalIdentitySet ??= [this.externalIdentity])
        : NO_POLICIES;
    const resourcePolicy =
      resource?.restrictedPolicy &&
      (principalKind === 'anonymous' ||
        (principalAccount !== undefined && principalAccount !== resource.account))
        ? resource.restrictedPolicy
        : resource?.policy;
    const session = sessionPolicy ? this.compile(sessionPolicy, 'session-policy', 'session') : undefined;
    const hasBoundary = entry?.boundary !== undefined;
    const sessionNameUnknown = principalKind === 'role';
    const urlAuthType = resource?.functionUrlAuthType;
    if (into) {
      into.principal = principal;
      into.entry = entry;
      into.resource = resource;
      into.resourceArn = resourceArn;
      into.resourceParts = view.parts;
      into.resourceIsSet = view.isSet;
      into.resourcePrefix = view.prefix;
      into.anyResource = anyResource;
      into.hasBoundary = hasBoundary;
      into.sessionNameUnknown = sessionNameUnknown;
      into.urlAuthType = urlAuthType;
      into.context = context;
      const sets = into.sets;
      sets.identity = identity;
      sets.resourceType = resource?.policyType ?? 'resource';
      filledSets(
        sets,
        resourcePolicy,
        entry?.boundary,
        session,
        ignoreOrg ? undefined : principalLevels?.scp,
        ignoreOrg ? undefined : resourceLevels?.rcp,
        resourceAccount,
      );
      return into;
    }
    return {
      principal,
      entry,
      resource,
      resourceArn,
      resourceParts: view.parts,
      resourceIsSet: view.isSet,
      resourcePrefix: view.prefix,
      anyResource,
      hasBoundary,
      sessionNameUnknown,
      urlAuthType,
      context,
      sets: filledSets(
        policySets(identity, resource?.policyType ?? 'resource'),
        resourcePolicy,
        entry?.boundary,
        session,
        ignoreOrg ? undefined : principalLevels?.scp,
        ignoreOrg ? undefined : resourceLevels?.rcp,
        resourceAccount,
      ),
    };
  }
  /** `givenContext`, built on first use: most requests meet no condition and no policy variable at
   *  all. (Its own method: a closure in `prepare` would allocate a context on every call.) */
  private lazyGivenContext(
    principal: RequestPrincipal,
    entry: PrincipalEntry | undefined,
    resource: ResourceEntry | undefined,
    resourceArn: string,
    resourceAccount: string | undefined,
    given: Record<string, ContextValue>,
  ): RequestContext {
    return new LazyContext(() =>
      this.givenContext(principal, entry, resource, resourceArn, resourceAccount, given),
    );
  }

  /** The identity of a principal outside the snapshot, one list for every request (sets are read-only). */
  private externalIdentitySet: CompiledPolicy[] | undefined;

  private actionInfo(action: string): ActionInfo {
    let info = this.actionInfos.get(action);
    if (!info) {
      const catalogAction = this.catalog.get(action);
      const lower = action.toLowerCase();
      const service = lower.slice(0, lower.indexOf(':'));
      info = {
        catalogAction,
        id: catalogAction?.id,
        wildcardOnly: catalogAction?.wildcardOnly ?? false,
        urlInvoke: lower === 'lambda:invokefunctionurl',
        sts: lower.startsWith('sts:'),
        lower,
        service,
        rcpGoverned: this.catalog.rcpServices.has(service),
        ruled: rulesFor(service) !== undefined,
      };
      this.actionInfos.set(action, info);
    }
    return info;
  }
  private readonly actionInfos = new Map<string, ActionInfo>();

  /** One action on a prepared (principal, resource). The request and the per-action sets are the
   *  scratch's reused objects; in a bulk question, `memo` is the action's. */
  private decideAction(prepared: Prepared, info: ActionInfo, scratch: Scratch, memo?: BulkMemo): Decision {
    const req = scratch.req;
    // (Fields read into locals and tests made on every call, not in a branch: a read or test
    // first met after optimisation has no type feedback and throws the optimised code away.)
    const anyResource = prepared.anyResource;
    req.principal = prepared.principal;
    req.action = info.lower;
    req.actionId = info.id;
    req.resource = prepared.resourceArn;
    req.resourceParts = prepared.resourceParts;
    req.resourceIsSet = prepared.resourceIsSet;
    req.resourcePrefix = prepared.resourcePrefix;
    req.wildcardOnly = info.wildcardOnly && anyResource;
    req.context = urlInvokeContext(prepared, info);
    req.principalHasBoundary = prepared.hasBoundary;
    req.sessionNameUnknown = prepared.sessionNameUnknown;
    req.unresolvedVariablesUnknown = true;
    const bulk = memo !== undefined;
    const verdicts = info.ruled ? serviceVerdicts(req, info.catalogAction, info.service) : NO_VERDICTS;
    const base = prepared.sets;
    const ruleSaysNothing =
      verdicts.resourceType === undefined && !verdicts.serviceDeny && !verdicts.alwaysAllowed;
    const notTrust = base.resourceType !== 'trust';
    const rcpAsPrepared = base.rcp === undefined || info.rcpGoverned;
    // No service rule and nothing that differs per action: the prepared sets are this action's.
    // (One call of decideRequest for both: a call first made after optimising deopts.)
    const sets =
      ruleSaysNothing && notTrust && rcpAsPrepared
        ? base
        : actionSets(scratch.sets, base, verdicts, info.rcpGoverned);
    return decideRequest(sets, req, bulk, memo);
  }

  allowedActions(
    principal: string,
    actions: readonly string[],
    resources: readonly string[],
    context?: Record<string, ContextValue>,
  ): BulkEntry[] {
    const byAction: BulkEntry[][] = actions.map(() => []);
    this.eachAllowed(principal, actions, resources, context, (i, resource, decision) =>
      byAction[i].push({ action: actions[i], resource, decision }),
    );
    return byAction.flat();
  }

  forEachAllowed(
    principal: string,
    actions: readonly string[],
    resources: readonly string[],
    context: Record<string, ContextValue> | undefined,
    visit: (action: string, resource: string, decision: Decision, actionIndex: number) => void,
  ): void {
    this.eachAllowed(principal, actions, resources, context, (i, resource, decision) =>
      visit(actions[i], resource, decision, i),
    );
  }

  /** The bulk loop: `visit` gets the index of the action in `actions`. */
  private eachAllowed(
    principal: string,
    actions: readonly string[],
    resources: readonly string[],
    context: Record<string, ContextValue> | undefined,
    visit: (actionIndex: number, resource: string, decision: Decision) => void,
  ): void {
    const { principal: p, entry } = this.principalView(principal);
    // Set operations first: an action that none of the principal's Allow statements covers can
    // only be granted by a resource policy, so resources without one need no decision at all.
    // (Lists built by push or typed, not by map: one array shape for the loop's reads whatever
    // shape the caller's lists have; a new shape after optimisation throws the loop's code away.)
    const infos: ActionInfo[] = [];
    const identityMayAllow = new Uint8Array(actions.length);
    for (let i = 0; i < actions.length; i++) {
      const info = this.actionInfo(actions[i]);
      infos.push(info);
      const id = info.id;
      identityMayAllow[i] =
        !entry || id === undefined || entry.allowActions.has(id) || info.lower === 'sts:getcalleridentity'
          ? 1
          : 0;
    }
    // The question's own objects, filled in pair after pair (nothing a decision keeps refers to
    // them), and per action what holds for all its resources.
    const scratch: Scratch = {
      req: preparedRequest(),
      sets: policySets(NO_POLICIES, 'resource'),
      prepared: undefined,
    };
    // One memo per action position, kept from question to question (a memo forgets what it
    // worked out whenever it meets another caller or action, so reuse is safe; the same caller
    // and action in the next question keep their plans).
    const given = givenLayer(context);
    const memos = this.memoPool;
    while (memos.length < actions.length) memos.push(new BulkMemo(this.decisions));
    const views = resources.length >= LONG_LIST ? this.longListViews(resources) : this.viewsOf(resources);
    for (let r = 0; r < resources.length; r++) {
      const resource = resources[r];
      let prepared: Prepared | undefined;
      // (Read on every resource, not only for the actions that need them: a read first met after
      // optimisation has no type feedback and throws the optimised code away.)
      const view = views[r];
      const hasPolicy = view.hasPolicy;
      const trustPolicy = view.trustPolicy;
      for (let i = 0; i < actions.length; i++) {
        // Only a resource policy can grant the action: not without one, and a trust policy only
        // an sts: action.
        if (!identityMayAllow[i] && (!hasPolicy || (trustPolicy && !infos[i].sts))) continue;
        prepared ??= scratch.prepared = this.prepare(
          p,
          resource,
          context,
          undefined,
          entry,
          view,
          scratch.prepared,
          given,
        );
        const memo = memos[i];
        const decision = this.decideAction(prepared, infos[i], scratch, memo);
        if (decision.outcome !== 'Deny') visit(i, resource, decision);
      }
    }
  }

  /** The views of long resource lists asked about before, by length, first and last ARN (checked
   *  element by element before reuse). The graph builder asks about a few lists of thousands of
   *  ARNs for many principals: one lookup per ARN per question was a fifth of the bulk time. */
  private readonly longLists = new Map<string, { resources: readonly string[]; views: ResourceView[] }>();

  /** The resources' views, in a list made at its size and filled in (of one elements kind
   *  whatever the caller's list is: the bulk loop's reads of it then meet one array shape). */
  private viewsOf(resources: readonly string[]): ResourceView[] {
    const views = new Array<ResourceView>(resources.length);
    for (let r = 0; r < resources.length; r++) views[r] = this.resourceView(resources[r]);
    return views;
  }

  private longListViews(resources: readonly string[]): ResourceView[] {
    const key = `${resources.length}\n${resources[0]}\n${resources[resources.length - 1]}`;
    const known = this.longLists.get(key);
    if (known && sameList(known.resources, resources)) return known.views;
    const views = this.viewsOf(resources);
    if (this.longLists.size >= 64) this.longLists.clear();
    // A copy: the caller's array is its own to change after the question.
    this.longLists.set(key, { resources: resources.slice(), views });
    return views;
  }

  /** The bulk questions' memos, by action position (see eachAllowed). */
  private readonly memoPool: BulkMemo[] = [];

  /** Shared Allow decisions of every bulk question (see DecisionInterner). */
  private readonly decisions = new DecisionInterner();

  expandAction(pattern: string): string[] {
    return this.catalog.expandNames(pattern);
  }
}

export function buildAccessModel(snapshot: Snapshot, options: AccessModelBuildOptions = {}): AccessModel {
  return new SnapshotAccessModel(snapshot, options);
}
