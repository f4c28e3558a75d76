// The built executable (dist/cli/main.js, written by `npm run build`), for tests of what a user's
// terminal shows. scripts/test.sh builds before mocha; outside CI a missing build skips the test with
// a message, in CI (CI=true) it fails.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from 'mocha';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export function builtCli(ctx: Context): string {
  const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
  if (existsSync(main)) return main;
  if (process.env.CI === 'true') throw new Error(`${main} is missing in CI (scripts/test.sh builds it)`);
  console.log("      (skipped: dist/ not built; run 'npm run build' first)");
  ctx.skip();
}
