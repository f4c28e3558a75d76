// Small constructors for the permissions records repeat (PassRole scoped to the record's service).
import type { Permission, RequirementSet } from './types.js';

/** iam:PassRole on the chosen role, with `iam:PassedToService` set to the record's service principal. */
export const passRole: Permission = {
  actions: ['iam:PassRole'],
  on: 'passed-role',
  context: { 'iam:PassedToService': '{service}' },
};

export function on(ref: Permission['on'], ...actions: string[]): Permission {
  return { actions, on: ref };
}

/** iam:PassRole on the chosen role, with `iam:PassedToService` naming another service than the one
 *  the role trusts (EMR passes the EC2 instance role as `elasticmapreduce.amazonaws.com`). */
export function passRoleTo(service: string): Permission {
  return { ...passRole, context: { 'iam:PassedToService': service } };
}

/** Ways to launch EC2 instances with the chosen role: through an instance profile that already holds
 *  it (the `instance-profile-roles` selector binds them), or through one the attacker creates. */
export function withInstanceProfile(all: Permission[]): RequirementSet[] {
  return [
    { all, needs: ['instance-profile'] },
    {
      all: [...all, on('any', 'iam:CreateInstanceProfile'), on('any', 'iam:AddRoleToInstanceProfile')],
    },
  ];
}

/** A permission the passed role needs (decided for that role, not the actor). */
export function asPassedRole(perm: Permission): Permission {
  return { ...perm, as: 'passed-role' };
}
