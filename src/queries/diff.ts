// Diff of two analyses: which attack paths appeared or vanished, how each source's blast radius
// moved, which assets became reachable, and which changed policy statements enabled each new path.
// Pure: the verdict follows from the chosen rule, the threshold and the baseline.
import type { StatementRef } from '../policy/api.js';
import type { Snapshot } from '../snapshot/types.js';
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import { attackPathKey, baselineIndex, type Baseline } from './baseline.js';
import {
  canonicalJson,
  findPolicyDocument,
  findStatement,
  statementsOf,
  type StatementJson,
} from './statement-lookup.js';
import type { AnalysisResult, AttackPath, CoverageSummary, ReachedAsset } from './types.js';

export const DIFF_SCHEMA_VERSION = 1;

export type DiffRule = 'new-admin-path' | 'new-path' | 'radius-increase';
export const DIFF_RULES: readonly DiffRule[] = ['new-admin-path', 'new-path', 'radius-increase'];

export interface DiffOptions {
  /** Rule that decides the verdict. Default `new-admin-path`. */
  failOn?: DiffRule;
  /** For `radius-increase`: a source's score must grow by more than this. Default 0. */
  threshold?: number;
  baseline?: Baseline;
  /** Snapshots the analyses came from: needed to tell which statements changed. */
  beforeSnapshot?: Snapshot;
  afterSnapshot?: Snapshot;
  /** The Terraform overlay that produced `after`, carried through to the reports. */
  plan?: PlanOverlaySummary;
  /** Whether every step of a path was already possible before (e.g. its edges exist in the before
   *  graph). Analyses keep the best path per asset, so a narrowing change can promote a path that
   *  was possible all along: such a path is not new. */
  possibleBefore?: (path: AttackPath) => boolean;
  /** Whether every step of a path is still possible after: a path that is only no longer the best
   *  one has not vanished. */
  possibleAfter?: (path: AttackPath) => boolean;
}

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

export interface NewlyReachable {
  asset: ReachedAsset;
  /** Access the source had before (absent: not reachable at all before). */
  previousAccess?: string;
}

export interface RadiusChange {
  source: string;
  kind: string;
  account: string;
  /** null: the source did not exist on that side. */
  before: number | null;
  after: number | null;
  delta: number;
  newlyReachable: NewlyReachable[];
  /** Asset ids reachable before and not after. */
  noLongerReachable: string[];
}

export interface DiffVerdict {
  rule: DiffRule;
  threshold: number;
  regression: boolean;
  /** One sentence per reason the rule fired (or why it did not). */
  reasons: string[];
}

export interface DiffResult {
  schemaVersion: number;
  verdict: DiffVerdict;
  summary: {
    appeared: number;
    vanished: number;
    appearedToAdmin: number;
    accepted: number;
    sourcesWithIncrease: number;
    /** Accepted paths whose reason is still the placeholder. */
    unreviewedBaselineEntries: number;
  };
  appeared: PathChange[];
  vanished: PathChange[];
  radius: RadiusChange[];
  /** Each side's coverage: partial flags, and the gaps behind them. */
  coverage: {
    beforePartial: boolean;
    afterPartial: boolean;
    before: CoverageSummary;
    after: CoverageSummary;
  };
  plan?: PlanOverlaySummary;
}

const ACCESS_RANK: Record<string, number> = { invoke: 1, read: 2, write: 3, admin: 4 };

export function diffAnalyses(
  before: AnalysisResult,
  after: AnalysisResult,
  opts: DiffOptions = {},
): DiffResult {
  const rule = opts.failOn ?? 'new-admin-path';
  const threshold = opts.threshold ?? 0;
  const accepted = baselineIndex(opts.baseline);

  const beforeByKey = byKey(before.paths);
  const afterByKey = byKey(after.paths);
  const appeared: PathChange[] = [];
  const vanished: PathChange[] = [];
  for (const [key, path] of afterByKey) {
    if (beforeByKey.has(key) || opts.possibleBefore?.(path)) continue;
    appeared.push({
      ...describe(key, path),
      enabledBy: enablingStatements(path, opts),
      ...(accepted.has(key) ? { acceptedReason: accepted.get(key)!.reason } : {}),
    });
  }
  for (const [key, path] of beforeByKey) {
    if (!afterByKey.has(key) && !opts.possibleAfter?.(path))
      vanished.push({ ...describe(key, path), enabledBy: [] });
  }

  // Paths to admin first, then by score, then by identity: the order a reviewer reads them in.
  const rank = (a: PathChange, b: PathChange) =>
    Number(b.toAdmin) - Number(a.toAdmin) || b.path.score - a.path.score || compare(a.key, b.key);
  appeared.sort(rank);
  vanished.sort(rank);
  const radius = radiusChanges(before, after);
  const open = appeared.filter((p) => p.acceptedReason === undefined);
  const reasons: string[] = [];
  if (rule === 'new-admin-path') {
    const admin = open.filter((p) => p.toAdmin);
    if (admin.length) reasons.push(`${admin.length} new path${admin.length === 1 ? '' : 's'} to admin`);
  } else if (rule === 'new-path') {
    if (open.length) reasons.push(`${open.length} new attack path${open.length === 1 ? '' : 's'}`);
  } else {
    for (const r of radius) {
      if (r.delta > threshold)
        reasons.push(`blast radius of ${r.source} grew by ${round(r.delta)} (threshold ${threshold})`);
    }
  }
  const regression = reasons.length > 0;
  if (!regression) reasons.push(noRegressionReason(rule, threshold));

  const acceptedCount = appeared.length - open.length;
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    verdict: { rule, threshold, regression, reasons },
    summary: {
      appeared: open.length,
      vanished: vanished.length,
      appearedToAdmin: open.filter((p) => p.toAdmin).length,
      accepted: acceptedCount,
      sourcesWithIncrease: radius.filter((r) => r.delta > 0).length,
      unreviewedBaselineEntries: (opts.baseline?.accepted ?? []).filter((e) => e.reason.startsWith('TODO'))
        .length,
    },
    appeared,
    vanished,
    radius,
    coverage: {
      beforePartial: before.coverage.partial,
      afterPartial: after.coverage.partial,
      before: before.coverage,
      after: after.coverage,
    },
    ...(opts.plan ? { plan: opts.plan } : {}),
  };
}

function noRegressionReason(rule: DiffRule, threshold: number): string {
  if (rule === 'new-admin-path') return 'no new path to admin';
  if (rule === 'new-path') return 'no new attack path';
  return `no blast radius grew by more than ${threshold}`;
}

function byKey(paths: AttackPath[]): Map<string, AttackPath> {
  const map = new Map<string, AttackPath>();
  for (const path of [...paths].sort((a, b) => b.score - a.score)) {
    const key = attackPathKey(path);
    if (!map.has(key)) map.set(key, path);
  }
  return new Map([...map.entries()].sort(([a], [b]) => compare(a, b)));
}

function describe(key: string, path: AttackPath): Omit<PathChange, 'enabledBy'> {
  return {
    key,
    path,
    toAdmin: path.targetKind === 'Admin',
    conditional: path.hops.some((h) => h.conditional),
  };
}

/** Statements cited by the path's evidence that the before snapshot lacks, or did not attach. */
function enablingStatements(path: AttackPath, opts: DiffOptions): EnablingStatement[] {
  const { beforeSnapshot, afterSnapshot } = opts;
  if (!beforeSnapshot) return [];
  const found = new Map<string, EnablingStatement>();
  for (const hop of path.hops) {
    for (const item of hop.evidence) {
      for (const ref of item.statements) {
        const id = `${ref.policyId}#${ref.versionId ?? ''}#${ref.statement}`;
        if (found.has(id)) continue;
        const change = statementChange(ref, hop.from, beforeSnapshot, afterSnapshot);
        if (!change) continue;
        const statement = afterSnapshot ? findStatement(afterSnapshot, ref) : undefined;
        const address = opts.plan?.applied.find((a) => a.policyId === ref.policyId)?.address;
        found.set(id, {
          ref,
          change,
          ...(statement ? { statement } : {}),
          ...(address ? { terraformAddress: address } : {}),
        });
      }
    }
  }
  return [...found.entries()].sort(([a], [b]) => compare(a, b)).map(([, s]) => s);
}

function statementChange(
  ref: StatementRef,
  principal: string,
  before: Snapshot,
  after: Snapshot | undefined,
): EnablingStatement['change'] | undefined {
  // For managed policies the statement in force before is the one of the then-default version.
  // A policy neither snapshot holds was supplied by the engine (e.g. AWS's implicit full-access
  // SCP/RCP): it cannot have changed.
  if (after && findPolicyDocument(after, ref.policyId) === undefined) return undefined;
  const beforeDoc = findPolicyDocument(before, ref.policyId);
  if (beforeDoc === undefined) return 'added';
  if (after) {
    const statement = findStatement(after, ref);
    if (statement) {
      const wanted = canonicalJson(statement);
      if (!statementsOf(beforeDoc).some((s) => canonicalJson(s) === wanted)) return 'modified';
    }
  }
  if (
    !ref.policyId.includes('#') &&
    ref.policyType === 'identity' &&
    !attachedBefore(before, principal, ref.policyId)
  ) {
    return 'attached';
  }
  return undefined;
}

/** Whether a managed policy reached the principal before, directly or through a group. */
function attachedBefore(snapshot: Snapshot, principal: string, policyArn: string): boolean {
  for (const account of snapshot.accounts) {
    const role = account.iam.roles.find((r) => r.arn === principal);
    if (role) return role.attachedPolicies.includes(policyArn);
    const user = account.iam.users.find((u) => u.arn === principal);
    if (user) {
      if (user.attachedPolicies.includes(policyArn)) return true;
      return account.iam.groups.some(
        (g) =>
          (user.groups.includes(g.name) || user.groups.includes(g.arn)) &&
          g.attachedPolicies.includes(policyArn),
      );
    }
  }
  // The hop starts at a node that is not a principal (e.g. a task definition): nothing to compare.
  return true;
}

function radiusChanges(before: AnalysisResult, after: AnalysisResult): RadiusChange[] {
  const ids = new Set([...before.sources.map((s) => s.id), ...after.sources.map((s) => s.id)]);
  const changes: RadiusChange[] = [];
  for (const id of [...ids].sort(compare)) {
    const b = before.sources.find((s) => s.id === id);
    const a = after.sources.find((s) => s.id === id);
    const beforeAssets = new Map((b?.assets ?? []).map((x) => [x.id, x]));
    const afterAssets = new Map((a?.assets ?? []).map((x) => [x.id, x]));
    const newlyReachable: NewlyReachable[] = [];
    for (const asset of [...afterAssets.values()].sort((x, y) => compare(x.id, y.id))) {
      const old = beforeAssets.get(asset.id);
      if (!old) newlyReachable.push({ asset });
      else if ((ACCESS_RANK[asset.access] ?? 0) > (ACCESS_RANK[old.access] ?? 0)) {
        newlyReachable.push({ asset, previousAccess: old.access });
      }
    }
    const noLongerReachable = [...beforeAssets.keys()].filter((x) => !afterAssets.has(x)).sort(compare);
    const beforeScore = b ? b.score : null;
    const afterScore = a ? a.score : null;
    const delta = round((afterScore ?? 0) - (beforeScore ?? 0));
    const ref = (a ?? b)!;
    changes.push({
      source: id,
      kind: ref.kind,
      account: ref.account,
      before: beforeScore,
      after: afterScore,
      delta,
      newlyReachable,
      noLongerReachable,
    });
  }
  return changes;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
