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

/** Something that tests a value against one pattern (a RegExp is one). */
export interface Matcher {
  test(value: string): boolean;
}

/** Longest pattern compiled to a regular expression. V8 refuses a very long one ("Regular
 *  expression too large": a 64 KiB value in a hostile policy); longer ones use globMatch. */
export const LONGEST_COMPILED_PATTERN = 4096;

export function wildcardRegExp(pattern: string, ignoreCase: boolean): Matcher {
  if (pattern.length > LONGEST_COMPILED_PATTERN) {
    return { test: (value: string) => globMatch(pattern, value, ignoreCase) };
  }
  const key = (ignoreCase ? 'i:' : 's:') + pattern;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${wildcardSource(pattern)}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 50_000) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/** The plain reference of wildcardRegExp, without regular expressions: `*` spans any run of
 *  characters, `?` one character, the escapes their literal character. Backtracks only to the last
 *  star, so it takes at most pattern × value steps. */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let i = 0; // in p
  let j = 0; // in v
  let star = -1; // index in p after the last star seen
  let resume = 0; // index in v where that star's run ends now
  while (j < v.length) {
    const c = p[i];
    if (i < p.length && c !== '*' && (c === '?' || literalOf(c) === v[j])) {
      i++;
      j++;
    } else if (i < p.length && c === '*') {
      star = ++i;
      resume = j;
    } else if (star >= 0) {
      i = star;
      j = ++resume;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

function literalOf(ch: string): string {
  return ch === LITERAL_STAR ? '*' : ch === LITERAL_QUESTION ? '?' : ch;
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
