// AWS's two wildcards as one compiled pattern: `*` is any run of characters (also none), `?` exactly
// one character. Everything else is literal. Case sensitivity is the caller's choice: action names
// are case-insensitive, ARNs and most condition values are not.
const cache = new Map<string, RegExp>();

/** Stand-ins for the escapes `${*}` and `${?}`: a literal star or question mark inside a pattern. */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';

/** The pattern's text with escaped wildcards turned back into plain characters. */
export function decodeLiterals(text: string): string {
  return text.includes(LITERAL_STAR) || text.includes(LITERAL_QUESTION)
    ? text.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?')
    : text;
}

/** Regular-expression source for a wildcard pattern; `star` and `one` stand for `*` and `?` (an ARN
 *  part other than the resource uses `[^:]*` and `[^:]`: see arn.ts). */
export function wildcardSource(pattern: string, star = '.*', one = '.'): string {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += star;
    else if (ch === '?') source += one;
    else if (ch === LITERAL_STAR) source += '\\*';
    else if (ch === LITERAL_QUESTION) source += '\\?';
    else source += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  return source;
}

export function wildcardRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const key = (ignoreCase ? 'i:' : 's:') + pattern;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${wildcardSource(pattern)}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 50_000) cache.clear();
    cache.set(key, re);
  }
  return re;
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** Whether `value` matches `pattern` with AWS wildcard semantics. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (!hasWildcard(pattern)) {
    const literal = decodeLiterals(pattern);
    return ignoreCase ? literal.toLowerCase() === value.toLowerCase() : literal === value;
  }
  return wildcardRegExp(pattern, ignoreCase).test(value);
}
