// The shape of a technique record. A technique is data: who may use it (the actor), which nodes it
// can lead to (a named target selector), the permissions it needs on which resource, the named
// preconditions that must hold, and what it gains. One engine (../apply-techniques.ts) applies every
// record; adding a technique is adding a record and its test.
import type { Access, AttackEdgeType } from '../model.js';
import type { NewResourceRef } from '../service-resource-bindings.js';
import type { ServiceRoleSelector } from '../service-role-targets.js';

export type TechniqueGroup = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'extra';

/** Who starts the step. */
export type ActorKind =
  /** An IAM user or role (its credentials are in the attacker's hands). */
  | 'principal'
  /** A task definition or a running task: the attacker runs code in its container. */
  | 'workload'
  /** A credential the attacker holds (Credential node, or a secret that holds database credentials). */
  | 'credential';

/** Named ways to pick the nodes a technique can lead to (see ../targets.ts). */
export type TargetSelector =
  | 'account-admin' // the actor's own account Admin node (admin (self))
  | 'self-attached-customer-policies' // Admin, once per customer-managed policy attached to self / own groups
  | 'own-groups' // Admin, once per group the actor (a user) belongs to
  | 'groups' // Admin, once per group of the actor's account
  | 'new-role' // Admin, through a role the actor creates
  | 'roles' // roles of the actor's account (not service-linked), excluding self
  | 'assumable-roles' // roles of the actor's account whose trust policy names an AWS principal of that account or `*`
  | 'roles-cross-account' // roles of other accounts whose trust policy names the actor's account (or `*`)
  | 'roles-with-customer-policies' // roles of the actor's account with a customer-managed policy attached
  | 'roles-to-pass' // roles of the actor's account the record's service may assume (chosen role)
  | 'users' // users of the actor's account, excluding self
  | 'workload-task-role' // workload → its task role (running-task override respected)
  | 'workload-credentials' // workload → Credential nodes found in its environment
  | 'workload-injected-secrets' // workload → secrets / parameters named in secrets[].valueFrom
  | 'ecs-execution-role-secrets' // secrets / parameters of the account, once per role trusting ecs-tasks (the execution role passed)
  | 'workload-host-role' // workload on the EC2 launch type → its container instance's role (not in snapshots)
  | 'exec-enabled-tasks' // task role of tasks / services with enableExecuteCommand
  | 'services' // task role of an existing ECS service
  | 'repository-workloads' // task / function roles whose image comes from an ECR repository
  | 'functions' // role of an existing Lambda function
  | 'functions-to-swap' // chosen role, through an existing Lambda function
  | 'function-assets' // the function itself (invoke)
  | 'function-credentials' // Credential nodes found in a function's environment
  | 'credential-targets' // Credential → IAM user (access key id) / database (connection string host); RDS-managed secret → its database
  | 'buckets'
  | 'secrets'
  | 'ssm-parameters'
  | 'kms-keys'
  | 'databases' // RDS instances and clusters
  | 'ec2-instances' // role of an EC2 instance's profile
  | 'cfn-stacks' // role of a CloudFormation stack
  | 'codebuild-projects' // service role of a CodeBuild project
  | 'glue-dev-endpoints' // role of a Glue development endpoint
  | 'sagemaker-notebooks' // role of a SageMaker notebook
  | ServiceRoleSelector; // roles of the account a service may run as (see ../service-role-targets.ts)

/** Named resources a permission is checked on (see ../targets.ts for what each selector binds). */
export type ResourceRef =
  | 'target' // the target resource itself (role, user, group, bucket, secret, function, task, …)
  | 'self' // the actor's own ARN
  | 'policy' // a managed policy ARN the selector binds (any of them)
  | 'key' // the KMS key protecting the target (the requirement is dropped when there is none)
  | 'objects' // `<bucket-arn>/*`
  | 'readable-objects' // `<bucket-arn>/*` when its SSE-KMS key can decrypt for the actor (else unbound)
  | 'parameter-paths' // the hierarchy paths above an SSM parameter, as ARNs (GetParametersByPath)
  | 'invocable-function' // a function's unqualified ARN and `<arn>:*` (its versions and aliases)
  | 'decryptable-key' // the target KMS key when its state and usage allow decryption
  | 'own-key' // the target KMS key when it is in the actor's account (kms:PutKeyPolicy has no cross-account use)
  | 'cluster' // an ECS cluster (any of them)
  | 'task-definition' // an existing task definition (any of them)
  | 'service-tasks' // the tasks of the target service
  | 'new-task-definition' // a task definition the attacker registers
  | 'new-service' // a service the attacker creates
  | 'new-function' // a Lambda function the attacker creates
  | 'new-role' // a role the attacker creates
  | 'new-snapshot' // a DB snapshot the attacker creates
  | 'passed-role' // the role passed (the chosen role)
  | 'injected-secret' // the target when it is a Secrets Manager secret (ecs-execution-role-secrets)
  | 'injected-parameter' // the target when it is an SSM parameter (ecs-execution-role-secrets)
  | 'function' // the existing function abused
  | 'db-user' // rds-db:connect user ARN of the target database
  | 'db-instance' // the target database when it is an RDS instance
  | 'db-cluster' // the target database when it is an Aurora cluster
  | 'probe-role' // a role ARN in the actor's account (admin probes)
  | 'probe-user'
  | 'probe-bucket-object'
  | 'any' // `*`
  | 'instance-profile' // instance profiles holding the target role (instance-profile-roles)
  | 'codebuild-project' // an existing CodeBuild project of the account (any of them)
  | 'glue-job' // an existing Glue job of the account (any of them)
  | 'ssm-shell-document' // AWS-RunShellScript / AWS-RunPowerShellScript (ssm:SendCommand checks the document too)
  | NewResourceRef; // `new:<service>:<type>`: ARN pattern of that resource type (../service-resource-bindings.ts)

export interface Permission {
  /** Any one of these actions is enough. */
  actions: string[];
  on: ResourceRef;
  /** Request context the attacker sets (e.g. `iam:PassedToService`); `{service}` is the record's service principal. */
  context?: Record<string, string>;
  /** The requirement is dropped when the selector binds no resource for it (e.g. no customer KMS key). */
  ifBound?: boolean;
  /** Decided for the role bound to `passed-role` instead of the actor: what the passed role does on
   *  the attacker's behalf (the ECS execution role fetching a secret it injects). */
  as?: 'passed-role';
}

/** All these permissions together (one way to run the technique). */
export interface RequirementSet {
  all: Permission[];
  /** Access level this way obtains (asset gains); defaults to the record's gain access. */
  access?: Access;
  /** Runtime facts this way rests on. */
  assumptions?: string[];
  /** This way applies only when the selector binds these resources (e.g. an existing cluster). */
  needs?: ResourceRef[];
  /** This way rests on a resource the snapshot does not hold (its edges are conditional on
   *  `blastmap:AssumedResource`); see the record field. */
  assumedResource?: boolean;
}

/** Named preconditions (see ../preconditions.ts). */
export type PreconditionName =
  | 'actor-is-user'
  | 'actor-is-role'
  | 'target-trusts-service' // decided by the engine: sts:AssumeRole by the service principal on the role
  | 'target-trusts-federated-service' // trust names the service as a Federated principal (Cognito)
  | 'target-not-service-linked'
  | 'target-role-allows-ssm-messages' // the target task role may open SSM message channels (ECS Exec agent)
  | 'target-user-has-fewer-than-2-keys'
  | 'target-user-has-2-keys'
  | 'target-user-has-login-profile'
  | 'target-user-has-no-login-profile'
  | 'group-grants-admin'
  | 'policy-has-privileged-non-default-version'
  | 'policy-version-creatable' // a bound policy has a free version slot (< 5) or the caller may delete one, and may create
  | 'actor-has-boundary'
  | 'actor-has-deny-policy'
  | 'actor-identity-grants-admin'
  | 'new-role-boundary-allows-admin' // the caller may create a role with no limiting boundary (iam:PermissionsBoundary)
  | 'assume-not-denied-outside-trust' // sts:AssumeRole refused only by the trust policy (which the attacker rewrites)
  | 'new-role-assumable' // a role the actor creates, trusting it, could be assumed (no Deny of sts:AssumeRole outside trust)
  | 'cluster-has-container-instances'
  | 'database-iam-auth-enabled'
  | 'target-in-actor-account' // the operation works only for identities of the resource owner's account (s3:PutBucketPolicy)
  | 'database-not-cluster-member' // an Aurora member instance is logged in to, reset and snapshotted through its cluster
  | 'target-key-usable' // the target's KMS key can decrypt for the actor: enabled, and an AWS managed key only for its own account
  | 'network-reach-to-database' // decided from security groups when possible, else an assumption
  | 'repository-tag-mutable'
  | 'instance-ssm-managed' // ssm describe-instance-information lists it (absent = an assumption)
  | 'instance-running' // the instance runs (state absent = an assumption)
  | 'instance-not-terminated'; // the instance is not terminated or shutting down

export interface TechniqueRecord {
  id: string;
  title: string;
  group: TechniqueGroup;
  /** Module the record belongs to (the service whose API it abuses). */
  module: string;
  actor: ActorKind;
  targets: TargetSelector;
  /** Service principal for PassRole techniques (trust check and `iam:PassedToService`). */
  servicePrincipal?: string;
  /** Ways to run it: any one set suffices. Empty: no permission needed. */
  requires: RequirementSet[];
  preconditions: PreconditionName[];
  gain: { edge: AttackEdgeType; access?: Access; summary: string };
  /** The attacker rewrites the target's permissions, then acts as it: the edge goes to the target
   *  account's Admin node, or to the target itself (CAN_BECOME) when a permissions boundary limits it. */
  adminThroughTarget?: boolean;
  /** Keep only edges whose evidence comes from this kind of policy (bucket policy vs identity). */
  grantedBy?: 'identity' | 'resource';
  /** 1 = trivial, higher = more steps / noise / waiting. */
  effort: number;
  /** Runtime facts every edge of this technique rests on. */
  assumptions?: string[];
  /** Every edge rests on an existing resource of a service the snapshot does not collect (e.g. a
   *  CodeDeploy deployment group): edges are conditional on `blastmap:AssumedResource`. Ways of
   *  `roles-trusting-service` / `instance-profile-roles` records that pass no role are so implicitly. */
  assumedResource?: boolean;
  /** Prerequisites in words (the techniques.md column). */
  prerequisites: string;
  /** A second way to reach the same kind of target with the actor a principal (a workload record
   *  whose gain a principal also obtains through the service): the engine applies it as a principal
   *  record with the same id. */
  principalVariant?: PrincipalVariant;
  references: { pathfindingCloud?: string[] };
}

/** The principal way of a workload record (see `TechniqueRecord.principalVariant`). */
export type PrincipalVariant = Pick<TechniqueRecord, 'targets' | 'requires' | 'preconditions' | 'effort'> &
  Pick<Partial<TechniqueRecord>, 'servicePrincipal' | 'assumptions'>;
