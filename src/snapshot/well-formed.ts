// Text from an input file is valid JSON, not necessarily valid Unicode: a lone surrogate
// (`"prod\ud800"`) parses, but cannot be URI-encoded or written as UTF-8. These helpers make such
// text usable where the operation needs well-formed Unicode, instead of throwing.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every lone surrogate replaced by U+FFFD, as a UTF-8 encoder (and so a file system) writes it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `encodeURIComponent` that never throws (lone surrogates are encoded as U+FFFD). */
export function encodeUriPart(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** `decodeURIComponent`, or the text as it is when it is not a valid encoding (`%E0`, `%ZZ`). */
export function decodeUriPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
