// Finds the policy statement a StatementRef points at inside a snapshot, so a diff can tell whether
// the statement that enables a new path is new, modified, or was there all along.
import type { StatementRef } from '../policy/api.js';
import type { Account, PolicyDocumentJson, Snapshot } from '../snapshot/types.js';

export type StatementJson = Record<string, unknown>;

/** The document a policy id names in a snapshot, or undefined when the snapshot has no such policy. */
export function findPolicyDocument(
  snapshot: Snapshot,
  policyId: string,
  versionId?: string,
): PolicyDocumentJson | null | undefined {
  const hash = policyId.indexOf('#');
  if (hash < 0) return managedOrOrgPolicy(snapshot, policyId, versionId);
  const owner = policyId.slice(0, hash);
  const part = policyId.slice(hash + 1);
  if (part.startsWith('inline/')) return inlinePolicy(snapshot, owner, part.slice('inline/'.length));
  if (part === 'trust') return roleByArn(snapshot, owner)?.trustPolicy;
  if (part === 'key-policy')
    return eachAccount(snapshot, (a) => a.kmsKeys.find((k) => k.arn === owner)?.policy);
  if (part === 'resource-policy') return resourcePolicy(snapshot, owner);
  return undefined;
}

/** The statements of a document as an array (AWS allows a single object). */
export function statementsOf(document: PolicyDocumentJson | null | undefined): StatementJson[] {
  if (!document) return [];
  const raw = document['Statement'];
  if (Array.isArray(raw)) return raw.filter((s): s is StatementJson => typeof s === 'object' && s !== null);
  if (typeof raw === 'object' && raw !== null) return [raw as StatementJson];
  return [];
}

export function findStatement(snapshot: Snapshot, ref: StatementRef): StatementJson | undefined {
  return statementsOf(findPolicyDocument(snapshot, ref.policyId, ref.versionId))[ref.statement];
}

/** JSON with sorted keys: two statements are the same when their canonical forms are equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function eachAccount<T>(snapshot: Snapshot, pick: (a: Account) => T | undefined): T | undefined {
  for (const account of snapshot.accounts) {
    const found = pick(account);
    if (found !== undefined) return found;
  }
  return undefined;
}

function roleByArn(snapshot: Snapshot, arn: string) {
  return eachAccount(snapshot, (a) => a.iam.roles.find((r) => r.arn === arn));
}

function inlinePolicy(
  snapshot: Snapshot,
  owner: string,
  name: string,
): PolicyDocumentJson | null | undefined {
  return eachAccount(snapshot, (a) => {
    const principal =
      a.iam.roles.find((r) => r.arn === owner) ??
      a.iam.users.find((u) => u.arn === owner) ??
      a.iam.groups.find((g) => g.arn === owner);
    return principal?.inlinePolicies.find((p) => p.name === name)?.document;
  });
}

function managedOrOrgPolicy(
  snapshot: Snapshot,
  id: string,
  versionId?: string,
): PolicyDocumentJson | null | undefined {
  const managed = eachAccount(snapshot, (a) => a.iam.policies.find((p) => p.arn === id));
  if (managed) {
    const wanted = versionId ?? managed.defaultVersionId;
    return (managed.versions.find((v) => v.versionId === wanted) ?? managed.versions.find((v) => v.isDefault))
      ?.document;
  }
  for (const org of snapshot.organizations) {
    const policy = org.policies.find((p) => p.id === id || p.arn === id);
    if (policy) return policy.document;
  }
  return undefined;
}

function resourcePolicy(snapshot: Snapshot, arn: string): PolicyDocumentJson | null | undefined {
  return eachAccount(
    snapshot,
    (a) =>
      a.s3Buckets.find((b) => b.arn === arn)?.policy ??
      a.lambda.find((f) => f.arn === arn)?.resourcePolicy ??
      a.secrets.find((s) => s.arn === arn)?.resourcePolicy ??
      a.ecrRepositories.find((r) => r.arn === arn)?.policy ??
      undefined,
  );
}
