import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { readDump } from '../../src/ingest/read-dump.js';
import type { Account, Snapshot } from '../../src/snapshot/types.js';
import { SCHEMA_FILE, renderSnapshotSchema } from '../../scripts/snapshot-schema.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { accountFiles, organizationFiles } from '../support/dump-fixtures.js';

interface ObjectSchema {
  properties: Record<string, unknown>;
  required: string[];
}

describe('snapshot JSON Schema (docs/snapshot.schema.json)', () => {
  let schema: { definitions: Record<string, ObjectSchema> };
  let snapshot: Snapshot;
  before(async function () {
    this.timeout(60000);
    schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8'));
    snapshot = await readDump(await writeDump({ ...accountFiles(), ...organizationFiles() }));
  });
  after(removeDumps);

  it('is up to date with src/snapshot/types.ts (regenerate: node --import tsx scripts/snapshot-schema.ts)', async () => {
    assert.equal(await readFile(SCHEMA_FILE, 'utf8'), await renderSnapshotSchema());
  });

  it('accepts the snapshot of a complete test dump', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(snapshot), JSON.stringify(validate.errors, null, 2));
  });

  it('rejects a snapshot with a field the types do not know, or a wrong type', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const extra = structuredClone(snapshot) as unknown as { accounts: Record<string, unknown>[] };
    extra.accounts[0].secretValue = 'x';
    assert.equal(validate(extra), false);
    const wrong = structuredClone(snapshot) as unknown as {
      accounts: { iam: { roles: { serviceLinked: unknown }[] } }[];
    };
    wrong.accounts[0].iam.roles[0].serviceLinked = 'yes';
    assert.equal(validate(wrong), false);
  });

  it('lists the same top-level and account keys as the types (as a snapshot from the reader has them)', () => {
    const top = schema.definitions.Snapshot;
    assert.deepEqual(Object.keys(top.properties).sort(), Object.keys(snapshot).sort());
    assert.deepEqual([...top.required].sort(), Object.keys(snapshot).sort());
    const account = schema.definitions.Account;
    const keys: (keyof Account)[] = Object.keys(snapshot.accounts[0]) as (keyof Account)[];
    assert.deepEqual(Object.keys(account.properties).sort(), [...keys].sort());
    assert.deepEqual(
      Object.keys(schema.definitions.IamData.properties).sort(),
      Object.keys(snapshot.accounts[0].iam).sort(),
    );
  });
});
