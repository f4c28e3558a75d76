// The file-access layer of the dump reader: lists every file once, reads JSON with positions in its
// error messages, merges numbered pages, recognises `.error.json` gap files, and remembers which
// files were consumed so that the rest can be reported as unknown.
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../snapshot/types.js';
import { scrubAwsResponse } from '../scrub/aws-response.js';

export type FileRead =
  | { status: 'ok'; value: unknown; file: string }
  /** A `.error.json` file: the call failed when the dump was made. */
  | { status: 'error'; code: string; message: string; file: string }
  | { status: 'missing'; file: string }
  /** Present but not usable JSON; an error diagnostic has been recorded. */
  | { status: 'malformed'; file: string; reason: string };

const PAGINATION_KEYS = new Set(['NextToken', 'nextToken', 'Marker', 'IsTruncated', 'NextMarker']);

/** `line L column C` of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return `line ${lines.length} column ${lines[lines.length - 1].length + 1}`;
}

/** Deeper than any AWS response, policy, Terraform plan or snapshot; shallow enough for every
 *  recursive walk of a document (JSON.stringify, the schema check, the snapshot's canonical form). */
export const MAX_JSON_DEPTH = 256;

/** Offset of the first bracket that opens a level deeper than `max`, or -1 (strings are skipped). */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // skip the string: to the next quote not escaped
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Parses JSON; on failure returns a message with the line/column of the problem. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; reason: string; position: string } {
  const deep = tooDeepAt(text);
  if (deep >= 0)
    return {
      ok: false,
      reason: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
      position: lineColumn(text, deep),
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(message);
    const atEnd = /end of JSON input/.test(message);
    // Without a position V8 means the end (truncated) or the very first token.
    const offset = at ? Number(at[1]) : atEnd ? text.length : text.length - text.trimStart().length;
    // V8 quotes the offending text ("… is not valid JSON"): never echo file content into a message.
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/ \(line \d+ column \d+\)$/, '')
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/\s+/g, ' ');
    const truncated = atEnd || (at !== null && offset >= text.trimEnd().length);
    return {
      ok: false,
      reason: truncated ? 'truncated JSON (unexpected end of input)' : `invalid JSON: ${reason}`,
      position: lineColumn(text, offset),
    };
  }
}

/** Merges pages of one paginated response: arrays are concatenated, the rest taken from page 1. */
export function mergePages(pages: unknown[]): unknown {
  const merged: Record<string, unknown> = {};
  for (const page of pages) {
    if (typeof page !== 'object' || page === null || Array.isArray(page)) continue;
    for (const [key, value] of Object.entries(page)) {
      if (PAGINATION_KEYS.has(key)) continue;
      const existing = merged[key];
      if (Array.isArray(existing) && Array.isArray(value)) merged[key] = [...existing, ...value];
      else if (existing === undefined) merged[key] = value;
    }
  }
  return merged;
}

export class DumpFiles {
  /** Relative paths (with `/`) of every file under the root. */
  readonly all: Set<string>;
  /** Relative paths of every folder (also empty ones). */
  readonly dirs: Set<string>;
  readonly consumed = new Set<string>();
  /** Files the layout expected that were absent (relative, `.json`), to explain misnamed files. */
  readonly expectedMissing = new Set<string>();

  private constructor(
    readonly root: string,
    files: string[],
    dirs: string[],
    readonly diagnostics: Diagnostic[],
  ) {
    this.all = new Set(files);
    this.dirs = new Set(dirs);
  }

  static async open(root: string, diagnostics: Diagnostic[]): Promise<DumpFiles> {
    const files: string[] = [];
    const dirs: string[] = [];
    const seen = new Set<string>();
    const walk = async (dir: string, rel: string): Promise<void> => {
      const real = await realpath(dir);
      if (seen.has(real)) return; // symlink loop
      seen.add(real);
      const entries = await readdir(dir, { withFileTypes: true });
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const abs = path.join(dir, entry.name);
        const relPath = rel ? `${rel}/${entry.name}` : entry.name;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          const target = await stat(abs).catch(() => undefined);
          isDir = Boolean(target?.isDirectory());
          isFile = Boolean(target?.isFile());
        }
        if (isDir) {
          dirs.push(relPath);
          await walk(abs, relPath);
        } else if (isFile) files.push(relPath);
      }
    };
    await walk(root, '');
    return new DumpFiles(root, files, dirs, diagnostics);
  }

  has(rel: string): boolean {
    return this.all.has(rel);
  }

  /** Immediate sub-folder names of `rel` ('' = root). */
  folders(rel: string): string[] {
    const prefix = rel ? `${rel}/` : '';
    const names = new Set<string>();
    for (const f of [...this.all, ...[...this.dirs].map((d) => `${d}/`)]) {
      if (!f.startsWith(prefix)) continue;
      const rest = f.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash > 0) names.add(rest.slice(0, slash));
    }
    return [...names].sort();
  }

  /** Base names (without `.json` / `.error.json`) of the files directly in folder `rel` (per-resource files). */
  names(rel: string): string[] {
    const prefix = `${rel}/`;
    const names = new Set<string>();
    for (const f of this.all) {
      if (!f.startsWith(prefix)) continue;
      const rest = f.slice(prefix.length);
      if (rest.includes('/')) continue;
      const m = /^(.*?)(?:\.error)?\.json$/.exec(rest);
      if (m && m[1]) names.add(m[1]);
    }
    return [...names].sort();
  }

  private async text(rel: string): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
    this.consumed.add(rel);
    let text: string;
    try {
      text = await readFile(path.join(this.root, rel), 'utf8');
    } catch (err) {
      const reason = `unreadable file (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
      this.diagnostics.push({ severity: 'error', file: rel, message: reason });
      return { ok: false, reason };
    }
    const parsed = parseJsonText(text.replace(/^\uFEFF/, ''));
    // A dump written by the AWS CLI holds commands, tags and labels verbatim: scrubbed as read.
    if (parsed.ok) return { ok: true, value: scrubAwsResponse(parsed.value) };
    this.diagnostics.push({
      severity: 'error',
      file: rel,
      jsonPath: parsed.position,
      message: parsed.reason,
    });
    return { ok: false, reason: parsed.reason };
  }

  /**
   * Reads `<base>.json`, or (paginated operations) its numbered pages merged in numeric order, or
   * `<base>.error.json`. `base` is relative to the root, without extension.
   */
  async read(base: string, paginated = false): Promise<FileRead> {
    const literal = this.literalSpelling(base, paginated);
    if (literal !== undefined) return this.read(literal, paginated);
    const single = `${base}.json`;
    const errorFile = `${base}.error.json`;
    const pages = paginated ? this.pages(base) : [];
    if (this.has(single)) {
      if (this.has(errorFile)) {
        this.consumed.add(errorFile);
        this.diagnostics.push({
          severity: 'warning',
          file: errorFile,
          message: `ignored: ${single} is present too`,
        });
      }
      for (const p of pages) {
        this.consumed.add(p.file);
        this.diagnostics.push({
          severity: 'warning',
          file: p.file,
          message: `ignored: the merged ${single} is present too`,
        });
      }
      const r = await this.text(single);
      return r.ok
        ? { status: 'ok', value: r.value, file: single }
        : { status: 'malformed', file: single, reason: r.reason };
    }
    if (pages.length > 0) {
      const values: unknown[] = [];
      for (const p of pages) {
        const r = await this.text(p.file);
        if (!r.ok) return { status: 'malformed', file: p.file, reason: r.reason };
        if (typeof r.value !== 'object' || r.value === null || Array.isArray(r.value)) {
          this.diagnostics.push({
            severity: 'error',
            file: p.file,
            jsonPath: '$',
            message: 'expected an object (one page of an AWS CLI response)',
          });
          return { status: 'malformed', file: p.file, reason: 'page is not an object' };
        }
        values.push(r.value);
      }
      const numbers = pages.map((p) => p.page);
      const gapsAt = numbers.flatMap((n, i) => (n !== i + 1 ? [i + 1] : [])).slice(0, 1);
      if (gapsAt.length) {
        const missing = `${base}.${gapsAt[0]}.json`;
        this.diagnostics.push({
          severity: 'error',
          file: missing,
          message: `page ${gapsAt[0]} is missing (pages present: ${numbers.join(', ')}); the merged response is incomplete`,
        });
        return { status: 'malformed', file: missing, reason: `page ${gapsAt[0]} missing` };
      }
      return { status: 'ok', value: mergePages(values), file: pages[0].file };
    }
    if (this.has(errorFile)) {
      const r = await this.text(errorFile);
      if (!r.ok) return { status: 'malformed', file: errorFile, reason: r.reason };
      const error = (r.value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      if (typeof error !== 'object' || error === null || typeof error.code !== 'string') {
        this.diagnostics.push({
          severity: 'warning',
          file: errorFile,
          jsonPath: '$.error.code',
          message:
            'error file should hold { "error": { "code": "…", "message": "…" } }; treated as an unknown failure',
        });
        return { status: 'error', code: 'Unknown', message: 'unreadable error file', file: errorFile };
      }
      return {
        status: 'error',
        code: error.code,
        message: typeof error.message === 'string' ? error.message : '',
        file: errorFile,
      };
    }
    this.expectedMissing.add(single);
    return { status: 'missing', file: single };
  }

  /** The layout encodes a resource name in its file name (`family%3A7`), but people write what
   *  `aws ecs describe-task-definition … > family:7.json` gives. When the encoded spelling is absent
   *  and the literal one is present, the literal one is read. */
  private literalSpelling(base: string, paginated: boolean): string | undefined {
    const stem = path.posix.basename(base);
    if (!stem.includes('%')) return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(stem);
    } catch {
      return undefined; // not an encoding this reader made
    }
    if (decoded === stem || decoded.includes('/') || this.present(base, paginated)) return undefined;
    const literal = `${path.posix.dirname(base)}/${decoded}`;
    return this.present(literal, paginated) ? literal : undefined;
  }

  private present(base: string, paginated: boolean): boolean {
    return (
      this.has(`${base}.json`) || this.has(`${base}.error.json`) || (paginated && this.pages(base).length > 0)
    );
  }

  private pages(base: string): { file: string; page: number }[] {
    const dir = path.posix.dirname(base);
    const stem = path.posix.basename(base);
    const out: { file: string; page: number }[] = [];
    for (const f of this.all) {
      if (path.posix.dirname(f) !== dir) continue;
      const name = path.posix.basename(f);
      if (!name.startsWith(`${stem}.`)) continue;
      const m = /^\.(\d+)\.json$/.exec(name.slice(stem.length));
      if (m) out.push({ file: f, page: Number(m[1]) });
    }
    return out.sort((a, b) => a.page - b.page);
  }
}
