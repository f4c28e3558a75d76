// Text for a Mermaid flowchart label (report --format mermaid, pasted into Markdown or a terminal).
import { visibleControls } from './controls.js';

/** Mermaid label text: control characters and bidi overrides first become visible `\x1b`-style
 *  escapes, then anything but plain word characters becomes a `#code;` entity, so quotes, brackets,
 *  pipes, markup, Markdown and backticks in a name are shown as text. */
export function mermaidText(text: string): string {
  return visibleControls(text).replace(/[^A-Za-z0-9 _.,:/@=+()-]/gu, (ch) => `#${ch.codePointAt(0)};`);
}
