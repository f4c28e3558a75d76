// Runs one read call (or one paginated sequence) under the concurrency limit and writes its result
// where the dump layout puts it. A failure becomes the layout's `.error.json` gap file and a warning,
// never an exception: one denied or unsupported API must not stop the rest of the collection.
import { type AccountContext } from './account-context.js';
import { cliShape, mergePages } from './aws-response.js';
import { NotReadOnlyError } from './clients.js';
import type { DumpError } from './dump-writer.js';
import { scrubAwsResponse } from '../scrub/aws-response.js';

export interface RecordOptions<T> {
  /**
   * Error codes that mean "there is none" (e.g. `NoSuchBucketPolicy`): still written as `.error.json`
   * (the CLI fails the same way, so the reader knows the answer was "none"), but not a gap or warning.
   */
  none?: string[];
  /** Rewrites the response before it is written (environment values are redacted here). */
  transform?: (body: T) => T;
}

/** The AWS error code of an SDK failure (`AccessDenied`, `NotImplemented`, `ECONNREFUSED`, …). */
export function errorOf(err: unknown): DumpError {
  const e = (err ?? {}) as {
    name?: string;
    Code?: string;
    code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number; attempts?: number };
  };
  const status = e.$metadata?.httpStatusCode;
  if (e.name === 'TimeoutError') return timeoutOf(e.message ?? '', e.$metadata?.attempts);
  // A body that is no AWS error at all (an emulator's HTML page for an API it does not implement,
  // a proxy's error page): the SDK fails to parse it. Name it by the HTTP status.
  if (e.name === 'SyntaxError' || e.name === 'TypeError') {
    if (status === 401 || status === 403) {
      return {
        code: 'AccessDenied',
        message: `the service answered HTTP ${status} (access denied) with a body that is not an AWS response`,
      };
    }
    return {
      code: status ? `Http${status}` : 'UnparseableResponse',
      message: `the service answered${status ? ` HTTP ${status}` : ''} with a body that is not an AWS response (API not supported by this endpoint?)`,
    };
  }
  let code = e.Code ?? e.name ?? e.code;
  if (!code || code === 'Error' || code === 'Unknown' || code === 'UnknownError') {
    code = e.code ?? (status ? `Http${status}` : 'UnknownError');
  }
  const message = (e.message ?? String(err)).split('\n')[0]!.slice(0, 500);
  return { code, message };
}

/** The SDK's timeout messages name its own package; say what happened, the limit and the attempts. */
function timeoutOf(sdkMessage: string, attempts: number | undefined): DumpError {
  const limit = /(\d+) ms/.exec(sdkMessage)?.[1];
  const within = limit ? ` within ${Number(limit) / 1000} s` : '';
  const what = /establish a connection/.test(sdkMessage)
    ? `no connection to the endpoint${within}`
    : `the endpoint did not answer${within}`;
  const tries = attempts ? ` (${attempts} attempt${attempts === 1 ? '' : 's'})` : '';
  return { code: 'Timeout', message: `${what}${tries}` };
}

async function guarded<T>(
  ctx: AccountContext,
  file: string,
  options: RecordOptions<T>,
  produce: () => Promise<T>,
): Promise<T | undefined> {
  ctx.progress.callStarted();
  try {
    const raw = await ctx.limit(produce);
    // Free text that can hold a credential (commands, tags, labels …) is scrubbed before any write.
    const body = scrubAwsResponse(options.transform ? options.transform(raw) : raw);
    await ctx.dump.writeJson(file, body);
    return body;
  } catch (err) {
    if (err instanceof NotReadOnlyError) throw err;
    const error = errorOf(err);
    await ctx.dump.writeError(file, error);
    if (!options.none?.includes(error.code)) {
      ctx.gaps.push({ file: file.replace(/\.json$/, '.error.json'), ...error });
      ctx.progress.warn(`${file}: ${error.code}: ${error.message}`);
    }
    return undefined;
  } finally {
    ctx.progress.callFinished();
  }
}

/** One call: `send()` returns the SDK response; `$metadata` is dropped. */
export function recordCall<T extends object>(
  ctx: AccountContext,
  file: string,
  send: () => Promise<T>,
  options: RecordOptions<Omit<T, '$metadata'>> = {},
): Promise<Omit<T, '$metadata'> | undefined> {
  return guarded(ctx, file, options, async () => cliShape(await send()));
}

/** A paginated call through an SDK paginator: all pages, merged into one file as the CLI prints it. */
export function recordPages<T extends object>(
  ctx: AccountContext,
  file: string,
  pages: () => AsyncIterable<T>,
  options: RecordOptions<Omit<T, '$metadata'>> = {},
): Promise<Omit<T, '$metadata'> | undefined> {
  return guarded(ctx, file, options, async () => {
    const all: T[] = [];
    for await (const page of pages()) all.push(page);
    return mergePages(all) as Omit<T, '$metadata'>;
  });
}

/** Splits a list into batches for the Describe/BatchGet calls that take at most `size` ids. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A call whose answer only steers the collection (e.g. ListTaskDefinitions): its answer is not
 * written, but a failure is, as the `.error.json` gap file of `file`, with a warning, and the caller
 * goes on with what it has (what it could not find out is then missing, so the view is partial).
 */
export async function steeringCall<T>(
  ctx: AccountContext,
  file: string,
  produce: () => Promise<T>,
): Promise<T | undefined> {
  ctx.progress.callStarted();
  try {
    return await ctx.limit(produce);
  } catch (err) {
    if (err instanceof NotReadOnlyError) throw err;
    const error = errorOf(err);
    await ctx.dump.writeError(file, error);
    ctx.gaps.push({ file: file.replace(/\.json$/, '.error.json'), ...error });
    ctx.progress.warn(`${file}: ${error.code}: ${error.message}`);
    return undefined;
  } finally {
    ctx.progress.callFinished();
  }
}
