// The admin-equivalent technique checks `*` on `*` (or IAM write on every role and user) by asking
// the policy engine about a few stand-in resources no account has. Those stand-ins are how the
// question is asked, not what the answer is about: the evidence an edge keeps names the scope each
// one stands for (every role, every user, every object), so no output shows a resource that does
// not exist.
import type { EdgeAttributes, EvidenceItem } from './model.js';

/** Name of the stand-in role, user and bucket. */
const PROBE = 'blastmap-admin-probe';

/** The stand-in resources of an account, as the technique records' target bindings. */
export function probeBindings(partition: string, account: string): Record<string, string[]> {
  return {
    'probe-role': [`arn:${partition}:iam::${account}:role/${PROBE}`],
    'probe-user': [`arn:${partition}:iam::${account}:user/${PROBE}`],
    'probe-bucket-object': [`arn:${partition}:s3:::${PROBE}/object`],
  };
}

const ROLE_OR_USER = new RegExp(`^(arn:[^:]*:iam::[^:]*:(?:role|user)/)${PROBE}$`);
const OBJECT = new RegExp(`^(arn:[^:]*:s3:::)${PROBE}/object$`);

/** The scope a stand-in resource represents: `…:role/*`, `…:user/*`, `arn:aws:s3:::*\/*`. */
export function probeScope(resource: string): string {
  const r = ROLE_OR_USER.exec(resource);
  if (r) return `${r[1]}*`;
  const o = OBJECT.exec(resource);
  return o ? `${o[1]}*/*` : resource;
}

/** An admin-equivalent edge with its evidence naming scopes instead of stand-ins. */
export function withProbeScopes(attrs: EdgeAttributes): EdgeAttributes {
  if (!attrs.evidence.some((e) => probeScope(e.resource) !== e.resource)) return attrs;
  const evidence: EvidenceItem[] = attrs.evidence.map((e) => {
    const resource = probeScope(e.resource);
    return resource === e.resource ? e : { ...e, resource };
  });
  return { ...attrs, evidence };
}
