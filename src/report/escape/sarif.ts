// Text for a SARIF plain-text message (`result.message.text`). It is not Markdown, but SARIF §3.11.6
// gives plain text one syntax of its own: `[text](target)` is an embedded link (to a related location
// or a URI), and viewers such as GitHub code scanning render it. Brackets in a value are escaped with
// a backslash as the specification asks, so a name can never become a link; controls are made visible.
import { visibleControls } from './controls.js';

/** `text` as part of a SARIF plain-text message: `[` and `]` escaped, controls as visible escapes. */
export function sarifText(text: string): string {
  return visibleControls(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
