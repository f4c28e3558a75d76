// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${aws:x, 'default'}`) and the
// escapes `${*}`, `${?}`, `${$}`. Variables are substituted only in Version 2012-10-17 documents.
// A variable whose key is absent (and has no default) makes the value unresolvable: it never
// matches (`missing`, with the keys, so that a Deny resting on it can be reported as conditional on
// them instead of silently not applying). A variable whose key is unknown makes the comparison unknown.
import type { RequestContext } from '../conditions/context.js';
import { LITERAL_QUESTION, LITERAL_STAR } from './wildcard.js';

export type Substituted =
  { kind: 'text'; text: string } | { kind: 'missing'; keys: string[] } | { kind: 'unknown'; keys: string[] };

const VARIABLE = /\$\{([^}]*)\}/g;
const WITH_DEFAULT = /^\s*([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/;

export function hasVariables(value: string): boolean {
  return value.includes('${');
}

export function substituteVariables(value: string, context: RequestContext): Substituted {
  if (!hasVariables(value)) return { kind: 'text', text: value };
  let missing = false;
  const missingKeys: string[] = [];
  const unknownKeys: string[] = [];
  const text = value.replace(VARIABLE, (whole, inner: string) => {
    if (inner === '*') return LITERAL_STAR;
    if (inner === '?') return LITERAL_QUESTION;
    if (inner === '$') return '$';
    const parsed = WITH_DEFAULT.exec(inner);
    if (!parsed) {
      missing = true;
      return whole;
    }
    const [, key, fallback] = parsed;
    const found = context.lookup(key);
    if (found.state === 'present' && !found.multi && found.values.length === 1) return found.values[0];
    if (found.state === 'unknown') {
      unknownKeys.push(key);
      return whole;
    }
    if (fallback !== undefined) return fallback;
    missing = true;
    missingKeys.push(key);
    return whole;
  });
  if (unknownKeys.length > 0 && !missing) return { kind: 'unknown', keys: unknownKeys };
  if (missing) return { kind: 'missing', keys: missingKeys };
  return { kind: 'text', text };
}
