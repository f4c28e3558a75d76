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
  | 'rcp'
  | 'endpoint'; // VPC endpoint policy

/** The gate that turned a request down, named as AWS's evaluation logic names it. */
export type BlockedBy =
  | 'explicit-deny' // present (first) whenever a Deny statement matched; the gates follow
  | 'scp'
  | 'rcp'
  | 'endpoint' // VPC endpoint policy
  | 'resource'
  | 'boundary'
  | 'session'
  | 'identity'
  | 'service-rule'; // a per-service rule (e.g. AWS-managed IAM policies and reserved roles are immutable)

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
  /** For a Deny by a per-service rule: why. */
  reason?: string;
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
   *  Conditional. Deny pairs are left out. Far faster than calling `decide` for each pair. The
   *  decisions of bulk answers are shared between pairs and frozen: read them, never change them. */
  allowedActions(
    principal: string,
    actions: readonly string[],
    resources: readonly string[],
    context?: Record<string, ContextValue>,
  ): BulkEntry[];
  /** The same pairs as `allowedActions`, handed to `visit` one by one (resource by resource) instead
   *  of collected: a caller that keeps only some of them never holds the whole list. `actionIndex` is
   *  the action's position in `actions`. */
  forEachAllowed(
    principal: string,
    actions: readonly string[],
    resources: readonly string[],
    context: Record<string, ContextValue> | undefined,
    visit: (action: string, resource: string, decision: Decision, actionIndex: number) => void,
  ): void;
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

// ---------------------------------------------------------------- pure evaluation (no snapshot)

/** A policy document, optionally with the id that evidence should name. */
export type PolicyInput =
  PolicyDocumentJson | { id: string; document: PolicyDocumentJson | null; versionId?: string };

/** One level of the organization tree (root, an OU, the account) with the policies attached there. */
export interface OrgPolicyLevel {
  /** Root, OU or account id, for evidence. */
  id: string;
  policies: PolicyInput[];
}

/** What `evaluate` decides: one request with every policy in force given explicitly. */
export interface EvaluationInput {
  request: {
    /** User / role / session ARN, an account id (its root), a service principal
     *  (`lambda.amazonaws.com`), or `*` for an anonymous caller. */
    principal: string;
    action: string;
    /** Resource ARN, a pattern naming a set of resources (`arn:aws:s3:::bucket/*`), or `*`. */
    resource: string;
    /** Account that owns the resource (S3 ARNs carry none). Default: the ARN's account field;
     *  when neither is known, the resource is taken to be in the principal's account. */
    resourceAccount?: string;
    context?: Record<string, ContextValue>;
    /** Override the catalog's knowledge that the action takes no resource type. */
    wildcardOnlyAction?: boolean;
  };
  /** Identity policies of the principal (for a user: with its groups' policies). */
  identityPolicies?: PolicyInput[];
  resourcePolicy?: PolicyInput;
  /** What kind of resource policy: trust and key policies must allow even in one account.
   *  Default: `trust` for sts:AssumeRole* on a role, `key` for a KMS key, else `resource`. */
  resourcePolicyType?: 'resource' | 'trust' | 'key';
  /** The principal's permissions boundary (documents together form one boundary). Absent or
   *  empty: no boundary. */
  permissionBoundaries?: PolicyInput[];
  sessionPolicy?: PolicyInput;
  /** SCPs of the principal's account, one entry per level from the root down; each level must allow. */
  serviceControlPolicies?: OrgPolicyLevel[];
  /** RCPs of the resource's account, one entry per level; each level must allow (AWS attaches
   *  RCPFullAWSAccess everywhere, so in practice only their Denies bite). */
  resourceControlPolicies?: OrgPolicyLevel[];
  /** VPC endpoint policies the request passes through; each must allow. */
  endpointPolicies?: PolicyInput[];
  /** SCPs do not apply to service-linked roles or to the management account. Default: true for
   *  a service-linked role (path /aws-service-role/), else false. */
  principalExemptFromScps?: boolean;
  /** RCPs do not apply to resources of the management account. */
  resourceExemptFromRcps?: boolean;
  /** `strict`: a context key not given is absent (the request is fully described).
   *  `discovery`: a key not given is unknown, and conditions on it make the decision Conditional. */
  unknownKeys?: 'strict' | 'discovery';
  /** Discovery only: keys known to be absent although not given; a RegExp names a family
   *  (e.g. /^aws:principaltag\//i: the principal's tags are all known). */
  knownAbsentKeys?: (string | RegExp)[];
  /** Keys given in `context` whose value must nevertheless be treated as unknown. */
  unknownValueKeys?: string[];
}
