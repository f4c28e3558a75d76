// What one fuzz case produced, judged against the promises: a result (exit 0; exit 1 only where it
// is a verdict, for diff), or exit 2 with one line naming the file; never "internal error"; and no
// item of the input silently dropped (item-census.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../../src/cli/io.js';
import type { SilentDrop } from './item-census.js';

export interface Outcome {
  target: string;
  code: number;
  /** Set when the case broke a promise. */
  internalError?: string;
  unnamedExit2?: string;
  /** A snapshot blastmap wrote that a command then refused. */
  ownSnapshotRefused?: string;
  drops: SilentDrop[];
}

/** A CliIo that keeps what a command printed (stdout only as a length: reports can be large). */
export function quietIo(cwd: string): CliIo & { err: string[]; outChars: () => number } {
  const err: string[] = [];
  let out = 0;
  return {
    err,
    outChars: () => out,
    stdout: (t) => void (out += t.length),
    stderr: (t) => void err.push(t),
    isTty: false,
    env: {},
    cwd,
  };
}

/**
 * Judges a command's exit code and stderr. `names` are the paths the message may name: the inputs
 * as given, and the files and folders inside them (relative). `verdicts` are exit codes that are
 * answers, not failures (diff's 1).
 */
export function judge(
  target: string,
  code: number,
  stderr: string,
  names: string[],
  verdicts: number[] = [],
): Outcome {
  const outcome: Outcome = { target, code, drops: [] };
  if (/internal error/.test(stderr) || (code !== 0 && code !== 2 && !verdicts.includes(code))) {
    outcome.internalError = stderr.slice(0, 2000) || `exit ${code}`;
  } else if (code === 2) {
    const lines = stderr.trimEnd().split('\n');
    const line = lines[lines.length - 1];
    if (lines.length !== 1 || !names.some((n) => n && line.includes(n)))
      outcome.unnamedExit2 = stderr.slice(0, 2000);
  }
  return outcome;
}

/** A scratch folder for the cases of one run (on /dev/shm when there is one: cases write files). */
export class Workspace {
  readonly root: string;
  private count = 0;

  constructor() {
    const base = process.platform === 'linux' ? '/dev/shm' : tmpdir();
    let root: string;
    try {
      root = mkdtempSync(path.join(base, 'blastmap-fuzz-'));
    } catch {
      root = mkdtempSync(path.join(tmpdir(), 'blastmap-fuzz-'));
    }
    this.root = root;
  }

  /** A fresh empty folder for one case; the previous case's folder is removed. */
  caseFolder(): string {
    if (this.count > 0) rmSync(path.join(this.root, `case-${this.count}`), { recursive: true, force: true });
    this.count++;
    const dir = path.join(this.root, `case-${this.count}`);
    mkdirSync(dir);
    return dir;
  }

  /** A file that stays for the whole run (base snapshots, Terraform files). */
  keep(rel: string, content: string | Buffer): string {
    const file = path.join(this.root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
