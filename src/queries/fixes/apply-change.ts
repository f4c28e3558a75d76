// A snapshot with changes applied: a copy (the input is never touched), edited the way the change's
// summary tells a person to edit the account. Statement indexes refer to the document as it was, so
// several changes to one document are applied together before any statement is dropped.
import type { Account, PolicyDocumentJson, Snapshot } from '../../snapshot/types.js';
import type { FixChange } from '../fix-types.js';

type Statement = Record<string, unknown>;

/** A place a policy document lives in the snapshot: read it, replace it. */
interface DocumentSlot {
  get(): PolicyDocumentJson | null | undefined;
  set(document: PolicyDocumentJson): void;
}

export function applyChanges(snapshot: Snapshot, changes: readonly FixChange[]): Snapshot {
  const copy = structuredClone(snapshot);
  const edits = new Map<string, { slot: DocumentSlot; changes: FixChange[] }>();
  for (const change of changes) {
    if (change.kind === 'detach-policy') detach(copy, change);
    else if (change.kind === 'disable-ecs-exec') disableExec(copy, change.resource ?? '');
    else if (change.policyId !== undefined && change.statementIndex !== undefined) {
      const id = `${change.policyId}\u0000${change.versionId ?? ''}`;
      let edit = edits.get(id);
      if (!edit) {
        const slot = documentSlot(copy, change.policyId, change.versionId);
        if (!slot) continue;
        edits.set(id, (edit = { slot, changes: [] }));
      }
      edit.changes.push(change);
    }
  }
  for (const { slot, changes: own } of edits.values()) editDocument(slot, own);
  return copy;
}

function editDocument(slot: DocumentSlot, changes: FixChange[]): void {
  const document = slot.get();
  if (!document) return;
  const raw = document['Statement'];
  const statements: (Statement | null)[] = Array.isArray(raw)
    ? raw.map((s) => (typeof s === 'object' && s !== null ? { ...(s as Statement) } : (s as null)))
    : typeof raw === 'object' && raw !== null
      ? [{ ...(raw as Statement) }]
      : [];
  const removed = new Set<number>();
  for (const change of changes) {
    const index = change.statementIndex!;
    const statement = statements[index];
    if (!statement) continue;
    if (change.kind === 'narrow-statement') narrow(statement, change.actions ?? []);
    else removed.add(index);
  }
  slot.set({ ...document, Statement: statements.filter((s, i) => s !== null && !removed.has(i)) });
}

/** Drop the listed entries from Action, or add the actions to NotAction. */
function narrow(statement: Statement, actions: readonly string[]): void {
  if (statement['NotAction'] !== undefined) {
    const current = asList(statement['NotAction']);
    statement['NotAction'] = [...current, ...actions.filter((a) => !current.includes(a))];
    return;
  }
  const drop = new Set(actions.map((a) => a.toLowerCase()));
  statement['Action'] = asList(statement['Action']).filter((a) => !drop.has(a.toLowerCase()));
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function detach(snapshot: Snapshot, change: FixChange): void {
  const holder = change.principal;
  const arn = change.policyId;
  if (!holder || !arn) return;
  for (const a of snapshot.accounts) {
    for (const p of [...a.iam.roles, ...a.iam.users, ...a.iam.groups])
      if (p.arn === holder) p.attachedPolicies = p.attachedPolicies.filter((x) => x !== arn);
  }
}

/** ECS Exec off on the service (and every task of it), or on the one task. */
function disableExec(snapshot: Snapshot, resource: string): void {
  for (const a of snapshot.accounts) {
    for (const s of a.ecs.services) {
      if (s.arn !== resource) continue;
      s.enableExecuteCommand = false;
      for (const t of a.ecs.tasks)
        if (t.clusterArn === s.clusterArn && t.group === `service:${s.name}`) t.enableExecuteCommand = false;
    }
    for (const t of a.ecs.tasks) if (t.arn === resource) t.enableExecuteCommand = false;
  }
}

/** Where the document a policy id names lives (the same ids as statement-lookup.ts reads). */
function documentSlot(snapshot: Snapshot, policyId: string, versionId?: string): DocumentSlot | undefined {
  const hash = policyId.indexOf('#');
  if (hash < 0) return managedSlot(snapshot, policyId, versionId);
  const owner = policyId.slice(0, hash);
  const part = policyId.slice(hash + 1);
  for (const a of snapshot.accounts) {
    const slot = accountSlot(a, owner, part);
    if (slot) return slot;
  }
  return undefined;
}

function accountSlot(a: Account, owner: string, part: string): DocumentSlot | undefined {
  if (part.startsWith('inline/')) {
    const name = part.slice('inline/'.length);
    const principal = [...a.iam.roles, ...a.iam.users, ...a.iam.groups].find((p) => p.arn === owner);
    const inline = principal?.inlinePolicies.find((p) => p.name === name);
    return inline && { get: () => inline.document, set: (d) => (inline.document = d) };
  }
  if (part === 'trust') {
    const role = a.iam.roles.find((r) => r.arn === owner);
    return role && { get: () => role.trustPolicy, set: (d) => (role.trustPolicy = d) };
  }
  if (part === 'key-policy') {
    const key = a.kmsKeys.find((k) => k.arn === owner);
    return key && { get: () => key.policy, set: (d) => (key.policy = d) };
  }
  if (part !== 'resource-policy') return undefined;
  const bucket = a.s3Buckets.find((b) => b.arn === owner);
  if (bucket) return { get: () => bucket.policy, set: (d) => (bucket.policy = d) };
  const fn = a.lambda.find((f) => f.arn === owner);
  if (fn) return { get: () => fn.resourcePolicy, set: (d) => (fn.resourcePolicy = d) };
  const secret = a.secrets.find((s) => s.arn === owner);
  if (secret) return { get: () => secret.resourcePolicy, set: (d) => (secret.resourcePolicy = d) };
  const repo = a.ecrRepositories.find((r) => r.arn === owner);
  if (repo) return { get: () => repo.policy, set: (d) => (repo.policy = d) };
  return undefined;
}

function managedSlot(snapshot: Snapshot, arn: string, versionId?: string): DocumentSlot | undefined {
  for (const a of snapshot.accounts) {
    const policy = a.iam.policies.find((p) => p.arn === arn);
    if (!policy) continue;
    const version =
      policy.versions.find((v) => v.versionId === (versionId ?? policy.defaultVersionId)) ??
      policy.versions.find((v) => v.isDefault);
    return version && { get: () => version.document, set: (d) => (version.document = d) };
  }
  return undefined;
}
