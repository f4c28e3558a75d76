// loadInput(path): what every command that takes input calls. A folder is read as an AWS CLI dump;
// a file must be a snapshot JSON document (validated against docs/snapshot.schema.json).
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../snapshot/errors.js';
import type { Snapshot } from '../snapshot/types.js';
import { parseJsonText } from './dump/files.js';
import { readDump } from './read-dump.js';
import { validateSnapshot } from './validate-snapshot.js';

export interface LoadedInput {
  snapshot: Snapshot;
  /** What the path turned out to be. */
  kind: 'dump' | 'snapshot';
}

export async function loadInput(path: string): Promise<LoadedInput> {
  const info = await stat(path).catch(() => undefined);
  if (!info)
    throw new InputError(
      'no such file or folder',
      { file: path },
      { hint: 'give a dump folder or a snapshot .json file' },
    );
  if (info.isDirectory()) return { snapshot: await readDump(path), kind: 'dump' };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(`unreadable file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, {
      file: path,
    });
  }
  // A leading byte-order mark is dropped (tested, not replaced: a regex replace copies the whole text).
  const parsed = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) {
    throw new InputError(
      parsed.reason,
      { file: path, jsonPath: parsed.position },
      { hint: 'a snapshot file is the JSON written by `blastmap snapshot`' },
    );
  }
  return { snapshot: validateSnapshot(parsed.value, path), kind: 'snapshot' };
}
