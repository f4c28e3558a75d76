// Everything one account's collection needs: its clients, the dump it writes into, the shared
// concurrency limit, progress, and the list of gaps (calls that produced an `.error.json`).
import type { ClientPool } from './clients.js';
import type { DumpWriter } from './dump-writer.js';
import type { Limiter } from './limiter.js';
import type { Progress } from './progress.js';
import type { EnvironmentRedactor } from './redact-environment.js';

export interface CollectedGap {
  /** Dump file, relative to the dump root, of the `.error.json`. */
  file: string;
  code: string;
  message: string;
}

export interface AccountContext {
  account: string;
  /** `aws`, `aws-cn`, `aws-us-gov`. */
  partition: string;
  /** Region the global services (IAM, S3 listing, Organizations) are called in. */
  globalRegion: string;
  clients: ClientPool;
  dump: DumpWriter;
  limit: Limiter;
  progress: Progress;
  gaps: CollectedGap[];
  redact: EnvironmentRedactor;
}

/** Dump path of an account-level file (`iam/…`, `s3api/…`, `organizations/…`). */
export function accountFile(ctx: AccountContext, path: string): string {
  return `${ctx.account}/${path}`;
}

/** Dump path of a regional file (`<region>/ecs/…`). */
export function regionFile(ctx: AccountContext, region: string, path: string): string {
  return `${ctx.account}/${region}/${path}`;
}

/** The region AWS serves a partition's global services from. */
export function globalRegionOf(partition: string): string {
  if (partition === 'aws-cn') return 'cn-north-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return 'us-east-1';
}
