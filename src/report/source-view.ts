// What a person reads of one source: the paths worth showing, with what repeats on every path said
// once. Assets the source reaches only because it is already admin of their account are summarised
// ("admin of 2222… — so every asset in it"), and the credential-endpoint hop that starts most paths
// (the container serves the task role) is named once. Pure presentation: the JSON keeps every path.
import type { AnalysisResult, AttackPath, PathHop, SourceRadius } from '../queries/types.js';

/** The technique of the hop from a task (definition) to its task role's credentials. */
export const CREDENTIAL_HOP = 'ecs-task-metadata-creds';

export interface SourceView {
  source: SourceRadius;
  /** Paths to assets not implied by admin, best first. */
  paths: AttackPath[];
  /** Per admin node the source reaches, how many assets of that account it implies (not listed). */
  viaAdmin: { admin: string; account: string; assets: number }[];
  /** The credential hop most shown paths start with, said once. */
  credentialHop?: PathHop;
}

export function pathsBySource(result: AnalysisResult): Map<string, AttackPath[]> {
  const bySource = new Map<string, AttackPath[]>();
  for (const p of result.paths) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  return bySource;
}

export function sourceView(source: SourceRadius, paths: readonly AttackPath[]): SourceView {
  const subsumed = new Set(source.assets.filter((a) => a.subsumedBy).map((a) => `${a.id}\u0000${a.access}`));
  const counts = new Map<string, number>();
  for (const a of source.assets)
    if (a.subsumedBy) counts.set(a.subsumedBy, (counts.get(a.subsumedBy) ?? 0) + 1);
  const shown = paths.filter((p) => !subsumed.has(`${p.target}\u0000${p.access}`));
  const first = shown.find((p) => p.hops[0]?.technique === CREDENTIAL_HOP)?.hops[0];
  return {
    source,
    paths: shown,
    viaAdmin: [...counts].map(([admin, assets]) => ({
      admin,
      account: admin.slice('admin:'.length),
      assets,
    })),
    credentialHop: first,
  };
}

/** Whether a path starts with the view's credential hop (so its first step is not repeated). */
export function startsWithCredentialHop(view: SourceView, p: AttackPath): boolean {
  const h = p.hops[0];
  const c = view.credentialHop;
  return !!c && !!h && h.technique === c.technique && h.from === c.from && h.to === c.to;
}

/** "admin of 222222222222 — so every asset in it; 20 listed in JSON" */
export function viaAdminText(v: SourceView['viaAdmin'][number]): string {
  return `admin of ${v.account} — so every asset in it; ${v.assets} listed in JSON`;
}
