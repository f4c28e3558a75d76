// Target selectors of groups E and F that lead to roles a service runs as:
// - `roles-trusting-service`: an existing resource of a service the snapshot does not list (App
//   Runner service, Batch job definition, AgentCore interpreter …) may run as any role of the
//   account that trusts the service; the record's `target-trusts-service` precondition keeps only
//   those, and its assumptions say the resource exists. `passed-role` is bound too, for the ways
//   that create the resource with a chosen role.
// - `instance-profile-roles`: a role an EC2-based service launches instances with; `instance-profile`
//   is bound to the instance profiles that hold it (none when the role has no profile yet).
import type { Actor, Candidate, TechniqueContext } from './technique-context.js';

export type ServiceRoleSelector = 'roles-trusting-service' | 'instance-profile-roles';

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
      const profiles = actor.account.iam.instanceProfiles;
      return roles.map((r) => {
        const holding = profiles
          .filter((p) => p.roles.includes(r.arn) || r.instanceProfiles.includes(p.arn))
          .map((p) => p.arn)
          .sort();
        return candidateFor(r.arn, holding.length ? { 'instance-profile': holding } : {});
      });
    }
  }
}

function candidateFor(role: string, extra: Candidate['bindings']): Candidate {
  return {
    to: role,
    bindings: { target: [role], 'passed-role': [role], ...extra },
    assumptions: [],
    notes: [],
  };
}
