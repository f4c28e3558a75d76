// Writes a dump folder from a JS object { relative path → content } into a fresh temp folder.
// Strings are written as they are (to make broken files); anything else as JSON.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type DumpSpec = Record<string, unknown>;

const created: string[] = [];

export async function writeDump(spec: DumpSpec): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'blastmap-dump-'));
  created.push(root);
  for (const [rel, content] of Object.entries(spec)) {
    const file = path.join(root, rel);
    if (rel.endsWith('/')) {
      await mkdir(file, { recursive: true }); // an empty folder
      continue;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

/** Removes every folder writeDump made (call from an `after` hook). */
export async function removeDumps(): Promise<void> {
  while (created.length) await rm(created.pop() as string, { recursive: true, force: true });
}
