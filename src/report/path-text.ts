// How a path and its steps read in text reports: the chain on one line, then one line per step
// naming the permission and the statement that grants it.
import type { EvidenceItem } from '../graph/model.js';
import type { PathHop } from '../queries/types.js';
import { nodeLabel } from './node-label.js';

export function accountOf(id: string): string | undefined {
  if (id.startsWith('admin:')) return id.slice('admin:'.length);
  const parts = id.split(':');
  return parts.length > 4 && parts[4] ? parts[4] : undefined;
}

/** `task-def web:3 —[ecs-task-metadata-creds]→ role app —[…]→ Admin of 2222…`; `escape` is applied
 *  to each node label (the names from the account), not to the chain's own brackets and arrows. */
export function chainText(
  source: string,
  hops: readonly PathHop[],
  escape: (label: string) => string = (label) => label,
): string {
  const ctx = accountOf(source);
  const parts = [escape(nodeLabel(source, ctx))];
  for (const h of hops)
    parts.push(`—[${h.technique}${h.conditional ? '?' : ''}]→ ${escape(nodeLabel(h.to, ctx))}`);
  return parts.join(' ');
}

// SCP, RCP and boundary statements only let a request through; the statements that grant it are
// identity, resource, trust, key and session policy statements. Text reports name those (once each);
// the JSON report keeps every statement the policy engine returned.
const GRANTING = new Set(['identity', 'resource', 'trust', 'key', 'session']);

/** What grants one step: `iam:PutRolePolicy on arn:… — granted by <policy> statement 0 "Sid"`. */
export function evidenceText(e: EvidenceItem): string {
  const what = e.action && e.action !== 'none' ? `${e.action} on ${e.resource}` : '';
  const seen = new Set<string>();
  const grants: string[] = [];
  for (const s of e.statements) {
    if (!GRANTING.has(s.policyType)) continue;
    const text = `${s.policyId}${s.versionId ? ` (${s.versionId})` : ''} statement ${s.statement}${s.sid ? ` "${s.sid}"` : ''}`;
    if (!seen.has(text)) {
      seen.add(text);
      grants.push(text);
    }
  }
  const by = grants.length ? `granted by ${grants.join('; ')}` : '';
  return [what, by, e.note ?? ''].filter(Boolean).join(' — ') || 'no permission needed';
}

/** One line per step: `2. sts-assume-role: sts:AssumeRole on … — granted by …`. */
export function stepLines(hops: readonly PathHop[]): string[] {
  return hops.map((h, i) => {
    const evidence = h.evidence.length ? h.evidence.map(evidenceText).join('; ') : 'no permission needed';
    const cond = h.conditional
      ? ` [conditional on ${h.conditionKeys.join(', ') || 'unresolved conditions'}]`
      : '';
    const assume = h.assumptions.length ? ` [assumes: ${h.assumptions.join('; ')}]` : '';
    return `${i + 1}. ${h.technique}: ${evidence}${cond}${assume}`;
  });
}
