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

/** One line: `file: $.path: policy …, statement …: message (hint)`. */
export function formatLocated(message: string, location: InputLocation, hint?: string): string {
  const where: string[] = [];
  if (location.file) where.push(location.file);
  if (location.jsonPath) where.push(location.jsonPath);
  if (location.policy) where.push(`policy ${location.policy}`);
  if (location.statement !== undefined) where.push(`statement ${location.statement}`);
  const text = where.length ? `${where.join(': ')}: ${message}` : message;
  return hint ? `${text} (${hint})` : text;
}
