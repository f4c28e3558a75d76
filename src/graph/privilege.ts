// Document-level tests of broad privilege, for the few preconditions the policy engine cannot answer
// on the live configuration (a group the caller is not in yet, a policy version that is not default,
// identity permissions hidden behind a boundary or a Deny the caller can remove).
import { evaluate } from '../policy/evaluate.js';
import type { PolicyDocumentJson } from '../snapshot/types.js';

const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

/** The statements of a raw document that are objects: `Statement` may be one statement, a list, or
 *  (in a document the parser rejects) hold null, strings or numbers, which grant nothing. */
export function statementsOf(doc: PolicyDocumentJson): Record<string, unknown>[] {
  const raw: unknown = doc.Statement;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter(
    (s): s is Record<string, unknown> => typeof s === 'object' && s !== null && !Array.isArray(s),
  );
}

/** True when a document has an unconditional Allow of `*` (or `iam:*`) on `*`: enough to grant itself anything. */
export function grantsAdmin(doc: PolicyDocumentJson | null | undefined): boolean {
  if (!doc) return false;
  const statements = statementsOf(doc);
  return statements.some((s) => {
    if (s.Effect !== 'Allow' || s.Condition !== undefined || s.NotResource !== undefined) return false;
    if (!list(s.Resource).includes('*')) return false;
    return list(s.Action).some((a) => a === '*' || a === '*:*' || a.toLowerCase() === 'iam:*');
  });
}

/** True when a document holds at least one Deny statement. */
export function hasDeny(doc: PolicyDocumentJson | null | undefined): boolean {
  if (!doc) return false;
  const statements = statementsOf(doc);
  return statements.some((s) => s.Effect === 'Deny');
}

/** Principals a trust policy names in its Allow statements (AWS and Federated), and whether it uses NotPrincipal. */
export function trustPrincipals(doc: PolicyDocumentJson | null | undefined): {
  aws: string[];
  federated: string[];
  services: string[];
  wildcard: boolean;
} {
  const out = { aws: [] as string[], federated: [] as string[], services: [] as string[], wildcard: false };
  if (!doc) return out;
  const statements = statementsOf(doc);
  for (const s of statements) {
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
      out.services.push(...list(obj.Service));
    }
  }
  return out;
}

/** The AWS managed policy an attacker attaches to become administrator (its ARN is the request's `iam:PolicyArn`). */
export const ADMINISTRATOR_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';

/** A document with its Deny statements left out (what an identity would grant once a Deny is removed). */
function allowsOnly(doc: PolicyDocumentJson): PolicyDocumentJson {
  // Entries that are not statements stay: they keep an invalid document invalid.
  const raw: unknown = doc.Statement;
  const entries: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const isDeny = (s: unknown) =>
    typeof s === 'object' && s !== null && (s as { Effect?: unknown }).Effect === 'Deny';
  return { ...doc, Statement: entries.filter((s) => !isDeny(s)) };
}

/** A principal whose identity policies would be `docs`, and what it could rewrite to grant itself anything. */
export interface SelfGrantProbe {
  principal: string;
  kind: 'user' | 'role';
  /** Groups the user is (or would be) a member of: a policy put on one of them reaches the user. */
  groups?: string[];
  /** Leave the documents' Deny statements out (the Deny policy is the one being removed). */
  ignoreDenies?: boolean;
}

/** What the request context says of the caller itself (policies often scope self-service to
 *  `${aws:username}`); other keys stay unknown. */
function principalKeys(probe: SelfGrantProbe): Record<string, string> {
  const account = probe.principal.split(':')[4];
  const keys: Record<string, string> = {
    'aws:PrincipalArn': probe.principal,
    'aws:PrincipalAccount': account,
  };
  if (probe.kind === 'user')
    keys['aws:username'] = probe.principal.slice(probe.principal.lastIndexOf('/') + 1);
  return keys;
}

/**
 * Whether identity documents make a principal administrator: `*` (or `iam:*`) on `*`, or IAM write
 * on its own policies (PutUserPolicy / AttachUserPolicy of AdministratorAccess, the role or group
 * equivalents) — decided by the policy engine on the documents alone: no boundary (a caller with one
 * is admin only when the boundary allows it, see the callers), no SCPs. `true` when certain, the
 * condition keys when only conditionally, `false` otherwise.
 */
export function selfGrantsAdmin(docs: PolicyDocumentJson[], probe: SelfGrantProbe): true | string[] | false {
  const identity = probe.ignoreDenies ? docs.map(allowsOnly) : docs;
  if (identity.some(grantsAdmin)) return true;
  const requests: [string, string][] =
    probe.kind === 'user'
      ? [
          ['iam:PutUserPolicy', probe.principal],
          ['iam:AttachUserPolicy', probe.principal],
          ...(probe.groups ?? []).flatMap((g): [string, string][] => [
            ['iam:PutGroupPolicy', g],
            ['iam:AttachGroupPolicy', g],
          ]),
        ]
      : [
          ['iam:PutRolePolicy', probe.principal],
          ['iam:AttachRolePolicy', probe.principal],
        ];
  let conditional: string[] | false = false;
  for (const [action, resource] of requests) {
    const d = evaluate({
      request: {
        principal: probe.principal,
        action,
        resource,
        context: {
          ...principalKeys(probe),
          ...(action.startsWith('iam:Attach') ? { 'iam:PolicyArn': ADMINISTRATOR_ACCESS } : {}),
        },
      },
      identityPolicies: identity,
      unknownKeys: 'discovery',
      knownAbsentKeys: [
        'aws:MultiFactorAuthPresent',
        'aws:MultiFactorAuthAge',
        ...(probe.kind === 'role' ? ['aws:username'] : []),
      ],
    });
    if (d.outcome === 'Allow') return true;
    if (d.outcome === 'Conditional')
      conditional = [...new Set([...(conditional || []), ...d.conditionKeys])].sort();
  }
  return conditional;
}
