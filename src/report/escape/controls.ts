// The characters that act on whatever displays a text instead of showing as part of it: C0 and C1
// controls (ESC starts terminal sequences such as OSC 8 hyperlinks and CSI line erasure, 0x9b is CSI
// on its own, a line break ends a Markdown span or a table row), DEL, the Unicode bidirectional
// controls (U+202E shows `gpj.exe` as `exe.jpg`), the line and paragraph separators, and lone
// surrogates (no character at all). Every escaping function of src/report/escape/ starts here, so a
// name from an account is never able to move the cursor, start a line or reorder the text around it.

// One alternation per class: controls and DEL/C1, bidi marks and embeddings, isolates, separators, and
// a surrogate half without its partner.
const CONTROL_SOURCE =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029]' +
  '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const CONTROL = new RegExp(CONTROL_SOURCE, 'g');
const HAS_CONTROL = new RegExp(CONTROL_SOURCE);

/** The text with every such character written as a visible escape: ESC as `\x1b`, U+202E as
 *  `\u202e`, a line break as `\x0a`. Text without one comes back unchanged (the same string). */
export function visibleControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
