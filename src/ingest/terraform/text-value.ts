// A plan value read as text. Plans are JSON from the user's pipeline: a field that should be a string
// may be a number (kept, as Terraform would print it) or an object or array (never coerced:
// `String({toString: 1})` throws, and `[object Object]` would be a made-up name).
export function textValue(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return fallback;
}
