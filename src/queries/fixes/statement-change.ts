// The change that takes one granting statement away, in the policy's own terms: drop only the
// actions the paths use when the statement grants others too (narrow), delete it when nothing else
// would be left (remove; for a trust policy: remove the trust statement), and detach an AWS managed
// policy (its document is AWS's, not editable).
import type { StatementRef } from '../../policy/api.js';
import { wildcardRegExp } from '../../policy/match/wildcard.js';
import type { Snapshot } from '../../snapshot/types.js';
import type { FixChange } from '../fix-types.js';
import { findPolicyDocument, statementsOf } from '../statement-lookup.js';

/** Identity of a change: the same change found from two sources is verified once. */
export function changeKey(change: FixChange): string {
  return JSON.stringify([
    change.kind,
    change.policyId ?? '',
    change.versionId ?? '',
    change.statementIndex ?? -1,
    change.actions ?? [],
    change.resource ?? '',
    change.principal ?? '',
  ]);
}

/**
 * The change that removes what `ref` grants to `principal` for `actions`, or undefined when the
 * statement is not in the snapshot (an engine-supplied policy) or is not an Allow.
 * `revert`: delete the statement whole (a diff's enabling statement is undone, not narrowed).
 */
export function statementChange(
  snapshot: Snapshot,
  ref: StatementRef,
  principal: string,
  actions: readonly string[],
  opts: { revert?: boolean } = {},
): FixChange | undefined {
  const statement = statementsOf(findPolicyDocument(snapshot, ref.policyId, ref.versionId))[ref.statement];
  if (!statement || statement['Effect'] !== 'Allow') return undefined;
  const label = typeof ref.sid === 'string' && ref.sid ? ref.sid : String(ref.statement);
  const base = {
    policyId: ref.policyId,
    statement: label,
    statementIndex: ref.statement,
    ...(ref.versionId ? { versionId: ref.versionId } : {}),
  };
  if (ref.policyType === 'trust') {
    return {
      kind: 'remove-trust-statement',
      ...base,
      summary: `remove statement ${label} from the trust policy of ${shortName(ownerOf(ref.policyId))} (it lets ${shortName(principal)} assume it)`,
    };
  }
  const managed = ref.policyId.includes('#') ? undefined : managedPolicy(snapshot, ref.policyId);
  if (managed?.awsManaged || isAwsManagedArn(ref.policyId))
    return detachChange(snapshot, ref.policyId, principal);
  const where = policyName(snapshot, ref.policyId);
  const used = [...new Set(actions)].sort();
  if (!opts.revert) {
    if (statement['NotAction'] !== undefined) {
      return {
        kind: 'narrow-statement',
        ...base,
        actions: used,
        summary: `add ${used.join(', ')} to the NotAction of statement ${label} in ${where}`,
      };
    }
    const listed = asList(statement['Action']);
    const dropped = listed.filter((a) => used.some((u) => wildcardRegExp(a, true).test(u)));
    if (dropped.length && dropped.length < listed.length) {
      return {
        kind: 'narrow-statement',
        ...base,
        actions: dropped,
        summary: `drop ${dropped.join(', ')} from statement ${label} in ${where}`,
      };
    }
  }
  const granted = asList(statement['Action'] ?? statement['NotAction']);
  return {
    kind: 'remove-statement',
    ...base,
    summary: `remove statement ${label} (${granted.join(', ') || 'no action'}) from ${where}`,
  };
}

/** Detach a managed policy from the principal, or from the group of the user that holds it. */
export function detachChange(snapshot: Snapshot, policyArn: string, principal: string): FixChange {
  const managed = managedPolicy(snapshot, policyArn);
  const holder = attachmentHolder(snapshot, principal, policyArn) ?? principal;
  const what = managed?.awsManaged || isAwsManagedArn(policyArn) ? 'AWS managed policy' : 'policy';
  return {
    kind: 'detach-policy',
    policyId: policyArn,
    principal: holder,
    summary: `detach ${what} ${managed?.name ?? shortName(policyArn)} from ${shortName(holder)}`,
  };
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isAwsManagedArn(id: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(id);
}

function managedPolicy(snapshot: Snapshot, arn: string) {
  for (const a of snapshot.accounts) {
    const p = a.iam.policies.find((x) => x.arn === arn);
    if (p) return p;
  }
  return undefined;
}

/** Who holds the attachment that gives `principal` the policy: itself, or one of its groups. */
function attachmentHolder(snapshot: Snapshot, principal: string, arn: string): string | undefined {
  for (const a of snapshot.accounts) {
    const role = a.iam.roles.find((r) => r.arn === principal);
    if (role) return role.attachedPolicies.includes(arn) ? role.arn : undefined;
    const user = a.iam.users.find((u) => u.arn === principal);
    if (user) {
      if (user.attachedPolicies.includes(arn)) return user.arn;
      return a.iam.groups.find(
        (g) =>
          (user.groups.includes(g.name) || user.groups.includes(g.arn)) && g.attachedPolicies.includes(arn),
      )?.arn;
    }
  }
  return undefined;
}

/** The policy as a person finds it in the console. */
function policyName(snapshot: Snapshot, policyId: string): string {
  const hash = policyId.indexOf('#');
  if (hash < 0) return `policy ${managedPolicy(snapshot, policyId)?.name ?? shortName(policyId)}`;
  const owner = policyId.slice(0, hash);
  const part = policyId.slice(hash + 1);
  if (part.startsWith('inline/'))
    return `inline policy ${part.slice('inline/'.length)} of ${shortName(owner)}`;
  if (part === 'key-policy') return `the key policy of ${owner}`;
  return `the resource policy of ${owner}`;
}

function ownerOf(policyId: string): string {
  const hash = policyId.indexOf('#');
  return hash < 0 ? policyId : policyId.slice(0, hash);
}

/** `role/name` for an IAM ARN; the id itself otherwise. */
function shortName(id: string): string {
  const m = /^arn:aws[a-z-]*:iam::[^:]*:((?:role|user|group|policy)\/.*)$/.exec(id);
  return m ? m[1] : id;
}
