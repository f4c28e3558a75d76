// Text for Graphviz DOT (report --format dot, often printed to a terminal): a double-quoted string.
import { visibleControls } from './controls.js';

/** A DOT double-quoted string: backslash and quote escaped, each line break as DOT's `\n` (a line
 *  break in the label), every other control character as a visible `\x1b`-style escape. */
export function dotString(text: string): string {
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => visibleControls(line).replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
  return `"${lines.join('\\n')}"`;
}
