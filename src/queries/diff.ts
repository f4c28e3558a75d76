// Diff of two analyses: which attack paths appeared or vanished, how each source's blast radius
// moved, which assets became reachable, and which changed policy statements enabled each new path.
// Pure: the verdict follows from the chosen rule, the threshold and the baseline.
import type { AccessModel, StatementRef } from '../policy/api.js';
import type { Snapshot } from '../snapshot/types.js';
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import { explainBlockers } from './diff-blockers.js';
import { groupByCause, type DiffCause } from './diff-causes.js';
import { seenChanges, type SeenChange } from './diff-seen-changes.js';
import { attackPathKey, baselineIndex, type Baseline } from './baseline.js';
import { canonicalJson, findPolicyDocument, findStatement, statementsOf } from './statement-lookup.js';
import type { AnalysisResult, AttackPath, CoverageSummary, ReachedAsset } from './types.js';
import type { EnablingStatement, PathChange } from './diff-types.js';

export type { EnablingStatement, PathChange } from './diff-types.js';

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
  /** The after side's access model: with both snapshots, the changes that open no path are listed
   *  with what blocks each, as this engine decides it. */
  afterModel?: AccessModel;
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
  /** The new paths (not accepted by the baseline) grouped by the change that enables them, worst first;
   *  each change is named in one cause. */
  causes: DiffCause[];
  /** IAM changes seen (the plan's applied changes, or the statements that differ between the two
   *  snapshots) that no new path cites, with what blocks each statement. Empty without snapshots. */
  unopened: SeenChange[];
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
  const causes = groupByCause(open, opts.plan);
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
    causes,
    unopened: unopenedChanges(appeared, causes, opts),
    coverage: {
      beforePartial: before.coverage.partial,
      afterPartial: after.coverage.partial,
      before: before.coverage,
      after: after.coverage,
    },
    ...(opts.plan ? { plan: opts.plan } : {}),
  };
}

/** The seen changes, minus the statements (and plan settings) some new path cites. */
function unopenedChanges(appeared: PathChange[], causes: DiffCause[], opts: DiffOptions): SeenChange[] {
  const { beforeSnapshot, afterSnapshot } = opts;
  if (!beforeSnapshot || !afterSnapshot) return [];
  const cited = new Set(
    appeared.flatMap((c) => c.enabledBy.map((e) => `${e.ref.policyId}#${e.ref.statement}`)),
  );
  // A plan change a cause already names (as a setting) is not repeated here.
  const named = new Set(causes.flatMap((c) => c.settings.map((s) => s.address)));
  const quiet: SeenChange[] = [];
  for (const change of seenChanges(beforeSnapshot, afterSnapshot, opts.plan)) {
    if (change.address !== undefined && named.has(change.address)) continue;
    if (change.statements.length) {
      const statements = change.statements.filter((s) => !cited.has(`${change.policyId}#${s.statement}`));
      if (statements.length) quiet.push({ ...change, statements });
      continue;
    }
    // A change that writes no policy (a service, a task definition): opened a path when one goes
    // through what it changed and cites no changed statement.
    const applied = opts.plan?.applied.find((a) => a.address === change.address);
    const opened = appeared.some((c) => {
      if (c.enabledBy.length) return false;
      const nodes = new Set([c.path.source, ...c.path.hops.flatMap((h) => [h.from, h.to])]);
      return (applied?.ids ?? []).some((id) => nodes.has(id));
    });
    if (!opened) quiet.push(change);
  }
  return opts.afterModel ? explainBlockers(quiet, opts.afterModel, afterSnapshot) : quiet;
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
  if (!ref.policyId.includes('#') && ref.policyType === 'identity') {
    // The evidence of a hop can cite another principal's policy (the role a service runs as): when
    // the policy is not attached to the hop's principal after the change either, it is newly in
    // force only if it reaches a principal it did not reach before.
    if (after && !attachedBefore(after, principal, ref.policyId))
      return attachmentsGrew(before, after, ref.policyId) ? 'attached' : undefined;
    if (!attachedBefore(before, principal, ref.policyId)) return 'attached';
  }
  return undefined;
}

/** Whether some role, user or group has the managed policy attached after and not before. */
function attachmentsGrew(before: Snapshot, after: Snapshot, policyArn: string): boolean {
  const holders = (snapshot: Snapshot) =>
    new Set(
      snapshot.accounts.flatMap((a) =>
        [...a.iam.roles, ...a.iam.users, ...a.iam.groups]
          .filter((p) => p.attachedPolicies.includes(policyArn))
          .map((p) => p.arn),
      ),
    );
  const was = holders(before);
  return [...holders(after)].some((arn) => !was.has(arn));
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
