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
