// Typed command-line options: each constructor returns a spec whose value type the command reads
// (a number is a number, a format is one of its names), parsed and checked while argv is parsed, so
// a bad value is one line and exit 2 before any input is read. Commander turns the specs into its
// options (see command-spec.ts).
import { InputError } from '../snapshot/errors.js';

/** One option: commander's flags (`-o, --output <file>`), its help text, and how a value is read.
 *  `T` is the type the command reads; `D` whether it has a default (else it may be undefined). */
export interface OptionSpec<T, D extends boolean = boolean> {
  flags: string;
  description: string;
  /** Turns one occurrence's text into the value (given the value so far, for repeatable options). */
  parse?: (value: string, previous: T | undefined) => T;
  default?: T;
  /** How help shows the default, when not the value itself. */
  defaultText?: string;
  /** Accepted but not listed in help (deprecated aliases). */
  hidden?: boolean;
  /** Only to carry D in the type. */
  readonly hasDefault?: D;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OptionSpecs = Record<string, OptionSpec<any, boolean>>;

type ValueOf<O> =
  O extends OptionSpec<infer T, true> ? T : O extends OptionSpec<infer T, false> ? T | undefined : never;

/** The parsed options of a command, by attribute name (commander's camelCase of the long flag). */
export type OptionValues<S extends OptionSpecs> = { [K in keyof S]: ValueOf<S[K]> };

/** The long flag of a spec (`--max-hops`), for messages. */
function longFlag(flags: string): string {
  return /--[a-z0-9-]+/.exec(flags)?.[0] ?? flags;
}

export function flag(flags: string, description: string): OptionSpec<boolean, true> {
  return { flags, description, default: false };
}

export function text(flags: string, description: string): OptionSpec<string, false> {
  return { flags, description };
}

/** A repeatable option: every occurrence adds a value. */
export function list(flags: string, description: string): OptionSpec<string[], false> {
  return { flags, description, parse: (v, previous) => [...(previous ?? []), v] };
}

/** One of a fixed set of names; `hints` maps a near miss (`md`) to the hint it gets. */
export function choice<C extends string>(
  flags: string,
  description: string,
  choices: readonly C[],
  defaultValue: C,
  hints: Record<string, string> = {},
): OptionSpec<C, true> {
  const name = longFlag(flags);
  return {
    flags,
    description: `${description}: ${choices.join(', ')}`,
    default: defaultValue,
    parse: (v) => {
      if ((choices as readonly string[]).includes(v)) return v as C;
      throw new InputError(
        `unknown ${name} '${v}'`,
        {},
        { hint: hints[v] ?? `one of ${choices.join(', ')}` },
      );
    },
  };
}

/** A whole number in [min, max]. */
export function wholeNumber<D extends number | undefined>(
  flags: string,
  description: string,
  range: { min: number; max?: number; default?: D },
): OptionSpec<number, D extends number ? true : false> {
  const name = longFlag(flags);
  const { min, max } = range;
  return {
    flags,
    description,
    ...(range.default !== undefined ? { default: range.default } : {}),
    parse: (v) => {
      const n = /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
      if (!Number.isSafeInteger(n) || n < min || (max !== undefined && n > max)) {
        const span = max === undefined ? `from ${min}` : `from ${min} to ${max}`;
        throw new InputError(`${name} must be a whole number ${span}, not '${v}'`);
      }
      return n;
    },
  };
}

/** A finite number ≥ min. */
export function decimal(flags: string, description: string, min = 0): OptionSpec<number, false> {
  const name = longFlag(flags);
  return {
    flags,
    description,
    parse: (v) => {
      const n = v.trim() === '' ? NaN : Number(v);
      if (!Number.isFinite(n) || n < min)
        throw new InputError(`${name} must be a number ≥ ${min}, not '${v}'`);
      return n;
    },
  };
}

/** The names of every report format: a value of -o that is one of them is a mix-up with --format. */
export const FORMAT_NAMES: readonly string[] = [
  'table',
  'json',
  'markdown',
  'md',
  'sarif',
  'html',
  'dot',
  'mermaid',
  'text',
  'yaml',
];

/** `-o, --output FILE`. The AWS CLI's `--output json` names a format: refused, with the fix. */
export function outputFile(
  description = 'write to FILE instead of standard output',
  flags = '-o, --output <file>',
): OptionSpec<string, false> {
  const name = longFlag(flags);
  return {
    flags,
    description,
    parse: (v) => {
      if (FORMAT_NAMES.includes(v.toLowerCase())) {
        throw new InputError(
          `${name} takes a file name, and '${v}' is a format name`,
          {},
          { hint: `for the format say --format ${v}; for a file of that name say ${name} ./${v}` },
        );
      }
      if (v === '') throw new InputError(`${name} needs a file name`);
      return v;
    },
  };
}

/** An account id (12 digits). */
export function accountId(flags: string, description: string): OptionSpec<string, false> {
  const name = longFlag(flags);
  return {
    flags,
    description,
    parse: (v) => {
      if (!/^\d{12}$/.test(v)) throw new InputError(`${name} takes a 12-digit account id, not '${v}'`);
      return v;
    },
  };
}

/** `--context key=value`, repeatable; a key given twice holds a list of values. */
export function contextPairs(
  flags: string,
  description: string,
): OptionSpec<Record<string, string | string[]>, false> {
  const name = longFlag(flags);
  return {
    flags,
    description,
    parse: (v, previous) => {
      const eq = v.indexOf('=');
      if (eq < 1) {
        throw new InputError(
          `${name} takes key=value, not '${v}'`,
          {},
          { hint: `e.g. ${name} aws:SourceIp=10.0.0.1` },
        );
      }
      const key = v.slice(0, eq);
      const value = v.slice(eq + 1);
      const out = { ...(previous ?? {}) };
      const before = out[key];
      out[key] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
      return out;
    },
  };
}

/** Region names, comma-separated and repeatable, or `all`. */
export function regionList(flags: string, description: string): OptionSpec<string[], false> {
  return {
    flags,
    description,
    parse: (v, previous) => {
      const names = v
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      const bad = names.find((r) => r !== 'all' && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r));
      if (bad) {
        throw new InputError(
          `not a region name: '${bad}'`,
          {},
          {
            hint: 'e.g. --region eu-west-1 --region us-east-1, --region eu-west-1,us-east-1 or --region all',
          },
        );
      }
      return [...(previous ?? []), ...names];
    },
  };
}
