// The organization facts the HTML report's evidence panel needs to name the level an SCP or RCP
// statement is attached at: each member account's path from the root down (root, OUs, the account,
// the order AWS evaluates them in), which policy is attached where, and the levels with no SCP
// listed (the access model assumes FullAWSAccess there). Ids only; names for display.
import type { Organization } from '../../snapshot/types.js';

export type LevelKind = 'root' | 'ou' | 'account';

export interface OrganizationLevels {
  /** Account id → its levels, root first: [kind, id, name]. */
  paths: Record<string, [LevelKind, string, string][]>;
  /** Policy id as evidence names it (ARN, else id) → the root, OU or account ids it is attached to. */
  attached: { scp: Record<string, string[]>; rcp: Record<string, string[]> };
  /** Levels with no SCP listed. */
  bare: string[];
}

export function organizationLevels(organizations: readonly Organization[]): OrganizationLevels {
  const out: OrganizationLevels = { paths: {}, attached: { scp: {}, rcp: {} }, bare: [] };
  for (const org of organizations) {
    const units = new Map(org.units.map((u) => [u.id, u]));
    for (const p of org.policies) {
      const type = p.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp';
      out.attached[type][p.arn ?? p.id] = [...p.targets];
    }
    const withScp = new Set(
      org.policies.filter((p) => p.type === 'SERVICE_CONTROL_POLICY').flatMap((p) => p.targets),
    );
    for (const member of org.accounts) {
      const path: [LevelKind, string, string][] = [];
      const seen = new Set<string>();
      let parent = member.parentId;
      while (parent && !seen.has(parent)) {
        seen.add(parent);
        const unit = units.get(parent);
        path.unshift([unit?.kind ?? 'ou', parent, unit?.name ?? '']);
        parent = unit?.parentId;
      }
      path.push(['account', member.id, member.name ?? '']);
      out.paths[member.id] = path;
      for (const [, id] of path) if (!withScp.has(id) && !out.bare.includes(id)) out.bare.push(id);
    }
  }
  return out;
}
