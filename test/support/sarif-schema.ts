// The official SARIF 2.1.0 JSON schema (OASIS Committee Specification, $id
// https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json).
// No npm package ships it as a standalone file; the devDependency @datadog/datadog-ci-plugin-sarif
// bundles it verbatim as an object literal (the module `src/json-schema/sarif-schema-2.1.0.json` of
// its bundle), so the test cuts that literal out of the bundle and evaluates it, nothing else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MARKER = 'var sarif_schema_2_1_0_default = ';

export function officialSarifSchema(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@datadog/datadog-ci-plugin-sarif/package.json');
  const bundle = readFileSync(join(dirname(pkg), 'dist', 'bundle.js'), 'utf8');
  const start = bundle.indexOf(MARKER);
  if (start < 0) throw new Error('SARIF schema not found in @datadog/datadog-ci-plugin-sarif');
  const from = start + MARKER.length;
  let depth = 0;
  let quote: string | null = null;
  let end = from;
  for (; end < bundle.length; end++) {
    const c = bundle[end];
    if (quote) {
      if (c === '\\') end++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      end++;
      break;
    }
  }
  const schema = new Function(`return (${bundle.slice(from, end)});`)() as Record<string, unknown>;
  if (schema['title'] !== 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema') {
    throw new Error(`unexpected schema title ${String(schema['title'])}`);
  }
  return schema;
}
