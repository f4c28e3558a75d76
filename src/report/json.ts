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

// Paths share their steps' evidence objects (and evidence shares statements): each is rendered once.
const statementCache = new WeakMap<StatementRef, Json>();
const evidenceCache = new WeakMap<EvidenceItem, Json>();

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

function evidenceJson(e: EvidenceItem): Json {
  let out = evidenceCache.get(e);
  if (out === undefined) evidenceCache.set(e, (out = evidenceFields(e)));
  return out;
}

function evidenceFields(e: EvidenceItem): Json {
  return defined([
    ['action', e.action],
    ['resource', e.resource],
    ['statements', e.statements.map(statementJson)],
    ['note', e.note],
  ]);
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
  return {
    partial: c.partial,
    gaps: c.gaps.map((g) =>
      defined([
        ['account', g.account],
        ['region', g.region],
        ['service', g.service],
        ['operation', g.operation],
        ['resource', g.resource],
        ['code', g.code],
        ['message', g.message],
      ]),
    ),
  };
}

function stringify(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The JSON report in pieces, so that an organization-sized report (hundreds of MB) can be written
 * without ever being one string. Each source and each path is one compact line; the rest is
 * indented. Joined, the pieces are `renderJson`'s output.
 */
export function* renderJsonChunks(result: AnalysisResult): Generator<string> {
  const versions: { [key: string]: Json } = {};
  for (const k of Object.keys(result.dataVersions).sort()) versions[k] = result.dataVersions[k];
  const indent = (value: Json) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  yield `{\n  "schemaVersion": ${JSON.stringify(result.schemaVersion)},\n`;
  yield `  "coverage": ${indent(coverageJson(result.coverage))},\n`;
  yield `  "dataVersions": ${indent(versions)},\n`;
  yield* list('sources', result.sources, (s) => JSON.stringify(sourceJson(s)), ',');
  const lines = new PathLines();
  yield* list('paths', result.paths, (p) => lines.of(p), '');
  yield '}\n';
}

function* list<T>(
  name: string,
  items: readonly T[],
  line: (item: T) => string,
  after: string,
): Generator<string> {
  if (!items.length) {
    yield `  "${name}": []${after}\n`;
    return;
  }
  yield `  "${name}": [\n`;
  for (let i = 0; i < items.length; i++) {
    yield `    ${line(items[i])}${i + 1 < items.length ? ',' : ''}\n`;
  }
  yield `  ]${after}\n`;
}

/**
 * `JSON.stringify(pathJson(p))` for the paths of one report, with each hop's text made once when
 * paths share the hop object (analyze's paths through one edge do: a source's first hop is on all its
 * paths). Only the text of a hop seen a second time is kept: most hops are on one path only, and
 * keeping their text too would hold tens of MB for nothing.
 */
class PathLines {
  /** null: seen once, text not kept. */
  private readonly hops = new Map<PathHop, string | null>();

  of(p: AttackPath): string {
    // Members in pathJson's order; JSON.stringify leaves out an undefined one.
    const head = JSON.stringify({
      source: p.source,
      target: p.target,
      targetKind: p.targetKind,
      access: p.access,
      score: p.score,
    });
    let hops = '';
    for (let i = 0; i < p.hops.length; i++) {
      const h = p.hops[i];
      let text = this.hops.get(h);
      if (text === undefined) {
        this.hops.set(h, null);
        text = JSON.stringify(hopJson(h));
      } else if (text === null) this.hops.set(h, (text = JSON.stringify(hopJson(h))));
      hops = i ? `${hops},${text}` : text;
    }
    return `${head.length > 2 ? `${head.slice(0, -1)},` : '{'}"hops":[${hops}]}`;
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
