// The HTML report: one self-contained page (styles, graphology, sigma and the page script inlined;
// a Content-Security-Policy that allows only those inline scripts and no network at all). It renders
// an analysis and the per-source subgraphs computed by the queries; it computes nothing itself.
import type { EvidenceItem } from '../../graph/model.js';
import type { SourceSubgraphs } from '../../queries/source-subgraphs.js';
import type { AnalysisResult } from '../../queries/types.js';
import { coverageHeadline, gapLines } from '../coverage-text.js';
import { nodeLabel } from '../node-label.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { htmlText } from '../escape/html.js';
import { checkInlineScript, cspHash, jsonForScript } from './embed.js';
import { REPORT_CSS } from './styles.js';
import { vendorScripts } from './vendor.js';
import { EDGE_COLOR, GROUP_LOOK, NODE_GROUP } from './vocabulary.js';

export interface HtmlReportOptions {
  /** Shown in the page header (e.g. the input's file name). */
  title?: string;
  /** Analysis settings worth showing beside the result (e.g. `{ 'max hops': '6' }`). */
  settings?: Record<string, string>;
}

/** The data block the page script reads. Compact for big accounts: every string (ARNs, labels,
 *  policy ids, actions, techniques …) is stored once in `strings` and referred to by index; nodes,
 *  edges and evidence items are arrays; evidence items are interned. The page decodes it on load. */
export function reportData(result: AnalysisResult, subgraphs: SourceSubgraphs) {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (text: string): number => {
    let i = stringIndex.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      stringIndex.set(text, i);
    }
    return i;
  };
  const nodeIndex = new Map<string, number>();
  subgraphs.nodes.forEach((n, i) => nodeIndex.set(n.id, i));
  const evidence: unknown[] = [];
  const evidenceIndex = new Map<string, number>();
  const intern = (e: EvidenceItem): number => {
    const packed = [
      str(e.action),
      str(e.resource),
      e.statements.map((st) => [
        str(st.policyId),
        str(st.policyType),
        st.statement,
        st.sid === undefined ? -1 : str(st.sid),
        st.versionId === undefined ? -1 : str(st.versionId),
      ]),
      e.note === undefined ? -1 : str(e.note),
    ];
    const key = JSON.stringify(packed);
    let i = evidenceIndex.get(key);
    if (i === undefined) {
      i = evidence.length;
      evidence.push(packed);
      evidenceIndex.set(key, i);
    }
    return i;
  };
  const radiusById = new Map(result.sources.map((s) => [s.id, s]));
  const nodes = subgraphs.nodes.map((n) => [
    str(nodeLabel(n.id, n.account)),
    n.kind,
    str(n.id),
    n.account,
    str(n.name),
  ]);
  const edges = subgraphs.edges.map((e) => [
    e.from,
    e.to,
    e.type,
    str(e.technique),
    e.access ?? '',
    e.conditional ? 1 : 0,
    e.conditionKeys.map(str),
    e.assumptions.map(str),
    e.evidence.map(intern),
  ]);
  const sources = subgraphs.sources.map((sub) => {
    const radius = radiusById.get(subgraphs.nodes[sub.source].id);
    const admins = (radius?.assets ?? [])
      .filter((a) => a.kind === 'Admin')
      .map((a) => `${a.id.slice('admin:'.length)}${a.conditional ? ' (conditional)' : ''}`);
    const drawn = (radius?.assets ?? []).filter((a) => nodeIndex.has(a.id));
    return {
      node: sub.source,
      score: radius?.score ?? 0,
      admin: admins.join(', '),
      // Reached assets whose path is drawn; the others are counted.
      assets: drawn.map((a) => [
        nodeIndex.get(a.id)!,
        a.access,
        a.hops,
        a.conditional ? 1 : 0,
        a.score,
        ...(a.subsumedBy ? [a.subsumedBy] : []),
      ]),
      reached: radius?.assets.length ?? 0,
      nodes: sub.nodes,
      edges: sub.edges,
      paths: sub.paths.map((p) => [p.target, p.edges]),
    };
  });
  return {
    strings,
    nodes,
    edges,
    evidence,
    sources,
    look: { groups: GROUP_LOOK, kinds: NODE_GROUP, edges: EDGE_COLOR },
  };
}

export function renderHtml(
  result: AnalysisResult,
  subgraphs: SourceSubgraphs,
  opts: HtmlReportOptions = {},
): string {
  const vendor = vendorScripts();
  const client = checkInlineScript(CLIENT_SCRIPT, 'the report script');
  const scripts = [vendor.graphology, vendor.sigma, client];
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(cspHash).join(' ')}`,
    `style-src ${cspHash(REPORT_CSS)}`,
    'img-src data: blob:',
  ].join('; ');
  const coverage = result.coverage;
  const banner = coverage.partial
    ? `<div class="coverage partial" id="coverage" role="alert"><strong>${htmlText(coverageHeadline(coverage))}</strong><ul>${gapLines(
        coverage,
      )
        .map((g) => `<li>${htmlText(g)}</li>`)
        .join('')}</ul></div>`
    : `<div class="coverage complete" id="coverage">${htmlText(coverageHeadline(coverage))}</div>`;
  const meta = [
    `${result.sources.length} source${result.sources.length === 1 ? '' : 's'}`,
    `${result.paths.length} path${result.paths.length === 1 ? '' : 's'}`,
    ...Object.entries(opts.settings ?? {}).map(([k, v]) => `${k} ${v}`),
    ...Object.entries(result.dataVersions).map(([p, v]) => `${p} ${v}`),
  ].join(' · ');
  const title = opts.title ? `blastmap report: ${opts.title}` : 'blastmap report';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${htmlText(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${htmlText(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${htmlText(title)}</h1><span class="meta">${htmlText(meta)}</span></header>
${banner}
<main>
<aside id="side">
<input id="search" type="search" placeholder="Search principals and assets" aria-label="Search principals and assets" autocomplete="off">
<ul id="search-results"></ul>
<h2>Sources ranked by blast radius</h2>
<div id="sources"></div>
</aside>
<section id="center">
<div id="graph-title">Select a source</div>
<div id="graph"></div>
<div id="legend"></div>
</section>
<aside id="evidence"><h2>Evidence</h2><p class="hint">Select a source, then a node or an edge.</p></aside>
</main>
<noscript><p>This report needs JavaScript to draw graphs; the ranking and paths are also in <code>blastmap analyze --format markdown</code>.</p></noscript>
<script type="application/json" id="blastmap-data">${jsonForScript(reportData(result, subgraphs))}</script>
<script>${vendor.graphology}</script>
<script>${vendor.sigma}</script>
<script>${client}</script>
</body>
</html>
`;
}
