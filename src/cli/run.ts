// Dispatches argv to a command (parsed by commander: help, did-you-mean, typed options) and turns
// every user error into one line on stderr and an exit code: 2 for a usage error or unusable input.
import { Command as Commander, CommanderError } from 'commander';
import { terminalText } from '../report/escape/terminal.js';
import { InputError, formatLocated } from '../snapshot/errors.js';
import { VERSION } from '../version.js';
import { arityError, toCommander, type AnyCommandSpec } from './command-spec.js';
import { type CliIo } from './io.js';
import { commands } from './registry.js';

const HELP_WIDTH = 100;

/** The root program: every command by name and summary; only `spec` (the one run) in full, so that
 *  `blastmap snapshot` does not load the Neo4j driver. */
function program(io: CliIo, spec: AnyCommandSpec | undefined, done: (code: number) => void): Commander {
  const root = new Commander('blastmap')
    .description(`blastmap ${VERSION}: attack paths and blast radius from ECS/Fargate tasks in AWS accounts`)
    .usage('<command> [options]')
    .version(VERSION, '-v, --version')
    .addHelpText('after', '\nRun `blastmap help <command>` for the options of one command.\n');
  for (const entry of commands) {
    if (spec && entry.name === spec.name) root.addCommand(toCommander(spec, entry.summary, io, done));
    else root.command(entry.name).summary(entry.summary).description(entry.summary);
  }
  const configure = (c: Commander) => {
    c.exitOverride()
      .allowExcessArguments(false)
      .configureOutput({
        writeOut: (t) => io.stdout(t),
        writeErr: (t) => io.stderr(t),
        outputError: () => {}, // rendered once, as one line, by runCli
        getOutHelpWidth: () => HELP_WIDTH,
        getErrHelpWidth: () => HELP_WIDTH,
        getOutHasColors: () => false,
        getErrHasColors: () => false,
      });
    c.commands.forEach(configure);
  };
  configure(root);
  return root;
}

/** Commander's message (`error: unknown option '--fromat'\n(Did you mean --format?)`) as one line. */
function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

const ARITY = new Set(['commander.missingArgument', 'commander.excessArguments']);
const DISPLAYED = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // `blastmap help analyze` is `blastmap analyze --help`; `help anlyze` is `anlyze` (did-you-mean).
  const known = (name: string | undefined) => commands.some((c) => c.name === name);
  const args =
    argv[0] === 'help' && argv.length > 1 ? (known(argv[1]) ? [argv[1], '--help'] : [argv[1]]) : argv;
  const entry = commands.find((c) => c.name === args[0]);
  const prefix = entry ? `blastmap ${entry.name}` : 'blastmap';
  let spec: AnyCommandSpec | undefined;
  try {
    spec = entry ? await entry.load() : undefined;
    let code = 0;
    const root = program(io, spec, (c) => void (code = c));
    if (!args.length) {
      root.outputHelp();
      return 2;
    }
    await root.parseAsync(args, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (DISPLAYED.has(err.code)) return err.exitCode;
      if (spec && ARITY.has(err.code)) {
        const e = arityError(spec);
        io.stderr(`${prefix}: ${terminalText(formatLocated(e.message, e.location, e.hint))}\n`);
        return 2;
      }
      const hint =
        err.code === 'commander.unknownCommand' && !/Did you mean/.test(err.message)
          ? ` (commands: ${commands.map((c) => c.name).join(', ')})`
          : '';
      io.stderr(`${prefix}: ${oneLine(err.message)}${hint}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr(`${prefix}: ${terminalText(formatLocated(err.message, err.location, err.hint))}\n`);
      return err.exitCode;
    }
    // A bug, not a user mistake: keep the stack for the report.
    io.stderr(
      `${prefix}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 1;
  }
}
