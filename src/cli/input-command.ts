// The commands that take one input (a dump folder or a snapshot file) and share their option blocks:
// one place for `<input>`, --format, -o, --max-hops, --from, --all-task-definitions and the filters,
// so every command spells them the same way.
import { defineCommand, type ArgumentSpec, type CommandSpec } from './command-spec.js';
import type { CliIo } from './io.js';
import {
  accountId,
  choice,
  decimal,
  flag,
  list,
  outputFile,
  text,
  wholeNumber,
  type OptionSpecs,
  type OptionValues,
} from './option-specs.js';

export const INPUT_ARGUMENT: ArgumentSpec = {
  name: '<input>',
  description: 'a dump folder (docs/aws-cli-dump.md) or a snapshot file (docs/snapshot.md)',
};

export const TEXT_FORMATS = ['table', 'json', 'markdown'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** --format and -o: the report's format (its names given) and where it goes. */
export function reportOptions<C extends string>(
  formats: readonly C[],
  defaultFormat: C,
  what = 'the report',
) {
  return {
    format: choice('--format <format>', 'output format', formats, defaultFormat, {
      md: 'use --format markdown',
    }),
    output: outputFile(`write ${what} to FILE instead of standard output`),
  };
}

export function maxHopsOption() {
  return wholeNumber('--max-hops <n>', 'longest path, in steps', { min: 1, max: 20, default: 6 });
}

/** Which sources an analysis starts from. */
export function sourceOptions() {
  return {
    from: list(
      '--from <source>',
      'analyse this principal or task definition (repeatable; an ARN or a unique short name ' +
        'such as web:3 or a role name) instead of the defaults',
    ),
    allTaskDefinitions: flag('--all-task-definitions', 'analyse every task definition, used or not'),
  };
}

/** Which of the ranked sources a report keeps. */
export function filterOptions() {
  return {
    account: accountId('--account <id>', 'keep only sources in this account'),
    cluster: text(
      '--cluster <name>',
      'keep only task definitions and tasks of this ECS cluster (name or ARN)',
    ),
    top: wholeNumber('--top <n>', 'keep only the N highest-ranked sources', { min: 1 }),
    minScore: decimal('--min-score <score>', 'keep only sources whose score is at least SCORE'),
  };
}

export function inputCommand<S extends OptionSpecs>(spec: {
  name: string;
  description: string;
  usage?: string[];
  /** Arguments after the input. */
  arguments?: ArgumentSpec[];
  arityError: { message: string; hint: string };
  options: S;
  epilog?: string;
  run(input: string, rest: string[], values: OptionValues<S>, io: CliIo): Promise<number>;
}): CommandSpec<S> {
  return defineCommand({
    ...spec,
    arguments: [INPUT_ARGUMENT, ...(spec.arguments ?? [])],
    run: (positionals, values, io) => spec.run(positionals[0], positionals.slice(1), values, io),
  });
}
