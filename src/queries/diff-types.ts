// The parts of a diff that name one path and the changes that enable it (shared by the diff and its
// grouping by cause).
import type { StatementRef } from '../policy/api.js';
import type { StatementJson } from './statement-lookup.js';
import type { AttackPath } from './types.js';

/** A statement that enables a new path and was not there (or not in force for the principal) before. */
export interface EnablingStatement {
  ref: StatementRef;
  /** `added`: the policy did not exist before; `modified`: it did, without this statement;
   *  `attached`: the statement is unchanged but its policy was not attached to the principal before. */
  change: 'added' | 'modified' | 'attached';
  /** The statement as it is after the change (absent when the after snapshot was not given). */
  statement?: StatementJson;
  /** Terraform address that made the change, when the after side is a plan overlay. */
  terraformAddress?: string;
}

export interface PathChange {
  key: string;
  path: AttackPath;
  toAdmin: boolean;
  /** True when a hop depends on conditions (including values unknown until apply). */
  conditional: boolean;
  /** Only for appeared paths. */
  enabledBy: EnablingStatement[];
  /** Set when a baseline accepts this path: the reviewer's reason. */
  acceptedReason?: string;
}
