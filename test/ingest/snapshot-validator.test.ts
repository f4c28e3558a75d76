import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { readDump } from '../../src/ingest/read-dump.js';
import { validate as generated } from '../../src/ingest/snapshot-validator.generated.js';
import { SCHEMA_FILE } from '../../scripts/snapshot-schema.js';
import { VALIDATOR_FILE, renderSnapshotValidator } from '../../scripts/snapshot-validator.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { accountFiles, organizationFiles } from '../support/dump-fixtures.js';

type Validator = { (data: unknown): boolean; errors?: unknown[] | null };
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('generated snapshot validator (src/ingest/snapshot-validator.generated.ts)', () => {
  let snapshot: Doc;
  let runtime: Validator;
  before(async function () {
    this.timeout(60000);
    const schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as object;
    runtime = new Ajv({ allErrors: false, strict: false }).compile(schema);
    snapshot = (await readDump(await writeDump({ ...accountFiles(), ...organizationFiles() }))) as Doc;
  });
  after(removeDumps);

  it('is up to date with docs/snapshot.schema.json (regenerate: node --import tsx scripts/snapshot-schema.ts)', async () => {
    assert.equal(await readFile(VALIDATOR_FILE, 'utf8'), renderSnapshotValidator());
  });

  it('imports nothing (no runtime dependency, not even on Ajv helpers)', async () => {
    const text = await readFile(VALIDATOR_FILE, 'utf8');
    assert.doesNotMatch(text, /^\s*import\s|\brequire\(/m);
  });

  // Each case breaks a clone of a complete snapshot; the generated code must report exactly the first
  // error Ajv reports when it compiles the schema at run time with the same options.
  const cases: [string, (s: Doc) => unknown][] = [
    ['a complete snapshot (valid)', () => {}],
    ['an unknown field deep down', (s) => (s.accounts[0].iam.roles[0].secretValue = 'x')],
    ['a wrong type', (s) => (s.accounts[0].iam.roles[0].serviceLinked = 'yes')],
    ['a missing required field', (s) => delete s.accounts[0].ecs.taskDefinitions[0].family],
    ['a value outside an enum', (s) => (s.source.kind = 'floppy')],
    ['a wrong const', (s) => (s.generator.name = 'other')],
    ['a union matched by no branch', (s) => (s.accounts[0].iam.roles[0].trustPolicy = 'text')],
    ['a Record value of the wrong type', (s) => (s.accounts[0].iam.roles[0].tags = { team: 1 })],
    ['an array that is an object', (s) => (s.accounts = {})],
    ['a missing top-level field', (s) => delete s.schemaVersion],
    ['a number in place of the snapshot', () => 42],
  ];

  for (const [name, breakIt] of cases) {
    it(`finds the same first problem as a run-time compile: ${name}`, () => {
      const clone = structuredClone(snapshot);
      const replaced = breakIt(clone);
      const input = typeof replaced === 'number' ? replaced : clone;
      const validate = generated as unknown as Validator;
      const ok = validate(input);
      assert.equal(ok, runtime(input));
      assert.equal(ok, name.endsWith('(valid)'));
      assert.deepEqual(validate.errors ?? null, runtime.errors ?? null);
    });
  }
});
