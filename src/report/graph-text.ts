// One source's attack paths as Graphviz DOT or a Mermaid flowchart, for documents and pull requests.
// Both draw the subgraph computed by the queries (src/queries/source-subgraphs.ts): conditional steps
// dashed, Admin and data assets shaped and coloured apart. Every label is escaped for its format.
import type { SourceSubgraph, SourceSubgraphs } from '../queries/source-subgraphs.js';
import { EDGE_COLOR, GROUP_LOOK, NODE_GROUP, type NodeGroup } from './html/vocabulary.js';
import { dotString } from './escape/dot.js';
import { mermaidText } from './escape/mermaid.js';
import { nodeLabel } from './node-label.js';

const DOT_SHAPE: Record<NodeGroup, string> = {
  admin: 'box',
  data: 'cylinder',
  credential: 'note',
  principal: 'ellipse',
  workload: 'component',
  infrastructure: 'ellipse',
};

function sourceLabel(subgraphs: SourceSubgraphs, sub: SourceSubgraph, n: number): string {
  const account = subgraphs.nodes[sub.source].account;
  return nodeLabel(subgraphs.nodes[n].id, account);
}

export function renderDot(subgraphs: SourceSubgraphs, sub: SourceSubgraph): string {
  const lines = [
    `digraph ${dotString(`blastmap: ${nodeLabel(subgraphs.nodes[sub.source].id)}`)} {`,
    '  rankdir=LR;',
    '  node [fontname="Helvetica", fontsize=10, style=filled, fillcolor="#ffffff"];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const n of sub.nodes) {
    const node = subgraphs.nodes[n];
    const group = NODE_GROUP[node.kind] ?? 'infrastructure';
    const look = GROUP_LOOK[group];
    const attrs = [
      `label=${dotString(sourceLabel(subgraphs, sub, n))}`,
      `tooltip=${dotString(node.id)}`,
      `shape=${DOT_SHAPE[group]}`,
      `color=${dotString(look.color)}`,
      n === sub.source ? 'penwidth=3' : '',
      group === 'admin' ? `fillcolor=${dotString(look.color)}, fontcolor="#ffffff"` : '',
    ].filter(Boolean);
    lines.push(`  n${n} [${attrs.join(', ')}];`);
  }
  for (const e of sub.edges) {
    const edge = subgraphs.edges[e];
    const attrs = [
      `label=${dotString(edge.technique + (edge.conditional ? ' (conditional)' : ''))}`,
      `color=${dotString(EDGE_COLOR[edge.type] ?? '#999999')}`,
      edge.conditional ? 'style=dashed' : '',
    ].filter(Boolean);
    lines.push(`  n${edge.from} -> n${edge.to} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function renderMermaid(subgraphs: SourceSubgraphs, sub: SourceSubgraph): string {
  const lines = ['flowchart LR'];
  const groups = new Map<NodeGroup, number[]>();
  for (const n of sub.nodes) {
    const node = subgraphs.nodes[n];
    const group = NODE_GROUP[node.kind] ?? 'infrastructure';
    const text = `"${mermaidText(sourceLabel(subgraphs, sub, n))}"`;
    // Shapes: Admin a box, data a cylinder, credentials a hexagon, the rest rounded.
    const shaped =
      group === 'admin'
        ? `[${text}]`
        : group === 'data'
          ? `[(${text})]`
          : group === 'credential'
            ? `{{${text}}}`
            : `(${text})`;
    lines.push(`  n${n}${shaped}`);
    const list = groups.get(group);
    if (list) list.push(n);
    else groups.set(group, [n]);
  }
  for (const e of sub.edges) {
    const edge = subgraphs.edges[e];
    const label = `"${mermaidText(edge.technique + (edge.conditional ? ' (conditional)' : ''))}"`;
    lines.push(`  n${edge.from} ${edge.conditional ? '-.->' : '-->'}|${label}| n${edge.to}`);
  }
  for (const [group, nodes] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const color = GROUP_LOOK[group].color;
    const text = group === 'admin' ? '#ffffff' : '#000000';
    lines.push(`  classDef ${group} fill:${color},stroke:${color},color:${text}`);
    lines.push(`  class ${nodes.map((n) => `n${n}`).join(',')} ${group}`);
  }
  lines.push(`  style n${sub.source} stroke-width:4px`);
  return `${lines.join('\n')}\n`;
}
