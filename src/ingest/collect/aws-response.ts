// SDK responses turned into what `aws … --output json` prints: no `$metadata`, pages merged into one
// document (lists concatenated, pagination tokens dropped), dates as ISO strings (JSON.stringify).

const PAGINATION_KEYS = new Set([
  'NextToken',
  'nextToken',
  'Marker',
  'NextMarker',
  'IsTruncated',
  'ContinuationToken',
]);

export function cliShape<T extends object>(response: T): Omit<T, '$metadata'> {
  const { $metadata: _ignored, ...rest } = response as T & { $metadata?: unknown };
  return rest;
}

/** Merges the pages of one paginated call the way the CLI's auto-pagination prints them. */
export function mergePages(pages: object[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const page of pages) {
    for (const [key, value] of Object.entries(cliShape(page))) {
      if (PAGINATION_KEYS.has(key) || value === undefined) continue;
      const previous = merged[key];
      if (Array.isArray(value)) merged[key] = Array.isArray(previous) ? [...previous, ...value] : [...value];
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}
