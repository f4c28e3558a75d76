// Text for HTML markup: a text node or a double-quoted attribute value. The HTML report builds only
// its frame this way (title, meta line, coverage banner); everything else reaches the page as JSON in
// a script element (./../html/embed.ts) and is shown with textContent.
import { visibleControls } from './controls.js';

/** `text` as HTML character data: `& < > " '` as entities, controls and bidi overrides as visible
 *  escapes (a U+202E in a gap message must not reverse the banner). */
export function htmlText(text: string): string {
  return visibleControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
