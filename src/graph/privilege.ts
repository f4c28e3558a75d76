// Document-level tests of broad privilege, for the few preconditions the policy engine cannot answer
// on the live configuration (a group the caller is not in yet, a policy version that is not default,
// identity permissions hidden behind a boundary or a Deny the caller can remove).
import type { PolicyDocumentJson } from '../snapshot/types.js';

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)];

/** True when a document has an unconditional Allow of `*` (or `iam:*`) on `*`: enough to grant itself anything. */
export function grantsAdmin(doc: PolicyDocumentJson | null | undefined): boolean {
  if (!doc) return false;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return statements.some((s: Record<string, unknown>) => {
    if (s.Effect !== 'Allow' || s.Condition !== undefined || s.NotResource !== undefined) return false;
    if (!list(s.Resource).includes('*')) return false;
    return list(s.Action).some((a) => a === '*' || a === '*:*' || a.toLowerCase() === 'iam:*');
  });
}

/** True when a document holds at least one Deny statement. */
export function hasDeny(doc: PolicyDocumentJson | null | undefined): boolean {
  if (!doc) return false;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  return statements.some((s: Record<string, unknown>) => s.Effect === 'Deny');
}

/** Principals a trust policy names in its Allow statements (AWS and Federated), and whether it uses NotPrincipal. */
export function trustPrincipals(doc: PolicyDocumentJson | null | undefined): {
  aws: string[];
  federated: string[];
  wildcard: boolean;
} {
  const out = { aws: [] as string[], federated: [] as string[], wildcard: false };
  if (!doc) return out;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  for (const s of statements as Record<string, unknown>[]) {
    if (s.Effect !== 'Allow') continue;
    if (s.NotPrincipal !== undefined) out.wildcard = true;
    const p = s.Principal;
    if (p === '*') out.wildcard = true;
    else if (p && typeof p === 'object') {
      const obj = p as Record<string, unknown>;
      for (const a of list(obj.AWS)) {
        if (a === '*') out.wildcard = true;
        else out.aws.push(a);
      }
      out.federated.push(...list(obj.Federated));
    }
  }
  return out;
}
