// Who applies techniques: every user and role (sorted), every task definition and task (the attacker
// runs code in it), every credential found and every RDS-managed master secret (sorted). Both engines
// visit them in this order, so the first of two equal edges is the same.
import { credentialNodeId } from './inventory.js';
import type { Actor, TechniqueContext } from './technique-context.js';

export function principals(ctx: TechniqueContext): Actor[] {
  const out: Actor[] = [];
  for (const { item, account } of ctx.inv.users.values()) out.push({ id: item.arn, kind: 'user', account });
  for (const { item, account } of ctx.inv.roles.values()) out.push({ id: item.arn, kind: 'role', account });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function workloads(ctx: TechniqueContext): Actor[] {
  const out: Actor[] = [];
  for (const { item, account } of ctx.inv.taskDefinitions.values())
    out.push({ id: item.arn, kind: 'task-definition', account });
  for (const { item, account } of ctx.inv.tasks.values()) out.push({ id: item.arn, kind: 'task', account });
  return out;
}

export function credentials(ctx: TechniqueContext): Actor[] {
  const out = new Map<string, Actor>();
  for (const f of ctx.inv.snapshot.credentialFindings) {
    const account = ctx.inv.accountById.get(f.account);
    if (account) out.set(credentialNodeId(f), { id: credentialNodeId(f), kind: 'credential', account });
  }
  const dbSecrets = new Set(
    [...ctx.inv.databases.values()].map((d) => d.item.db.masterUserSecretArn).filter(Boolean),
  );
  for (const { item, account } of ctx.inv.secrets.values()) {
    if (dbSecrets.has(item.arn)) out.set(item.arn, { id: item.arn, kind: 'secret', account });
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
