// Access to the real services started by scripts/test.sh. Outside CI a missing service skips the
// suite with a message; in CI (CI=true) it fails, so a broken install can never pass silently.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from 'mocha';

export function serviceUrl(ctx: Context, variable: string, what: string): string {
  const value = process.env[variable];
  if (value) return value;
  if (process.env.CI === 'true') {
    throw new Error(`${what} is required in CI but ${variable} is not set (scripts/test.sh starts it)`);
  }
  console.log(`      (skipped: ${what} not available; run the tests through 'npm test' to start it)`);
  ctx.skip();
}

/** The steering repo's shared/ folder beside the checkout (conformance data), if present. */
export function sharedDir(): string | undefined {
  const candidate =
    process.env.BLASTMAP_SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url));
  return existsSync(candidate) ? candidate : undefined;
}
