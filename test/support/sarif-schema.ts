// The official SARIF 2.1.0 JSON schema, vendored verbatim in test/fixtures/sarif/ (see the README
// there: OASIS sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json, the approved errata, with the
// repository's licence terms), compiled with Ajv's JSON Schema draft-04 class, the draft it declares.
import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

// A CommonJS module whose types declare `export default`: under NodeNext the class is `.default`.
const AjvDraft04 = ajvDraft04.default;

const SCHEMA = new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url);

export function officialSarifSchema(): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  if (schema['title'] !== 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema') {
    throw new Error(`unexpected schema title ${String(schema['title'])}`);
  }
  return schema;
}

/** A validator for SARIF 2.1.0 logs; `uri` and `uri-reference` formats checked as RFC 3986 URIs. */
export function sarifValidator(): ValidateFunction {
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(officialSarifSchema());
}
