// What applying a Terraform plan to a snapshot did: which changes it applied, which values were
// unknown until apply (and how they were treated), and which resources it could not interpret.

export type PlanAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget';

export interface SourceLocation {
  /** File path relative to the Terraform root (or the plan file when the configuration gives none). */
  file: string;
  /** 1-based line of the resource block, when the .tf file was found. */
  line?: number;
}

export interface AppliedChange {
  /** Terraform resource address, e.g. `module.app.aws_iam_role_policy.task`. */
  address: string;
  type: string;
  action: PlanAction;
  /** What the change did to the snapshot, in words (e.g. `inline policy runner on role app-task`). */
  effect: string;
  /** The snapshot policy id the change wrote (for locating statements), when it wrote a policy. */
  policyId?: string;
  /** Snapshot ids (ARNs) the change created or modified. */
  ids: string[];
}

export interface UnknownValue {
  address: string;
  /** Attribute path, e.g. `arn`, `policy`, `container_definitions`. */
  attribute: string;
  /** How it was treated: `placeholder arn:aws:iam::…`, `resolved through reference aws_iam_role.x`,
   *  `conservative: allow everything under an unresolvable condition`, `left unchanged`. */
  treatment: string;
}

export interface UnsupportedResource {
  address: string;
  type: string;
  action: PlanAction;
  reason: string;
}

export interface PlanOverlaySummary {
  /** Plan file name as given by the user. */
  planFile: string;
  formatVersion: string;
  terraformVersion?: string;
  applied: AppliedChange[];
  unknowns: UnknownValue[];
  unsupported: UnsupportedResource[];
  /** Resource address → where it is declared (from the configuration's module sources and .tf files). */
  locations: Record<string, SourceLocation>;
}
