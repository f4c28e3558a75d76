// Set relations between two wildcard patterns, for requests that themselves name a set of
// resources (`arn:aws:s3:::bucket/*`, or `*` for "any resource"): an Allow applies when its
// pattern overlaps the request's set, a Deny only when its pattern covers the whole set.
// Both patterns use AWS's `*` (any run) and `?` (one character).

import { wildcardMatch } from './wildcard.js';

const isGlob = (text: string) => text.includes('*') || text.includes('?');

/** Whether some string matches both patterns. */
export function globsIntersect(a: string, b: string): boolean {
  if (!isGlob(a)) return wildcardMatch(b, a);
  if (!isGlob(b)) return wildcardMatch(a, b);
  if (!literalEndsAgree(a, b)) return false;
  // The usual requested set is `literal*` (objects of a bucket, versions of a function): no table.
  if (isPrefixSet(b)) return someMatchStartsWith(a, b, b.length - 1);
  if (isPrefixSet(a)) return someMatchStartsWith(b, a, a.length - 1);
  return globsIntersectByTable(a, b);
}

/** `globsIntersect` for two globs, by the full table (exported for the test that compares the
 *  prefix-set shortcut with it). */
export function globsIntersectByTable(a: string, b: string): boolean {
  // memo: 0 = not computed, 1 = false, 2 = true
  const width = b.length + 1;
  const memo = new Uint8Array((a.length + 1) * width);
  const go = (i: number, j: number): boolean => {
    const key = i * width + j;
    const seen = memo[key];
    if (seen !== 0) return seen === 2;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (i < a.length && a[i] === '*')
      result =
        go(i + 1, j) || (j < b.length && go(i, j + 1)) || (j < b.length && b[j] === '*' && go(i + 1, j + 1));
    else if (j < b.length && b[j] === '*') result = go(i, j + 1) || (i < a.length && go(i + 1, j));
    else if (i < a.length && j < b.length)
      result = (a[i] === '?' || b[j] === '?' || a[i] === b[j]) && go(i + 1, j + 1);
    else result = false;
    memo[key] = result ? 2 : 1;
    return result;
  };
  return go(0, 0);
}

/** Whether the glob is a literal followed by one final `*` (the set of strings with that prefix). */
function isPrefixSet(glob: string): boolean {
  const last = glob.length - 1;
  if (last < 0 || glob.charCodeAt(last) !== STAR) return false;
  for (let i = 0; i < last; i++) {
    const c = glob.charCodeAt(i);
    if (c === STAR || c === ONE) return false;
  }
  return true;
}

const STAR = 42; // '*'
const ONE = 63; // '?'

/** Whether some string matching `pattern` starts with `prefix` (which holds no wildcard): what
 *  `globsIntersect(pattern, prefix + '*')` answers, without its checks. */
export function globMeetsPrefix(pattern: string, prefix: string): boolean {
  return someMatchStartsWith(pattern, prefix, prefix.length);
}

/** Whether some string matching `pattern` starts with the first `n` characters of `text` (which
 *  hold no wildcard). Before the pattern's first `*`, pattern and string go character by character
 *  (`?` taking any); once the `*` is reached it absorbs the rest of the prefix, and whatever follows
 *  in the pattern can always be met by the rest of the string. Without a `*`, the pattern must be
 *  at least as long as the prefix. */
function someMatchStartsWith(pattern: string, text: string, n: number): boolean {
  for (let j = 0; j < n; j++) {
    if (j >= pattern.length) return false;
    const p = pattern.charCodeAt(j);
    if (p === STAR) return true;
    if (p !== ONE && p !== text.charCodeAt(j)) return false;
  }
  return true;
}

/** Cheap necessary condition: the literal text before the first wildcard (and after the last)
 *  of both patterns must agree where they overlap. Rules out most pairs (different buckets). */
function literalEndsAgree(a: string, b: string): boolean {
  // Compared in place (no slices): this runs for every pattern a requested set is tested against.
  const head = Math.min(firstWildcard(a), firstWildcard(b));
  for (let i = 0; i < head; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  const tailA = a.length - 1 - Math.max(a.lastIndexOf('*'), a.lastIndexOf('?'));
  const tailB = b.length - 1 - Math.max(b.lastIndexOf('*'), b.lastIndexOf('?'));
  const tail = Math.min(tailA, tailB);
  for (let k = 1; k <= tail; k++) if (a.charCodeAt(a.length - k) !== b.charCodeAt(b.length - k)) return false;
  return true;
}

/** Index of the first `*` or `?` (the text holds one: both arguments of literalEndsAgree are globs). */
function firstWildcard(text: string): number {
  const star = text.indexOf('*');
  const one = text.indexOf('?');
  return star < 0 ? one : one < 0 ? star : Math.min(star, one);
}

/** Whether every string matching `inner` also matches `outer` (exact for the patterns policies use:
 *  a `*` of `inner` must be absorbed by a `*` of `outer`, a `?` by a `?` or a `*`). */
export function globCovers(outer: string, inner: string): boolean {
  if (!isGlob(inner)) return wildcardMatch(outer, inner);
  if (!isGlob(outer)) return false; // a literal never covers a set with a wildcard in it
  const width = inner.length + 1;
  const memo = new Uint8Array((outer.length + 1) * width);
  const go = (i: number, j: number): boolean => {
    const key = i * width + j;
    const seen = memo[key];
    if (seen !== 0) return seen === 2;
    let result: boolean;
    if (i === outer.length) result = j === inner.length;
    else if (outer[i] === '*') result = go(i + 1, j) || (j < inner.length && go(i, j + 1));
    else if (j === inner.length) result = false;
    else if (outer[i] === '?') result = inner[j] !== '*' && go(i + 1, j + 1);
    else result = inner[j] === outer[i] && go(i + 1, j + 1);
    memo[key] = result ? 2 : 1;
    return result;
  };
  return go(0, 0);
}
