// Target 2, the snapshot loader: a snapshot file (the fixture's, as `blastmap snapshot` wrote it)
// with JSON edits or broken bytes, through analyze (json, table, markdown) or inventory.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { BROKEN_TEXTS, type BrokenText, brokenBytes } from './broken-bytes.js';
import { type JsonMutation, applyMutation, jsonMutation } from './json-mutation.js';
import { toJsonText } from './json-tree.js';
import { type Outcome, type Workspace, judge, quietIo } from './outcome.js';

export interface SnapshotCase {
  edits: JsonMutation[];
  broken: BrokenText | null;
  cut: number;
  command: number;
}

export const snapshotCase: fc.Arbitrary<SnapshotCase> = fc.record({
  edits: fc.array(jsonMutation, { minLength: 1, maxLength: 3 }),
  broken: fc.option(fc.constantFrom(...BROKEN_TEXTS), { nil: null, freq: 8 }),
  cut: fc.nat(),
  command: fc.nat(),
});

type RunCli = (argv: string[], io: ReturnType<typeof quietIo>) => Promise<number>;

export async function runSnapshotCase(
  c: SnapshotCase,
  base: string,
  workspace: Workspace,
  runCli: RunCli,
): Promise<Outcome> {
  const dir = workspace.caseFolder();
  const file = path.join(dir, 'snapshot.json');
  let value: unknown = JSON.parse(base);
  for (const edit of c.edits) value = applyMutation(value, edit);
  const text = toJsonText(value);
  writeFileSync(file, c.broken ? brokenBytes(text, c.broken, c.cut) : text);
  const commands = [
    ['analyze', file, '--format', 'json'],
    ['analyze', file],
    ['analyze', file, '--format', 'markdown'],
    ['inventory', file],
  ];
  const io = quietIo(dir);
  const code = await runCli(commands[c.command % commands.length], io);
  return judge('snapshot', code, io.err.join(''), [file]);
}
