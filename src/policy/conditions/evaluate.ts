// Three-valued condition evaluation: every condition is true, false or unknown (its key, or a
// variable in its values, cannot be known). A Condition block is the AND of its conditions; within
// one condition the policy values are OR-ed. Missing-key semantics follow AWS:
// - plain positive operators are false on a missing key, negated ones (StringNotEquals …) true;
// - `…IfExists` is true on a missing key;
// - `ForAllValues:` is true on a missing key (vacuous truth), `ForAnyValue:` false;
// - `Null` tests presence only.
// A policy variable that cannot be resolved never matches: a positive operator ignores that value,
// a negated operator (and a NotResource entry, see compile.ts) fails, so the statement does not apply.
import type { ParsedCondition } from '../parse/policy.js';
import { hasVariables, substituteVariables } from '../match/variables.js';
import type { RequestContext } from './context.js';
import { OPERATORS, type OperatorFamily } from './operators.js';

export type Truth = true | false | 'unknown';

export interface ConditionOutcome {
  truth: Truth;
  /** Keys whose unknown value the outcome depends on (only when truth is 'unknown'). */
  unknownKeys: string[];
}

const TRUE: ConditionOutcome = { truth: true, unknownKeys: [] };
const FALSE: ConditionOutcome = { truth: false, unknownKeys: [] };

/** "Unknown on this key", one frozen outcome per key: a bulk question meets the same unknown key
 *  for every resource, and the engine keys its reuse of set results on these very objects. */
const unknownOutcomes = new Map<string, ConditionOutcome>();
function unknownOn(key: string): ConditionOutcome {
  let outcome = unknownOutcomes.get(key);
  if (!outcome) {
    outcome = Object.freeze({ truth: 'unknown', unknownKeys: Object.freeze([key]) as string[] });
    if (unknownOutcomes.size > 10_000) unknownOutcomes.clear();
    unknownOutcomes.set(key, outcome);
  }
  return outcome;
}

export function evaluateCondition(
  condition: ParsedCondition,
  context: RequestContext,
  variables: boolean,
  deny: boolean,
): ConditionOutcome {
  const found = context.lookup(condition.key);
  if (condition.base === 'null') {
    if (found.state === 'unknown' && !found.present) return unknownOn(condition.key);
    const isNull = found.state === 'absent';
    for (const v of condition.values) {
      const wanted = v.toLowerCase();
      if (wanted === 'true' ? isNull : wanted === 'false' ? !isNull : false) return TRUE;
    }
    return FALSE;
  }
  const operator = OPERATORS[condition.base];
  if (found.state === 'unknown') return unknownOn(condition.key);
  if (found.state === 'absent') {
    if (condition.ifExists) return TRUE;
    if (condition.setOperator === 'ForAllValues') return TRUE;
    if (condition.setOperator === 'ForAnyValue') return FALSE;
    return operator.negated ? TRUE : FALSE;
  }

  // Without policy variables the policy's values are used as they are (no list per request): in a
  // policy that has some, a condition whose values hold none resolves each value to itself.
  let policyValues: readonly string[] = condition.values;
  if (variables && anyVariable(condition.values)) {
    const resolvedValues: string[] = [];
    const unknownVariables: string[] = [];
    for (const raw of condition.values) {
      const resolved = substituteVariables(raw, context);
      if (resolved.kind === 'text') resolvedValues.push(resolved.text);
      else if (resolved.kind === 'unknown') unknownVariables.push(...resolved.keys);
      // 'missing': in a Deny, a certain "does not apply" would let the request through on a
      // reading of AWS's rules: unknown on the variable's key instead, so the step is conditional
      // with the variable named. Elsewhere an unresolvable variable never matches, so the value
      // drops out of a positive operator's list; a negated operator would then hold vacuously, so
      // instead the condition fails (AWS: an unresolvable variable may make the statement invalid).
      else if (deny && resolved.keys.length > 0) unknownVariables.push(...resolved.keys);
      else if (operator.negated) return FALSE;
    }
    if (unknownVariables.length > 0) return { truth: 'unknown', unknownKeys: unknownVariables };
    policyValues = resolvedValues;
  }

  const values = found.values;
  let result: boolean;
  if (condition.setOperator === 'ForAllValues') result = every(values, policyValues, operator);
  else if (condition.setOperator === 'ForAnyValue') result = some(values, policyValues, operator);
  else
    result = operator.negated ? every(values, policyValues, operator) : some(values, policyValues, operator);
  return result ? TRUE : FALSE;
}

function anyVariable(values: readonly string[]): boolean {
  for (const value of values) if (hasVariables(value)) return true;
  return false;
}

/** Whether one request value satisfies the operator against the policy's values (OR-ed; a negated
 *  operator holds when none matches). */
function holds(requestValue: string, policyValues: readonly string[], operator: OperatorFamily): boolean {
  let matched = false;
  for (const p of policyValues) {
    if (operator.test(requestValue, p)) {
      matched = true;
      break;
    }
  }
  return operator.negated ? !matched : matched;
}

function every(
  values: readonly string[],
  policyValues: readonly string[],
  operator: OperatorFamily,
): boolean {
  for (const v of values) if (!holds(v, policyValues, operator)) return false;
  return true;
}

function some(values: readonly string[], policyValues: readonly string[], operator: OperatorFamily): boolean {
  for (const v of values) if (holds(v, policyValues, operator)) return true;
  return false;
}

/** The AND of a statement's conditions. */
export function evaluateConditions(
  conditions: readonly ParsedCondition[],
  context: RequestContext,
  variables: boolean,
  deny = false,
): ConditionOutcome {
  // The first unknown outcome as it is; a list only from a second one on (no list per request
  // when one condition is unknown, the usual case).
  let first: ConditionOutcome | undefined;
  let unknownKeys: string[] | undefined;
  for (const condition of conditions) {
    const outcome = evaluateCondition(condition, context, variables, deny);
    if (outcome.truth === false) return FALSE;
    if (outcome.truth === 'unknown') {
      if (first === undefined) first = outcome;
      else (unknownKeys ??= [...first.unknownKeys]).push(...outcome.unknownKeys);
    }
  }
  if (first === undefined) return TRUE;
  // One unknown condition naming one key: its outcome already is the answer.
  if (unknownKeys === undefined && first.unknownKeys.length === 1) return first;
  return { truth: 'unknown', unknownKeys: [...new Set(unknownKeys ?? first.unknownKeys)] };
}
