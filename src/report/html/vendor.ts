// The layout library the HTML report inlines, read from node_modules at report time: elkjs's
// `elk.bundled.js` (the Eclipse Layout Kernel compiled to JavaScript, a UMD exposing the global `ELK`
// that lays out in the page's own thread: no worker, no eval, so it runs under the report's CSP).
// No bundler: the package ships this file. Read once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkInlineScript } from './embed.js';

export interface VendorScripts {
  elk: string;
}

let cached: VendorScripts | undefined;

export function vendorScripts(): VendorScripts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // The package's main entry (lib/main.js) sits beside the bundled build.
  const elkDir = dirname(require.resolve('elkjs'));
  cached = {
    elk: checkInlineScript(readFileSync(join(elkDir, 'elk.bundled.js'), 'utf8'), 'elk.bundled.js'),
  };
  return cached;
}
