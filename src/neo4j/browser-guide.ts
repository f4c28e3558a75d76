// The Neo4j Browser guide (`:play <url>`) that walks an analyst through the saved queries: one
// slide per file of cypher/queries/, with its question, notes and runnable `:param` lines and
// query (a click puts them in the editor). Written to cypher/guide/blastmap.html from the saved
// queries themselves (a test checks the file is current), served by scripts/services/neo4j.sh.
import type { SavedQuery } from './cypher-files.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function runnable(code: string): string {
  return `        <pre class="pre-scrollable code runnable">${escapeHtml(code)}</pre>`;
}

function slide(title: string, body: string[]): string {
  return [
    '    <slide class="row-fluid">',
    '      <div class="col-sm-12">',
    `        <h3>${escapeHtml(title)}</h3>`,
    ...body,
    '      </div>',
    '    </slide>',
  ].join('\n');
}

function querySlide(q: SavedQuery, index: number, total: number): string {
  const lines = q.header.split('\n');
  const question = lines[0].replace(/^Question:\s*/, '');
  const notes = lines
    .slice(1)
    .join(' ')
    .split(/\s*(?=Parameters?:)|\s*(?=\(The :param)/)
    .filter((p) => p.trim());
  return slide(`${index}/${total} ${question}`, [
    ...notes.map((n) => `        <p>${escapeHtml(n.trim())}</p>`),
    ...(q.params.length
      ? [
          '        <p>Set the parameters first (edit the value, then run):</p>',
          ...q.params.map((p) => runnable(`:param ${p.name} => ${p.expression}`)),
        ]
      : []),
    `        <p>Then run the query (<code>cypher/queries/${escapeHtml(q.name)}.cypher</code>):</p>`,
    runnable(q.statement),
  ]);
}

export function renderBrowserGuide(queries: readonly SavedQuery[]): string {
  const intro = slide('blastmap: what an attacker in your containers can reach', [
    '        <p>This database holds the attack graph that <code>blastmap neo4j push</code> wrote: principals,',
    '        task definitions, tasks and assets (<code>:BlastmapNode</code>, keyed by <code>blastmapId</code>, the ARN',
    '        <code>blastmap analyze</code> prints), structural relationships, and attack steps',
    '        (<code>CAN_BECOME</code>, <code>CAN_ADMINISTER</code>, <code>CAN_WRITE</code>, <code>CAN_READ</code>,',
    '        <code>CAN_INVOKE</code>, <code>CAN_REACH</code>, <code>HOLDS_CREDENTIAL</code>) carrying their technique and evidence.</p>',
    `        <p>The next ${queries.length} slides are the saved queries of <code>cypher/queries/</code>, from the ranking`,
    '        of tasks to the paths behind one asset. Click a grey block to put it in the editor, then run it.',
    '        The <code>:param</code> values are ids from the demo account: replace them with yours.</p>',
  ]);
  return [
    '<article class="guide">',
    '  <carousel class="deck container-fluid">',
    intro,
    ...queries.map((q, i) => querySlide(q, i + 1, queries.length)),
    '  </carousel>',
    '</article>',
    '',
  ].join('\n');
}
