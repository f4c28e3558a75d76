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
import { substituteVariables } from '../match/variables.js';
import type { RequestContext } from './context.js';
import { OPERATORS } from './operators.js';

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
): ConditionOutcome {
  const found = context.lookup(condition.key);
  if (condition.base === 'null') {
    if (found.state === 'unknown' && !found.present) return unknownOn(condition.key);
    const isNull = found.state === 'absent';
    const holds = condition.values.some((v) => {
      const wanted = v.toLowerCase();
      return wanted === 'true' ? isNull : wanted === 'false' ? !isNull : false;
    });
    return holds ? TRUE : FALSE;
  }
  const operator = OPERATORS[condition.base];
  if (found.state === 'unknown') return unknownOn(condition.key);
  if (found.state === 'absent') {
    if (condition.ifExists) return TRUE;
    if (condition.setOperator === 'ForAllValues') return TRUE;
    if (condition.setOperator === 'ForAnyValue') return FALSE;
    return operator.negated ? TRUE : FALSE;
  }

  const policyValues: string[] = [];
  const unknownVariables: string[] = [];
  for (const raw of condition.values) {
    if (!variables) {
      policyValues.push(raw);
      continue;
    }
    const resolved = substituteVariables(raw, context);
    if (resolved.kind === 'text') policyValues.push(resolved.text);
    else if (resolved.kind === 'unknown') unknownVariables.push(...resolved.keys);
    // 'missing': an unresolvable variable never matches, so the value drops out of a positive
    // operator's list; a negated operator would then hold vacuously, so instead the condition
    // fails (AWS: an unresolvable variable may make the whole statement invalid).
    else if (operator.negated) return FALSE;
  }
  if (unknownVariables.length > 0) return { truth: 'unknown', unknownKeys: unknownVariables };

  const matchesAny = (requestValue: string) => policyValues.some((p) => operator.test(requestValue, p));
  const holds = (requestValue: string) =>
    operator.negated ? !matchesAny(requestValue) : matchesAny(requestValue);
  const values = found.values;
  let result: boolean;
  if (condition.setOperator === 'ForAllValues') result = values.every(holds);
  else if (condition.setOperator === 'ForAnyValue') result = values.some(holds);
  else result = operator.negated ? values.every(holds) : values.some(holds);
  return result ? TRUE : FALSE;
}

/** The AND of a statement's conditions. */
export function evaluateConditions(
  conditions: readonly ParsedCondition[],
  context: RequestContext,
  variables: boolean,
): ConditionOutcome {
  let unknownKeys: string[] | undefined;
  let single: ConditionOutcome | undefined;
  for (const condition of conditions) {
    const outcome = evaluateCondition(condition, context, variables);
    if (outcome.truth === false) return FALSE;
    if (outcome.truth === 'unknown') {
      single = unknownKeys ? undefined : outcome;
      (unknownKeys ??= []).push(...outcome.unknownKeys);
    }
  }
  // One unknown condition naming one key (the usual case): its outcome already is the answer.
  if (single && unknownKeys!.length === 1) return single;
  return unknownKeys ? { truth: 'unknown', unknownKeys: [...new Set(unknownKeys)] } : TRUE;
}
