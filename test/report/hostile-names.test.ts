// Hostile names in every output format, end to end: a dump whose role, inline policy, statement ids,
// bucket, tags and error messages carry Markdown images and links, raw HTML, a line break and a
// heading, backticks, terminal hyperlinks and line erasure, a bidi override and a mention (see
// hostile-dump.ts) goes through the real commands. Each output must hold no live construct for its
// medium, and still show the name in a recognisable form.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { terminalText } from '../../src/report/escape/terminal.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { captureIo } from '../support/capture-io.js';
import { A, BUCKET, GAP_MESSAGE, HOSTILE, ROLE, SID, TD, hostileDump } from './hostile-dump.js';

const { runCli } = await import('../../src/cli/run.js');

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

// What a terminal acts on: C0 controls but the line feed, DEL, C1 controls, bidi controls.
const TERMINAL_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** A terminal output: no control character, no line that a name's line break started. */
function assertTerminalSafe(text: string, what: string): void {
  const bad = TERMINAL_CONTROL.exec(text);
  assert.equal(bad, null, `${what}: control U+${bad?.[0].charCodeAt(0).toString(16)} reaches the terminal`);
  for (const line of text.split('\n'))
    assert.ok(
      !/^\s*(# h(eading)?\b|===|- item)/.test(line),
      `${what}: a name's line break starts a line: ${line}`,
    );
}

// GitHub's renderer is not available here; markdown-it with raw HTML and linkify on is stricter
// than GitHub about what becomes a link (it links any URL-looking text).
const markdown = new MarkdownIt({ html: true, linkify: true });

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '');
}

/** A Markdown output (source and rendering): no image, link, raw HTML element, heading or mention
 *  from a name, no control character; the names readable in the rendered text. */
function assertMarkdownSafe(md: string, what: string, names: string[], ownHeadings: RegExp): void {
  assertTerminalSafe(md, what);
  assert.ok(!/(?<!\\)\]\(/.test(md), `${what}: an unescaped ](`);
  assert.ok(!/<img/i.test(md), `${what}: a raw <img in the source`);
  const html = markdown.render(md);
  assert.ok(!/<img\b/i.test(html), `${what}: renders an image`);
  assert.ok(!/<a\b/i.test(html), `${what}: renders a link`);
  assert.ok(!/<[a-z]+[^>]*\son[a-z]+=/i.test(html), `${what}: renders an element with an event handler`);
  for (const [, level, heading] of html.matchAll(/<h(\d)>(.*?)<\/h\1>/g))
    assert.match(`h${level} ${textOf(heading)}`, ownHeadings, `${what}: a heading from a name`);
  // GitHub turns @name into a mention outside code; the zero-width space defuses it.
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  assert.ok(!/@octocat/.test(outsideCode), `${what}: a live @mention`);
  const shown = textOf(html);
  for (const name of names)
    assert.ok(shown.includes(terminalText(name)), `${what}: ${JSON.stringify(name)} is not shown`);
}

describe('hostile names in every output format', function () {
  this.timeout(120_000);
  let dir: string;
  let beforeDir: string;
  let out: string;
  before(async () => {
    dir = await writeDump(hostileDump());
    beforeDir = await writeDump(hostileDump({ empty: true }));
    out = await mkdtemp(join(tmpdir(), 'blastmap-hostile-'));
  });
  after(async () => {
    await removeDumps();
    await rm(out, { recursive: true, force: true });
  });

  it('the terminal table of analyze, who-can and explain shows every name with its controls escaped', async () => {
    const analyze = await run('analyze', dir);
    assert.equal(analyze.code, 0, analyze.err);
    assertTerminalSafe(analyze.out, 'analyze table');
    for (const name of [ROLE, BUCKET, SID, GAP_MESSAGE])
      assert.ok(analyze.out.includes(terminalText(name)), `analyze table shows ${JSON.stringify(name)}`);
    assert.ok(
      analyze.out.includes('\\x1b]8;;https://evil.example\\x07link'),
      'the OSC 8 sequence is visible',
    );
    assert.ok(analyze.out.includes('\\u202eevil'), 'the bidi override is visible');
    const whoCan = await run('who-can', dir, `admin:${A}`);
    assert.equal(whoCan.code, 0, whoCan.err);
    assertTerminalSafe(whoCan.out, 'who-can table');
    assert.ok(whoCan.out.includes(terminalText(ROLE)));
    const explain = await run('explain', dir, TD, BUCKET);
    assert.equal(explain.code, 0, explain.err);
    assertTerminalSafe(explain.out, 'explain table');
    assert.ok(explain.out.includes(terminalText(BUCKET)));
  });

  it('inventory shows the gaps, their messages and the bucket with controls escaped', async () => {
    const r = await run('inventory', dir);
    assert.equal(r.code, 0, r.err);
    assertTerminalSafe(r.out, 'inventory');
    assert.ok(r.out.includes(terminalText(GAP_MESSAGE)));
    assert.ok(r.out.includes(terminalText(BUCKET)));
  });

  it('an exit-2 message quoting a hostile path stays one line without controls', async () => {
    const r = await run('analyze', join(out, `missing${HOSTILE}`));
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n').length, 2, r.err);
    assertTerminalSafe(r.err, 'exit-2 message');
  });

  it('analyze, who-can and explain Markdown render no image, link, HTML, heading or mention from a name', async () => {
    const analyze = await run('analyze', dir, '--format', 'markdown');
    assert.equal(analyze.code, 0, analyze.err);
    assertMarkdownSafe(
      analyze.out,
      'analyze markdown',
      [ROLE, BUCKET, SID, GAP_MESSAGE],
      /^h1 blastmap analysis$|^h2 (Sources ranked by blast radius|Top paths|Top fixes)$|^h3 1\. task-def web:1 — radius/,
    );
    const whoCan = await run('who-can', dir, BUCKET, '--format', 'markdown');
    assert.equal(whoCan.code, 0, whoCan.err);
    assertMarkdownSafe(
      whoCan.out,
      'who-can markdown',
      [BUCKET, ROLE],
      /^h1 Who can reach arn:aws:s3:::bucket|^h2 task-def web:1$/,
    );
    const explain = await run('explain', dir, TD, BUCKET, '--format', 'markdown');
    assert.equal(explain.code, 0, explain.err);
    assertMarkdownSafe(
      explain.out,
      'explain markdown',
      [BUCKET, SID],
      /^h1 From task-def web:1 to arn:aws:s3:::bucket|^h2 Best path$/,
    );
  });

  it('the diff Markdown (the pull-request comment) renders no image, link, HTML, heading or mention from a name', async () => {
    const r = await run('diff', beforeDir, dir);
    assert.equal(r.code, 1, r.err);
    assertMarkdownSafe(
      r.out,
      'diff markdown',
      [ROLE, SID],
      /^h2 ❌ blastmap: 1 new path to admin$|^h3 (New attack paths, by cause \(\d+ changes?\)|Blast radius by source)$|^h4 \d+\. (🔴|🟠) 1 changed statement → 1 new path( \(1 to admin\))?$/,
    );
    // The <summary> is raw HTML: the names there are HTML-escaped, not backslash-escaped.
    const summary = r.out.split('\n').find((l) => l.startsWith('<summary>') && l.includes('bucket'));
    assert.ok(summary && summary.includes('&lt;img src=x onerror=alert(1)&gt;'), summary);
  });

  it('SARIF message texts escape the embedded-link brackets and controls of names; the JSON holds no raw C1 or bidi', async () => {
    const r = await run('diff', beforeDir, dir, '--format', 'sarif');
    assert.equal(r.code, 1, r.err);
    assertTerminalSafe(r.out, 'SARIF');
    const log = JSON.parse(r.out);
    const texts: string[] = log.runs[0].results.map((x: { message: { text: string } }) => x.message.text);
    assert.ok(texts.length > 0);
    for (const text of texts) {
      assert.ok(!/(?<!\\)\[[^\]]*(?<!\\)\]\(/.test(text), `an embedded link in ${text}`);
      assertTerminalSafe(text, 'SARIF message');
      assert.ok(!log.runs[0].results.some((x: { message: object }) => 'markdown' in x.message));
      assert.ok(
        text.includes('\\!\\[x\\](https://evil.example/a.png)') ||
          text.includes('!\\[x\\](https://evil.example/a.png)'),
      );
    }
    // The machine-readable properties keep the exact ARN.
    assert.ok(
      log.runs[0].results.some((x: { properties: { source: string; steps: string[] } }) =>
        x.properties.steps.some((s) => s.endsWith(ROLE)),
      ),
    );
  });

  it('JSON outputs parse back to the exact names and hold no raw C0 control', async () => {
    const cases: [string[], string][] = [
      [['analyze', dir, '--format', 'json'], GAP_MESSAGE],
      [['diff', beforeDir, dir, '--format', 'json'], ROLE],
      [['inventory', dir, '--json'], GAP_MESSAGE],
    ];
    for (const [argv, name] of cases) {
      const r = await run(...argv);
      assert.ok(r.code === 0 || r.code === 1, r.err);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u001f]/.test(r.out.replace(/\n/g, '')), `${argv[0]} JSON holds a raw control`);
      const found = JSON.stringify(JSON.parse(r.out)).includes(JSON.stringify(name).slice(1, -1));
      assert.ok(found, `${argv.join(' ')} holds ${JSON.stringify(name)}`);
    }
  });

  it('DOT and Mermaid exports quote every name and pass no control to the terminal', async () => {
    const dot = await run('report', dir, '--from', TD, '--format', 'dot');
    assert.equal(dot.code, 0, dot.err);
    assertTerminalSafe(dot.out, 'dot');
    for (const line of dot.out.split('\n').filter((l) => l.includes('['))) {
      const unescapedQuotes = line.replace(/\\\\/g, '').replace(/\\"/g, '').match(/"/g)?.length ?? 0;
      assert.equal(unescapedQuotes % 2, 0, `balanced quotes in ${line}`);
    }
    // A line break in a name is DOT's own \n escape (a line break inside the label); other controls
    // are shown as text (`\\x1b` in DOT's syntax).
    assert.ok(dot.out.includes('<img src=x onerror=alert(1)>\\n===\\n- item'), 'the role name is readable');
    assert.ok(
      dot.out.includes('\\\\x1b]8;;https://evil.example\\\\x07link'),
      'the OSC 8 sequence is visible',
    );
    const mermaid = await run('report', dir, '--from', TD, '--format', 'mermaid');
    assert.equal(mermaid.code, 0, mermaid.err);
    assertTerminalSafe(mermaid.out, 'mermaid');
    for (const [, label] of mermaid.out.matchAll(/"([^"]*)"/g))
      assert.ok(!/[<>`|[\]{};]/.test(label.replace(/#\d+;/g, '')), `a Mermaid label holds syntax: ${label}`);
    assert.ok(mermaid.out.includes('#60;img src=x onerror=alert(1)#62;'), 'the role name is readable');
  });

  it('the HTML report builds its frame from escaped text and embeds the names as inert JSON', async () => {
    const file = join(out, 'report.html');
    const r = await run('report', dir, '-o', file);
    assert.equal(r.code, 0, r.err);
    const html = await readFile(file, 'utf8');
    assert.ok(!/<img/i.test(html), 'no raw <img');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    // The coverage banner is built as a string: the gap message is there, escaped.
    const banner = /<div class="coverage partial"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    assert.ok(banner.includes('&lt;img src=x onerror=alert(1)&gt;\\x0a# heading'), banner.slice(0, 400));
    assertTerminalSafe(banner, 'HTML banner');
  });
});
