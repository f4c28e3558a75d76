// Target 1, the dump reader: a mutated dump folder through `blastmap snapshot` (whose snapshot the
// silent-drop census reads), then the snapshot through one of analyze (json, table, markdown),
// inventory or report, as a user would run them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { type DumpCase, dumpTree } from './dump-case.js';
import type { DumpUnit } from './dump-units.js';
import { entryBytes } from './file-mutation.js';
import { type InputFile, silentDrops } from './item-census.js';
import { type Outcome, type Workspace, judge, quietIo } from './outcome.js';

type RunCli = (argv: string[], io: ReturnType<typeof quietIo>) => Promise<number>;

const FOLLOW_UPS = (snapshot: string, dir: string): string[][] => [
  ['analyze', snapshot, '--format', 'json'],
  ['analyze', snapshot],
  ['analyze', snapshot, '--format', 'markdown'],
  ['inventory', snapshot],
  ['report', snapshot, '-o', path.join(dir, 'report.html')],
];

/** Writes the tree below `root`; returns what was written (a path the tree cannot hold is skipped). */
function writeTree(root: string, tree: ReturnType<typeof dumpTree>): InputFile[] {
  const written: InputFile[] = [];
  for (const [rel, entry] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(root, rel);
    try {
      if (entry.kind === 'dir') {
        mkdirSync(file, { recursive: true });
        written.push({ path: rel });
        continue;
      }
      mkdirSync(path.dirname(file), { recursive: true });
      const bytes = entryBytes(entry)!;
      writeFileSync(file, bytes);
      // Read back under the name the file system kept (a lone surrogate becomes U+FFFD).
      written.push({ path: Buffer.from(rel).toString('utf8'), text: bytes.toString('utf8') });
    } catch {
      // e.g. a file where a folder of the same name is needed: the case goes on without it
    }
  }
  return written;
}

export async function runDumpCase(
  c: DumpCase,
  units: DumpUnit[],
  gaad: string,
  workspace: Workspace,
  runCli: RunCli,
  followUp: number,
): Promise<Outcome> {
  const dir = workspace.caseFolder();
  const dump = path.join(dir, 'dump');
  mkdirSync(dump);
  const written = writeTree(dump, dumpTree(c, units, gaad));
  const names = [dump, ...written.map((f) => f.path), ...written.flatMap((f) => folders(f.path))];
  const snapshotFile = path.join(dir, 'snapshot.json');
  const io = quietIo(dir);
  const code = await runCli(['snapshot', dump, '-o', snapshotFile], io);
  const outcome = judge('dump', code, io.err.join(''), names);
  if (code !== 0 || outcome.internalError) return outcome;
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
  outcome.drops = silentDrops(written, snapshot);
  // One case in four goes on to a command over the snapshot (the analysis costs more than the
  // reading; the policy and snapshot targets analyse in every case).
  if (followUp % 4 !== 0) return outcome;
  const commands = FOLLOW_UPS(snapshotFile, dir);
  const args = commands[Math.floor(followUp / 4) % commands.length];
  const next = quietIo(dir);
  const nextCode = await runCli(args, next);
  const second = judge('dump', nextCode, next.err.join(''), [snapshotFile]);
  if (second.internalError) outcome.internalError = `${args[0]}: ${second.internalError}`;
  // The snapshot is blastmap's own: refusing it is a bug of the writer or the loader.
  else if (nextCode !== 0) outcome.ownSnapshotRefused = `${args[0]}: ${next.err.join('').slice(0, 2000)}`;
  return outcome;
}

/** `a/b/c.json` → `a/`, `a/b/` (a message may name the folder). */
function folders(rel: string): string[] {
  const parts = rel.split('/');
  return parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
}
