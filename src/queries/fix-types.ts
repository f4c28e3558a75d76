// The contract of a fix: one change to the account, found from the evidence on a source's paths and
// verified by re-running the analysis with the change applied. Queries fill these; reports render
// them (`change.summary`, the radius before → after, how many paths it removes).
import type { Access } from '../graph/model.js';

export type FixKind =
  /** Delete the statement (the others in its policy stay). */
  | 'remove-statement'
  /** Keep the statement but drop the actions (or resources) the paths use. */
  | 'narrow-statement'
  /** Delete the statement of a role's trust policy that lets the principal assume it. */
  | 'remove-trust-statement'
  /** Add `iam:PassedToService` to the statement that allows `iam:PassRole`. */
  | 'add-passed-to-service-condition'
  /** Detach a managed policy from the principal. */
  | 'detach-policy'
  /** Turn off ECS Exec on a service (`enableExecuteCommand: false`). */
  | 'disable-ecs-exec'
  /** Move a plaintext credential from a task definition's environment into a secret. */
  | 'move-credential-to-secret';

export interface FixChange {
  kind: FixKind;
  /** The policy the change edits, as evidence names it (`EvidenceItem.policyId`). */
  policyId?: string;
  /** The statement in that policy (its index, or its Sid when it has one). */
  statement?: string;
  /** The actions dropped (narrow-statement). */
  actions?: string[];
  /** What the change applies to when it is not a policy: a service, task definition or principal id. */
  resource?: string;
  /** One line a person acts on: "remove iam:PassRole from statement 0 of policy X on role Y". */
  summary: string;
}

/** A path, named by its ends: the source and the asset it reaches with that access. */
export interface PathRef {
  source: string;
  target: string;
  access: Access;
}

export interface Fix {
  change: FixChange;
  /** Blast radius (sum over the sources it concerns) before and after the change, verified. */
  radiusBefore: number;
  radiusAfter: number;
  /** Paths the change removes, and those of the same sources that remain. */
  removesPaths: PathRef[];
  remainingPaths: PathRef[];
}
