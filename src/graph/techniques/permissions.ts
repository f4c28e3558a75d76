// Small constructors for the permissions records repeat (PassRole scoped to the record's service).
import type { Permission } from './types.js';

/** iam:PassRole on the chosen role, with `iam:PassedToService` set to the record's service principal. */
export const passRole: Permission = {
  actions: ['iam:PassRole'],
  on: 'passed-role',
  context: { 'iam:PassedToService': '{service}' },
};

export function on(ref: Permission['on'], ...actions: string[]): Permission {
  return { actions, on: ref };
}
