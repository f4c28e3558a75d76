// The new paths of a diff grouped by cause: one group per enabling change, so a reviewer reads each
// changed statement (or plan setting) once, with the paths it is needed for. Changes that every one of
// the same paths needs (e.g. the PassRole and the RunTask statements of one technique) form one cause:
// removing any of them closes all its paths. Pure.
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import type { EnablingStatement, PathChange } from './diff-types.js';
import type { Fix } from './fix-types.js';

/** A plan change that is not a policy statement (a task definition, a service setting …) and that a
 *  new path goes through without any changed statement being cited. */
export interface CauseSetting {
  address: string;
  effect: string;
}

export interface DiffCause {
  /** Stable identity: the sorted ids of its changes. */
  key: string;
  /** `statement`: changed policy statements (identity, trust, resource policies);
   *  `setting`: plan changes to resources the paths go through (no changed statement cited);
   *  `unattributed`: neither could be found (e.g. a change of resources between two dumps). */
  kind: 'statement' | 'setting' | 'unattributed';
  statements: EnablingStatement[];
  settings: CauseSetting[];
  /** Keys of the appeared paths it opens (PathChange.key), worst first. */
  paths: string[];
  pathsToAdmin: number;
  /** Score of its worst path. */
  worstScore: number;
  /** The verified fix for this cause, when one was computed (src/queries/fixes/). */
  fix?: Fix;
}

export function statementId(e: EnablingStatement): string {
  return `statement:${e.ref.policyId}#${e.ref.versionId ?? ''}#${e.ref.statement}`;
}

/** The causes of `open` paths (already sorted worst first). Each change is named in exactly one cause. */
export function groupByCause(open: PathChange[], plan: PlanOverlaySummary | undefined): DiffCause[] {
  const pathsOf = new Map<string, string[]>();
  const statements = new Map<string, EnablingStatement>();
  const settings = new Map<string, CauseSetting>();
  const add = (id: string, key: string) => {
    const list = pathsOf.get(id);
    if (list) list.push(key);
    else pathsOf.set(id, [key]);
  };
  for (const c of open) {
    if (c.enabledBy.length) {
      for (const e of c.enabledBy) {
        const id = statementId(e);
        statements.set(id, e);
        add(id, c.key);
      }
      continue;
    }
    const touched = new Set([c.path.source, ...c.path.hops.flatMap((h) => [h.from, h.to])]);
    const applied = (plan?.applied ?? []).filter((a) => a.ids.some((id) => touched.has(id)));
    if (!applied.length) {
      add('unattributed', c.key);
      continue;
    }
    for (const a of applied) {
      const id = `setting:${a.address}`;
      settings.set(id, { address: a.address, effect: a.effect });
      add(id, c.key);
    }
  }

  // Changes with the same set of paths act together: one cause.
  // Keys are account-controlled text (any character): the set is identified by its JSON.
  const groups = new Map<string, { paths: string[]; ids: string[] }>();
  for (const [id, keys] of pathsOf) {
    const set = JSON.stringify(keys);
    const group = groups.get(set);
    if (group) group.ids.push(id);
    else groups.set(set, { paths: keys, ids: [id] });
  }
  const byKey = new Map(open.map((c) => [c.key, c]));
  const causes: DiffCause[] = [];
  for (const { paths, ids } of groups.values()) {
    ids.sort(compare);
    const changes = paths.map((k) => byKey.get(k)!);
    const kind: DiffCause['kind'] = ids[0].startsWith('statement:')
      ? 'statement'
      : ids[0].startsWith('setting:')
        ? 'setting'
        : 'unattributed';
    causes.push({
      key: ids.join(' + '),
      kind,
      statements: ids.filter((id) => statements.has(id)).map((id) => statements.get(id)!),
      settings: ids.filter((id) => settings.has(id)).map((id) => settings.get(id)!),
      paths,
      pathsToAdmin: changes.filter((c) => c.toAdmin).length,
      worstScore: Math.max(...changes.map((c) => c.path.score)),
    });
  }
  return causes.sort(
    (a, b) =>
      b.pathsToAdmin - a.pathsToAdmin ||
      b.worstScore - a.worstScore ||
      b.paths.length - a.paths.length ||
      compare(a.key, b.key),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
