// The graph libraries the HTML report inlines, read from node_modules at report time: graphology's
// UMD build and sigma's browser bundle (`sigma.min.js`, a UMD exposing the global `Sigma`). No
// bundler: both packages ship these files. Read once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkInlineScript } from './embed.js';

export interface VendorScripts {
  graphology: string;
  sigma: string;
}

let cached: VendorScripts | undefined;

export function vendorScripts(): VendorScripts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // Both packages' `exports` hide their dist files; their main entry sits beside them.
  const graphologyDir = dirname(require.resolve('graphology'));
  const sigmaDir = dirname(require.resolve('sigma'));
  cached = {
    graphology: checkInlineScript(
      readFileSync(join(graphologyDir, 'graphology.umd.min.js'), 'utf8'),
      'graphology.umd.min.js',
    ),
    sigma: checkInlineScript(readFileSync(join(sigmaDir, 'sigma.min.js'), 'utf8'), 'sigma.min.js'),
  };
  return cached;
}
