// JSON text that is also safe to print: JSON.stringify already writes C0 controls as \u00XX, but it
// leaves C1 controls (0x9b is CSI to some terminals), DEL, bidi overrides and U+2028/2029 raw. Such a
// character can only occur inside a JSON string, where its \uXXXX form means the same value, so the
// document parses to exactly the same data.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** A JSON text (from JSON.stringify) with those characters as \uXXXX escapes; otherwise unchanged. */
export function jsonText(json: string): string {
  return json.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
