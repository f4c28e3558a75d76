// Policy documents arrive as JSON objects (CLI), JSON strings (get-bucket-policy, get-key-policy…)
// or URL-encoded JSON strings (the SDK's IAM responses). All three decode to the same object.
import type { PolicyDocumentJson } from '../../snapshot/types.js';
import type { NormalizeContext } from './context.js';
import type { Json } from './shape.js';

export type DecodeResult = { ok: true; document: PolicyDocumentJson } | { ok: false; reason: string };

export function decodePolicyDocument(raw: unknown): DecodeResult {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    return { ok: true, document: raw as PolicyDocumentJson };
  }
  if (typeof raw !== 'string')
    return { ok: false, reason: `expected a policy document, found ${typeof raw}` };
  const text = raw.trim();
  const asObject = (s: string): PolicyDocumentJson | undefined => {
    try {
      const parsed: unknown = JSON.parse(s);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        return parsed as PolicyDocumentJson;
      // A JSON string holding the document (double-encoded).
      if (typeof parsed === 'string') return asObject(parsed);
    } catch {
      return undefined;
    }
    return undefined;
  };
  const direct = asObject(text);
  if (direct) return { ok: true, document: direct };
  if (/%[0-9A-Fa-f]{2}/.test(text)) {
    try {
      const decoded = asObject(decodeURIComponent(text));
      if (decoded) return { ok: true, document: decoded };
    } catch {
      // invalid escape sequence: fall through to the error below
    }
  }
  return { ok: false, reason: 'policy document is neither JSON nor URL-encoded JSON' };
}

/**
 * Decodes the policy document at `value`; on failure records an error diagnostic (file, JSON path,
 * policy id) and returns null, as the snapshot convention for "could not be decoded" prescribes.
 */
export function readPolicyDocument(
  ctx: NormalizeContext,
  value: Json,
  policyId: string,
): PolicyDocumentJson | null {
  const result = decodePolicyDocument(value.value);
  if (result.ok) return result.document;
  ctx.diagnostics.push({
    severity: 'error',
    file: ctx.file,
    jsonPath: value.path,
    policy: policyId,
    message: result.reason,
  });
  ctx.gaps.push({
    account: ctx.account,
    region: ctx.region,
    service: 'policy',
    operation: 'decode-policy-document',
    resource: policyId,
    file: ctx.file,
    code: 'MalformedPolicy',
    message: `${result.reason}; the policy is ignored`,
  });
  return null;
}
