// Text for GitHub-flavoured Markdown (the analyze report and the diff's pull-request comment). A name
// from an account must render as exactly that name: never as a link, an image, raw HTML, emphasis, a
// heading, a table cell of its own, a code span it closes early, an @mention or an issue reference.
// Three contexts, one function each: inline text, a code span, and text inside raw HTML (the diff's
// <summary>, where Markdown is not parsed but GitHub still turns @names and URLs into links).
import { visibleControls } from './controls.js';
import { htmlText } from './html.js';

const ZERO_WIDTH_SPACE = '&#8203;';

// GitHub links these in rendered text, whatever the Markdown source said: `@user` and `@org/team`
// mentions, `#12` issue references, `https://…` and `www.…` autolinks. A zero-width space after the
// `@` / `#`, before the `//` or the `.` leaves the text readable and the link dead (the way bots
// quote names in pull requests).
const GITHUB_REFERENCE = /@(?=[A-Za-z0-9])|(?<!&)#(?=[0-9])|:(?=\/\/)|(?<=\bwww)\./gi;

function defuseReferences(text: string): string {
  return text.replace(GITHUB_REFERENCE, (c) =>
    c === '.' ? `${ZERO_WIDTH_SPACE}.` : `${c}${ZERO_WIDTH_SPACE}`,
  );
}

// Inline syntax characters: backslash, code, emphasis, links and images (`[`; `![x](…)` needs it),
// table cells, strikethrough, math. `_` only matters where it can open or close emphasis, i.e. not
// between two letters or digits (so `$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` keeps its underscores).
const INLINE_SYNTAX = /[\\`*_[\]|~$&<>]/g;
const ALNUM = /[A-Za-z0-9]/;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// What turns the start of a line into a block: heading, list item, setext underline, ordered list
// item (a quote's `>` is already an entity). Values are inline, but a caller may start a line with one.
const BLOCK_START = /^(?:([#+=-])|(\d+)([.)]))/;

function escapeBlockStart(text: string): string {
  return text.replace(BLOCK_START, (_m, mark?: string, digits?: string, delimiter?: string) =>
    mark ? `\\${mark}` : `${digits}\\${delimiter}`,
  );
}

/** `text` as inline Markdown that renders as the text itself (control characters and line breaks
 *  shown as `\x0a`-style escapes, so the value stays on its line). Safe in a paragraph, a list item,
 *  a heading, emphasis and a table cell. */
export function markdownText(text: string): string {
  const escaped = visibleControls(text).replace(INLINE_SYNTAX, (c, i: number, s: string) => {
    if (c === '_' && ALNUM.test(s[i - 1] ?? '') && ALNUM.test(s[i + 1] ?? '')) return c;
    return ENTITY[c] ?? `\\${c}`;
  });
  return defuseReferences(escapeBlockStart(escaped));
}

// What a code span would show raw, though inert: markup, a link's `](`, and backticks, which would
// need a longer fence. A value holding any of them is set as <code> with escaped text instead, so the
// Markdown source holds no live-looking construct either (a reader of the raw comment is a reader too).
const RAW_IN_CODE_SPAN = /[<>`]|\]\(/;

/** `text` in code font. An ordinary value (an ARN, a label, a file name) becomes a code span; one
 *  holding markup, `](` or backticks becomes `<code>` around {@link markdownText} (GitHub renders
 *  Markdown between inline HTML tags, so the escaping holds there). Control characters and line
 *  breaks always show as visible escapes: a code span ends at a blank line and a table row at any
 *  line break. Inside a table cell (`'table-cell'`) pipes are escaped too: GitHub splits cells
 *  before it reads spans. */
export function markdownCode(text: string, context: 'inline' | 'table-cell' = 'inline'): string {
  const body = visibleControls(text);
  if (RAW_IN_CODE_SPAN.test(body)) return `<code>${markdownText(body)}</code>`;
  const cell = context === 'table-cell' ? body.replace(/\|/g, '\\|') : body;
  // CommonMark strips one space from each end of a span that starts and ends with one: pad so the
  // value's own spaces survive.
  const pad = cell === '' || /^ | $/.test(cell) ? ' ' : '';
  return `\`${pad}${cell}${pad}\``;
}

/** `text` as a code block (e.g. a policy statement as JSON). An ordinary text is a fenced block
 *  with `info` (`json`); one holding markup, `](` or backticks is a `<pre>` block of HTML-escaped text
 *  instead, so the source shows nothing live-looking either. Controls are made visible on each line. */
export function markdownCodeBlock(text: string, info = ''): string {
  const lines = text.split(/\r?\n|\r/).map(visibleControls);
  if (lines.some((line) => RAW_IN_CODE_SPAN.test(line)))
    return `<pre><code>${lines.map(rawHtmlText).join('\n')}</code></pre>`;
  return ['```' + info, ...lines, '```'].join('\n');
}

/** `text` inside raw HTML of a Markdown document (e.g. `<summary>…</summary>`): HTML-escaped, and
 *  with GitHub's mentions, issue references and autolinks defused, which it applies there too. */
export function markdownHtml(text: string): string {
  return defuseReferences(rawHtmlText(text));
}

// HTML-escaped text for raw HTML in a Markdown document. Markdown is not parsed there, but brackets
// and backticks are written as character references too, so even the source holds no `](` or fence.
function rawHtmlText(text: string): string {
  return htmlText(text).replace(/[[\]`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
