// Reading a policy document: the IAM JSON grammar (Version, Id, Statement as object or array, Sid,
// Effect, Action/NotAction, Resource/NotResource, Principal/NotPrincipal, Condition) into plain
// parsed statements. Problems become diagnostics naming the policy and the statement; a policy with
// a problem grants nothing, but its Deny statements that could be read still count.
import type { Diagnostic } from '../../snapshot/types.js';
import type { PolicyType } from '../api.js';

export type Effect = 'Allow' | 'Deny';

/** A Principal or NotPrincipal element. `wildcard` = `"*"` or `{"AWS": "*"}`. */
export interface PrincipalSet {
  wildcard: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

export type SetOperator = 'ForAllValues' | 'ForAnyValue';

export interface ParsedCondition {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Lower-cased base operator without set prefix and IfExists, e.g. `stringlike`. */
  base: string;
  setOperator?: SetOperator;
  ifExists: boolean;
  /** Condition key as written (keys compare case-insensitively). */
  key: string;
  values: string[];
}

export interface ParsedStatement {
  index: number;
  sid?: string;
  effect: Effect;
  actions?: string[];
  notActions?: string[];
  /** Absent in trust policies and other resource-based policies that omit it: the resource the
   *  policy is attached to. */
  resources?: string[];
  notResources?: string[];
  principal?: PrincipalSet;
  notPrincipal?: PrincipalSet;
  conditions: ParsedCondition[];
}

export interface ParsedPolicy {
  id: string;
  type: PolicyType;
  version?: string;
  /** `${…}` policy variables are only substituted in Version 2012-10-17 documents. */
  variables: boolean;
  statements: ParsedStatement[];
  /** False when the document had an error: its Allow statements are dropped. */
  valid: boolean;
  /** Managed policy version the document belongs to, for evidence. */
  versionId?: string;
}

const POLICY_KEYS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);
const RESOURCE_POLICY_TYPES: ReadonlySet<PolicyType> = new Set(['resource', 'trust', 'key']);
// RCPs carry a Principal element (always "*"); it is optional there.
const PRINCIPAL_ALLOWED: ReadonlySet<PolicyType> = new Set(['resource', 'trust', 'key', 'rcp']);

class StatementProblem extends Error {}

export interface ParseResult {
  policy: ParsedPolicy;
  diagnostics: Diagnostic[];
}

/** Parse one policy document. Never throws: problems are returned as diagnostics. */
export function parsePolicy(
  document: unknown,
  id: string,
  type: PolicyType,
  options: { versionId?: string } = {},
): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const policy: ParsedPolicy = {
    id,
    type,
    statements: [],
    valid: true,
    variables: false,
    versionId: options.versionId,
  };
  const problem = (
    message: string,
    statement?: string | number,
    severity: Diagnostic['severity'] = 'error',
  ) => {
    diagnostics.push({ severity, policy: id, statement, message });
    if (severity === 'error') policy.valid = false;
  };

  let doc = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      problem('policy document is not valid JSON');
      return { policy, diagnostics };
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    problem('policy document is not a JSON object');
    return { policy, diagnostics };
  }
  const record = doc as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!POLICY_KEYS.has(key)) problem(`unknown policy element "${key}"`);
  if (record.Version !== undefined) {
    if (record.Version !== '2012-10-17' && record.Version !== '2008-10-17') {
      problem(`unsupported Version ${describeValue(record.Version)} (expected "2012-10-17" or "2008-10-17")`);
    } else policy.version = record.Version;
  }
  policy.variables = policy.version === '2012-10-17';
  if (record.Id !== undefined && typeof record.Id !== 'string') problem('Id must be a string');
  const rawStatements = record.Statement;
  if (rawStatements === undefined) {
    problem('policy has no Statement');
    return { policy, diagnostics };
  }
  const list = Array.isArray(rawStatements) ? rawStatements : [rawStatements];
  list.forEach((raw, index) => {
    const where = statementLabel(raw, index);
    try {
      policy.statements.push(
        parseStatement(raw, index, type, (message, severity = 'warning') =>
          problem(message, where, severity),
        ),
      );
    } catch (error) {
      if (!(error instanceof StatementProblem)) throw error;
      problem(error.message, where);
    }
  });
  if (!policy.valid) policy.statements = policy.statements.filter((s) => s.effect === 'Deny');
  return { policy, diagnostics };
}

/** A value named in a message: a string quoted (cut at 120 characters), a list or object by kind
 *  (one could be nested too deep, or be megabytes long, to be written out). */
function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

function statementLabel(raw: unknown, index: number): string | number {
  if (raw && typeof raw === 'object' && typeof (raw as { Sid?: unknown }).Sid === 'string') {
    const sid = (raw as { Sid: string }).Sid;
    if (sid.length > 0) return `${index} (Sid ${sid})`;
  }
  return index;
}

function parseStatement(
  raw: unknown,
  index: number,
  type: PolicyType,
  warn: (message: string, severity?: Diagnostic['severity']) => void,
): ParsedStatement {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new StatementProblem('statement is not an object');
  const s = raw as Record<string, unknown>;
  for (const key of Object.keys(s))
    if (!STATEMENT_KEYS.has(key)) throw new StatementProblem(`unknown statement element "${key}"`);
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    throw new StatementProblem(`Effect must be "Allow" or "Deny", got ${describeValue(s.Effect)}`);
  }
  if (s.Sid !== undefined && typeof s.Sid !== 'string') throw new StatementProblem('Sid must be a string');
  // Every field present, in one order: one object shape for the engine's per-request matching.
  const statement: ParsedStatement = {
    index,
    sid: typeof s.Sid === 'string' && s.Sid.length > 0 ? s.Sid : undefined,
    effect: s.Effect,
    actions: undefined,
    notActions: undefined,
    resources: undefined,
    notResources: undefined,
    principal: undefined,
    notPrincipal: undefined,
    conditions: [],
  };

  if (s.Action !== undefined && s.NotAction !== undefined)
    throw new StatementProblem('both Action and NotAction');
  if (s.Action === undefined && s.NotAction === undefined)
    throw new StatementProblem('neither Action nor NotAction');
  if (s.Action !== undefined) statement.actions = stringList(s.Action, 'Action');
  else statement.notActions = stringList(s.NotAction, 'NotAction');

  if (s.Resource !== undefined && s.NotResource !== undefined)
    throw new StatementProblem('both Resource and NotResource');
  if (s.Resource !== undefined) statement.resources = stringList(s.Resource, 'Resource');
  else if (s.NotResource !== undefined) statement.notResources = stringList(s.NotResource, 'NotResource');
  // Resource-based policies may omit Resource (ECR, Lambda …): it is then the resource itself.
  else if (!RESOURCE_POLICY_TYPES.has(type)) throw new StatementProblem('neither Resource nor NotResource');

  if (s.Principal !== undefined && s.NotPrincipal !== undefined) {
    throw new StatementProblem('both Principal and NotPrincipal');
  }
  const takesPrincipal = RESOURCE_POLICY_TYPES.has(type);
  if (s.Principal !== undefined || s.NotPrincipal !== undefined) {
    if (!PRINCIPAL_ALLOWED.has(type)) {
      // AWS refuses such a document; we keep reading it so that its Deny statements still count,
      // but the error marks the policy invalid (it grants nothing). The element is ignored.
      warn(`a ${type} policy cannot have Principal or NotPrincipal (element ignored)`, 'error');
    } else if (s.Principal !== undefined) statement.principal = principalSet(s.Principal, 'Principal');
    else statement.notPrincipal = principalSet(s.NotPrincipal, 'NotPrincipal');
  } else if (takesPrincipal) {
    // AWS rejects such a statement on save; if one reaches us it names nobody and so matches nobody.
    warn('statement of a resource-based policy has no Principal: it applies to nobody');
  }

  if (s.Condition !== undefined) statement.conditions = parseConditions(s.Condition);
  return statement;
}

function stringList(value: unknown, element: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw new StatementProblem(`${element} is an empty list`);
  for (const item of list) {
    if (typeof item !== 'string')
      throw new StatementProblem(`${element} must be a string or a list of strings`);
  }
  return list as string[];
}

function principalSet(value: unknown, element: string): PrincipalSet {
  const set: PrincipalSet = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (value === '*') {
    set.wildcard = true;
    return set;
  }
  if (typeof value === 'string') {
    // Not AWS's grammar (it wants {"AWS": …}), but unambiguous: read as an AWS principal.
    set.aws.push(value);
    return set;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new StatementProblem(`${element} must be "*" or an object`);
  }
  for (const [kind, names] of Object.entries(value as Record<string, unknown>)) {
    const list = stringList(names, `${element}.${kind}`);
    switch (kind) {
      case 'AWS':
        for (const name of list) {
          if (name === '*') set.wildcard = true;
          else set.aws.push(name);
        }
        break;
      case 'Service':
        set.service.push(...list);
        break;
      case 'Federated':
        set.federated.push(...list);
        break;
      case 'CanonicalUser':
        set.canonicalUser.push(...list);
        break;
      default:
        throw new StatementProblem(`unknown principal type "${kind}" in ${element}`);
    }
  }
  return set;
}

const BASE_OPERATORS = new Set([
  'stringequals',
  'stringnotequals',
  'stringequalsignorecase',
  'stringnotequalsignorecase',
  'stringlike',
  'stringnotlike',
  'numericequals',
  'numericnotequals',
  'numericlessthan',
  'numericlessthanequals',
  'numericgreaterthan',
  'numericgreaterthanequals',
  'dateequals',
  'datenotequals',
  'datelessthan',
  'datelessthanequals',
  'dategreaterthan',
  'dategreaterthanequals',
  'bool',
  'binaryequals',
  'ipaddress',
  'notipaddress',
  'arnequals',
  'arnlike',
  'arnnotequals',
  'arnnotlike',
  'null',
]);

function parseConditions(value: unknown): ParsedCondition[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new StatementProblem('Condition must be an object');
  }
  const conditions: ParsedCondition[] = [];
  for (const [operator, block] of Object.entries(value as Record<string, unknown>)) {
    let rest = operator;
    let setOperator: SetOperator | undefined;
    const prefix = /^(ForAllValues|ForAnyValue):/i.exec(rest);
    if (prefix) {
      setOperator = prefix[1].toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue';
      rest = rest.slice(prefix[0].length);
    }
    let ifExists = false;
    if (/IfExists$/i.test(rest)) {
      ifExists = true;
      rest = rest.slice(0, -'IfExists'.length);
    }
    const base = rest.toLowerCase();
    if (!BASE_OPERATORS.has(base) || (base === 'null' && (ifExists || setOperator))) {
      throw new StatementProblem(`unknown condition operator "${operator}"`);
    }
    if (block === null || typeof block !== 'object' || Array.isArray(block)) {
      throw new StatementProblem(`condition block "${operator}" must be an object`);
    }
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const list = Array.isArray(raw) ? raw : [raw];
      const values = list.map((item) => {
        if (typeof item === 'string') return item;
        if (typeof item === 'number' || typeof item === 'boolean') return String(item);
        throw new StatementProblem(
          `condition ${operator} ${key}: values must be strings, numbers or booleans`,
        );
      });
      conditions.push({ operator, base, setOperator, ifExists, key, values });
    }
  }
  return conditions;
}
