// A response without its result member is a MissingKey gap naming the file and the member, for every
// response of the fixture account whose operation expects one (not "there are none").
import { strict as assert } from 'node:assert';
import { EXPECTED_KEYS } from '../../src/ingest/dump/expected-keys.js';
import { readDump } from '../../src/ingest/read-dump.js';
import { ACCOUNT, organizationFiles, accountFiles } from '../support/dump-fixtures.js';
import { removeDumps, writeDump } from '../support/dump.js';

const REGION_NAME = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

/** `<account>/[<region>/]<service>/<operation>[/<name>].json` → `service operation`. */
function callOf(file: string): string | undefined {
  const parts = file
    .replace(/\.json$/, '')
    .split('/')
    .slice(1);
  if (REGION_NAME.test(parts[0])) parts.shift();
  if (parts.length < 2 || file.endsWith('.error.json')) return undefined;
  return `${parts[0]} ${parts[1].replace(/\.\d+$/, '')}`;
}

describe('readDump: every expected result member', () => {
  after(removeDumps);
  const files = { ...accountFiles(), ...organizationFiles() };
  const cases = Object.keys(files).filter((f) => {
    const call = callOf(f);
    return call !== undefined && EXPECTED_KEYS[call] !== undefined;
  });

  it('covers most operations of the table with the fixture', () => {
    const covered = new Set(cases.map(callOf));
    assert.ok(covered.size >= 25, `only ${covered.size}: ${[...covered].join(', ')}`);
  });

  for (const file of cases) {
    it(`{} for ${file} is a MissingKey gap`, async () => {
      const s = await readDump(await writeDump({ ...files, [file]: {} })).catch((e: Error) => e);
      if (s instanceof Error) {
        // Without any IAM data the reading stops, naming the file and the member.
        assert.match(s.message, /MissingKey/);
        return;
      }
      const gap = s.gaps.find((g) => g.code === 'MissingKey' && g.file === file);
      assert.ok(gap, `${file}: ${JSON.stringify(s.gaps)}`);
      assert.equal(gap.jsonPath, `$.${EXPECTED_KEYS[callOf(file)!][0]}`);
      assert.ok(gap.account === ACCOUNT || /^\d{12}$/.test(gap.account ?? ''));
    });
  }
});
