// Sound shortcuts that keep the bulk questions to the policy engine small. Where no resource policy
// can grant (IAM, ECS, RDS, … actions; resources without a resource policy in the same account),
// a request can be allowed only if one of the principal's identity Allow statements could match it:
// its action pattern, and the literal prefix of its resource pattern. Anything the shortcut cannot
// rule out goes to the engine, which decides; nothing is ever allowed here.
import type { Inventory } from './inventory.js';

/** Services with no resource-based policy: only an identity policy can grant their actions. */
const identityOnlyServices = new Set([
  'iam',
  'ecs',
  'rds',
  'rds-db',
  'ec2',
  'cloudformation',
  'codebuild',
  'sagemaker',
  'cognito-identity',
  'glue',
]);

export interface IdentityPrefilter {
  mayAllowAction(action: string): boolean;
  /** The subset of `resources` a request for one of `actions` could be allowed on. */
  filterResources(resources: readonly string[], actions: readonly string[]): readonly string[];
}

/** No shortcut: every pair goes to the policy engine. */
export const noPrefilter: IdentityPrefilter = { mayAllowAction: () => true, filterResources: (r) => r };
const everything = noPrefilter;

/** Who a resource policy's Allow statements could admit. */
export interface Grantees {
  anyone: boolean;
  accounts: Set<string>;
  principals: Set<string>;
}

export interface ResourcePolicyIndex {
  /** Who the resource's own policy could admit (undefined: it has none, so it admits nobody). */
  grantees(arn: string): Grantees | undefined;
  facts(resources: readonly string[]): ResourceListFacts;
  /** The resources of the list an identity statement whose resource pattern starts with `prefix`
   *  could cover (cached per list and prefix: many principals share a statement's prefix). */
  underPrefix(resources: readonly string[], prefix: string): readonly string[];
}

/** What the filter needs to know about one list of resources, computed once per list. */
interface ResourceListFacts {
  /** Resource patterns (e.g. `bucket/*`) by their literal prefix. */
  wildcardByPrefix: Map<string, string[]>;
  /** The lengths of those prefixes, ascending. */
  wildcardPrefixLengths: number[];
  /** Resources without a policy that could admit anyone outside those named. */
  openToAnyone: string[];
  /** Those of them that are not ARNs (`*`): the only ones an identity-only action keeps. */
  openToAnyoneWithoutArn: string[];
  /** The list sorted. */
  sorted: readonly string[];
  /** Prefix → `underPrefix`. */
  byStatementPrefix: Map<string, readonly string[]>;
  /** Filtered lists shared by principals: by account (or '' for identity-only actions), then by the
   *  statements' resource prefixes. */
  byKept: Map<string, Map<string, readonly string[]>>;
  byAccount: Map<string, string[]>;
  byPrincipal: Map<string, string[]>;
}

/**
 * The strings of a policy element (one value or a list). Anything else makes the parser reject the
 * statement, which then grants nothing, so leaving it out keeps every shortcut on the safe side;
 * and String() of an object with its own `toString` member would throw.
 */
function strings(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is string => typeof v === 'string',
  );
}

function granteesOf(doc: Record<string, unknown> | null | undefined): Grantees | undefined {
  const g: Grantees = { anyone: false, accounts: new Set(), principals: new Set() };
  if (!doc) return doc === null ? undefined : { ...g, anyone: true };
  const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  for (const s of list as Record<string, unknown>[]) {
    if (!s || s.Effect !== 'Allow') continue;
    if (s.NotPrincipal !== undefined || s.Principal === '*') g.anyone = true;
    const p = s.Principal;
    if (!p || typeof p !== 'object') continue;
    const aws = (p as Record<string, unknown>).AWS;
    for (const a of strings(aws)) {
      if (a === '*') g.anyone = true;
      // An account (id or root) delegates to IAM: the principal's identity policy must allow as well.
      else if (/^\d{12}$/.test(a) || /^arn:[^:]+:iam::\d{12}:root$/.test(a)) continue;
      else if (/^arn:[^:]+:iam::\d{12}:(role|user)\//.test(a)) g.principals.add(a);
      else {
        // Sessions and other forms: every principal of that account, to stay on the safe side.
        const m = /^arn:[^:]+:[^:]+::(\d{12}):/.exec(a);
        if (m) g.accounts.add(m[1]);
        else g.anyone = true;
      }
    }
  }
  return g;
}

/** Resource policies that could grant a request, indexed by ARN (a policy not collected admits anyone). */
export function resourcePolicyIndex(inv: Inventory): ResourcePolicyIndex {
  const byArn = new Map<string, Grantees>();
  const add = (arn: string, doc: Record<string, unknown> | null | undefined) => {
    const g = granteesOf(doc);
    if (g) byArn.set(arn, g);
  };
  for (const { item } of inv.buckets.values()) add(item.arn, item.policy);
  for (const { item } of inv.secrets.values()) add(item.arn, item.resourcePolicy);
  for (const { item } of inv.functions.values()) add(item.arn, item.resourcePolicy);
  for (const { item } of inv.keys.values()) add(item.arn, item.policy);
  for (const { item } of inv.roles.values()) add(item.arn, item.trustPolicy);
  for (const account of inv.accounts) for (const r of account.ecrRepositories) add(r.arn, r.policy);
  const lookup = (arn: string) =>
    byArn.get(arn) ?? (arn.startsWith('arn:aws:s3:::') ? byArn.get(arn.split('/')[0]) : undefined);
  const perList = new WeakMap<readonly string[], ResourceListFacts>();
  const factsOf = (resources: readonly string[]): ResourceListFacts => {
    let f = perList.get(resources);
    if (f) return f;
    const facts: ResourceListFacts = {
      wildcardByPrefix: new Map(),
      wildcardPrefixLengths: [],
      openToAnyone: [],
      openToAnyoneWithoutArn: [],
      sorted: isSorted(resources) ? resources : [...resources].sort(),
      byStatementPrefix: new Map(),
      byKept: new Map(),
      byAccount: new Map(),
      byPrincipal: new Map(),
    };
    const push = (map: Map<string, string[]>, key: string, r: string) => {
      const list = map.get(key);
      if (list) list.push(r);
      else map.set(key, [r]);
    };
    for (const r of resources) {
      if (r === '*' || !r.startsWith('arn:')) facts.openToAnyone.push(r);
      if (/[*?]/.test(r)) push(facts.wildcardByPrefix, literalPrefix(r), r);
      const g = lookup(r);
      if (!g) continue;
      if (g.anyone) facts.openToAnyone.push(r);
      g.accounts.forEach((a) => push(facts.byAccount, a, r));
      g.principals.forEach((p) => push(facts.byPrincipal, p, r));
    }
    facts.openToAnyoneWithoutArn = facts.openToAnyone.filter((r) => r === '*' || !r.startsWith('arn:'));
    facts.wildcardPrefixLengths = [...new Set([...facts.wildcardByPrefix.keys()].map((p) => p.length))].sort(
      (a, b) => a - b,
    );
    f = facts;
    perList.set(resources, f);
    return f;
  };
  return {
    grantees: lookup,
    facts: factsOf,
    underPrefix(resources, sp) {
      const facts = factsOf(resources);
      let out = facts.byStatementPrefix.get(sp);
      if (out) return out;
      const { sorted } = facts;
      const found: string[] = [];
      // Resources that start with the literal prefix …
      for (let i = lowerBound(sorted, sp); i < sorted.length && sorted[i].startsWith(sp); i++)
        found.push(sorted[i]);
      // … and resource patterns (e.g. `bucket/*`) whose literal prefix is a prefix of the statement's.
      for (const k of facts.wildcardPrefixLengths) {
        if (k > sp.length) break;
        facts.wildcardByPrefix.get(sp.slice(0, k))?.forEach((r) => found.push(r));
      }
      out = found;
      facts.byStatementPrefix.set(sp, out);
      return out;
    },
  };
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

/** Literal part of a resource pattern before its first wildcard or policy variable. */
function literalPrefix(pattern: string): string {
  const cut = pattern.search(/[*?]|\$\{/);
  return cut < 0 ? pattern : pattern.slice(0, cut);
}

const sortedness = new WeakMap<readonly string[], boolean>();
const duplicates = new WeakMap<readonly string[], boolean>();

function hasDuplicates(list: readonly string[]): boolean {
  let known = duplicates.get(list);
  if (known === undefined) duplicates.set(list, (known = new Set(list).size !== list.length));
  return known;
}

function isSorted(list: readonly string[]): boolean {
  let known = sortedness.get(list);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < list.length && known; i++) if (list[i - 1] > list[i]) known = false;
    sortedness.set(list, known);
  }
  return known;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The action patterns of a statement (Action or NotAction), compiled once per analysis and shared
 *  by every statement that lists the same patterns (many inline policies name `s3:GetObject`). */
interface ActionMatcher {
  patterns: RegExp[];
  not: boolean;
  /** The services (lower case) the patterns name literally; undefined when one names them with a
   *  wildcard. An action of another service matches no pattern. */
  services: Set<string> | undefined;
  /** Action of one of `services` → whether the statement covers it. */
  covers: Map<string, boolean>;
}

/** One identity Allow statement, compiled once per document (shared by every principal holding it). */
interface AllowStatement {
  matcher: ActionMatcher;
  /** Literal prefixes of its resource patterns ('' = any resource). */
  prefixes: string[];
}

/** Compiled statements by document, and action matchers by their patterns, per inventory (a
 *  document is never changed during one analysis). */
interface Compiled {
  documents: WeakMap<object, AllowStatement[]>;
  matchers: Map<string, ActionMatcher>;
}
const compiledByInventory = new WeakMap<Inventory, Compiled>();
/** Action → its service in lower case. */
const serviceCache = new Map<string, string>();

function serviceOf(action: string): string {
  let s = serviceCache.get(action);
  if (s === undefined) serviceCache.set(action, (s = action.split(':')[0].toLowerCase()));
  return s;
}

/** Whether only an identity policy can grant the action (no resource-based policy for its service). */
export function identityOnlyAction(action: string): boolean {
  return identityOnlyServices.has(serviceOf(action));
}

function actionMatcher(patterns: string[], not: boolean, compiled: Compiled): ActionMatcher {
  const key = `${not ? '!' : ''}${patterns.join('\n')}`;
  let m = compiled.matchers.get(key);
  if (m) return m;
  let services: Set<string> | undefined = new Set();
  for (const p of patterns) {
    const colon = p.indexOf(':');
    const service = colon < 0 ? '*' : p.slice(0, colon);
    if (/[*?]/.test(service)) services = undefined;
    else services?.add(service.toLowerCase());
  }
  m = { patterns: patterns.map(globToRegExp), not, services, covers: new Map() };
  compiled.matchers.set(key, m);
  return m;
}

function compileDocument(doc: Record<string, unknown>, compiled: Compiled): AllowStatement[] {
  const out: AllowStatement[] = [];
  const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  for (const s of list as Record<string, unknown>[]) {
    if (!s || s.Effect !== 'Allow') continue;
    const not = s.NotAction !== undefined;
    const raw = not ? s.NotAction : s.Action;
    const resources =
      s.NotResource !== undefined || s.Resource === undefined
        ? []
        : Array.isArray(s.Resource)
          ? s.Resource
          : [s.Resource];
    out.push({
      matcher: actionMatcher(strings(raw), not, compiled),
      prefixes: resources.length ? strings(resources).map(literalPrefix) : [''],
    });
  }
  return out;
}

/** Whether the matcher covers one of the actions (a loop, not a closure per statement: this runs
 *  for every statement of every principal's permission lists). */
function coversAny(m: ActionMatcher, actions: readonly string[]): boolean {
  for (let i = 0; i < actions.length; i++) if (covers(m, actions[i])) return true;
  return false;
}

function covers(m: ActionMatcher, action: string): boolean {
  if (m.services && !m.services.has(serviceOf(action))) return m.not;
  let r = m.covers.get(action);
  if (r === undefined) {
    r = m.patterns.some((p) => p.test(action)) !== m.not;
    m.covers.set(action, r);
  }
  return r;
}

export function identityPrefilter(
  inv: Inventory,
  principal: string,
  policies: ResourcePolicyIndex,
): IdentityPrefilter {
  const account = inv.roles.get(principal)?.account.id ?? inv.users.get(principal)?.account.id ?? '';
  const holder = inv.roles.get(principal)?.item ?? inv.users.get(principal)?.item;
  if (!holder) return everything;
  const user = inv.users.get(principal);
  const attached = [...holder.attachedPolicies];
  const inline = [...holder.inlinePolicies];
  if (user) {
    if (inv.userGroups(user).length !== user.item.groups.length) return everything;
    for (const g of inv.userGroups(user)) {
      attached.push(...inv.groups.get(g)!.item.attachedPolicies);
      inline.push(...inv.groups.get(g)!.item.inlinePolicies);
    }
  }
  // A policy the snapshot cannot show us may grant anything: no shortcut.
  if (inline.some((p) => p.document === null)) return everything;
  for (const arn of attached) {
    const p = inv.policies.get(arn);
    if (!p?.versions.find((v) => v.versionId === p.defaultVersionId)?.document) return everything;
  }

  let compiled = compiledByInventory.get(inv);
  if (!compiled) compiledByInventory.set(inv, (compiled = { documents: new WeakMap(), matchers: new Map() }));
  const statements: AllowStatement[] = [];
  /** The services the statements can cover, unless one covers any service (a wildcard, NotAction). */
  let services: Set<string> | undefined = new Set();
  for (const doc of inv.identityDocuments(principal)) {
    let list = compiled.documents.get(doc);
    if (!list)
      compiled.documents.set(doc, (list = compileDocument(doc as Record<string, unknown>, compiled)));
    for (const st of list) {
      statements.push(st);
      if (!st.matcher.services || st.matcher.not) services = undefined;
      else if (services) for (const sv of st.matcher.services) services.add(sv);
    }
  }
  const actionCache = new Map<string, boolean>();
  const resultCache = new Map<string, Map<readonly string[], readonly string[]>>();

  return {
    mayAllowAction(action: string): boolean {
      const service = serviceOf(action);
      if (!identityOnlyServices.has(service)) return true;
      if (services && !services.has(service)) return false;
      let r = actionCache.get(action);
      if (r === undefined) {
        r = statements.some((st) => covers(st.matcher, action));
        actionCache.set(action, r);
      }
      return r;
    },
    filterResources(resources: readonly string[], actions: readonly string[]): readonly string[] {
      if (!resources.length) return resources;
      const actionsKey = actions.length === 1 ? actions[0] : actions.join(',');
      let cache = resultCache.get(actionsKey);
      if (!cache) resultCache.set(actionsKey, (cache = new Map()));
      const cached = cache.get(resources);
      if (cached) return cached;
      // Resource prefixes of the identity statements that could allow one of these actions.
      const prefixes: string[] = [];
      for (const st of statements) {
        if (!coversAny(st.matcher, actions)) continue;
        for (const p of st.prefixes) {
          if (!p.startsWith('arn:')) {
            // Any resource (also '').
            cache.set(resources, resources);
            return resources;
          }
          prefixes.push(p);
        }
      }
      // A trust or bucket policy cannot grant an IAM, ECS … action: resource policies count only otherwise.
      const identityOnly = actions.every(identityOnlyAction);
      const facts = policies.facts(resources);
      // The result is the same for every principal of the account with these prefixes, unless a
      // resource policy names this principal.
      let sharedBy: Map<string, readonly string[]> | undefined;
      let sharedKey = '';
      // (Three or more prefixes seldom recur: not worth a key.)
      if (prefixes.length < 3 && (identityOnly || !facts.byPrincipal.has(principal))) {
        const owner = identityOnly ? '' : account;
        sharedBy = facts.byKept.get(owner);
        if (!sharedBy) facts.byKept.set(owner, (sharedBy = new Map()));
        // No prefix, one (a statement's own string), or two (a JSON list, never an ARN prefix).
        sharedKey =
          prefixes.length === 0
            ? ''
            : prefixes.length === 1
              ? prefixes[0]
              : JSON.stringify([...new Set(prefixes)].sort());
        const shared = sharedBy.get(sharedKey);
        if (shared) {
          cache.set(resources, shared);
          return shared;
        }
      }
      const keep = new Set<string>(identityOnly ? facts.openToAnyoneWithoutArn : facts.openToAnyone);
      if (!identityOnly) {
        facts.byAccount.get(account)?.forEach((r) => keep.add(r));
        facts.byPrincipal.get(principal)?.forEach((r) => keep.add(r));
      }
      for (const sp of prefixes) for (const r of policies.underPrefix(resources, sp)) keep.add(r);
      // Few kept out of many: sort the kept ones (same order as filtering a sorted list, without a pass
      // over every resource of the account for every principal).
      const out =
        keep.size * 8 < resources.length && isSorted(resources) && !hasDuplicates(resources)
          ? [...keep].sort()
          : resources.filter((r) => keep.has(r));
      cache.set(resources, out);
      sharedBy?.set(sharedKey, out);
      return out;
    },
  };
}
