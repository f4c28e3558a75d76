// Resource ARN matching as AWS defines it for the Resource element and the Arn* condition
// operators: case-sensitive; the first five colon-separated parts (arn, partition, service,
// region, account) are compared part by part so a wildcard never spans a colon there, and the
// resource part (everything after the fifth colon) is one pattern in which `*` spans `/` and `:`.
// A request may itself name a set of resources (`*`, `arn:aws:s3:::bucket/*`): see glob.ts.
import { globCovers, globsIntersect } from './glob.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';

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

/** Account id of an ARN (5th part), if any. */
export function arnAccount(arn: string): string | undefined {
  const parts = splitArn(arn);
  return parts && parts[4] ? parts[4] : undefined;
}

export function arnService(arn: string): string | undefined {
  return splitArn(arn)?.[2];
}
