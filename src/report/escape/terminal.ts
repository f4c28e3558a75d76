// Text for a terminal (the table reports, inventory, messages on stderr): nothing from an account may
// reach the terminal as a control sequence. Printable text, including any Unicode letter, passes
// unchanged; a backslash is left as it is, so a name may *look* like an escape but never act as one.
import { visibleControls } from './controls.js';

/** `text` with every C0/C1 control (ESC, BEL, CSI 0x9b, line breaks, tabs …), DEL, bidi control,
 *  line/paragraph separator and lone surrogate shown as `\x1b` / `\u202e`. Idempotent. */
export function terminalText(text: string): string {
  return visibleControls(text);
}
