// What the technique engine knows while it applies records: the snapshot index, the policy engine,
// and caches of the facts several records ask for (which roles trust a service, who reaches a database).
import type { AccessModel, Decision } from '../policy/api.js';
import type { Account } from '../snapshot/types.js';
import type { Inventory } from './inventory.js';
import type { Access, AttackEdgeType, EvidenceItem } from './model.js';
import type { NetworkReach } from './network-reach.js';
import { resourcePolicyIndex, type ResourcePolicyIndex } from './identity-prefilter.js';
import { trustPrincipals } from './privilege.js';
import type { ResourceRef } from './techniques/types.js';

export interface Actor {
  id: string;
  kind: 'user' | 'role' | 'task-definition' | 'task' | 'credential' | 'secret';
  account: Account;
}

/** One place a technique can lead: the destination node and the resources its permissions are checked on. */
export interface Candidate {
  to: string;
  /** Destination edge type and access when the selector decides them (credential use). */
  edge?: AttackEdgeType;
  access?: Access;
  bindings: Partial<Record<ResourceRef, string[]>>;
  assumptions: string[];
  /** Evidence that needs no permission check (e.g. "the container holds the value"). */
  notes: EvidenceItem[];
}

export class TechniqueContext {
  /** Service → role → decision (nested: no key string built per question). */
  private readonly trustCache = new Map<string, Map<string, Decision>>();
  /** Roles by account whose trust admits AWS principals of that account; and roles open to `*`. */
  private readonly trustIndex = new Map<string, string[]>();
  private readonly openTrust: string[] = [];
  /** Which resource policies could admit which principals (see identity-prefilter.ts). */
  readonly resourcePolicies: ResourcePolicyIndex;

  constructor(
    readonly inv: Inventory,
    readonly model: AccessModel,
    readonly reach: NetworkReach,
  ) {
    this.resourcePolicies = resourcePolicyIndex(inv);
    for (const { item: role } of inv.roles.values()) {
      const p = trustPrincipals(role.trustPolicy);
      if (p.wildcard) {
        this.openTrust.push(role.arn);
        continue;
      }
      const accounts = new Set<string>();
      for (const a of p.aws) {
        const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(a);
        if (m) accounts.add(m[1]);
        else if (/^\d{12}$/.test(a)) accounts.add(a);
      }
      for (const account of accounts) {
        const list = this.trustIndex.get(account) ?? [];
        list.push(role.arn);
        this.trustIndex.set(account, list);
      }
    }
  }

  private readonly memos = new Map<string, unknown>();

  /** A named memo of this build (made by `make` on first use): what a precondition or selector
   *  works out once and reads many times lives here, and dies with the context. */
  memo<T>(name: string, make: () => T): T {
    let m = this.memos.get(name) as T | undefined;
    if (m === undefined) this.memos.set(name, (m = make()));
    return m;
  }

  /** Roles (sorted) whose trust policy could admit a principal of `account` at all. */
  rolesTrustingAccount(account: string): string[] {
    return [...new Set([...(this.trustIndex.get(account) ?? []), ...this.openTrust])].sort();
  }

  /** The engine's answer to: may this service principal assume the role? */
  serviceTrust(roleArn: string, service: string): Decision {
    let byRole = this.trustCache.get(service);
    if (!byRole) this.trustCache.set(service, (byRole = new Map()));
    let d = byRole.get(roleArn);
    if (!d) {
      const names = this.trustedNames(roleArn);
      d =
        names && !names.has(service.toLowerCase())
          ? notTrusted
          : this.model.decide({ principal: service, action: 'sts:AssumeRole', resource: roleArn });
      byRole.set(roleArn, d);
    }
    return d;
  }

  private readonly trustedServiceNames = new Map<string, Set<string> | undefined>();

  /** The service principals (lower case) a role's collected trust policy names in Allow statements, or
   *  undefined when it may admit any service (`*`, NotPrincipal, a wildcard) or was not collected. A
   *  service principal is matched by its exact name only, so a service not named cannot assume the role. */
  private trustedNames(roleArn: string): Set<string> | undefined {
    if (this.trustedServiceNames.has(roleArn)) return this.trustedServiceNames.get(roleArn);
    const doc = this.inv.roles.get(roleArn)?.item.trustPolicy;
    const p = doc ? trustPrincipals(doc) : undefined;
    const names =
      !p || p.wildcard || p.services.some((s) => /[*?]/.test(s))
        ? undefined
        : new Set(p.services.map((s) => s.toLowerCase()));
    this.trustedServiceNames.set(roleArn, names);
    return names;
  }
}

/** A service the trust policy does not name (what the engine answers, without asking it). */
const notTrusted: Decision = {
  outcome: 'Deny',
  blockedBy: ['resource'],
  allowedBy: [],
  deniedBy: [],
  conditionKeys: [],
  reason: 'the trust policy names no such service principal',
};
