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
import type { CompiledPolicy, CompiledStatement, PreparedRequest, StatementMatch } from './compile.js';
import { matchesOnActionAndCaller, matchStatement, statementCoversAction } from './compile.js';
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

/** PolicySets with every field, in one order, to be filled in: one object shape for every set
 *  that reaches decideRequest (a new shape after it was optimised would throw its code away). */
export function policySets(identity: CompiledPolicy[], resourceType: PolicySets['resourceType']): PolicySets {
  return {
    identity,
    resource: undefined,
    resourceType,
    boundary: undefined,
    session: undefined,
    scp: undefined,
    rcp: undefined,
    endpoint: undefined,
    resourceAccount: undefined,
    serviceDeny: undefined,
    alwaysAllowed: false,
  };
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

/** No policies (a principal without a permissions boundary). Read-only. */
const NO_POLICIES: readonly CompiledPolicy[] = [];

/** The empty statement list every SetResult starts with (never appended to: see withRef). */
const NO_REFS: StatementRef[] = [];

// The five Kleene ORs evaluateSet folds, as bits: allow, deny, and allow by how the caller is named.
const ALLOW = 1;
const DENY = 2;
const DIRECT = 4;
const ROLE = 8;
const ACCOUNT = 16;
// (The combinations as constants: an `|` first met after optimisation has no type feedback.)
const ALLOW_ACCOUNT = ALLOW | ACCOUNT;
const ALLOW_ROLE = ALLOW | ROLE;
const ALLOW_DIRECT = ALLOW | DIRECT;

// The fold in progress, as module state (a fold never nests; no object per set evaluated):
// the Kleene OR of each kind, true if one statement was true, else unknown with every key of the
// unknown ones (in order, once), else false — what `or(...items)` gives.
let foldResult: SetResult | undefined;
let foldSeen = 0;
let foldSure = 0;
let foldKeys: string[][] | undefined;

function foldStart(): void {
  foldResult = undefined;
  foldSeen = 0;
  foldSure = 0;
  foldKeys = undefined;
}

/** One matching statement (truth true or unknown) into the fold. */
function foldAdd(statement: CompiledStatement, m: StatementMatch): void {
  // The lists start as the shared empty one: most sets have no Deny and no account grant.
  const result = (foldResult ??= {
    allow: F,
    deny: F,
    direct: F,
    role: F,
    account: F,
    allowedBy: NO_REFS,
    deniedBy: NO_REFS,
    accountRefs: NO_REFS,
  });
  let kinds: number;
  if (statement.effect === 'Deny') {
    kinds = DENY;
    result.deniedBy = withRef(result.deniedBy, statement.ref);
  } else {
    result.allowedBy = withRef(result.allowedBy, statement.ref);
    if (m.principal === 'account') {
      kinds = ALLOW_ACCOUNT;
      result.accountRefs = withRef(result.accountRefs, statement.ref);
    } else if (m.principal === 'role') kinds = ALLOW_ROLE;
    else kinds = ALLOW_DIRECT;
  }
  foldSeen |= kinds;
  if (m.truth === true) foldSure |= kinds;
  else addKeys((foldKeys ??= [[], [], [], [], []]), kinds, m.unknownKeys);
}

function foldEnd(): SetResult {
  const result = foldResult;
  foldResult = undefined;
  if (!result) return EMPTY;
  result.allow = folded(ALLOW, foldSeen, foldSure, foldKeys);
  result.deny = folded(DENY, foldSeen, foldSure, foldKeys);
  result.direct = folded(DIRECT, foldSeen, foldSure, foldKeys);
  result.role = folded(ROLE, foldSeen, foldSure, foldKeys);
  result.account = folded(ACCOUNT, foldSeen, foldSure, foldKeys);
  return result;
}

/** The policies' statements that match the request, folded as they match (no Tri per statement,
 *  no closure: this runs for every pair of a bulk question). */
function evaluateSet(policies: readonly CompiledPolicy[], req: PreparedRequest): SetResult {
  foldStart();
  for (let p = 0; p < policies.length; p++) foldPolicy(policies[p], req);
  return foldEnd();
}

/** `evaluateSet` of one policy (a resource policy, a session policy): no list per request. (Its
 *  own function: one code path per caller, no test of which it was given.) */
function evaluatePolicy(policy: CompiledPolicy, req: PreparedRequest): SetResult {
  foldStart();
  foldPolicy(policy, req);
  return foldEnd();
}

function foldPolicy(policy: CompiledPolicy, req: PreparedRequest): void {
  const actionId = req.actionId;
  for (const statement of policy.statements) {
    // Bitset test first: most statements do not cover the action at all.
    if (actionId !== undefined && !statement.actions.has(actionId)) continue;
    const m = matchStatement(statement, req);
    if (m.truth === false) continue;
    foldAdd(statement, m);
  }
}

/** `evaluateSet` of each policy on its own (endpoint policies). A loop, not a closure over the
 *  request: a closure would make decideRequest allocate a context for every pair. */
function evaluateEach(policies: readonly CompiledPolicy[], req: PreparedRequest): SetResult[] {
  const results: SetResult[] = [];
  for (const policy of policies) results.push(evaluatePolicy(policy, req));
  return results;
}

/** `evaluateSet`'s fold over matches already made (a SetPlan's statements, in order). */
function foldMatches(
  statements: readonly CompiledStatement[],
  matches: readonly StatementMatch[],
): SetResult {
  foldStart();
  for (let j = 0; j < statements.length; j++) {
    const m = matches[j];
    if (m.truth !== false) foldAdd(statements[j], m);
  }
  return foldEnd();
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

interface LevelsResult {
  pass: Tri;
  deny: Tri;
  sets: SetResult[];
}

function levelsResult(levels: readonly CompiledLevel[], req: PreparedRequest): LevelsResult {
  // (Loops, not closures over the request: those would allocate a context per call.)
  const sets: SetResult[] = [];
  for (const level of levels) sets.push(evaluateSet(level.policies, req));
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
 *  out which gates refused (the bulk question leaves Deny pairs out), which skips most work. With
 *  a `memo` (bulk only), sets that cannot differ between the resources of one action are worked
 *  out once, and an Allow is the memo's shared, frozen decision for its evidence. */
export function decideRequest(
  sets: PolicySets,
  req: PreparedRequest,
  bulk = false,
  bulkMemo?: BulkMemo,
): Decision {
  const memo = bulk ? bulkMemo : undefined;
  if (sets.alwaysAllowed)
    return memo
      ? memo.decisions.always
      : { outcome: 'Allow', blockedBy: [], allowedBy: [], deniedBy: [], conditionKeys: [] };
  const principal = req.principal;
  const accountPrincipal = isAccountPrincipal(principal);
  // (Both read on every call: a read first met after optimisation has no type feedback.)
  const resourceAccount = sets.resourceAccount;
  const principalAccount = principal.account;
  const accountsEqual = resourceAccount === principalAccount;
  const sameAccount = accountPrincipal && (resourceAccount === undefined || accountsEqual);
  if (memo) memo.use(req);

  const identity = accountPrincipal
    ? memo
      ? memo.identity.result(sets.identity, req)
      : evaluateSet(sets.identity, req)
    : EMPTY;
  const resource = sets.resource ? evaluatePolicy(sets.resource, req) : EMPTY;
  // Both sides read on every call (not the resource's only when the identity's is false): a load
  // first met after optimisation has no type feedback and throws the optimised code away.
  const identityRefuses = identity.allow.truth === false;
  const resourceRefuses = resource.allow.truth === false;
  if (bulk && identityRefuses && resourceRefuses) return BULK_DENY;
  // (The length read on every call, as above.)
  const boundaryCount = (sets.boundary ?? NO_POLICIES).length;
  const hasBoundary = accountPrincipal && boundaryCount > 0;
  const boundary = hasBoundary
    ? memo
      ? memo.boundary.result(sets.boundary!, req)
      : evaluateSet(sets.boundary!, req)
    : undefined;
  const session = accountPrincipal && sets.session ? evaluatePolicy(sets.session, req) : undefined;

  // Gate 5: identity side and resource side.
  const boundaryPass = boundary ? boundary.allow : T;
  const sessionPass = session ? session.allow : T;
  // (and2/or2: the same Kleene logic without a rest array per call; this runs for every pair.)
  const identityPath = and2(and2(identity.allow, boundaryPass), sessionPass);
  const resourceNamesCaller = or2(resource.direct, and2(and2(resource.role, boundaryPass), sessionPass));
  const resourceNamesAny = or2(or2(resource.direct, resource.role), resource.account);
  // Every variant worked out, one chosen (cheap: an operand is mostly definite): a call first
  // made in a branch taken only after optimisation has no type feedback and deopts this function.
  const crossAccount = and2(identityPath, resourceNamesAny);
  const strictResource = or2(resourceNamesCaller, and2(resource.account, identityPath));
  const sameAccountCore = or2(identityPath, resourceNamesCaller);
  const core = !accountPrincipal
    ? resourceNamesAny
    : !sameAccount
      ? crossAccount
      : sets.resourceType !== 'resource'
        ? strictResource
        : sameAccountCore;
  if (bulk && (core.truth === false || sets.serviceDeny)) return BULK_DENY;

  const scp =
    accountPrincipal && sets.scp
      ? memo
        ? memo.levels(sets.scp, req)
        : levelsResult(sets.scp, req)
      : undefined;
  const rcp = sets.rcp ? (memo ? memo.levels(sets.rcp, req) : levelsResult(sets.rcp, req)) : undefined;
  const endpoint = sets.endpoint && sets.endpoint.length ? evaluateEach(sets.endpoint, req) : undefined;
  // The same results as the action's previous resource: the same decision (in bulk, a service
  // rule's Deny has returned above).
  const recalled =
    memo && !endpoint && !session
      ? memo.recall(identity, resource, boundary, scp, rcp, sets.resourceType, sameAccount)
      : undefined;
  if (recalled) return recalled;

  const parts = PARTS;
  parts.identity = identity;
  parts.resource = resource;
  parts.boundary = boundary;
  parts.session = session;
  parts.scp = scp;
  parts.rcp = rcp;
  parts.endpoint = endpoint;
  parts.accountPrincipal = accountPrincipal;
  parts.sameAccount = sameAccount;
  parts.core = core;
  parts.boundaryPass = boundaryPass;
  parts.sessionPass = sessionPass;
  parts.identityPath = identityPath;
  parts.resourceNamesCaller = resourceNamesCaller;
  return settle(sets, bulk, memo, parts);
}

/** The one DecisionParts, filled in by every decision that gets as far as `settle` (nothing keeps
 *  it: the evidence lists are copied out of it; no decision is made inside another). */
const PARTS: DecisionParts = {
  identity: EMPTY,
  resource: EMPTY,
  boundary: undefined,
  session: undefined,
  scp: undefined,
  rcp: undefined,
  endpoint: undefined,
  accountPrincipal: false,
  sameAccount: false,
  core: F,
  boundaryPass: T,
  sessionPass: T,
  identityPath: F,
  resourceNamesCaller: F,
  identityUsed: false,
  resourceUsed: false,
  delegatedThroughAccount: false,
};

/** The decision from the gates' results (decideRequest's rarer half, its own function: the first
 *  Conditional, the first explained Deny meet code without type feedback, and the deopt that
 *  follows then throws away this function's optimised code, not decideRequest's; those two
 *  outcomes are made in functions of their own, which keeps this one small to recompile). */
function settle(sets: PolicySets, bulk: boolean, memo: BulkMemo | undefined, parts: DecisionParts): Decision {
  const { identity, resource, boundary, session, scp, rcp, endpoint } = parts;
  const { accountPrincipal, sameAccount, core, identityPath } = parts;
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
  // (Worked out whether used or not: see decideRequest on calls first made after optimising.)
  const throughAccount = and2(resource.account, identityPath);
  const throughAccountCounts = throughAccount.truth !== false;
  const identityPathCounts = identityPath.truth !== false;
  const identityUsed = !accountPrincipal
    ? false
    : !sameAccount
      ? true
      : sets.resourceType !== 'resource'
        ? throughAccountCounts
        : identityPathCounts;
  const delegatedThroughAccount = !sameAccount || (sets.resourceType !== 'resource' && identityUsed);
  const resourceUsed = !sameAccount || parts.resourceNamesCaller.truth !== false || delegatedThroughAccount;
  parts.identityUsed = identityUsed;
  parts.resourceUsed = resourceUsed;
  parts.delegatedThroughAccount = delegatedThroughAccount;
  if (deny.truth === true || allow.truth === false) {
    if (bulk) return memo ? memo.keep(BULK_DENY) : BULK_DENY;
    // (The gates' values in one object only on this path: a Deny outside bulk is rare.)
    return explainedDeny(sets, parts, deny, {
      scpPass,
      rcpPass,
      endpointPass,
      servicePass,
      scpDeny,
      rcpDeny,
      endpointDeny,
      boundaryDeny,
      sessionDeny,
    });
  }
  const notDenied = not(deny);
  const result = and2(allow, notDenied);
  if (result.truth === 'unknown') return conditional(parts, result, memo);
  if (memo) return memo.keep(memo.decisions.allow(parts));
  return {
    outcome: 'Allow',
    blockedBy: [],
    allowedBy: evidence(parts, new RefJoin()),
    deniedBy: [],
    conditionKeys: [],
  };
}

/** A Conditional decision (its own function, as explainedDeny: the first one comes late). */
function conditional(parts: DecisionParts, result: Tri, memo: BulkMemo | undefined): Decision {
  const decision: Decision = {
    outcome: 'Conditional',
    blockedBy: [],
    allowedBy: evidence(parts, new RefJoin()),
    deniedBy: denials(parts),
    conditionKeys: [...new Set(result.keys)].sort(),
  };
  return memo ? memo.keep(frozen(decision)) : decision;
}

/** The guardrails' results `settle` worked out, handed to `explainedDeny`. */
interface GateResults {
  scpPass: Tri;
  rcpPass: Tri;
  endpointPass: Tri;
  servicePass: Tri;
  scpDeny: Tri;
  rcpDeny: Tri;
  endpointDeny: Tri;
  boundaryDeny: Tri;
  sessionDeny: Tri;
}

/** A Deny outside bulk, with the gates that refused (its own function: decisions outside bulk
 *  come after the bulk questions, and its first call deopts only `settle`, which is small). */
function explainedDeny(sets: PolicySets, parts: DecisionParts, deny: Tri, gates: GateResults): Decision {
  const { identity, resource } = parts;
  const { accountPrincipal, sameAccount, core, boundaryPass, sessionPass } = parts;
  const { scpPass, rcpPass, endpointPass, servicePass } = gates;
  const { scpDeny, rcpDeny, endpointDeny, boundaryDeny, sessionDeny } = gates;
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

/** What `decideRequest` worked out, for the evidence lists (module-level functions, not per-call
 *  closures: a decision is made millions of times in bulk). */
interface DecisionParts {
  identity: SetResult;
  resource: SetResult;
  boundary: SetResult | undefined;
  session: SetResult | undefined;
  scp: LevelsResult | undefined;
  rcp: LevelsResult | undefined;
  endpoint: SetResult[] | undefined;
  accountPrincipal: boolean;
  sameAccount: boolean;
  core: Tri;
  boundaryPass: Tri;
  sessionPass: Tri;
  identityPath: Tri;
  resourceNamesCaller: Tri;
  identityUsed: boolean;
  resourceUsed: boolean;
  delegatedThroughAccount: boolean;
}

function resourceRefs(d: DecisionParts): readonly StatementRef[] {
  const resource = d.resource;
  if (d.delegatedThroughAccount || resource.accountRefs.length === 0) return resource.allowedBy;
  const refs: StatementRef[] = [];
  for (const ref of resource.allowedBy) if (!resource.accountRefs.includes(ref)) refs.push(ref);
  return refs;
}

/** Where evidence lists go, in order: joined into one list, or walked down the interner's tree. */
interface RefSink {
  add(list: readonly StatementRef[]): void;
}

function evidence(d: DecisionParts, out: RefJoin): StatementRef[];
function evidence(d: DecisionParts, out: RefSink): void;
function evidence(d: DecisionParts, out: RefSink): StatementRef[] | void {
  const { identity, resource, boundary, session, scp, rcp, endpoint, identityUsed, resourceUsed } = d;
  if (identityUsed) out.add(identity.allowedBy);
  if (resourceUsed) out.add(resourceRefs(d));
  if (identityUsed || resource.role.truth !== false) {
    if (boundary) out.add(boundary.allowedBy);
    if (session) out.add(session.allowedBy);
  }
  if (scp) for (const s of scp.sets) out.add(s.allowedBy);
  if (rcp) for (const s of rcp.sets) out.add(s.allowedBy);
  if (endpoint) for (const s of endpoint) out.add(s.allowedBy);
  if (out instanceof RefJoin) return out.result();
}

/** Statement lists joined into one new array of exactly their length (a decision's evidence
 *  outlives the bulk question that made it: no spare capacity, no intermediate lists). */
class RefJoin implements RefSink {
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

// ---------------------------------------------------------------- bulk memo

/** A policy set planned for one caller and one action: the statements that cover the action, in
 *  order; the match of each one that depends on the action and the caller alone, worked out once;
 *  and the set's result by which statements matched, for requests where every match is definite
 *  (the result is then a function of that choice alone: how a statement names the caller is the
 *  same for every request of the plan). No list and no result object per request. */
class SetPlan {
  private of: readonly CompiledPolicy[] | undefined;
  private statements: CompiledStatement[] = [];
  private fixed: (StatementMatch | undefined)[] = [];
  private readonly matches: StatementMatch[] = [];
  private readonly results = new Map<number, SetResult>();
  /** Results with unknown matches, by which statements matched and which of them are unknown,
   *  with the unknown keys they were folded from (by identity: unknown condition outcomes are
   *  shared per key, see conditions/evaluate.ts). */
  private readonly unknownResults = new Map<number, { keys: (readonly string[])[]; result: SetResult }>();

  reset(): void {
    this.of = undefined;
  }

  private plan(policies: readonly CompiledPolicy[], req: PreparedRequest): void {
    this.of = policies;
    this.statements = [];
    this.fixed = [];
    this.results.clear();
    this.unknownResults.clear();
    for (const policy of policies) {
      for (const statement of policy.statements) {
        if (!coversAction(statement, req)) continue;
        this.statements.push(statement);
        this.fixed.push(matchesOnActionAndCaller(statement) ? matchStatement(statement, req) : undefined);
      }
    }
  }

  result(policies: readonly CompiledPolicy[], req: PreparedRequest): SetResult {
    if (this.of !== policies) this.plan(policies, req);
    const statements = this.statements;
    // One bit per statement: beyond 30, the plain fold.
    if (statements.length > 30) return evaluateSet(policies, req);
    const fixed = this.fixed;
    const matches = this.matches;
    let mask = 0;
    let unknownMask = 0;
    for (let j = 0; j < statements.length; j++) {
      const m = fixed[j] ?? matchStatement(statements[j], req);
      matches[j] = m;
      if (m.truth === false) continue;
      mask |= 1 << j;
      if (m.truth !== true) unknownMask |= 1 << j;
    }
    if (mask === 0) return EMPTY;
    if (unknownMask === 0) {
      let result = this.results.get(mask);
      if (!result) this.results.set(mask, (result = foldMatches(statements, matches)));
      return result;
    }
    // Both masks in one exact number (below 2^52).
    if (statements.length > 26) return foldMatches(statements, matches);
    const key = mask * 2 ** 26 + unknownMask;
    const known = this.unknownResults.get(key);
    if (known && sameUnknownKeys(known.keys, matches, unknownMask)) return known.result;
    const result = foldMatches(statements, matches);
    const keys: (readonly string[])[] = [];
    for (let j = 0; j < statements.length; j++) if (unknownMask & (1 << j)) keys.push(matches[j].unknownKeys);
    this.unknownResults.set(key, { keys, result });
    return result;
  }
}

/** Whether the unknown matches carry the very key lists a remembered result was folded from. */
function sameUnknownKeys(
  keys: readonly (readonly string[])[],
  matches: readonly StatementMatch[],
  unknownMask: number,
): boolean {
  let k = 0;
  for (let j = 0; unknownMask >>> j !== 0; j++) {
    if (unknownMask & (1 << j) && matches[j].unknownKeys !== keys[k++]) return false;
  }
  return true;
}

/** Whether the statement's Action/NotAction covers the request's action (by catalog id when known). */
function coversAction(statement: CompiledStatement, req: PreparedRequest): boolean {
  return req.actionId !== undefined
    ? statement.actions.has(req.actionId)
    : statementCoversAction(statement, req.action, undefined);
}

/** Whether every statement of the policies that covers the request's action matches on the action
 *  and the caller alone (no condition, Resource `*` or none): then the set's result is the same for
 *  every resource and context of a bulk question. */
function independentOfResource(policies: readonly CompiledPolicy[], req: PreparedRequest): boolean {
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (coversAction(statement, req) && !matchesOnActionAndCaller(statement)) return false;
    }
  }
  return true;
}

function levelsIndependentOfResource(levels: readonly CompiledLevel[], req: PreparedRequest): boolean {
  for (const level of levels) if (!independentOfResource(level.policies, req)) return false;
  return true;
}

/** What one bulk question works out once for one action over all of its resources: the identity
 *  set, the boundary and the SCP / RCP levels when their statements for the action ignore the
 *  resource and the context, and (through `decisions`) one shared Allow per evidence list. The
 *  memo forgets its sets whenever it sees another caller or action, so a wrong reuse cannot
 *  happen; the caller still keeps one per action so that none is ever forgotten. */
export class BulkMemo {
  readonly identity = new SetPlan();
  readonly boundary = new SetPlan();
  private readonly levelResults = new Map<readonly CompiledLevel[], LevelsResult | null>();
  private principal: PreparedRequest['principal'] | undefined;
  private action: string | undefined;
  // The previous request's set results (by identity) and its decision.
  private lastIdentity: SetResult | undefined;
  private lastResource: SetResult | undefined;
  private lastBoundary: SetResult | undefined;
  private lastScp: LevelsResult | undefined;
  private lastRcp: LevelsResult | undefined;
  private lastResourceType: PolicySets['resourceType'] | undefined;
  private lastSameAccount = false;
  private lastDecision: Decision | undefined;

  constructor(readonly decisions: DecisionInterner) {}

  /** The decision made from these very results (for this caller and action), if the previous
   *  request had them; otherwise they become the key of the next `keep`. Everything else a
   *  decision depends on is fixed for the memo (caller, action) or absent in bulk (session and
   *  endpoint policies, service-rule verdicts: see decideRequest). */
  recall(
    identity: SetResult,
    resource: SetResult,
    boundary: SetResult | undefined,
    scp: LevelsResult | undefined,
    rcp: LevelsResult | undefined,
    resourceType: PolicySets['resourceType'],
    sameAccount: boolean,
  ): Decision | undefined {
    if (
      this.lastDecision &&
      identity === this.lastIdentity &&
      resource === this.lastResource &&
      boundary === this.lastBoundary &&
      scp === this.lastScp &&
      rcp === this.lastRcp &&
      resourceType === this.lastResourceType &&
      sameAccount === this.lastSameAccount
    )
      return this.lastDecision;
    this.lastIdentity = identity;
    this.lastResource = resource;
    this.lastBoundary = boundary;
    this.lastScp = scp;
    this.lastRcp = rcp;
    this.lastResourceType = resourceType;
    this.lastSameAccount = sameAccount;
    this.lastDecision = undefined;
    return undefined;
  }

  /** The decision made from the results last given to `recall`. */
  keep(decision: Decision): Decision {
    this.lastDecision = decision;
    return decision;
  }

  /** Called with every request: the remembered sets hold for one caller and one action. */
  use(req: PreparedRequest): void {
    if (req.principal === this.principal && req.action === this.action) return;
    this.principal = req.principal;
    this.action = req.action;
    this.identity.reset();
    this.boundary.reset();
    this.levelResults.clear();
    this.lastDecision = undefined;
  }

  levels(levels: readonly CompiledLevel[], req: PreparedRequest): LevelsResult {
    let fixed = this.levelResults.get(levels);
    if (fixed === undefined) {
      fixed = levelsIndependentOfResource(levels, req) ? levelsResult(levels, req) : null;
      this.levelResults.set(levels, fixed);
    }
    return fixed ?? levelsResult(levels, req);
  }
}

/** The evidence lists seen so far, as a tree keyed by statement (one node per distinct list, in
 *  order): every Allow with the same evidence is one frozen decision. */
interface RefNode {
  refs: readonly StatementRef[];
  next: Map<StatementRef, RefNode> | undefined;
  allow: Decision | undefined;
}

const FROZEN_NONE = Object.freeze([]) as unknown as never[];

/** A decision shared by many pairs of bulk questions, made read-only. */
function frozen(decision: Decision): Decision {
  Object.freeze(decision.blockedBy);
  Object.freeze(decision.allowedBy);
  Object.freeze(decision.deniedBy);
  Object.freeze(decision.conditionKeys);
  return Object.freeze(decision);
}

/** Shared Allow decisions of bulk questions (one per access model): a broad role's million
 *  allowed pairs carry a handful of distinct evidence lists. Callers only read decisions. */
export class DecisionInterner implements RefSink {
  private readonly root: RefNode = { refs: FROZEN_NONE, next: undefined, allow: undefined };
  private node: RefNode = this.root;
  /** The Allow of a request that needs no permission (no evidence). */
  readonly always: Decision = this.allowFor(this.root);

  /** Walked by `evidence`: one step down the tree per statement. */
  add(list: readonly StatementRef[]): void {
    let node = this.node;
    for (const ref of list) {
      let child = node.next?.get(ref);
      if (!child) {
        child = { refs: Object.freeze([...node.refs, ref]), next: undefined, allow: undefined };
        (node.next ??= new Map()).set(ref, child);
      }
      node = child;
    }
    this.node = node;
  }

  allow(parts: DecisionParts): Decision {
    this.node = this.root;
    evidence(parts, this);
    const node = this.node;
    this.node = this.root;
    return this.allowFor(node);
  }

  private allowFor(node: RefNode): Decision {
    return (node.allow ??= Object.freeze({
      outcome: 'Allow',
      blockedBy: FROZEN_NONE,
      allowedBy: node.refs as StatementRef[],
      deniedBy: FROZEN_NONE,
      conditionKeys: FROZEN_NONE,
    }) as Decision);
  }
}

export interface ServiceVerdicts {
  resourceType?: 'trust' | 'key';
  serviceDeny?: string;
  alwaysAllowed: boolean;
}

/** The verdicts of a service without rules of its own (shared: callers only read them). Not
 *  frozen: it keeps the shape of every other verdict (a frozen object's would differ). */
export const NO_VERDICTS: Readonly<ServiceVerdicts> = {
  resourceType: undefined,
  serviceDeny: undefined,
  alwaysAllowed: false,
};

/** The resource policy type and per-service verdicts for a request. */
export function serviceVerdicts(
  req: PreparedRequest,
  catalogAction: import('./catalog.js').CatalogAction | undefined,
  service = req.action.slice(0, req.action.indexOf(':')),
): ServiceVerdicts {
  const rules = rulesFor(service);
  if (!rules) return NO_VERDICTS;
  if (!rules.resourcePolicyType && !rules.implicitDeny && !rules.alwaysAllowed) return NO_VERDICTS;
  const sreq = { action: req.action, service, resource: req.resource, catalog: catalogAction };
  const resourceType = rules.resourcePolicyType?.(sreq);
  const serviceDeny = rules.implicitDeny?.(sreq);
  const alwaysAllowed = rules.alwaysAllowed?.(sreq) ?? false;
  // Nothing said (most requests): the shared empty verdict, not a new object per request.
  if (resourceType === undefined && serviceDeny === undefined && !alwaysAllowed) return NO_VERDICTS;
  return { resourceType, serviceDeny, alwaysAllowed };
}
