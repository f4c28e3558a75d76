// The JSON report (docs/report.schema.json): the analysis in a fixed key order, so the same input
// gives byte-identical output. Objects are rebuilt field by field rather than relying on the order
// in which the queries happened to create them.
import type { EvidenceItem } from '../graph/model.js';
import type { StatementRef } from '../policy/api.js';
import type {
  AnalysisResult,
  AttackPath,
  CoverageSummary,
  ExplainResult,
  ExplainedPath,
  PathHop,
  SourceRadius,
  WhoCanResult,
} from '../queries/types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function defined(entries: [string, Json | undefined][]): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

// Evidence shares its statements (a few thousand statements behind 150k evidence uses): each is rendered once.
const statementCache = new WeakMap<StatementRef, Json>();

function statementJson(s: StatementRef): Json {
  let out = statementCache.get(s);
  if (out === undefined) statementCache.set(s, (out = statementFields(s)));
  return out;
}

function statementFields(s: StatementRef): Json {
  return defined([
    ['policyId', s.policyId],
    ['policyType', s.policyType],
    ['statement', s.statement],
    ['sid', s.sid],
    ['versionId', s.versionId],
  ]);
}

// Not cached: most evidence items are on one hop only (1×: 122k items, 149k uses). An object literal
// rather than `defined` pairs: JSON.stringify leaves out a member whose value is undefined, as
// `defined` does.
function evidenceJson(e: EvidenceItem): Json {
  return {
    action: e.action,
    resource: e.resource,
    statements: e.statements.map(statementJson),
    note: e.note,
  } as Json;
}

function hopJson(h: PathHop): Json {
  return {
    from: h.from,
    to: h.to,
    technique: h.technique,
    conditional: h.conditional,
    conditionKeys: h.conditionKeys,
    assumptions: h.assumptions,
    evidence: h.evidence.map(evidenceJson),
  };
}

export function pathJson(p: AttackPath | ExplainedPath): Json {
  return defined([
    ['source', p.source],
    ['target', p.target],
    ['targetKind', p.targetKind],
    ['access', p.access],
    ['score', p.score],
    ['hops', p.hops.map(hopJson)],
  ]);
}

// Object literals rather than `defined` pairs for the per-asset objects (a large report has a
// hundred thousand): JSON.stringify leaves out a member whose value is undefined, as `defined` does.
function sourceJson(s: SourceRadius): Json {
  return {
    id: s.id,
    kind: s.kind,
    account: s.account,
    score: s.score,
    assets: s.assets.map((a) => ({
      id: a.id,
      kind: a.kind,
      access: a.access,
      hops: a.hops,
      conditional: a.conditional,
      score: a.score,
      certain: a.certain && { access: a.certain.access, hops: a.certain.hops, score: a.certain.score },
      subsumedBy: a.subsumedBy,
    })) as Json[],
  };
}

export function coverageJson(c: CoverageSummary): Json {
  return { partial: c.partial, gaps: gapsJson(c) };
}

/** The gaps of a coverage summary as the JSON reports write them. */
export function gapsJson(c: CoverageSummary): Json[] {
  return c.gaps.map((g) =>
    defined([
      ['account', g.account],
      ['region', g.region],
      ['service', g.service],
      ['operation', g.operation],
      ['resource', g.resource],
      ['file', g.file],
      ['jsonPath', g.jsonPath],
      ['code', g.code],
      ['message', g.message],
    ]),
  );
}

function stringify(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The JSON report in pieces, so that an organization-sized report (hundreds of MB) can be written
 * without ever being one string. Each source and each path is one compact line; the rest is
 * indented. Joined, the pieces are `renderJson`'s output. A path's line comes in several pieces
 * (its head, each hop's text, the separators): a hop's text is yielded as made, never copied into
 * a line.
 */
export function* renderJsonChunks(result: AnalysisResult): Generator<string> {
  const versions: { [key: string]: Json } = {};
  for (const k of Object.keys(result.dataVersions).sort()) versions[k] = result.dataVersions[k];
  const indent = (value: Json) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  yield `{\n  "schemaVersion": ${JSON.stringify(result.schemaVersion)},\n`;
  yield `  "coverage": ${indent(coverageJson(result.coverage))},\n`;
  yield `  "dataVersions": ${indent(versions)},\n`;
  const { sources, paths } = result;
  if (!sources.length) yield '  "sources": [],\n';
  else {
    // Each line's text is its own piece (not copied into a line with its indent and comma).
    for (let i = 0; i < sources.length; i++) {
      yield i ? ',\n    ' : '  "sources": [\n    ';
      yield JSON.stringify(sourceJson(sources[i]));
    }
    yield '\n  ],\n';
  }
  yield* pathPieces(paths);
  yield '}\n';
}

/**
 * The `paths` member, each path being the text of `JSON.stringify(pathJson(p))`, in pieces that are
 * never copied into one string: small pieces (a path's head, separators) are joined, a hop's text is
 * its own piece. Paths share hop objects (analyze's paths through one edge do: a source's first hop is
 * on all its paths): the text of a hop seen a second time is kept and reused. Hops not seen before
 * are serialised together, as one array whose brackets (and a placeholder that makes the leading
 * comma) are cut off by a slice, which does not copy. Most hops are on one path only, and keeping
 * their text would hold tens of MB for nothing.
 */
function* pathPieces(paths: readonly AttackPath[]): Generator<string> {
  if (!paths.length) {
    yield '  "paths": []\n';
    return;
  }
  const lines = new PathLines();
  /** Small text not yet yielded. */
  let pending = '  "paths": [\n';
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    pending = `${pending}    ${lines.head(p)}"hops":[`;
    const { hops } = p;
    /** Hops not seen before, after a placeholder, waiting to be serialised together. */
    let fresh: Json[] | null = null;
    let emitted = 0;
    for (let j = 0; j < hops.length; j++) {
      const h = hops[j];
      const text = lines.seen(h);
      if (text === undefined) {
        (fresh ??= [0]).push(hopJson(h));
        continue;
      }
      if (fresh !== null) {
        if (pending) yield pending;
        yield freshText(fresh, emitted === 0);
        emitted += fresh.length - 1;
        fresh = null;
        pending = ',';
      } else if (emitted) pending = `${pending},`;
      if (pending) yield pending;
      yield text;
      emitted++;
      pending = '';
    }
    if (fresh !== null) {
      if (pending) yield pending;
      yield freshText(fresh, emitted === 0);
      pending = '';
    }
    pending = `${pending}]}${i + 1 < paths.length ? ',' : ''}\n`;
  }
  yield `${pending}  ]\n`;
}

/** `[0,a,b]` → `,a,b` (or `a,b` when the hops come first in their list), without a copy. */
function freshText(fresh: Json[], first: boolean): string {
  return JSON.stringify(fresh).slice(first ? 3 : 2, -1);
}

/** Hop texts and the small members of path heads, for the paths of one report. */
class PathLines {
  /** null: seen once, text not kept. */
  private readonly hops = new Map<PathHop, string | null>();
  /** JSON texts of the last source and of the kinds and access levels seen. */
  private source = '';
  private sourceText = '';
  private readonly names = new Map<string, string>();

  /** The hop's text when it was seen before (made on its second sight); undefined, and the hop
   *  noted, on its first. */
  seen(h: PathHop): string | undefined {
    const text = this.hops.get(h);
    if (text === undefined) {
      this.hops.set(h, null);
      return undefined;
    }
    if (text !== null) return text;
    const made = JSON.stringify(hopJson(h));
    this.hops.set(h, made);
    return made;
  }

  /** `{` and the path's members before `hops`, each followed by a comma. */
  head(p: AttackPath): string {
    const { source, target, targetKind, access, score } = p;
    if (
      source === undefined ||
      target === undefined ||
      targetKind === undefined ||
      access === undefined ||
      !Number.isFinite(score)
    ) {
      // Members in pathJson's order; JSON.stringify leaves out an undefined one.
      const head = JSON.stringify({ source, target, targetKind, access, score });
      return head.length > 2 ? `${head.slice(0, -1)},` : '{';
    }
    if (source !== this.source) {
      this.source = source;
      this.sourceText = JSON.stringify(source);
    }
    // A finite number's JSON text is its string form.
    return `{"source":${this.sourceText},"target":${JSON.stringify(target)},"targetKind":${this.name(targetKind)},"access":${this.name(access)},"score":${score},`;
  }

  private name(value: string): string {
    let text = this.names.get(value);
    if (text === undefined) this.names.set(value, (text = JSON.stringify(value)));
    return text;
  }
}

export function renderJson(result: AnalysisResult): string {
  return [...renderJsonChunks(result)].join('');
}

export function renderWhoCanJson(result: WhoCanResult, coverage: CoverageSummary): string {
  return stringify({
    coverage: coverageJson(coverage),
    target: result.target,
    targetKind: result.targetKind,
    reachedBy: result.reachedBy.map((r) => ({
      source: r.source,
      kind: r.kind,
      account: r.account,
      access: r.access,
      hops: r.hops,
      conditional: r.conditional,
      score: r.score,
      path: pathJson(r.path),
    })),
  });
}

export function renderExplainJson(result: ExplainResult, coverage: CoverageSummary): string {
  return stringify({
    coverage: coverageJson(coverage),
    source: result.source,
    target: result.target,
    targetKind: result.targetKind,
    best: result.best ? pathJson(result.best) : null,
    alternatives: result.alternatives.map(pathJson),
  });
}
