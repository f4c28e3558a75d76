// Dispatches argv to a command and turns every user error into one line and an exit code.
import { InputError, formatLocated } from '../snapshot/errors.js';
import { terminalText } from '../report/escape/terminal.js';
import { type CliIo } from './io.js';
import { commands } from './registry.js';
import { VERSION } from '../version.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `blastmap ${VERSION}: attack paths and blast radius from ECS/Fargate tasks in AWS accounts`,
    '',
    'Usage: blastmap <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `blastmap <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`blastmap: unknown command '${name}'. Commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage.trimEnd()}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`blastmap ${name}: ${terminalText(formatLocated(err.message, err.location, err.hint))}\n`);
      return err.exitCode;
    }
    if (err instanceof Error && (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.stderr(`blastmap ${name}: ${err.message}\n`);
      return 2;
    }
    // A bug, not a user mistake: keep the stack for the report.
    io.stderr(
      `blastmap ${name}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 1;
  }
}
