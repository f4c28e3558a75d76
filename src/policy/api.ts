// The access model's public contract: what the graph builder (and library users) may ask of the
// policy engine. Implementation lives beside this file; this file holds types only.
import type { PolicyDocumentJson, Snapshot } from '../snapshot/types.js';

/** Which kind of policy a statement came from. */
export type PolicyType =
  | 'identity' // user / role / group inline or managed policy
  | 'resource' // bucket, secret, function, repository … policy
  | 'trust' // role trust policy (a resource policy that must allow even in one account)
  | 'key' // KMS key policy (must allow even in one account)
  | 'boundary' // permissions boundary
  | 'session' // session policy
  | 'scp'
  | 'rcp';

/** The gate that turned a request down, named as AWS's evaluation logic names it. */
export type BlockedBy = 'explicit-deny' | 'scp' | 'rcp' | 'resource' | 'boundary' | 'session' | 'identity';

export interface StatementRef {
  /** Policy id: a managed policy ARN, `<principal-arn>#inline/<name>`, `<role-arn>#trust`,
   *  `<resource-arn>#resource-policy`, `<key-arn>#key-policy`, an SCP/RCP id. */
  policyId: string;
  policyType: PolicyType;
  /** 0-based index of the statement in the document. */
  statement: number;
  sid?: string;
  /** For managed policies: the version the statement belongs to. */
  versionId?: string;
}

export type Outcome = 'Allow' | 'Deny' | 'Conditional';

export interface Decision {
  outcome: Outcome;
  /** For Deny: every gate that refused (empty for Allow/Conditional). */
  blockedBy: BlockedBy[];
  /** The Allow statements that grant the request (evidence for Allow and Conditional). */
  allowedBy: StatementRef[];
  /** Deny statements that matched (for Deny), or that may match once conditions resolve (Conditional). */
  deniedBy: StatementRef[];
  /** Condition keys whose values are unknown and on which the outcome depends (Conditional only). */
  conditionKeys: string[];
}

export type ContextValue = string | number | boolean | readonly string[];

export interface AccessRequest {
  /** ARN of the calling principal: a user, a role (or its session ARN), `*` for anonymous, or a
   *  service principal such as `ecs-tasks.amazonaws.com`. */
  principal: string;
  /** `service:Action`, case-insensitive. */
  action: string;
  /** Resource ARN, or `*` for an action that takes no resource. */
  resource: string;
  /** Request context known to the caller (e.g. `iam:PassedToService`). Keys the engine derives from
   *  the snapshot (principal and resource tags, accounts, org id) need not be given. Keys neither given
   *  nor derivable are unknown: a condition on them makes the decision Conditional. */
  context?: Record<string, ContextValue>;
  /** A session policy in force for the request (e.g. passed to AssumeRole). */
  sessionPolicy?: PolicyDocumentJson;
}

export interface BulkEntry {
  action: string;
  resource: string;
  decision: Decision;
}

export interface AccessModel {
  /** One request, with every policy type in force. */
  decide(request: AccessRequest): Decision;
  /** For one principal: every (action, resource) pair of the given sets whose decision is Allow or
   *  Conditional. Deny pairs are left out. Far faster than calling `decide` for each pair. */
  allowedActions(
    principal: string,
    actions: readonly string[],
    resources: readonly string[],
    context?: Record<string, ContextValue>,
  ): BulkEntry[];
  /** Expand an action pattern (`s3:Get*`) to catalog actions, lower-cased service prefix. */
  expandAction(pattern: string): string[];
  /** Problems found while compiling policies (invalid documents, unknown actions …). */
  readonly diagnostics: readonly import('../snapshot/types.js').Diagnostic[];
  /** Version of the action catalog package in use, for reports. */
  readonly catalogVersion: string;
}

export interface AccessModelOptions {
  /** Treat the management account as such (SCPs do not apply to it). Default: from the snapshot. */
  ignoreOrganizationPolicies?: boolean;
}

export type BuildAccessModel = (snapshot: Snapshot, options?: AccessModelOptions) => AccessModel;
