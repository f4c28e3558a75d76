// Group F: changing what an existing service resource runs (a build project, an App Runner service,
// a Batch job definition, a StackSet), and CodeStar projects. Where the snapshot does not list the
// resource (App Runner, Batch, StackSets), the edge rests on the assumption that one runs as the
// role; the role must still trust the service.
import { on, passRole } from './permissions.js';
import type { TechniqueRecord } from './types.js';

const chosen = { edge: 'CAN_BECOME', summary: 'chosen role' } as const;

export const serviceUpdateTechniques: TechniqueRecord[] = [
  {
    id: 'cfn-stackset',
    title: 'Create (or update) a self-managed StackSet whose administration role is a chosen role',
    group: 'F',
    module: 'cloudformation',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: 'cloudformation.amazonaws.com',
    requires: [
      {
        all: [
          passRole,
          on('any', 'cloudformation:CreateStackSet'),
          on('new:cloudformation:stackset', 'cloudformation:CreateStackInstances'),
        ],
      },
      {
        all: [passRole, on('new:cloudformation:stackset', 'cloudformation:UpdateStackSet')],
        assumptions: ['an existing self-managed StackSet the attacker updates'],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: chosen,
    effort: 3,
    assumptions: [
      "the stack instances run as an execution role the chosen administration role may assume (that role's own trust decides the next hop)",
    ],
    prerequisites: 'admin role trusting cloudformation + execution role; or existing StackSet',
    references: { pathfindingCloud: ['cloudformation-003', 'cloudformation-004'] },
  },
  {
    id: 'codebuild-update-project',
    title: "Swap an existing build project's service role for a chosen one and start a build",
    group: 'F',
    module: 'codebuild',
    actor: 'principal',
    targets: 'roles-trusting-service',
    servicePrincipal: 'codebuild.amazonaws.com',
    requires: [
      {
        all: [
          passRole,
          on('codebuild-project', 'codebuild:UpdateProject'),
          on('codebuild-project', 'codebuild:StartBuild', 'codebuild:StartBuildBatch'),
        ],
        needs: ['codebuild-project'],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: chosen,
    effort: 3,
    prerequisites: 'existing project',
    references: {},
  },
  {
    id: 'apprunner-update',
    title: "Point an existing App Runner service at the attacker's image or start command",
    group: 'F',
    module: 'apprunner',
    actor: 'principal',
    targets: 'roles-trusting-service',
    servicePrincipal: 'tasks.apprunner.amazonaws.com',
    requires: [{ all: [on('new:apprunner:service', 'apprunner:UpdateService')] }],
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'service role' },
    effort: 3,
    assumptions: [
      'an existing App Runner service uses this role as its instance role (App Runner is not collected)',
    ],
    prerequisites: 'service with privileged instance role',
    references: { pathfindingCloud: ['apprunner-002'] },
  },
  {
    id: 'batch-submit-existing',
    title: 'Submit a job of an existing Batch job definition with the command overridden',
    group: 'F',
    module: 'batch',
    actor: 'principal',
    targets: 'roles-trusting-service',
    servicePrincipal: 'ecs-tasks.amazonaws.com',
    requires: [
      {
        all: [
          on('new:batch:job-definition', 'batch:SubmitJob'),
          on('new:batch:job-queue', 'batch:SubmitJob'),
        ],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'job role' },
    effort: 3,
    assumptions: [
      'an existing Batch job definition names this role as jobRoleArn and a job queue accepts it (Batch is not collected)',
    ],
    prerequisites: 'job definition with privileged jobRoleArn',
    references: { pathfindingCloud: ['batch-002'] },
  },
  {
    id: 'codestar',
    title: 'Create a CodeStar project with a chosen service role',
    group: 'F',
    module: 'codestar',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: 'codestar.amazonaws.com',
    requires: [{ all: [passRole, on('any', 'codestar:CreateProject')] }],
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'project roles' },
    effort: 4,
    assumptions: ['CodeStar is available to the account (AWS closed it to new customers in 2024)'],
    prerequisites: 'CodeStar available',
    references: {},
  },
];
