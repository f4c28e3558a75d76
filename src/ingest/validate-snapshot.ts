// Checks a parsed snapshot document against docs/snapshot.schema.json (generated from the types),
// plus what a schema cannot say (unique account ids). Problems become one-line InputErrors.
import type { ErrorObject } from 'ajv';
import { InputError } from '../snapshot/errors.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../snapshot/types.js';
import { validate as generated } from './snapshot-validator.generated.js';

// Ajv standalone code generated from the schema (scripts/snapshot-validator.ts): nothing to compile
// at run time. Its shape is that of an Ajv ValidateFunction; the generated module is untyped.
const validate = generated as unknown as { (data: unknown): boolean; errors?: ErrorObject[] | null };

/** `/accounts/0/iam/roles/3` → `$.accounts[0].iam.roles[3]`. */
function jsonPath(pointer: string): string {
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) =>
        /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`,
      )
      .join('')
  );
}

function describeError(e: ErrorObject): { path: string; message: string } {
  const path = jsonPath(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return { path: `${path}.${extra}`, message: `unknown field '${extra}'` };
  }
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return { path, message: `missing required field '${missing}'` };
  }
  return { path, message: e.message ?? 'invalid value' };
}

/** Throws an InputError naming the file and JSON path of the first problem. */
export function validateSnapshot(value: unknown, file: string): Snapshot {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof version === 'number' &&
    version > SNAPSHOT_SCHEMA_VERSION
  ) {
    throw new InputError(
      `snapshot schemaVersion ${version} is newer than this blastmap understands (${SNAPSHOT_SCHEMA_VERSION})`,
      { file, jsonPath: '$.schemaVersion' },
      { hint: 'upgrade blastmap, or re-create the snapshot from the dump with this version' },
    );
  }
  if (!validate(value)) {
    const { path, message } = describeError((validate.errors ?? [])[0]);
    throw new InputError(`not a valid blastmap snapshot: ${message}`, { file, jsonPath: path });
  }
  const snapshot = value as Snapshot;
  const seen = new Map<string, number>();
  snapshot.accounts.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) {
      throw new InputError(`duplicate account ${a.id} (also at $.accounts[${first}])`, {
        file,
        jsonPath: `$.accounts[${i}].id`,
      });
    }
    seen.set(a.id, i);
  });
  return snapshot;
}
