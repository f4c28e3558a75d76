// A CliIo that records what a command printed, for assertions.
import type { CliIo } from '../../src/cli/io.js';

export function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTty: false,
    env,
    cwd: process.cwd(),
  };
}
