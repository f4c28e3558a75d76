// A command as data: its arguments, its typed options and what it runs. `toCommander` makes the
// commander command from it (help, did-you-mean, parsing); run.ts turns every parse error into one
// line and exit 2.
import { Command as Commander, Option } from 'commander';
import { InputError } from '../snapshot/errors.js';
import type { CliIo } from './io.js';
import type { OptionSpecs, OptionValues } from './option-specs.js';

export interface ArgumentSpec {
  /** `<input>` (required) or `[asset]` (optional). */
  name: string;
  description: string;
}

export interface CommandSpec<S extends OptionSpecs = OptionSpecs> {
  /** As in registry.ts, which also holds the one-line summary `blastmap --help` lists. */
  name: string;
  /** Paragraphs shown under the usage line of `blastmap help <command>`. */
  description: string;
  /** Usage lines when the arguments alone do not tell (a command with two forms). */
  usage?: string[];
  arguments: ArgumentSpec[];
  /** The one-line error (and its hint) for a wrong number of arguments. */
  arityError: { message: string; hint: string };
  options: S;
  /** Text after the options in help (exit codes, examples). */
  epilog?: string;
  run(positionals: string[], values: OptionValues<S>, io: CliIo): Promise<number>;
}

/** Identity, for the type inference of `values` from `options`. */
export function defineCommand<S extends OptionSpecs>(spec: CommandSpec<S>): CommandSpec<S> {
  return spec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommandSpec = CommandSpec<any>;

function commanderOption(key: string, spec: OptionSpecs[string]): Option {
  const option = new Option(spec.flags, spec.description);
  if (option.attributeName() !== key) {
    // A programming error in a command's table, caught by the test that loads every command.
    throw new Error(`option '${spec.flags}' is declared under '${key}', not '${option.attributeName()}'`);
  }
  if (spec.parse) option.argParser(spec.parse);
  // A flag's `false` is noise in help: flags get their default from `defaultValues` instead.
  if (spec.default !== undefined && typeof spec.default !== 'boolean')
    option.default(spec.default, spec.defaultText);
  if (spec.hidden) option.hideHelp();
  return option;
}

/** The commander command for a spec; `done` receives the command's exit code. */
export function toCommander(
  spec: AnyCommandSpec,
  summary: string,
  io: CliIo,
  done: (code: number) => void,
): Commander {
  const command = new Commander(spec.name).description(`${summary}\n\n${spec.description.trim()}`);
  command.summary(summary);
  if (spec.usage) command.usage(spec.usage.join(`\n       blastmap ${spec.name} `));
  for (const a of spec.arguments) command.argument(a.name, a.description);
  for (const [key, option] of Object.entries(spec.options as OptionSpecs))
    command.addOption(commanderOption(key, option));
  if (spec.epilog) command.addHelpText('after', `\n${spec.epilog.trim()}\n`);
  command.action(async () => {
    const values = { ...defaultValues(spec.options as OptionSpecs), ...command.opts() };
    done(await spec.run([...command.args], values, io));
  });
  return command;
}

/** The values a command's options have when none is given on the command line. */
export function defaultValues<S extends OptionSpecs>(options: S): OptionValues<S> {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(options))
    if (spec.default !== undefined) values[key] = spec.default;
  return values as OptionValues<S>;
}

/** The command's own message for a wrong number of arguments (commander's names none of the forms). */
export function arityError(spec: AnyCommandSpec): InputError {
  return new InputError(spec.arityError.message, {}, { hint: spec.arityError.hint });
}
