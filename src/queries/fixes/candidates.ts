// Candidate changes for a source, read off the evidence on its paths: every customer-controlled
// statement a hop cites (identity, resource, trust and key policies; not SCPs, RCPs or boundaries,
// whose Allow statements only let other policies grant) becomes one change, and so do the settings a
// technique relies on (ECS Exec on the task it shells into). Each candidate carries an estimate —
// the score of the source's paths that cite it — which only orders the verification; the verdict is
// the re-analysis (verify.ts). An estimate can be wrong both ways (another statement may grant the
// same action; the paths kept are the best per asset, not all of them): verification decides.
import type { StatementRef } from '../../policy/api.js';
import type { Snapshot } from '../../snapshot/types.js';
import type { FixChange } from '../fix-types.js';
import type { AttackPath } from '../types.js';
import { statementChange, changeKey } from './statement-change.js';

export interface Candidate {
  key: string;
  change: FixChange;
  /** Sum of the scores of the source's paths it cuts (as far as their evidence tells). */
  weight: number;
  /** The part of `weight` on paths to admin. */
  adminWeight: number;
  /** It is cited on every path of the source to admin (there is at least one). */
  onEveryAdminPath: boolean;
  /** For a statement change: what it was made from (to remake it in another snapshot's terms). */
  origin?: StatementUse;
}

export interface StatementUse {
  ref: StatementRef;
  principal: string;
  actions: string[];
}

/** Policy types whose Allow statements grant (a change to them removes a grant). */
const GRANTING = new Set<StatementRef['policyType']>(['identity', 'resource', 'trust', 'key']);

/** The candidates for one source's paths, best estimate first (ties by key, so the order is fixed). */
/** Statement changes already made in this computation (statementChange searches the snapshot). */
export type ChangeMemo = Map<string, FixChange | undefined>;

export function candidatesFor(
  snapshot: Snapshot,
  paths: readonly AttackPath[],
  memo: ChangeMemo = new Map(),
): Candidate[] {
  // First the actions each statement is cited for: on every path of the source (a narrowed
  // statement that drops them all cuts every path through it), and on the paths to admin only (a
  // narrower change that keeps what the other paths use, i.e. what the workload likely needs).
  const uses = new Map<
    string,
    { ref: StatementRef; principal: string; all: Set<string>; admin: Set<string> }
  >();
  for (const p of paths)
    for (const hop of p.hops)
      for (const item of hop.evidence)
        for (const ref of item.statements) {
          if (!GRANTING.has(ref.policyType)) continue;
          const id = refKey(ref, hop.from);
          let use = uses.get(id);
          if (!use) uses.set(id, (use = { ref, principal: hop.from, all: new Set(), admin: new Set() }));
          use.all.add(item.action);
          if (p.targetKind === 'Admin') use.admin.add(item.action);
        }
  /** Per change: the statements it takes away, each with the actions it cuts (null: all). */
  const changes = new Map<
    string,
    { change: FixChange; cuts: Map<string, Set<string> | null>; origin?: StatementUse }
  >();
  const add = (
    change: FixChange | undefined,
    citation: string,
    cut: Set<string> | null,
    origin?: StatementUse,
  ) => {
    if (!change) return;
    const key = changeKey(change);
    let entry = changes.get(key);
    if (!entry) changes.set(key, (entry = { change, cuts: new Map(), ...(origin ? { origin } : {}) }));
    entry.cuts.set(citation, change.kind === 'narrow-statement' ? cut : null);
  };
  for (const [id, use] of uses) {
    const sets = [use.all];
    if (use.admin.size && use.admin.size < use.all.size) sets.push(use.admin);
    for (const set of sets) {
      const origin = { ref: use.ref, principal: use.principal, actions: [...set].sort() };
      const memoKey = `${id}\u0000${origin.actions.join(',')}`;
      if (!memo.has(memoKey))
        memo.set(memoKey, statementChange(snapshot, use.ref, use.principal, origin.actions));
      add(memo.get(memoKey), id, set, origin);
    }
  }
  for (const p of paths)
    for (const hop of p.hops) {
      if (hop.technique !== 'ecs-execute-command') continue;
      for (const item of hop.evidence)
        if (item.action.toLowerCase() === 'ecs:executecommand')
          add(disableExec(snapshot, item.resource), `exec:${item.resource}`, null);
    }

  // Which changes cut each citation (statement or exec target, with the action it is cited for).
  const byCitation = new Map<string, { key: string; cut: Set<string> | null }[]>();
  for (const [key, { cuts }] of changes)
    for (const [citation, cut] of cuts) {
      let list = byCitation.get(citation);
      if (!list) byCitation.set(citation, (list = []));
      list.push({ key, cut });
    }
  const weight = new Map<string, { all: number; admin: number; adminPaths: number }>();
  for (const key of changes.keys()) weight.set(key, { all: 0, admin: 0, adminPaths: 0 });
  let adminPaths = 0;
  for (const p of paths) {
    const admin = p.targetKind === 'Admin';
    if (admin) adminPaths++;
    const cutting = new Set<string>();
    const visit = (citation: string, action: string) => {
      for (const { key, cut } of byCitation.get(citation) ?? [])
        if (cut === null || cut.has(action)) cutting.add(key);
    };
    for (const hop of p.hops)
      for (const item of hop.evidence) {
        for (const ref of item.statements) visit(refKey(ref, hop.from), item.action);
        if (hop.technique === 'ecs-execute-command') visit(`exec:${item.resource}`, item.action);
      }
    for (const key of cutting) {
      const w = weight.get(key)!;
      w.all += p.score;
      if (admin) {
        w.admin += p.score;
        w.adminPaths++;
      }
    }
  }
  const out: Candidate[] = [];
  for (const [key, { change, origin }] of changes) {
    const w = weight.get(key)!;
    out.push({
      key,
      change,
      weight: Math.round(w.all * 1000) / 1000,
      adminWeight: Math.round(w.admin * 1000) / 1000,
      onEveryAdminPath: adminPaths > 0 && w.adminPaths === adminPaths,
      ...(origin ? { origin } : {}),
    });
  }
  // Cutting admin first; among changes that cut the same admin paths, the one that takes least else
  // (what the workload likely needs); without admin paths, the one that cuts most.
  return out.sort(
    (a, b) =>
      Number(b.onEveryAdminPath) - Number(a.onEveryAdminPath) ||
      b.adminWeight - a.adminWeight ||
      (a.adminWeight > 0 ? a.weight - b.weight : b.weight - a.weight) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** A statement is one candidate per principal it is cited for (detaching differs by principal). */
function refKey(ref: StatementRef, principal: string): string {
  return `${ref.policyId}\u0000${ref.versionId ?? ''}\u0000${ref.statement}\u0000${principal}`;
}

/** Turn off ECS Exec for a task (and the service that runs it): new tasks start without it. */
function disableExec(snapshot: Snapshot, taskArn: string): FixChange | undefined {
  for (const account of snapshot.accounts) {
    const task = account.ecs.tasks.find((t) => t.arn === taskArn);
    if (!task) continue;
    const serviceName = task.group?.startsWith('service:') ? task.group.slice('service:'.length) : undefined;
    const service = account.ecs.services.find(
      (s) => s.clusterArn === task.clusterArn && serviceName !== undefined && s.name === serviceName,
    );
    const resource = service?.arn ?? task.arn;
    return {
      kind: 'disable-ecs-exec',
      resource,
      summary: service
        ? `turn off ECS Exec on service ${service.name} (enableExecuteCommand: false, then redeploy its tasks)`
        : `stop task ${task.arn} and start it again without ECS Exec (enableExecuteCommand: false)`,
    };
  }
  return undefined;
}
