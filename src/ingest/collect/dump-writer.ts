// Writes the dump files of shared/DUMP-LAYOUT.md into a temporary folder beside the target and
// renames it into place at the end: an interrupted run leaves `<out>.partial-…`, never a folder that
// looks like a complete dump.
import { mkdir, rename, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../../snapshot/errors.js';
import { encodeUriPart } from '../../snapshot/well-formed.js';

/** `{ "error": { "code", "message" } }`: the gap file the reader turns into a coverage gap. */
export interface DumpError {
  code: string;
  message: string;
}

export class DumpWriter {
  readonly target: string;
  readonly staging: string;
  private finished = false;

  private constructor(target: string, staging: string) {
    this.target = target;
    this.staging = staging;
  }

  /** Refuses a non-empty target folder: a dump is never merged into another one. */
  static async assertUsableTarget(out: string): Promise<void> {
    const existing = await stat(resolve(out)).catch(() => undefined);
    if (existing && (!existing.isDirectory() || (await readdir(resolve(out))).length > 0)) {
      throw new InputError(
        `output folder already exists and is not empty: ${out}`,
        {},
        { hint: 'choose a new --out folder' },
      );
    }
  }

  static async open(out: string): Promise<DumpWriter> {
    const target = resolve(out);
    await DumpWriter.assertUsableTarget(out);
    const staging = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${Date.now()}`);
    await mkdir(staging, { recursive: true });
    return new DumpWriter(target, staging);
  }

  /** `relativePath` uses `/`; name parts must already be `encodeURIComponent`-ed by the caller. */
  async writeJson(relativePath: string, body: unknown): Promise<void> {
    const file = join(this.staging, ...relativePath.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  }

  async writeError(relativePath: string, error: DumpError): Promise<void> {
    await this.writeJson(relativePath.replace(/\.json$/, '.error.json'), { error });
  }

  /** Moves the finished dump into place; the only moment the target folder appears. */
  async commit(): Promise<string> {
    if (this.finished) return this.target;
    await rm(this.target, { recursive: true, force: true }); // only ever an empty folder (checked in open)
    await rename(this.staging, this.target);
    this.finished = true;
    return this.target;
  }

  /** Throws the staging folder away (used when the run fails before anything useful was written). */
  async abandon(): Promise<void> {
    if (!this.finished) await rm(this.staging, { recursive: true, force: true });
  }
}

/** A dump path part for a resource name: the layout's `encodeURIComponent` rule (the reader's `fileName`). */
export function namePart(name: string): string {
  return encodeUriPart(name);
}
