// Putting data and code inside a <script> element safely. JSON in `<script type="application/json">`
// is raw text to the HTML parser until `</script`: a name holding `</script><script>…` would end the
// element and run. Escaping `<`, `>` and `&` as \u00XX (still valid JSON, same value) makes any
// string inert; U+2028/2029 are escaped too so the text is also a valid JS literal.
import { createHash } from 'node:crypto';

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Code inlined in a <script>: refuse text the HTML parser would not hand to the engine unchanged. */
export function checkInlineScript(code: string, what: string): string {
  if (/<\/script|<!--|<script/i.test(code)) {
    throw new Error(
      `${what} cannot be inlined in a <script> element (it contains </script, <script or <!--)`,
    );
  }
  return code;
}

/** CSP source for an inline script or style: its SHA-256, so nothing else may run. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
