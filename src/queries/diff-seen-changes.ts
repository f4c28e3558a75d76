// The IAM changes a diff saw (the plan's applied changes, or the statements that differ between two
// snapshots), each with its changed statements: what a reviewer needs when a change opens no path.
// Pure over the two snapshots.
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import type { Snapshot } from '../snapshot/types.js';
import type { BlockedBy } from '../policy/api.js';
import { canonicalJson, findPolicyDocument, statementsOf, type StatementJson } from './statement-lookup.js';

/** Why a changed statement opens no path (diff-blockers.ts works it out). */
export type StatementBlocker =
  /** The action the statement allows is still denied to the principal, by these gates. */
  | {
      kind: 'denied';
      principal: string;
      action: string;
      resource: string;
      gates: BlockedBy[];
      /** The policies behind the gates that the snapshot names: the permissions boundary, the
       *  policies of matching Deny statements. */
      policies: string[];
    }
  /** The action is allowed, but every technique that uses it also needs a permission the principal
   *  may not use on any resource of its account: `needs` (and `techniques`), closest to completing
   *  first (the techniques lacking the fewest permissions, then the least effort, in catalog order). */
  | { kind: 'missing'; principal: string; action: string; needs: string[]; techniques: string[] }
  /** iam:PassRole is allowed, but the role does not trust any service a technique passes it to. */
  | { kind: 'untrusted'; principal: string; role: string; services: string[] }
  /** A Deny statement narrows access: it cannot open a path. */
  | { kind: 'deny-statement' }
  /** The statement grants no action any technique uses. */
  | { kind: 'no-technique-action' }
  /** The engine allows what the statement grants and no blocking reason was found. */
  | { kind: 'unknown' };

export interface SeenStatement {
  /** Index in the after document. */
  statement: number;
  sid?: string;
  /** `added`/`modified`: the statement is new in its policy (or its policy is new);
   *  `attached`: the policy was attached to a principal it was not attached to before. */
  change: 'added' | 'modified' | 'attached';
  statementJson: StatementJson;
  /** The principals the statement is in force for (the owner of an inline policy, the principals a
   *  managed policy is attached to, a group's members; a trust statement: the role). */
  principals: string[];
  /** Why it opens no path, as the policy engine decided it (filled by diff-blockers.ts). */
  blockers: StatementBlocker[];
}

export interface SeenChange {
  /** Terraform address, when the change comes from a plan. */
  address?: string;
  /** What changed, in words (the plan's own effect text, or built the same way for two snapshots). */
  effect: string;
  /** The policy the change wrote, as evidence names it. */
  policyId?: string;
  /** Statements the change added (empty for a change that writes no policy, e.g. a service). */
  statements: SeenStatement[];
}

/** Changes seen: from the plan when there is one, else by comparing the two snapshots. */
export function seenChanges(
  before: Snapshot,
  after: Snapshot,
  plan: PlanOverlaySummary | undefined,
): SeenChange[] {
  if (plan) {
    return plan.applied.map((a) => ({
      address: a.address,
      effect: a.effect,
      ...(a.policyId ? { policyId: a.policyId } : {}),
      statements: a.policyId ? changedStatements(before, after, a.policyId) : [],
    }));
  }
  const changes: SeenChange[] = [];
  for (const { policyId, effect } of policiesOf(after)) {
    const statements = changedStatements(before, after, policyId);
    if (statements.length) changes.push({ effect, policyId, statements });
  }
  for (const account of after.accounts) {
    for (const p of [...account.iam.roles, ...account.iam.users, ...account.iam.groups]) {
      for (const arn of p.attachedPolicies) {
        if (attachedBefore(before, p.arn, arn)) continue;
        const doc = findPolicyDocument(after, arn);
        changes.push({
          effect: `managed policy ${arn} attached to ${p.arn}`,
          policyId: arn,
          statements: statementsOf(doc).map((s, i) => seen(s, i, 'attached', [...inForce(after, p.arn)])),
        });
      }
    }
  }
  return changes;
}

/** The statements of `policyId` in `after` that `before` does not hold (compared by content). */
export function changedStatements(before: Snapshot, after: Snapshot, policyId: string): SeenStatement[] {
  const beforeDoc = findPolicyDocument(before, policyId);
  const known = new Set(statementsOf(beforeDoc).map(canonicalJson));
  const change = beforeDoc === undefined ? 'added' : 'modified';
  const principals = principalsOf(after, policyId);
  return statementsOf(findPolicyDocument(after, policyId))
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !known.has(canonicalJson(s)))
    .map(({ s, i }) => seen(s, i, change, principals));
}

function seen(
  s: StatementJson,
  i: number,
  change: SeenStatement['change'],
  principals: string[],
): SeenStatement {
  const sid = typeof s['Sid'] === 'string' ? s['Sid'] : undefined;
  return {
    statement: i,
    ...(sid ? { sid } : {}),
    change,
    statementJson: s,
    principals,
    blockers: [],
  };
}

function policiesOf(snapshot: Snapshot): { policyId: string; effect: string }[] {
  const out: { policyId: string; effect: string }[] = [];
  for (const account of snapshot.accounts) {
    for (const [kind, list] of [
      ['role', account.iam.roles],
      ['user', account.iam.users],
      ['group', account.iam.groups],
    ] as const) {
      for (const p of list) {
        for (const inline of p.inlinePolicies)
          out.push({
            policyId: `${p.arn}#inline/${inline.name}`,
            effect: `inline policy ${inline.name} on ${kind} ${p.name}`,
          });
      }
    }
    for (const r of account.iam.roles)
      out.push({ policyId: `${r.arn}#trust`, effect: `trust policy of role ${r.name}` });
    for (const p of account.iam.policies)
      if (!p.awsManaged) out.push({ policyId: p.arn, effect: `managed policy ${p.name}` });
  }
  return out;
}

/** Principals a policy is in force for, in the snapshot. */
function principalsOf(snapshot: Snapshot, policyId: string): string[] {
  const hash = policyId.indexOf('#');
  if (hash >= 0) {
    const owner = policyId.slice(0, hash);
    return policyId.slice(hash + 1).startsWith('inline/') ? [...inForce(snapshot, owner)] : [owner];
  }
  const found = new Set<string>();
  for (const account of snapshot.accounts) {
    for (const p of [...account.iam.roles, ...account.iam.users, ...account.iam.groups]) {
      if (p.attachedPolicies.includes(policyId)) for (const x of inForce(snapshot, p.arn)) found.add(x);
    }
  }
  return [...found].sort();
}

/** A principal itself, or for a group its member users (policies of a group act through them). */
function inForce(snapshot: Snapshot, arn: string): Set<string> {
  for (const account of snapshot.accounts) {
    const group = account.iam.groups.find((g) => g.arn === arn);
    if (group)
      return new Set(
        account.iam.users
          .filter((u) => u.groups.includes(group.name) || u.groups.includes(group.arn))
          .map((u) => u.arn),
      );
  }
  return new Set([arn]);
}

function attachedBefore(before: Snapshot, principal: string, policyArn: string): boolean {
  for (const account of before.accounts) {
    const p = [...account.iam.roles, ...account.iam.users, ...account.iam.groups].find(
      (x) => x.arn === principal,
    );
    if (p) return p.attachedPolicies.includes(policyArn);
  }
  return false;
}
