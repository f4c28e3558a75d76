// Small constructors for the permissions records repeat (PassRole scoped to the record's service).
import { ADMINISTRATOR_ACCESS } from '../privilege.js';
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

const isAttach = (p: Permission) => p.actions.every((a) => /^iam:Attach(Role|User|Group)Policy$/.test(a));

/**
 * Ways to attach an admin managed policy: AdministratorAccess itself (the request's `iam:PolicyArn`,
 * which the attacker picks, so a condition on it is decided), or a policy the attacker creates first
 * (its ARN is not known here, so a condition on `iam:PolicyArn` stays unresolved).
 */
export function attachAdminWays(all: Permission[]): RequirementSet[] {
  return [
    { all: all.map((p) => (isAttach(p) ? attachAdministratorAccess(p.on, p.actions[0]) : p)) },
    { all: [...all, on('any', 'iam:CreatePolicy')] },
  ];
}

/** iam:Attach…Policy of AdministratorAccess (the attacker picks the request's `iam:PolicyArn`). */
export function attachAdministratorAccess(ref: Permission['on'], action: string): Permission {
  return { actions: [action], on: ref, context: { 'iam:PolicyArn': ADMINISTRATOR_ACCESS } };
}
