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
  /** AWS CLI service and operation of the response, for the gap of a skipped item. */
  service?: string;
  operation?: string;
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
 * The ARN or name of a raw item when it has one, for the gap that skips it: `ARN`/`Arn`, else the
 * member its list names (`$.tasks[2]` → `taskArn`, `$.DBInstances[0]` → `DBInstanceArn`,
 * `$.SecurityGroups[1]` → `GroupId`), else `Name`, else any other `…Arn`.
 */
export function itemLabel(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const str = (key: string) =>
    typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined;
  const list = /\.([A-Za-z]+)\[\d+\]$/.exec(path)?.[1] ?? '';
  const stem = list
    .replace(/(?:Detail)?List$/, '')
    .replace(/s$/, '')
    .toLowerCase();
  const keys = Object.keys(record);
  const named = (suffix: string) =>
    keys.find((k) => {
      const lower = k.toLowerCase();
      return (
        lower.endsWith(suffix) &&
        stem.endsWith(lower.slice(0, -suffix.length)) &&
        lower.length > suffix.length
      );
    });
  for (const key of ['ARN', 'Arn', 'arn', named('arn'), named('name'), named('id'), 'Name', 'name']) {
    const hit = key === undefined ? undefined : str(key);
    if (hit !== undefined) return hit;
  }
  const anyArn = keys.find((k) => /arn$/i.test(k) && str(k) !== undefined);
  return anyArn === undefined ? undefined : str(anyArn);
}

/**
 * Normalizes each item, skipping the ones whose shape is wrong, so one odd resource does not hide
 * the rest. A skipped item is never silent: an error diagnostic names its JSON path, and a coverage
 * gap (code `ItemSkipped`, with the item's ARN or name when it has one) makes the view partial.
 */
export function eachItem<T, I extends { path: string; value?: unknown }>(
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
      const gap: CoverageGap = {
        account: ctx.account,
        service: ctx.service ?? 'dump',
        operation: ctx.operation ?? 'read',
        code: 'ItemSkipped',
        message: `${err.message} at ${err.jsonPath}; the item is skipped`,
      };
      if (ctx.region) gap.region = ctx.region;
      const label = itemLabel(item.value, item.path);
      if (label !== undefined) gap.resource = label;
      if (ctx.file) gap.file = ctx.file;
      gap.jsonPath = err.jsonPath;
      ctx.gaps.push(gap);
    }
  }
  return out;
}
