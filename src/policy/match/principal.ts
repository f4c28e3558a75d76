// Who is asking, and how a Principal element names them. The distinction that matters for the
// decision (see evaluate.ts): a statement that names the principal itself (its user ARN, its
// session ARN, a service principal, or "*") grants directly; one that names the role a session
// belongs to grants through the role (boundaries and session policies still cut it); one that names
// an account (`123456789012` or `arn:aws:iam::123456789012:root`) only delegates to that account's
// own IAM policies.
import type { PrincipalSet } from '../parse/policy.js';
import { splitArn } from './arn.js';

export type PrincipalKind =
  'user' | 'role' | 'session' | 'root' | 'federated' | 'service' | 'anonymous' | 'other';

export interface RequestPrincipal {
  kind: PrincipalKind;
  /** ARN as given (`*` for anonymous, the service name for a service principal). */
  arn: string;
  account?: string;
  partition?: string;
  /** For a role or a session: the role's name (a session ARN carries no path). */
  roleName?: string;
  sessionName?: string;
}

export type PrincipalMatch = 'none' | 'direct' | 'role' | 'account' | 'wildcard' | 'session-of-role';

/** Pseudo condition key naming "which session of the role": a role's requests come from sessions
 *  whose names the analysis does not know, so a statement naming one session depends on it. */
export const SESSION_NAME_KEY = 'sts:RoleSessionName';

const ACCOUNT_ID = /^\d{12}$/;

export function describePrincipal(principal: string): RequestPrincipal {
  if (principal === '*' || principal.toLowerCase() === 'anonymous') return described('anonymous', '*');
  if (ACCOUNT_ID.test(principal))
    return described('root', `arn:aws:iam::${principal}:root`, principal, 'aws');
  const parts = splitArn(principal);
  if (!parts || parts[0] !== 'arn') {
    if (/\.amazonaws\.com(\.cn)?$/.test(principal) || /^[a-z0-9.-]+\.[a-z]+$/.test(principal)) {
      return described('service', principal);
    }
    return described('other', principal);
  }
  const [, partition, service, , account, resource] = parts;
  if (service === 'iam') {
    if (resource === 'root') return described('root', principal, account, partition);
    if (resource.startsWith('user/')) return described('user', principal, account, partition);
    if (resource.startsWith('role/'))
      return described('role', principal, account, partition, resource.slice(resource.lastIndexOf('/') + 1));
    if (resource.startsWith('saml-provider/') || resource.startsWith('oidc-provider/'))
      return described('federated', principal, account, partition);
  }
  if (service === 'sts') {
    if (resource.startsWith('assumed-role/')) {
      const [, roleName, ...session] = resource.split('/');
      return described('session', principal, account, partition, roleName, session.join('/'));
    }
    if (resource.startsWith('federated-user/')) return described('federated', principal, account, partition);
  }
  return described('other', principal, account, partition);
}

/** Every principal with all its fields, in one order: one object shape for every kind, so the
 *  engine's hot functions never meet a new one after they were optimised (a deopt each time). */
function described(
  kind: PrincipalKind,
  arn: string,
  account?: string,
  partition?: string,
  roleName?: string,
  sessionName?: string,
): RequestPrincipal {
  return { kind, arn, account, partition, roleName, sessionName };
}

/** Whether the principal is an IAM identity of an account (its identity policies, boundary, SCPs
 *  apply), as opposed to anonymous callers and service principals. */
export function isAccountPrincipal(p: RequestPrincipal): boolean {
  // (Every test made on every call: a test first met after optimising has no type feedback and
  // throws away the optimised code of the caller it is inlined into, decideRequest.)
  const inAccount = p.account !== undefined;
  const notService = p.kind !== 'service';
  const notAnonymous = p.kind !== 'anonymous';
  return inAccount && notService && notAnonymous;
}

function matchAwsEntry(entry: string, p: RequestPrincipal): PrincipalMatch {
  if (entry === '*') return 'wildcard';
  if (p.kind === 'anonymous' || p.kind === 'service') return 'none';
  if (ACCOUNT_ID.test(entry)) return entry === p.account ? 'account' : 'none';
  // A role never calls AWS itself, its sessions do: naming the role grants "through the role".
  if (entry === p.arn) return p.kind === 'role' ? 'role' : 'direct';
  const parts = splitArn(entry);
  if (!parts || parts[4] !== p.account || parts[1] !== (p.partition ?? 'aws')) return 'none';
  const resource = parts[5];
  if (parts[2] === 'iam' && resource === 'root') return 'account';
  if (parts[2] === 'iam' && resource.startsWith('role/') && p.kind === 'session') {
    return resource.slice(resource.lastIndexOf('/') + 1) === p.roleName ? 'role' : 'none';
  }
  if (
    parts[2] === 'sts' &&
    resource.startsWith('assumed-role/') &&
    (p.kind === 'role' || p.kind === 'session')
  ) {
    return resource.split('/')[1] === p.roleName ? 'session-of-role' : 'none';
  }
  return 'none';
}

const STRENGTH: Record<PrincipalMatch, number> = {
  none: 0,
  'session-of-role': 1,
  account: 2,
  role: 3,
  wildcard: 4,
  direct: 5,
};

function stronger(a: PrincipalMatch, b: PrincipalMatch): PrincipalMatch {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

/** The strongest way a Principal element names the request principal. */
export function matchPrincipal(set: PrincipalSet, p: RequestPrincipal): PrincipalMatch {
  if (set.wildcard) return 'wildcard';
  // Plain assignments, not a closure over `best` (its context would be allocated on every call).
  let best: PrincipalMatch = 'none';
  for (const entry of set.aws) {
    const m = matchAwsEntry(entry, p);
    if (STRENGTH[m] > STRENGTH[best]) best = m;
  }
  if (p.kind === 'service') {
    for (const entry of set.service)
      if (entry.toLowerCase() === p.arn.toLowerCase()) best = stronger(best, 'direct');
  }
  if (p.kind === 'federated' || p.kind === 'other') {
    for (const entry of [...set.federated, ...set.canonicalUser])
      if (entry === p.arn) best = stronger(best, 'direct');
  }
  return best;
}
