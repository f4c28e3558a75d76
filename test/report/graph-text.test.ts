// DOT and Mermaid output of one source's paths: every step of its paths drawn once, conditional steps
// dashed, Admin and data assets told apart, and names escaped for each format.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/queries/analyze.js';
import { sourceSubgraphs } from '../../src/queries/source-subgraphs.js';
import { dotString } from '../../src/report/escape/dot.js';
import { mermaidText } from '../../src/report/escape/mermaid.js';
import { renderDot, renderMermaid } from '../../src/report/graph-text.js';
import { emptySnapshot } from '../queries/fixture-snapshot.js';
import { WEB, demoGraph } from '../queries/hand-graph.js';
import { EVIL_NAME, EVIL_SOURCE, evilGraph } from './evil-graph.js';

function subgraphsFor(graph: ReturnType<typeof demoGraph>, source: string) {
  const result = analyze({ graph, sources: [source] }, emptySnapshot());
  return sourceSubgraphs(graph, result);
}

describe('DOT and Mermaid reports', () => {
  it('escape quotes, backslashes and line breaks in DOT strings', () => {
    assert.equal(dotString('a "b" \\ c\nd'), '"a \\"b\\" \\\\ c\\nd"');
  });

  it('turn every character that could be Mermaid syntax or markup into an entity code', () => {
    assert.equal(mermaidText('<b>"x"|[y]{z};#'), '#60;b#62;#34;x#34;#124;#91;y#93;#123;z#125;#59;#35;');
    assert.equal(mermaidText('role app-task (prod)'), 'role app-task (prod)');
  });

  it('draw the demo source: one edge per step, Admin boxed, data assets as cylinders', () => {
    const sub = subgraphsFor(demoGraph(), WEB);
    const one = sub.sources[0];
    const dot = renderDot(sub, one);
    assert.match(dot, /^digraph "blastmap: task-def web:3" \{/);
    assert.equal(dot.match(/ -> /g)!.length, one.edges.length);
    assert.match(dot, /label="Admin of 222222222222"[^\]]*shape=box/);
    assert.match(dot, /label="bucket customer-data"[^\]]*shape=cylinder/);
    const mermaid = renderMermaid(sub, one);
    assert.match(mermaid, /^flowchart LR\n/);
    assert.equal(mermaid.match(/ -(->|\.->)\|/g)!.length, one.edges.length);
    assert.match(mermaid, /\["Admin of 222222222222"\]/);
    assert.match(mermaid, /\[\("bucket customer-data"\)\]/);
    assert.match(mermaid, /class [n0-9,]+ admin/);
  });

  it('keep a hostile name inert in both formats, and dash a conditional step', () => {
    const sub = subgraphsFor(evilGraph(), EVIL_SOURCE);
    const dot = renderDot(sub, sub.sources[0]);
    const mermaid = renderMermaid(sub, sub.sources[0]);
    assert.ok(!mermaid.includes('<') && !mermaid.includes('>"') && !mermaid.includes('onerror="'));
    assert.ok(mermaid.includes(mermaidText(`task-def ${EVIL_NAME}:1`)));
    // In DOT the name stays readable; its quotes are escaped so no attribute can be closed early.
    assert.ok(dot.includes('onerror=\\"window.pwned=1\\"'));
    // The conditional step to Admin is dashed in both.
    assert.match(dot, /label="iam-put-role-policy-self \(conditional\)", color="[^"]+", style=dashed/);
    assert.match(mermaid, /-\.->\|"iam-put-role-policy-self \(conditional\)"\|/);
    for (const line of dot.split('\n').filter((l) => l.includes('['))) {
      const unescapedQuotes = line.replace(/\\\\/g, '').replace(/\\"/g, '').match(/"/g)?.length ?? 0;
      assert.equal(unescapedQuotes % 2, 0, `balanced quotes in ${line}`);
    }
  });
});
