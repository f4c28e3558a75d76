// Errors that are the user's to fix (bad input, unknown ARN, unusable file). They carry their
// location and are rendered once, as one line, by the CLI: never a stack trace.
export interface InputLocation {
  file?: string;
  jsonPath?: string;
  policy?: string;
  statement?: string | number;
}

// A realm-wide brand: the same module can be loaded twice (a test loader and a lazy import may give
// two copies), and `instanceof` must still recognise every InputError.
const INPUT_ERROR = Symbol.for('blastmap.InputError');

export class InputError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[INPUT_ERROR] === true
    );
  }

  readonly [INPUT_ERROR] = true;
  readonly location: InputLocation;
  readonly hint?: string;
  /** Process exit code the CLI uses for this error (2 = unusable input). */
  readonly exitCode: number;

  constructor(
    message: string,
    location: InputLocation = {},
    options: { hint?: string; exitCode?: number } = {},
  ) {
    super(message);
    this.name = 'InputError';
    this.location = location;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
  }
}

/** How much of a value from the input a message quotes (a 1 MB name would otherwise be quoted whole). */
export const QUOTED_VALUE_LIMIT = 120;

/** `value` cut to its first `limit` characters, saying how long it was: `abc… (1048576 characters)`. */
export function capValue(value: string, limit = QUOTED_VALUE_LIMIT): string {
  return value.length <= limit ? value : `${value.slice(0, limit)}… (${value.length} characters)`;
}

// A quoted value ('…' not inside a word, so "folder's" is no quote; or "…"), or an unbroken run of
// characters (without quotes) longer than any word of prose: an unquoted name, ARN or document.
const VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}])'[^']*'(?![\\p{L}\\p{N}])|"[^"]*"|[^\\s'"]{${QUOTED_VALUE_LIMIT + 1},}`,
  'gu',
);

/** `text` with every quoted value, and every unbroken run, longer than the limit cut by `capValue`. */
export function capQuotedValues(text: string): string {
  if (text.length <= QUOTED_VALUE_LIMIT) return text;
  return text.replace(VALUE, (match) => {
    const quote = match[0];
    const quoted = (quote === "'" || quote === '"') && match.length >= 2 && match.endsWith(quote);
    if (!quoted) return capValue(match);
    const inner = match.slice(1, -1);
    return inner.length <= QUOTED_VALUE_LIMIT ? match : `${quote}${capValue(inner)}${quote}`;
  });
}

// Characters that would end the line or drive the terminal: C0 and C1 controls, DEL, and the
// Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` on one line: every control character written as an escape (`\n`, `\u001b`). */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One line: `file: $.path: policy …, statement …: message (hint)`. Values from the input are capped
 * here, once for every message (see capQuotedValues; the file is kept whole: it is what to fix),
 * and a newline or escape sequence from the input is written as an escape (oneLine), so the
 * message stays one line and inert in a terminal.
 */
export function formatLocated(message: string, location: InputLocation, hint?: string): string {
  const where: string[] = [];
  if (location.file) where.push(location.file);
  if (location.jsonPath) where.push(capQuotedValues(location.jsonPath));
  if (location.policy) where.push(`policy ${capQuotedValues(location.policy)}`);
  if (location.statement !== undefined)
    where.push(`statement ${capQuotedValues(String(location.statement))}`);
  const text = where.length ? `${where.join(': ')}: ${capQuotedValues(message)}` : capQuotedValues(message);
  return oneLine(hint ? `${text} (${capQuotedValues(hint)})` : text);
}
