// Writing a report to -o FILE or standard output, small (one string) or large (JSON in pieces).
import { open, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../snapshot/errors.js';
import type { CliIo } from './io.js';

/** Writes the report to -o FILE, or to stdout. */
export async function emit(text: string, output: string | undefined, io: CliIo): Promise<void> {
  if (!output) {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, output);
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    throw new InputError(`cannot write ${output}: ${(err as Error).message}`);
  }
  io.stderr(`blastmap: report written to ${output}\n`);
}

/** Writes a report given in pieces (large JSON) to -o FILE or stdout, about 1 MB at a time. */
export async function emitChunks(
  chunks: Iterable<string>,
  output: string | undefined,
  io: CliIo,
): Promise<void> {
  const batches = function* () {
    let buffer: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      buffer.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        yield buffer.join('');
        buffer = [];
        size = 0;
      }
    }
    if (buffer.length) yield buffer.join('');
  };
  if (!output) {
    for (const batch of batches()) io.stdout(batch);
    return;
  }
  const path = resolve(io.cwd, output);
  let file;
  try {
    file = await open(path, 'w');
    for (const batch of batches()) await file.write(batch);
  } catch (err) {
    throw new InputError(`cannot write ${output}: ${(err as Error).message}`);
  } finally {
    await file?.close();
  }
  io.stderr(`blastmap: report written to ${output}\n`);
}
