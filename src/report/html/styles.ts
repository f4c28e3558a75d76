// The report page's stylesheet (inlined; no external font or image).
export const REPORT_CSS = `
:root { --fg: #1d1d1f; --muted: #666; --line: #ddd; --bg: #fafafa; --accent: #2c7bb6; --danger: #b3001b; }
* { box-sizing: border-box; }
body { display: flex; flex-direction: column; height: 100vh; margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 10px 16px; background: #fff; border-bottom: 1px solid var(--line); display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 18px; margin: 0; }
header .meta { color: var(--muted); font-size: 12px; }
.coverage { padding: 10px 16px; font-size: 13px; }
.coverage.partial { background: #fde8e8; border-bottom: 3px solid var(--danger); color: #5a0010; }
.coverage.partial strong { font-size: 15px; letter-spacing: .02em; }
.coverage.complete { background: #eaf6ec; color: #1d4d27; border-bottom: 1px solid var(--line); }
.coverage ul { margin: 6px 0 0; padding-left: 20px; max-height: 140px; overflow: auto; }
main { flex: 1; display: grid; grid-template-columns: clamp(200px, 18vw, 300px) minmax(0, 1fr) clamp(260px, 22vw, 360px); min-height: 480px; }
main > * { min-height: 0; }
aside, section { overflow: auto; border-right: 1px solid var(--line); background: #fff; }
#side { padding: 10px; }
#side input { width: 100%; padding: 6px 8px; font: inherit; border: 1px solid #bbb; border-radius: 4px; }
#search-results { list-style: none; margin: 6px 0; padding: 0; max-height: 200px; overflow: auto; }
#search-results li { padding: 2px 0; }
h2 { font-size: 15px; margin: 4px 0 8px; overflow-wrap: anywhere; }
h3 { font-size: 13px; margin: 12px 0 4px; color: #333; }
button.source { display: block; width: 100%; text-align: left; border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 6px 8px; margin: 0 0 6px; cursor: pointer; font: inherit; }
button.source:hover { border-color: #999; }
button.source.selected { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(44,123,182,.25); }
.source-top { display: flex; gap: 6px; align-items: baseline; }
.rank { color: var(--muted); font-size: 12px; }
.source-name { flex: 1; min-width: 0; overflow-wrap: anywhere; font-weight: 600; }
.score { font-variant-numeric: tabular-nums; }
.bar { height: 6px; background: #eee; border-radius: 3px; margin: 4px 0 2px; }
.bar-fill { height: 100%; background: #e66101; border-radius: 3px; }
.bar-fill.bar-admin { background: #d7191c; }
.source-sub { font-size: 12px; color: var(--muted); }
.source-fix, p.fix { font-size: 12px; color: #1d4d27; overflow-wrap: anywhere; }
p.fix { background: #eaf6ec; padding: 4px 6px; border-radius: 3px; }
#center { display: flex; flex-direction: column; }
#graph-bar { display: flex; align-items: center; gap: 8px; padding: 6px 12px; border-bottom: 1px solid var(--line); }
#graph-title { flex: 1; font-weight: 600; overflow-wrap: anywhere; }
.zoom button { font: inherit; min-width: 28px; padding: 1px 6px; margin-left: 2px; border: 1px solid #bbb; background: #fff; border-radius: 3px; cursor: pointer; }
#graph { flex: 1; min-height: 200px; position: relative; overflow: auto; }
svg.graph-svg { display: block; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.node { cursor: pointer; }
.node-box { fill: #fff; stroke-width: 1.5; }
.node.source .node-box { stroke-width: 3; }
.node-label { fill: #1d1d1f; font-size: 12px; }
.node-label.source { font-weight: 700; }
.edge { cursor: pointer; }
.edge-line { fill: none; stroke-width: 1.6; }
.edge-hit { fill: none; stroke: transparent; stroke-width: 10; }
.edge-label-box rect { fill: #fff; fill-opacity: .9; }
.edge-label { fill: #555; font-size: 11px; }
.edge.hl .edge-line { stroke-width: 3.5; }
.edge.hl .edge-label { fill: #1d1d1f; }
.node.hl .node-box { stroke-width: 3; }
.edge.dim, .node.dim { opacity: .35; }
#legend { padding: 6px 12px; border-top: 1px solid var(--line); font-size: 12px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.legend-item { display: inline-flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 12px; height: 12px; }
.swatch.shape-circle { border-radius: 50%; }
.swatch.shape-diamond { transform: rotate(45deg) scale(.8); }
.swatch.shape-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.swatch.line { height: 3px; width: 18px; }
.swatch.line.highlight { height: 5px; background: #555; }
.swatch.dashed { height: 0; width: 18px; border-top: 3px dashed #555; }
#evidence { padding: 10px 12px; border-right: 0; }
/* Narrow windows: the evidence goes under the graph, so the graph keeps its width. */
@media (max-width: 1200px) {
  main { grid-template-columns: clamp(190px, 20vw, 260px) minmax(0, 1fr); grid-template-rows: minmax(0, 3fr) minmax(0, 2fr); }
  #side { grid-row: 1 / span 2; }
  #evidence { grid-column: 2; border-top: 1px solid var(--line); }
}
.kv { display: grid; grid-template-columns: 110px 1fr; gap: 6px; padding: 2px 0; font-size: 12.5px; }
.kv .k { color: var(--muted); }
.kv .v { overflow-wrap: anywhere; min-width: 0; }
.evidence-item { border-left: 3px solid #ccc; padding: 4px 8px; margin: 6px 0; background: #f6f6f6; }
table.assets { border-collapse: collapse; width: 100%; font-size: 12.5px; }
table.assets th, table.assets td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #eee; }
tr.conditional td { font-style: italic; }
tr.collapsed td { color: var(--muted); font-size: 12px; }
button.link { border: 0; background: none; padding: 0; color: var(--accent); cursor: pointer; font: inherit; text-align: left; overflow-wrap: anywhere; }
button.link:hover { text-decoration: underline; }
.hint, .empty { color: var(--muted); font-size: 12px; }
ol.path { padding-left: 20px; font-size: 12.5px; }
`;
