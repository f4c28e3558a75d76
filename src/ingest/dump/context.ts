// Reading one file of the layout on behalf of a reader: turns the file-access result into a value,
// a "none" (an error code that means "this resource has no such configuration"), or a recorded gap.
import type { CoverageGap, CredentialFinding, Diagnostic } from '../../snapshot/types.js';
import type { NormalizeContext } from '../normalize/context.js';
import { ShapeError } from '../normalize/shape.js';
import { encodeUriPart } from '../../snapshot/well-formed.js';
import { EXPECTED_KEYS, missingKeys } from './expected-keys.js';
import type { DumpFiles } from './files.js';

export interface DumpContext {
  files: DumpFiles;
  account: string;
  partition: string;
  diagnostics: Diagnostic[];
  gaps: CoverageGap[];
  findings: CredentialFinding[];
  fingerprintKey: Buffer;
}

export interface FileSpec {
  /** Path below the account folder, without `.json`, e.g. `eu-west-1/ecs/list-clusters`. */
  path: string;
  region?: string;
  service: string;
  operation: string;
  resource?: string;
  /** Error codes that mean "collected, there is none" (→ null), e.g. `NoSuchBucketPolicy`. */
  noneCodes?: string[];
  paginated?: boolean;
}

/** Encodes a resource name for use as a file name (the layout's rule; a lone surrogate as U+FFFD). */
export function fileName(name: string): string {
  return encodeUriPart(name);
}

export function normalizeContext(
  dc: DumpContext,
  file: string,
  region?: string,
  call?: { service: string; operation: string },
): NormalizeContext {
  return {
    account: dc.account,
    partition: dc.partition,
    region,
    file,
    service: call?.service,
    operation: call?.operation,
    diagnostics: dc.diagnostics,
    gaps: dc.gaps,
    findings: dc.findings,
    fingerprintKey: dc.fingerprintKey,
  };
}

/**
 * Reads the file of `spec` and normalizes it. Returns the value; null for a "none" error code;
 * undefined (with a coverage gap recorded) when the file is missing, an error file, or malformed.
 */
export async function readWith<T>(
  dc: DumpContext,
  spec: FileSpec,
  normalize: (raw: unknown, ctx: NormalizeContext) => T,
): Promise<T | null | undefined> {
  const r = await dc.files.read(`${dc.account}/${spec.path}`, spec.paginated);
  const gap = (code: string, message: string, jsonPath?: string): undefined => {
    const g: CoverageGap = {
      account: dc.account,
      service: spec.service,
      operation: spec.operation,
      file: r.file,
      code,
      message,
    };
    if (spec.region) g.region = spec.region;
    if (spec.resource) g.resource = spec.resource;
    if (jsonPath) g.jsonPath = jsonPath;
    dc.gaps.push(g);
    return undefined;
  };
  switch (r.status) {
    case 'missing':
      return gap('NotCollected', 'file absent from the dump');
    case 'malformed':
      return gap('Malformed', r.reason);
    case 'error':
      if (spec.noneCodes?.includes(r.code)) return null;
      return gap(r.code, r.message || 'the call failed when the dump was made');
    case 'ok': {
      // A response without its result member is not an empty one: its items are unknown.
      const expected = EXPECTED_KEYS[`${spec.service} ${spec.operation}`]?.length ?? 0;
      const missing = missingKeys(spec.service, spec.operation, r.value);
      const reportMissing = () => {
        for (const key of missing) {
          const found = Object.keys(r.value as object)
            .slice(0, 5)
            .map((k) => JSON.stringify(k));
          const message = `the response has no "${key}" member (${found.length ? `members found: ${found.join(', ')}` : 'it is empty'}); what it lists is unknown, not absent`;
          dc.diagnostics.push({ severity: 'error', file: r.file, jsonPath: `$.${key}`, message });
          gap('MissingKey', message, `$.${key}`);
        }
      };
      if (missing.length > 0 && missing.length === expected) {
        reportMissing();
        return undefined;
      }
      try {
        const value = normalize(r.value, normalizeContext(dc, r.file, spec.region, spec));
        reportMissing(); // some members missing (only in multi-member responses): the rest is read
        return value;
      } catch (err) {
        if (!(err instanceof ShapeError)) throw err;
        dc.diagnostics.push({
          severity: 'error',
          file: r.file,
          jsonPath: err.jsonPath,
          message: err.message,
        });
        return gap('Malformed', `unexpected shape at ${err.jsonPath}: ${err.message}`, err.jsonPath);
      }
    }
  }
}
