// Ranks known ids by how close they are to what the user typed: ids containing it (or its last
// ARN segment) first, then by edit distance. Used for "did you mean" hints.

export function closestIds(wanted: string, candidates: readonly string[], limit = 3): string[] {
  const w = wanted.toLowerCase();
  const tail = w.split(/[/:]/).filter(Boolean).pop() ?? w;
  const scored = candidates.map((c) => {
    const lc = c.toLowerCase();
    const contains = lc.includes(w) || (tail.length >= 3 && lc.includes(tail));
    return { c, contains, d: editDistance(w, lc) };
  });
  scored.sort((a, b) => {
    if (a.contains !== b.contains) return a.contains ? -1 : 1;
    if (a.d !== b.d) return a.d - b.d;
    return a.c < b.c ? -1 : a.c > b.c ? 1 : 0;
  });
  const maxDistance = Math.max(3, Math.floor(w.length / 2));
  return scored
    .filter((s) => s.contains || s.d <= maxDistance)
    .slice(0, limit)
    .map((s) => s.c);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
