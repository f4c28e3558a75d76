// How many re-analyses a command spends verifying fixes when `--fixes` is not given: enough for every
// source of an account like the demo's, none on an account where one analysis takes seconds or more.
import type { Snapshot } from '../snapshot/types.js';
import type { CliIo } from './io.js';

/** Re-analyses spent on fixes by default. */
export const DEFAULT_FIX_BUDGET = 24;
/** Above this many roles and users, one analysis takes seconds to minutes: fixes only on request. */
export const AUTO_FIX_PRINCIPALS = 500;

export function defaultFixBudget(snapshot: Snapshot, io: CliIo): number {
  const principals = snapshot.accounts.reduce((n, a) => n + a.iam.roles.length + a.iam.users.length, 0);
  if (principals <= AUTO_FIX_PRINCIPALS) return DEFAULT_FIX_BUDGET;
  io.stderr(
    `blastmap: fixes not verified for ${principals} principals (each fix costs one analysis); --fixes N verifies up to N\n`,
  );
  return 0;
}

/** The `--fixes <n>` option's help line. */
export const FIXES_HELP = `re-analyses spent verifying fixes, each costing about one analysis (0: no fixes; default ${DEFAULT_FIX_BUDGET}, or 0 above ${AUTO_FIX_PRINCIPALS} principals)`;
