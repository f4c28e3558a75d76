// Set relations between two wildcard patterns, for requests that themselves name a set of
// resources (`arn:aws:s3:::bucket/*`, or `*` for "any resource"): an Allow applies when its
// pattern overlaps the request's set, a Deny only when its pattern covers the whole set.
// Both patterns use AWS's `*` (any run) and `?` (one character).

/** Whether some string matches both patterns. */
export function globsIntersect(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const width = b.length + 1;
  const go = (i: number, j: number): boolean => {
    const key = i * width + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (i < a.length && a[i] === '*')
      result =
        go(i + 1, j) || (j < b.length && go(i, j + 1)) || (j < b.length && b[j] === '*' && go(i + 1, j + 1));
    else if (j < b.length && b[j] === '*') result = go(i, j + 1) || (i < a.length && go(i + 1, j));
    else if (i < a.length && j < b.length)
      result = (a[i] === '?' || b[j] === '?' || a[i] === b[j]) && go(i + 1, j + 1);
    else result = false;
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** Whether every string matching `inner` also matches `outer` (exact for the patterns policies use:
 *  a `*` of `inner` must be absorbed by a `*` of `outer`, a `?` by a `?` or a `*`). */
export function globCovers(outer: string, inner: string): boolean {
  const memo = new Map<number, boolean>();
  const width = inner.length + 1;
  const go = (i: number, j: number): boolean => {
    const key = i * width + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let result: boolean;
    if (i === outer.length) result = j === inner.length;
    else if (outer[i] === '*') result = go(i + 1, j) || (j < inner.length && go(i, j + 1));
    else if (j === inner.length) result = false;
    else if (outer[i] === '?') result = inner[j] !== '*' && go(i + 1, j + 1);
    else result = inner[j] === outer[i] && go(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}
