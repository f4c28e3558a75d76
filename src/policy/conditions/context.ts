// The request context a condition is evaluated against, with THREE states per key: present (with
// its values), absent (known not to be in the request), or unknown (the analysis cannot know, e.g.
// aws:SourceIp of a future attacker request). Keys compare case-insensitively, as AWS does.
import type { ContextValue } from '../api.js';

export type KeyLookup =
  | { state: 'present'; values: readonly string[]; multi: boolean }
  | { state: 'absent' }
  /** Unknown value; `present` when the key is known to be in the request (Null can still decide). */
  | { state: 'unknown'; present?: boolean };

export interface RequestContext {
  lookup(key: string): KeyLookup;
}

export const ABSENT_KEY: KeyLookup = { state: 'absent' };
export const UNKNOWN_KEY: KeyLookup = { state: 'unknown' };
const ABSENT = ABSENT_KEY;
const UNKNOWN = UNKNOWN_KEY;
const PRESENT_UNKNOWN: KeyLookup = { state: 'unknown', present: true };

export interface ContextOptions {
  /** What a key that was not given means: `absent` (strict: the request is fully described) or
   *  `unknown` (discovery: anything not given may or may not be in the real request). */
  missing: 'absent' | 'unknown';
  /** Keys known to be absent even in discovery (e.g. a tag the principal does not carry). A
   *  predicate so that whole families (`aws:principaltag/…`) can be declared at once. */
  knownAbsent?: (lowerKey: string) => boolean;
  /** Keys whose value is unknown even though given: present, value not trusted. */
  unknownKeys?: Iterable<string>;
}

export function contextValueToStrings(value: ContextValue): { values: string[]; multi: boolean } {
  if (Array.isArray(value)) return { values: value.map(String), multi: true };
  return { values: [String(value)], multi: false };
}

/** Given keys by lower-cased name (a later spelling of the same key wins). */
export function presentValues(values: Readonly<Record<string, ContextValue>>): Map<string, KeyLookup> {
  const out = new Map<string, KeyLookup>();
  for (const [key, value] of Object.entries(values)) {
    out.set(key.toLowerCase(), { state: 'present', ...contextValueToStrings(value) });
  }
  return out;
}

export class MapRequestContext implements RequestContext {
  private readonly values: Map<string, KeyLookup>;
  private readonly unknown = new Set<string>();

  constructor(
    values: Readonly<Record<string, ContextValue>>,
    private readonly options: ContextOptions,
  ) {
    this.values = presentValues(values);
    for (const key of options.unknownKeys ?? []) this.unknown.add(key.toLowerCase());
  }

  lookup(key: string): KeyLookup {
    const lower = key.toLowerCase();
    const found = this.values.get(lower);
    if (this.unknown.has(lower)) return found ? PRESENT_UNKNOWN : UNKNOWN;
    if (found) return found;
    if (this.options.knownAbsent?.(lower)) return ABSENT;
    return this.options.missing === 'absent' ? ABSENT : UNKNOWN;
  }
}
