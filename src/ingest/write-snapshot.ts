// Writes a snapshot atomically: a temp file in the target folder, then rename, so a reader never sees
// half a snapshot and a failed write leaves the previous file intact. Output is canonical (sorted),
// hence byte-identical for the same input.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalizeSnapshot, serializeSnapshot } from '../snapshot/canonical.js';
import { InputError } from '../snapshot/errors.js';
import type { Snapshot } from '../snapshot/types.js';

export async function writeSnapshot(file: string, snapshot: Snapshot): Promise<void> {
  const text = serializeSnapshot(canonicalizeSnapshot(snapshot));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (
      code === 'ENOENT' ||
      code === 'EACCES' ||
      code === 'EISDIR' ||
      code === 'ENOTDIR' ||
      code === 'EROFS'
    ) {
      throw new InputError(
        `cannot write the snapshot (${code})`,
        { file },
        { hint: 'check that the output folder exists and is writable' },
      );
    }
    throw err;
  }
}
