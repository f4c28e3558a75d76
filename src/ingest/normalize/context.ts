// What every normalizer needs to know besides the raw response: whose data it is, where it came
// from (for diagnostics), and where to report problems, gaps and credential findings.
import type { CoverageGap, CredentialFinding, Diagnostic } from '../../snapshot/types.js';
import { ShapeError } from './shape.js';

export interface NormalizeContext {
  account: string;
  /** `aws`, `aws-cn`, `aws-us-gov`. */
  partition: string;
  region?: string;
  /** Dump file (relative path) the raw value came from, for diagnostics; absent when live. */
  file?: string;
  diagnostics: Diagnostic[];
  gaps: CoverageGap[];
  findings: CredentialFinding[];
  /** The key credential fingerprints are made with (src/ingest/fingerprint-key.ts). */
  fingerprintKey: Buffer;
}

/** The same context, pointing at another file / region. */
export function at(ctx: NormalizeContext, change: { file?: string; region?: string }): NormalizeContext {
  return { ...ctx, ...change };
}

/**
 * Normalizes each item, skipping (with an error diagnostic naming the JSON path) the ones whose shape
 * is wrong, so one odd resource does not hide the rest.
 */
export function eachItem<T, I extends { path: string }>(
  ctx: NormalizeContext,
  items: I[],
  fn: (item: I) => T | undefined,
): T[] {
  const out: T[] = [];
  for (const item of items) {
    try {
      const value = fn(item);
      if (value !== undefined) out.push(value);
    } catch (err) {
      if (!(err instanceof ShapeError)) throw err;
      ctx.diagnostics.push({
        severity: 'error',
        file: ctx.file,
        jsonPath: err.jsonPath,
        message: `${err.message}; item skipped`,
      });
    }
  }
  return out;
}
