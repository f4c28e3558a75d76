// Target selectors of groups E and F that lead to roles a service runs as:
// - `roles-trusting-service`: an existing resource of a service the snapshot does not list (App
//   Runner service, Batch job definition, AgentCore interpreter …) may run as any role of the
//   account that trusts the service; the record's `target-trusts-service` precondition keeps only
//   those, and its assumptions say the resource exists. `passed-role` is bound too, for the ways
//   that create the resource with a chosen role.
// - `instance-profile-roles`: a role an EC2-based service launches instances with; `instance-profile`
//   is bound to the instance profiles that hold it (none when the role has no profile yet).
import type { Actor, Candidate, TechniqueContext } from './technique-context.js';
import type { ServiceRoleSelector } from './techniques/types.js';

export function serviceRoleTargets(
  ctx: TechniqueContext,
  selector: ServiceRoleSelector,
  actor: Actor,
): Candidate[] {
  const roles = [...ctx.inv.roles.values()]
    .filter((r) => r.account.id === actor.account.id)
    .map((r) => r.item);
  switch (selector) {
    case 'roles-trusting-service':
      return roles.map((r) => candidateFor(r.arn, {}));
    case 'instance-profile-roles': {
      // Profiles list their roles and roles list their profiles; either side may be the one collected.
      const byRole = new Map<string, Set<string>>();
      const hold = (role: string, profile: string) => {
        const set = byRole.get(role) ?? new Set<string>();
        byRole.set(role, set.add(profile));
      };
      for (const p of actor.account.iam.instanceProfiles) p.roles.forEach((r) => hold(r, p.arn));
      for (const r of roles) r.instanceProfiles.forEach((p) => hold(r.arn, p));
      return roles.map((r) => {
        const holding = [...(byRole.get(r.arn) ?? [])].sort();
        return candidateFor(r.arn, holding.length ? { 'instance-profile': holding } : {});
      });
    }
  }
}

function candidateFor(role: string, extra: Candidate['bindings']): Candidate {
  return {
    to: role,
    edge: undefined,
    access: undefined,
    bindings: { target: [role], 'passed-role': [role], ...extra },
    assumptions: [],
    notes: [],
  };
}
