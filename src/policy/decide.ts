// The decision procedure over compiled policy sets: one sequence of gates mirroring AWS's
// documented evaluation logic (policy evaluation logic; cross-account evaluation logic). Shared by
// `evaluate` (explicit policies) and the access model (policies looked up in a snapshot).
//
//   1. explicit deny in any applicable policy (identity, resource, boundary, session, SCP, RCP,
//      endpoint) → Deny;
//   2. SCPs of the principal's account: every level must allow (not for anonymous or service
//      callers, service-linked roles, or the management account);
//   3. RCPs of the resource's account: every level must allow (not for the management account's
//      resources, nor for services that RCPs do not govern);
//   4. VPC endpoint policies, when the request passes through one;
//   5. the resource-based policy and the identity-based side:
//      - same account: identity (∧ boundary ∧ session policy) OR a resource policy statement naming
//        the principal itself (its user or session ARN, or "*"); a statement naming the role of a
//        session is still cut by boundary and session policy; a statement naming the account only
//        delegates to the identity side. Role trust and KMS key policies are stricter: the
//        identity side counts only when they grant the account;
//      - cross account (or anonymous / service callers): both sides must allow;
//   6. per-service rules (services/*.ts).
// Every gate is three-valued (see tri.ts): unknown conditions make the outcome Conditional.
import type { BlockedBy, Decision, StatementRef } from './api.js';
import type { CompiledPolicy, PreparedRequest } from './compile.js';
import { matchStatement } from './compile.js';
import { isAccountPrincipal } from './match/principal.js';
import { rulesFor } from './services/rules.js';
import { and, and2, F, not, or, or2, T, type Tri, unknown } from './tri.js';

export interface CompiledLevel {
  id: string;
  policies: CompiledPolicy[];
}

/** Every policy in force for one request, compiled. */
export interface PolicySets {
  identity: CompiledPolicy[];
  resource?: CompiledPolicy;
  resourceType: 'resource' | 'trust' | 'key';
  /** Undefined or empty: the principal has no permissions boundary. */
  boundary?: CompiledPolicy[];
  session?: CompiledPolicy;
  /** Undefined: SCPs do not apply (no organization, exempt principal). */
  scp?: CompiledLevel[];
  rcp?: CompiledLevel[];
  endpoint?: CompiledPolicy[];
  resourceAccount?: string;
  /** Reason the request is denied by a per-service rule, if any. */
  serviceDeny?: string;
  alwaysAllowed?: boolean;
}

interface SetResult {
  allow: Tri;
  deny: Tri;
  /** Resource policies only: allow split by how the Principal element named the caller. */
  direct: Tri;
  role: Tri;
  account: Tri;
  allowedBy: StatementRef[];
  deniedBy: StatementRef[];
  /** Allow statements that matched only through an account-level Principal. */
  accountRefs: StatementRef[];
}

/** The empty statement list every SetResult starts with (never appended to: see withRef). */
const NO_REFS: StatementRef[] = [];

// The five Kleene ORs evaluateSet folds, as bits: allow, deny, and allow by how the caller is named.
const ALLOW = 1;
const DENY = 2;
const DIRECT = 4;
const ROLE = 8;
const ACCOUNT = 16;

/** The Kleene OR of the statements of each kind, folded as they match (no Tri per statement, no
 *  closure: this runs for every pair of a bulk question): true if one was true, else unknown with
 *  every key of the unknown ones (in order, once), else false — what `or(...items)` gives. */
function evaluateSet(policies: readonly CompiledPolicy[], req: PreparedRequest): SetResult {
  let result: SetResult | undefined;
  let seen = 0;
  let sure = 0;
  let keys: string[][] | undefined;
  for (const policy of policies) {
    for (const statement of policy.statements) {
      // Bitset test first: most statements do not cover the action at all.
      if (req.actionId !== undefined && !statement.actions.has(req.actionId)) continue;
      const m = matchStatement(statement, req);
      if (m.truth === false) continue;
      // The lists start as the shared empty one: most sets have no Deny and no account grant.
      result ??= {
        allow: F,
        deny: F,
        direct: F,
        role: F,
        account: F,
        allowedBy: NO_REFS,
        deniedBy: NO_REFS,
        accountRefs: NO_REFS,
      };
      let kinds: number;
      if (statement.effect === 'Deny') {
        kinds = DENY;
        result.deniedBy = withRef(result.deniedBy, statement.ref);
      } else {
        result.allowedBy = withRef(result.allowedBy, statement.ref);
        if (m.principal === 'account') {
          kinds = ALLOW | ACCOUNT;
          result.accountRefs = withRef(result.accountRefs, statement.ref);
        } else if (m.principal === 'role') kinds = ALLOW | ROLE;
        else kinds = ALLOW | DIRECT;
      }
      seen |= kinds;
      if (m.truth === true) sure |= kinds;
      else addKeys((keys ??= [[], [], [], [], []]), kinds, m.unknownKeys);
    }
  }
  if (!result) return EMPTY;
  result.allow = folded(ALLOW, seen, sure, keys);
  result.deny = folded(DENY, seen, sure, keys);
  result.direct = folded(DIRECT, seen, sure, keys);
  result.role = folded(ROLE, seen, sure, keys);
  result.account = folded(ACCOUNT, seen, sure, keys);
  return result;
}

/** The list with `ref` appended: a new one-element list in place of the shared empty one. */
function withRef(list: StatementRef[], ref: StatementRef): StatementRef[] {
  if (list === NO_REFS) return [ref];
  list.push(ref);
  return list;
}

function addKeys(keys: string[][], kinds: number, unknownKeys: readonly string[]): void {
  for (let k = 0; k < 5; k++) if (kinds & (1 << k)) keys[k].push(...unknownKeys);
}

function folded(kind: number, seen: number, sure: number, keys: string[][] | undefined): Tri {
  if (sure & kind) return T;
  if (!(seen & kind)) return F;
  return unknown([...new Set(keys![Math.log2(kind)])]);
}

const EMPTY: SetResult = {
  allow: F,
  deny: F,
  direct: F,
  role: F,
  account: F,
  allowedBy: [],
  deniedBy: [],
  accountRefs: [],
};

function levelsResult(
  levels: readonly CompiledLevel[],
  req: PreparedRequest,
): { pass: Tri; deny: Tri; sets: SetResult[] } {
  const sets = levels.map((level) => evaluateSet(level.policies, req));
  return { pass: and(...sets.map((s) => s.allow)), deny: or(...sets.map((s) => s.deny)), sets };
}

/** The answer `decideRequest` gives in bulk mode for any Deny (bulk callers drop Deny pairs). */
export const BULK_DENY: Decision = Object.freeze({
  outcome: 'Deny',
  blockedBy: [],
  allowedBy: [],
  deniedBy: [],
  conditionKeys: [],
}) as Decision;

/** Decide one request. With `bulk`, a Deny is returned as the shared BULK_DENY without working
 *  out which gates refused (the bulk question leaves Deny pairs out), which skips most work. */
export function decideRequest(sets: PolicySets, req: PreparedRequest, bulk = false): Decision {
  if (sets.alwaysAllowed)
    return { outcome: 'Allow', blockedBy: [], allowedBy: [], deniedBy: [], conditionKeys: [] };
  const principal = req.principal;
  const accountPrincipal = isAccountPrincipal(principal);
  const sameAccount =
    accountPrincipal && (sets.resourceAccount === undefined || sets.resourceAccount === principal.account);

  const identity = accountPrincipal ? evaluateSet(sets.identity, req) : EMPTY;
  const resource = sets.resource ? evaluateSet([sets.resource], req) : EMPTY;
  if (bulk && identity.allow.truth === false && resource.allow.truth === false) return BULK_DENY;
  const hasBoundary = accountPrincipal && sets.boundary !== undefined && sets.boundary.length > 0;
  const boundary = hasBoundary ? evaluateSet(sets.boundary!, req) : undefined;
  const session = accountPrincipal && sets.session ? evaluateSet([sets.session], req) : undefined;

  // Gate 5: identity side and resource side.
  const boundaryPass = boundary ? boundary.allow : T;
  const sessionPass = session ? session.allow : T;
  // (and2/or2: the same Kleene logic without a rest array per call; this runs for every pair.)
  const identityPath = and2(and2(identity.allow, boundaryPass), sessionPass);
  const resourceNamesCaller = or2(resource.direct, and2(and2(resource.role, boundaryPass), sessionPass));
  const resourceNamesAny = or2(or2(resource.direct, resource.role), resource.account);
  let core: Tri;
  if (!accountPrincipal) core = resourceNamesAny;
  else if (!sameAccount) core = and2(identityPath, resourceNamesAny);
  else if (sets.resourceType !== 'resource')
    core = or2(resourceNamesCaller, and2(resource.account, identityPath));
  else core = or2(identityPath, resourceNamesCaller);
  if (bulk && (core.truth === false || sets.serviceDeny)) return BULK_DENY;

  const scp = accountPrincipal && sets.scp ? levelsResult(sets.scp, req) : undefined;
  const rcp = sets.rcp ? levelsResult(sets.rcp, req) : undefined;
  const endpoint =
    sets.endpoint && sets.endpoint.length ? sets.endpoint.map((p) => evaluateSet([p], req)) : undefined;

  const scpPass = scp ? scp.pass : T;
  const rcpPass = rcp ? rcp.pass : T;
  const endpointPass = endpoint ? and(...endpoint.map((e) => e.allow)) : T;
  const servicePass = sets.serviceDeny ? F : T;
  const allow = and2(and2(and2(and2(core, scpPass), rcpPass), endpointPass), servicePass);

  const scpDeny = scp ? scp.deny : F;
  const rcpDeny = rcp ? rcp.deny : F;
  const endpointDeny = endpoint ? or(...endpoint.map((e) => e.deny)) : F;
  const boundaryDeny = boundary ? boundary.deny : F;
  const sessionDeny = session ? session.deny : F;
  const deny = or2(
    or2(or2(or2(or2(or2(scpDeny, rcpDeny), endpointDeny), resource.deny), boundaryDeny), sessionDeny),
    identity.deny,
  );

  // Evidence names the statements that carry the grant: the identity side only when the identity
  // path counts, resource statements only when the resource side counts (in that order, so the
  // first statement says how access was granted), then the guardrails that let it through.
  const identityUsed = !accountPrincipal
    ? false
    : !sameAccount
      ? true
      : sets.resourceType !== 'resource'
        ? and2(resource.account, identityPath).truth !== false
        : identityPath.truth !== false;
  const delegatedThroughAccount = !sameAccount || (sets.resourceType !== 'resource' && identityUsed);
  const resourceUsed = !sameAccount || resourceNamesCaller.truth !== false || delegatedThroughAccount;
  const parts: DecisionParts = {
    identity,
    resource,
    boundary,
    session,
    scp,
    rcp,
    endpoint,
    identityUsed,
    resourceUsed,
    delegatedThroughAccount,
  };
  if (deny.truth === true || allow.truth === false) {
    const denyByGate: [BlockedBy, Tri][] = [
      ['scp', scpDeny],
      ['rcp', rcpDeny],
      ['endpoint', endpointDeny],
      ['resource', resource.deny],
      ['boundary', boundaryDeny],
      ['session', sessionDeny],
      ['identity', identity.deny],
    ];
    const blocked = new Set<BlockedBy>();
    if (deny.truth === true) blocked.add('explicit-deny');
    const gateOrder: BlockedBy[] = [
      'scp',
      'rcp',
      'endpoint',
      'resource',
      'boundary',
      'session',
      'identity',
      'service-rule',
    ];
    const failing = new Set<BlockedBy>();
    for (const [gate, d] of denyByGate) if (d.truth === true) failing.add(gate);
    if (scpPass.truth === false) failing.add('scp');
    if (rcpPass.truth === false) failing.add('rcp');
    if (endpointPass.truth === false) failing.add('endpoint');
    if (servicePass.truth === false) failing.add('service-rule');
    // Without an explicit deny, say which part of the identity/resource logic fell short.
    if (core.truth === false && deny.truth !== true) {
      const identityCouldGrant = identity.allow.truth !== false || resource.role.truth !== false;
      if (accountPrincipal && boundaryPass.truth === false && identityCouldGrant) failing.add('boundary');
      if (accountPrincipal && sessionPass.truth === false && identityCouldGrant) failing.add('session');
      const resourceRequired = !accountPrincipal || !sameAccount || sets.resourceType !== 'resource';
      if (resourceRequired && or(resource.direct, resource.role, resource.account).truth === false)
        failing.add('resource');
      const resourceNamesAtAll = or(resource.direct, resource.role);
      const identityRequired = !sameAccount || resourceNamesAtAll.truth === false;
      if (accountPrincipal && identity.allow.truth === false && identityRequired) failing.add('identity');
      if (failing.size === 0) failing.add(accountPrincipal ? 'identity' : 'resource');
    }
    for (const gate of gateOrder) if (failing.has(gate)) blocked.add(gate);
    return {
      outcome: 'Deny',
      blockedBy: [...blocked],
      allowedBy: [],
      deniedBy: deny.truth === true ? denials(parts) : [],
      conditionKeys: [],
      ...(sets.serviceDeny ? { reason: sets.serviceDeny } : {}),
    };
  }
  const notDenied = not(deny);
  const result = and2(allow, notDenied);
  if (result.truth === 'unknown') {
    return {
      outcome: 'Conditional',
      blockedBy: [],
      allowedBy: evidence(parts),
      deniedBy: denials(parts),
      conditionKeys: [...new Set(result.keys)].sort(),
    };
  }
  return { outcome: 'Allow', blockedBy: [], allowedBy: evidence(parts), deniedBy: [], conditionKeys: [] };
}

/** What `decideRequest` worked out, for the evidence lists (module-level functions, not per-call
 *  closures: a decision is made millions of times in bulk). */
interface DecisionParts {
  identity: SetResult;
  resource: SetResult;
  boundary: SetResult | undefined;
  session: SetResult | undefined;
  scp: { sets: SetResult[] } | undefined;
  rcp: { sets: SetResult[] } | undefined;
  endpoint: SetResult[] | undefined;
  identityUsed: boolean;
  resourceUsed: boolean;
  delegatedThroughAccount: boolean;
}

function resourceRefs(d: DecisionParts): readonly StatementRef[] {
  const resource = d.resource;
  return d.delegatedThroughAccount || resource.accountRefs.length === 0
    ? resource.allowedBy
    : resource.allowedBy.filter((ref) => !resource.accountRefs.includes(ref));
}

function evidence(d: DecisionParts): StatementRef[] {
  const { identity, resource, boundary, session, scp, rcp, endpoint, identityUsed, resourceUsed } = d;
  const out = new RefJoin();
  if (identityUsed) out.add(identity.allowedBy);
  if (resourceUsed) out.add(resourceRefs(d));
  if (identityUsed || resource.role.truth !== false) {
    if (boundary) out.add(boundary.allowedBy);
    if (session) out.add(session.allowedBy);
  }
  if (scp) for (const s of scp.sets) out.add(s.allowedBy);
  if (rcp) for (const s of rcp.sets) out.add(s.allowedBy);
  if (endpoint) for (const s of endpoint) out.add(s.allowedBy);
  return out.result();
}

/** Statement lists joined into one new array of exactly their length (a decision's evidence
 *  outlives the bulk question that made it: no spare capacity, no intermediate lists). */
class RefJoin {
  private joined: StatementRef[] | undefined;
  private parts = 0;
  add(list: readonly StatementRef[]): void {
    if (list.length === 0) return;
    this.joined = this.joined ? this.joined.concat(list) : (list as StatementRef[]);
    this.parts++;
  }
  result(): StatementRef[] {
    if (!this.joined) return [];
    return this.parts === 1 ? this.joined.slice() : this.joined;
  }
}

function denials(d: DecisionParts): StatementRef[] {
  const { identity, resource, boundary, session, scp, rcp, endpoint } = d;
  const out = new RefJoin();
  out.add(identity.deniedBy);
  out.add(resource.deniedBy);
  if (boundary) out.add(boundary.deniedBy);
  if (session) out.add(session.deniedBy);
  if (scp) for (const s of scp.sets) out.add(s.deniedBy);
  if (rcp) for (const s of rcp.sets) out.add(s.deniedBy);
  if (endpoint) for (const s of endpoint) out.add(s.deniedBy);
  return out.result();
}

export interface ServiceVerdicts {
  resourceType?: 'trust' | 'key';
  serviceDeny?: string;
  alwaysAllowed: boolean;
}

/** The verdicts of a service without rules of its own (shared: callers only read them). */
const NO_VERDICTS: ServiceVerdicts = Object.freeze({ alwaysAllowed: false });

/** The resource policy type and per-service verdicts for a request. */
export function serviceVerdicts(
  req: PreparedRequest,
  catalogAction: import('./catalog.js').CatalogAction | undefined,
  service = req.action.slice(0, req.action.indexOf(':')),
): ServiceVerdicts {
  const rules = rulesFor(service);
  if (!rules) return NO_VERDICTS;
  const sreq = { action: req.action, service, resource: req.resource, catalog: catalogAction };
  return {
    resourceType: rules.resourcePolicyType?.(sreq),
    serviceDeny: rules.implicitDeny?.(sreq),
    alwaysAllowed: rules.alwaysAllowed?.(sreq) ?? false,
  };
}
