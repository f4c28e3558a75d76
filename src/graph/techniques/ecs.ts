// Group C: the Fargate foothold and the ECS pivots.
import { asPassedRole, on, passRole } from './permissions.js';
import type { Permission, RequirementSet, TechniqueRecord } from './types.js';

const ecsTasks = 'ecs-tasks.amazonaws.com';
const chosenRole = { edge: 'CAN_BECOME', summary: 'chosen task role' } as const;
const subnet = 'a subnet from which the new task reaches the AWS APIs';
/** kms:Decrypt on the customer key of the injected secret / parameter, asked by that service for the
 *  execution role (kms:ViaService `<service>.<region>.amazonaws.com`). */
const decryptThrough = (service: string): Permission => ({
  actions: ['kms:Decrypt'],
  on: 'key',
  ifBound: true,
  context: { 'kms:ViaService': `${service}.{region}.amazonaws.com` },
});

/** Register a task definition whose secrets[] names the target, passing an execution role that can
 *  read it, and run it (on an existing cluster or one the attacker creates). */
function injectionWays(): RequirementSet[] {
  const reads: Permission[][] = [
    [on('injected-secret', 'secretsmanager:GetSecretValue'), decryptThrough('secretsmanager')],
    [on('injected-parameter', 'ssm:GetParameters'), decryptThrough('ssm')],
  ];
  const launch = [
    passRole,
    on('any', 'ecs:RegisterTaskDefinition'),
    on('new-task-definition', 'ecs:RunTask'),
  ];
  return reads.flatMap((read) => {
    const byRole = read.map(asPassedRole);
    return [
      { all: [...launch, ...byRole], needs: ['cluster'] },
      { all: [...launch, on('any', 'ecs:CreateCluster'), ...byRole] },
    ];
  });
}

/** What the ECS Exec agent calls with the service's task role (bound as `passed-role` by `services`). */
const ssmMessagesByTaskRole = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
].map((action) => asPassedRole(on('any', action)));

export const ecsTechniques: TechniqueRecord[] = [
  {
    id: 'ecs-task-metadata-creds',
    title: "Take the task role's credentials from the container credentials endpoint",
    group: 'C',
    module: 'ecs',
    actor: 'workload',
    targets: 'workload-task-role',
    requires: [],
    preconditions: [],
    gain: { edge: 'CAN_BECOME', summary: 'task-role creds (entry node)' },
    effort: 1,
    prerequisites: 'task definition has taskRoleArn',
    references: {},
  },
  {
    id: 'ecs-taskdef-plaintext-env',
    title: 'Read credentials placed in the container environment',
    group: 'C',
    module: 'ecs',
    actor: 'workload',
    targets: 'workload-credentials',
    requires: [],
    preconditions: [],
    gain: { edge: 'HOLDS_CREDENTIAL', summary: 'secrets/creds' },
    effort: 1,
    prerequisites: 'secrets placed in containerDefinitions.environment',
    references: {},
  },
  {
    id: 'ecs-exec-role-secret-injection',
    title: 'Read the secrets the execution role injected into the container environment',
    group: 'C',
    module: 'ecs',
    actor: 'workload',
    targets: 'workload-injected-secrets',
    requires: [],
    preconditions: [],
    gain: { edge: 'CAN_READ', access: 'read', summary: 'secrets (no own GetSecretValue)' },
    effort: 1,
    prerequisites: 'execution role can read the secret (+kms:Decrypt)',
    // A principal that may pass an execution role registers a task definition naming any secret the
    // role can read: the container starts with the value, no GetSecretValue of its own.
    principalVariant: {
      targets: 'ecs-execution-role-secrets',
      servicePrincipal: ecsTasks,
      requires: injectionWays(),
      // ECS fetches the value at task start: a key that cannot decrypt stops the task.
      preconditions: ['target-key-usable'],
      effort: 2,
      assumptions: [subnet],
    },
    references: {},
  },
  {
    id: 'ecs-register-taskdef-run-task',
    title: 'Register a task definition with a chosen role and run it',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: ecsTasks,
    requires: [
      {
        all: [passRole, on('any', 'ecs:RegisterTaskDefinition'), on('new-task-definition', 'ecs:RunTask')],
        needs: ['cluster'],
      },
      {
        all: [
          passRole,
          on('any', 'ecs:RegisterTaskDefinition'),
          on('new-task-definition', 'ecs:RunTask'),
          on('any', 'ecs:CreateCluster'),
        ],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: chosenRole,
    effort: 2,
    assumptions: [subnet],
    prerequisites: 'role trusts ecs-tasks; cluster (or CreateCluster); subnet',
    references: { pathfindingCloud: ['ecs-004', 'ecs-002'] },
  },
  {
    id: 'ecs-register-taskdef-create-service',
    title: 'Register a task definition with a chosen role and create a service for it',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: ecsTasks,
    requires: [
      {
        all: [passRole, on('any', 'ecs:RegisterTaskDefinition'), on('new-service', 'ecs:CreateService')],
        needs: ['cluster'],
      },
      {
        all: [
          passRole,
          on('any', 'ecs:RegisterTaskDefinition'),
          on('new-service', 'ecs:CreateService'),
          on('any', 'ecs:CreateCluster'),
        ],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: chosenRole,
    effort: 3,
    assumptions: [subnet],
    prerequisites: 'as above',
    references: { pathfindingCloud: ['ecs-003', 'ecs-001'] },
  },
  {
    id: 'ecs-register-taskdef-start-task',
    title: 'Register a task definition with a chosen role and start it on a container instance',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: ecsTasks,
    requires: [
      {
        all: [passRole, on('any', 'ecs:RegisterTaskDefinition'), on('new-task-definition', 'ecs:StartTask')],
        needs: ['cluster'],
      },
    ],
    preconditions: ['target-trusts-service', 'cluster-has-container-instances'],
    gain: chosenRole,
    effort: 2,
    prerequisites: 'EC2 container instance registered in cluster',
    references: { pathfindingCloud: ['ecs-005'] },
  },
  {
    id: 'ecs-run-task-override',
    title: 'Run an existing task definition with taskRoleArn and command overridden',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: ecsTasks,
    requires: [{ all: [passRole, on('task-definition', 'ecs:RunTask')], needs: ['cluster'] }],
    preconditions: ['target-trusts-service'],
    gain: chosenRole,
    effort: 2,
    assumptions: [subnet],
    prerequisites: 'existing task definition and cluster',
    references: { pathfindingCloud: ['ecs-008'] },
  },
  {
    id: 'ecs-start-task-override',
    title: 'Start an existing task definition on a container instance with overrides',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: ecsTasks,
    requires: [{ all: [passRole, on('task-definition', 'ecs:StartTask')], needs: ['cluster'] }],
    preconditions: ['target-trusts-service', 'cluster-has-container-instances'],
    gain: chosenRole,
    effort: 2,
    prerequisites: 'existing task definition + container instance',
    references: { pathfindingCloud: ['ecs-009'] },
  },
  {
    id: 'ecs-register-container-instance',
    title: 'Register an attacker host as a container instance and start tasks on it',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: ecsTasks,
    requires: [
      {
        all: [
          passRole,
          on('cluster', 'ecs:RegisterContainerInstance'),
          on('task-definition', 'ecs:StartTask'),
        ],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: chosenRole,
    effort: 4,
    assumptions: ['code execution on an EC2 host whose credentials are this principal'],
    prerequisites: 'RCE on an EC2 host whose role holds these',
    references: { pathfindingCloud: ['ecs-007'] },
  },
  {
    id: 'ecs-execute-command',
    title: 'Open a shell in a task that enables ECS Exec',
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'exec-enabled-tasks',
    requires: [{ all: [on('target', 'ecs:ExecuteCommand'), on('target', 'ecs:DescribeTasks')] }],
    preconditions: ['target-role-allows-ssm-messages'],
    gain: { edge: 'CAN_BECOME', summary: 'target task role' },
    effort: 1,
    assumptions: ['the task reaches the SSM messages endpoint'],
    prerequisites: 'enableExecuteCommand on task; SSM reachable',
    references: { pathfindingCloud: ['ecs-006'] },
  },
  {
    id: 'ecs-update-service',
    title: "Update a service to run the attacker's command under its task role",
    group: 'C',
    module: 'ecs',
    actor: 'principal',
    targets: 'services',
    servicePrincipal: ecsTasks,
    requires: [
      {
        all: [on('target', 'ecs:UpdateService'), on('any', 'ecs:RegisterTaskDefinition'), passRole],
      },
      {
        // ECS Exec's agent opens the SSM message channels with the task role (ecs-exec.html).
        all: [
          on('target', 'ecs:UpdateService'),
          on('service-tasks', 'ecs:ExecuteCommand'),
          ...ssmMessagesByTaskRole,
        ],
        assumptions: ['a forced new deployment with enable-execute-command; the task reaches SSM'],
      },
    ],
    preconditions: [],
    gain: { edge: 'CAN_BECOME', summary: 'service task role' },
    effort: 3,
    prerequisites: 'existing service',
    references: {},
  },
  {
    id: 'ecr-image-poisoning',
    title: 'Push a poisoned image under a mutable tag a workload runs',
    group: 'C',
    module: 'ecr',
    actor: 'principal',
    targets: 'repository-workloads',
    requires: [
      {
        all: [
          on('any', 'ecr:GetAuthorizationToken'),
          on('target', 'ecr:InitiateLayerUpload'),
          on('target', 'ecr:UploadLayerPart'),
          on('target', 'ecr:CompleteLayerUpload'),
          on('target', 'ecr:PutImage'),
        ],
      },
    ],
    preconditions: ['repository-tag-mutable'],
    gain: { edge: 'CAN_BECOME', summary: 'code exec as task/function role' },
    effort: 4,
    assumptions: ['the workload is redeployed and pulls the new image'],
    prerequisites: 'mutable image tag used by task def/Lambda; redeploy',
    references: {},
  },
  {
    id: 'ecs-ec2-host-imds',
    title: "Reach the EC2 host's instance metadata from a container (EC2 launch type)",
    group: 'C',
    module: 'ecs',
    actor: 'workload',
    targets: 'workload-host-role',
    requires: [],
    preconditions: [],
    gain: { edge: 'CAN_BECOME', summary: 'container-instance role' },
    effort: 1,
    assumptions: ['IMDS is not blocked for tasks on the host'],
    prerequisites: 'IMDS not blocked for tasks',
    references: {},
  },
];
