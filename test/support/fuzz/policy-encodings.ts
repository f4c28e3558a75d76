// Policy documents arrive as JSON objects, JSON strings and URL-encoded JSON strings (the SDK's IAM
// responses). The fuzzer finds them in any file, mutates the document inside, and writes it back
// in any of those encodings, or in a broken one.
import fc from 'fast-check';

export const POLICY_ENCODINGS = [
  'object',
  'json-string',
  'url-encoded',
  'double-encoded',
  'url-encoded-json-string',
  'truncated-json',
  'truncated-url',
  'bad-escape',
  'not-json',
  'array',
  'statement-object',
] as const;
export type PolicyEncoding = (typeof POLICY_ENCODINGS)[number];

export const policyEncoding: fc.Arbitrary<PolicyEncoding> = fc.constantFrom(...POLICY_ENCODINGS);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The document a value holds (object, JSON text or URL-encoded JSON text), if it is one. */
export function policyDocumentIn(value: unknown): Record<string, unknown> | undefined {
  if (isObject(value)) return 'Statement' in value ? value : undefined;
  if (typeof value !== 'string' || value.length > 100_000 || !/Statement/.test(value)) return undefined;
  for (const text of [value, safeDecode(value)]) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isObject(parsed) && 'Statement' in parsed) return parsed;
    } catch {
      // not this encoding
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `doc` written in `encoding` (JSON.stringify cannot fail here: documents hold plain JSON). */
export function encodePolicy(doc: Record<string, unknown>, encoding: PolicyEncoding, cut: number): unknown {
  const json = safeStringify(doc);
  const at = (s: string) => Math.max(1, cut % Math.max(1, s.length));
  switch (encoding) {
    case 'object':
      return doc;
    case 'json-string':
      return json;
    case 'url-encoded':
      return encodeURIComponent(wellFormedForUri(json));
    case 'double-encoded':
      return JSON.stringify(json);
    case 'url-encoded-json-string':
      return encodeURIComponent(wellFormedForUri(JSON.stringify(json)));
    case 'truncated-json':
      return json.slice(0, at(json));
    case 'truncated-url': {
      const url = encodeURIComponent(wellFormedForUri(json));
      return url.slice(0, at(url));
    }
    case 'bad-escape':
      return `${encodeURIComponent(wellFormedForUri(json)).slice(0, 10)}%E0%A4%ZZ`;
    case 'not-json':
      return `Version=2012-10-17; Statement=${json.slice(0, 40)}`;
    case 'array':
      return [doc];
    case 'statement-object':
      return { ...doc, Statement: Array.isArray(doc.Statement) ? doc.Statement[0] : doc.Statement };
  }
}

function safeStringify(doc: unknown): string {
  try {
    return JSON.stringify(doc) ?? 'null';
  } catch {
    return '{}';
  }
}

/** The fuzzer's own copy of the rule (the URI-encoding of the tool under test is not its oracle). */
function wellFormedForUri(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
