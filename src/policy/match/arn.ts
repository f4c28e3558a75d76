// Resource ARN matching as AWS defines it for the Resource element and the Arn* condition
// operators: case-sensitive; the first five colon-separated parts (arn, partition, service,
// region, account) are compared part by part so a wildcard never spans a colon there, and the
// resource part (everything after the fifth colon) is one pattern in which `*` spans `/` and `:`.
// A request may itself name a set of resources (`*`, `arn:aws:s3:::bucket/*`): see glob.ts.
import { globCovers, globMeetsPrefix, globsIntersect } from './glob.js';
import {
  decodeLiterals,
  hasWildcard,
  LITERAL_QUESTION,
  LITERAL_STAR,
  wildcardMatch,
  LONGEST_COMPILED_PATTERN,
  type Matcher,
  wildcardRegExp,
  wildcardSource,
} from './wildcard.js';

const splitCache = new Map<string, string[] | undefined>();

/** Split an ARN into its six parts, or undefined when it is not ARN-shaped. Memoised: the same
 *  request resources and statement patterns are split again and again in bulk questions. */
export function splitArn(arn: string): string[] | undefined {
  let parts = splitCache.get(arn);
  if (parts === undefined && !splitCache.has(arn)) {
    parts = splitUncached(arn);
    if (splitCache.size > 100_000) splitCache.clear();
    splitCache.set(arn, parts);
  }
  return parts;
}

function splitUncached(arn: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let k = 0; k < 5; k++) {
    const colon = arn.indexOf(':', start);
    if (colon < 0) return undefined;
    parts.push(arn.slice(start, colon));
    start = colon + 1;
  }
  parts.push(arn.slice(start));
  return parts;
}

type PartRelation = (pattern: string, value: string) => boolean;

function partwise(pattern: string, value: string, relation: PartRelation): boolean {
  if (pattern === '*') return relation('*', value);
  const p = splitArn(pattern);
  const v = splitArn(value);
  if (!p || !v) return relation(pattern, value);
  for (let k = 0; k < 6; k++) if (!relation(p[k], v[k])) return false;
  return true;
}

/** Whether a concrete resource ARN matches a Resource pattern. */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  return partwise(pattern, arn, (p, v) => wildcardMatch(p, v));
}

/** How a statement's Resource pattern relates to the request's resource (which may be a pattern). */
export function resourceOverlaps(pattern: string, requested: string): boolean {
  if (!hasWildcard(requested)) return arnMatches(pattern, requested);
  if (requested === '*') return true;
  return partwise(pattern, requested, globsIntersect);
}

export function resourceCovered(pattern: string, requested: string): boolean {
  if (!hasWildcard(requested)) return arnMatches(pattern, requested);
  if (/^\*+$/.test(pattern)) return true;
  if (requested === '*') return false;
  return partwise(pattern, requested, globCovers);
}

/** A Resource pattern prepared once per statement, so that a bulk question does not split it,
 *  look its regular expressions up, or allocate per request. Each method answers exactly what the
 *  function of the same name above answers for `text` (test/policy/match/arn.test.ts compares
 *  them on generated patterns). */
export interface ArnPattern {
  readonly text: string;
  /** How a concrete ARN is tested (the fast paths, named for tests). */
  readonly kind: 'any' | 'literal' | 'prefix' | 'regexp';
  /** `arnMatches(text, arn)`. */
  matches(arn: string): boolean;
  /** `resourceOverlaps(text, requested)`; `requestedParts` is `splitArn(requested)` (null: not
   *  ARN-shaped) and `prefix` is `requestedPrefix(requested)`, when the caller has them already, so
   *  that they are not worked out per pattern. */
  overlaps(requested: string, requestedParts?: readonly string[] | null, prefix?: string): boolean;
  /** `resourceCovered(text, requested)` (see overlaps). */
  covered(requested: string, requestedParts?: readonly string[] | null, prefix?: string): boolean;
}

/** Neither wildcard nor escaped wildcard in the text. */
const isPlainText = (text: string) =>
  !hasWildcard(text) && !text.includes(LITERAL_STAR) && !text.includes(LITERAL_QUESTION);

/** `r` when the requested resource is the set `r*` with a plain, non-empty `r` (a bucket's objects,
 *  `bucket/*`: the usual requested set), else undefined. Such a set relates to a pattern without
 *  escapes whose first five parts are plain by a walk along r: the set's star lies in its last
 *  part, plain parts relate only when equal, and in the last part `globsIntersect` with `r*` is
 *  exactly "some match of the pattern starts with r" (also when either side is not ARN-shaped and
 *  the whole strings are compared). Covering needs the pattern to be a plain prefix `q*` (then r
 *  starts with q) — a plain literal never covers it. */
export function requestedPrefix(requested: string): string | undefined {
  const star = requested.length - 1;
  if (star < 1 || requested.charCodeAt(star) !== 42 /* '*' */) return undefined;
  const prefix = requested.slice(0, star);
  return isPlainText(prefix) ? prefix : undefined;
}

export function compileArnPattern(text: string): ArnPattern {
  const parts = splitArn(text);
  const matches = concreteMatcher(text, parts);
  // Plain parts mean themselves on both sides of a glob relation.
  const plainParts = parts?.map(isPlainText);
  const allStars = /^\*+$/.test(text);
  // For requested sets `r*` (requestedPrefix): whether overlap is the walk along r, and for
  // covering, whether the pattern is a plain literal, or the plain prefix of `q*`.
  const escapes = text.includes(LITERAL_STAR) || text.includes(LITERAL_QUESTION);
  const walksPrefix = !escapes && (!parts || parts.slice(0, 5).every((part) => !hasWildcard(part)));
  const plainLiteral = matches.kind === 'literal' && !escapes;
  const plainPrefix = matches.kind === 'prefix' && !escapes ? text.slice(0, -1) : undefined;
  // The glob relations for requests that name a set of resources, part by part as `partwise` does;
  // a plain part equal to the requested part relates under both (no glob work needed).
  const related = (
    requested: string,
    requestedParts: readonly string[] | null | undefined,
    relation: PartRelation,
  ): boolean => {
    if (text === '*') return relation('*', requested);
    const v = requestedParts === undefined ? splitArn(requested) : requestedParts;
    if (!parts || !v) return relation(text, requested);
    for (let k = 0; k < 6; k++) {
      if (plainParts![k] && parts[k] === v[k]) continue;
      if (!relation(parts[k], v[k])) return false;
    }
    return true;
  };
  return {
    text,
    kind: matches.kind,
    matches: matches.test,
    overlaps(requested, requestedParts, prefix) {
      if (!hasWildcard(requested)) return matches.test(requested);
      if (requested === '*') return true;
      if (prefix !== undefined && walksPrefix) return globMeetsPrefix(text, prefix);
      return related(requested, requestedParts, globsIntersect);
    },
    covered(requested, requestedParts, prefix) {
      if (!hasWildcard(requested)) return matches.test(requested);
      if (allStars) return true;
      if (requested === '*') return false;
      if (prefix !== undefined) {
        if (plainPrefix !== undefined) return prefix.startsWith(plainPrefix);
        if (plainLiteral) return false;
      }
      return related(requested, requestedParts, globCovers);
    },
  };
}

/** `arnMatches(text, ·)` as one test. A pattern without wildcards is its decoded text (the parts
 *  of two equal strings are equal and vice versa, and no escape decodes to a colon); a single
 *  trailing `*` is a prefix test (it lies in the resource part, where it spans anything); any other
 *  ARN-shaped pattern is one expression in which the first five parts' wildcards cannot span a colon
 *  (its five literal colons also rule out a value that is not ARN-shaped, as `partwise` does). */
function concreteMatcher(
  text: string,
  parts: string[] | undefined,
): { kind: ArnPattern['kind']; test: (arn: string) => boolean } {
  if (text === '*') return { kind: 'any', test: () => true };
  if (!hasWildcard(text)) {
    const literal = decodeLiterals(text);
    return { kind: 'literal', test: (arn) => arn === literal };
  }
  if (text.indexOf('*') === text.length - 1 && !text.includes('?')) {
    const prefix = decodeLiterals(text.slice(0, -1));
    return { kind: 'prefix', test: (arn) => arn.startsWith(prefix) };
  }
  let re: Matcher;
  if (!parts) re = wildcardRegExp(text, false);
  else if (text.length > LONGEST_COMPILED_PATTERN) re = { test: (arn) => arnMatches(text, arn) };
  else {
    const head = parts.slice(0, 5).map((p) => wildcardSource(p, '[^:]*', '[^:]'));
    re = new RegExp(`^${head.join(':')}:${wildcardSource(parts[5])}$`, 's');
  }
  return { kind: 'regexp', test: (arn) => re.test(arn) };
}

/** Account id of an ARN (5th part), if any. */
export function arnAccount(arn: string): string | undefined {
  return partsAccount(splitArn(arn));
}

/** The account field of an ARN already split (undefined when it is empty or the ARN is not one). */
export function partsAccount(parts: readonly string[] | undefined | null): string | undefined {
  return parts && parts[4] ? parts[4] : undefined;
}

export function arnService(arn: string): string | undefined {
  return splitArn(arn)?.[2];
}
