// Rewrite a role's permissions, then borrow the role through a service (group A): a caller that may
// put or attach a policy on role X and may also pass X to a new ECS task or Lambda function becomes
// admin through X — even though X is admin only after the rewrite, so no chain of existing edges
// shows it. Derived from the pass-role records of the Fargate core (same ways to launch), each way
// combined with each way to give the role admin permissions.
import { attachAdminWays, on } from './permissions.js';
import { ecsTechniques } from './ecs.js';
import { lambdaTechniques } from './lambda.js';
import type { RequirementSet, TechniqueRecord } from './types.js';

/** Ways to give the target role admin permissions: an inline policy, or an attached admin policy. */
const rewriteWays: RequirementSet[] = [
  { all: [on('target', 'iam:PutRolePolicy')] },
  ...attachAdminWays([on('target', 'iam:AttachRolePolicy')]),
];

function rewriteThen(
  baseId: string,
  base: readonly TechniqueRecord[],
  id: string,
  title: string,
): TechniqueRecord {
  const pass = base.find((t) => t.id === baseId)!;
  return {
    id,
    title,
    group: 'A',
    module: 'iam',
    actor: 'principal',
    targets: pass.targets,
    servicePrincipal: pass.servicePrincipal,
    adminThroughTarget: true,
    requires: rewriteWays.flatMap((rewrite) =>
      pass.requires.map((launch) => ({
        ...launch,
        all: [...rewrite.all, ...launch.all],
        assumptions: [...(rewrite.assumptions ?? []), ...(launch.assumptions ?? [])],
      })),
    ),
    preconditions: [...new Set([...pass.preconditions, 'target-not-service-linked' as const])],
    gain: {
      edge: 'CAN_ADMINISTER',
      access: 'admin',
      summary:
        'target role made admin (the role itself when a permissions boundary limits it), then borrowed',
    },
    effort: pass.effort + 1,
    assumptions: pass.assumptions,
    prerequisites: `policy write on a role that trusts ${pass.servicePrincipal}, and PassRole of it (${baseId})`,
    references: {},
  };
}

export const rewriteThenPassTechniques: TechniqueRecord[] = [
  rewriteThen(
    'ecs-register-taskdef-run-task',
    ecsTechniques,
    'iam-rewrite-role-then-run-task',
    'Give a role admin permissions, then run a new ECS task as it',
  ),
  rewriteThen(
    'lambda-create-function-passrole',
    lambdaTechniques,
    'iam-rewrite-role-then-create-function',
    'Give a role admin permissions, then create and trigger a Lambda function as it',
  ),
];
