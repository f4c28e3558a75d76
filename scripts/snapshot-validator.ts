// Generates src/ingest/snapshot-validator.generated.ts: the snapshot schema's validator as Ajv
// standalone code, so `loadInput` does not compile docs/snapshot.schema.json on every run.
//   node --import tsx scripts/snapshot-validator.ts       (rewrites the validator from the committed schema)
//   node --import tsx scripts/snapshot-schema.ts          (rewrites the schema, then the validator)
// test/ingest/snapshot-validator.test.ts fails when the committed validator is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = path.join(ROOT, 'docs/snapshot.schema.json');
export const VALIDATOR_FILE = path.join(ROOT, 'src/ingest/snapshot-validator.generated.ts');

// The options the runtime compile used (first error only; the schema has non-strict keywords such as
// `description` beside `$ref`). Code optimisation on: it costs only here, and the optimised code
// validates a 5,000-role snapshot slightly faster (see docs/snapshot.md).
const OPTIONS = { allErrors: false, strict: false } as const;

// A CommonJS module: its `exports.default` is the function (the module object itself is as well).
const standaloneCode = standalone.default;

function ajvVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/ajv/package.json'), 'utf8'));
  return (pkg as { version: string }).version;
}

/** The generated module's text for a schema's JSON text (the committed schema by default). */
export function renderSnapshotValidator(schemaText = readFileSync(SCHEMA_FILE, 'utf8')): string {
  const ajv = new Ajv({ ...OPTIONS, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object));
  return [
    '// @ts-nocheck',
    `// GENERATED from docs/snapshot.schema.json by scripts/snapshot-validator.ts (Ajv ${ajvVersion()}`,
    `// standalone code, options ${JSON.stringify(OPTIONS)}). Do not edit: regenerate with`,
    '// `node --import tsx scripts/snapshot-schema.ts`. Typed and used by src/ingest/validate-snapshot.ts.',
    code,
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(VALIDATOR_FILE, renderSnapshotValidator());
  console.log(`wrote ${path.relative(process.cwd(), VALIDATOR_FILE)}`);
}
