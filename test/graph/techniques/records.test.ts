// The technique records as data: one per id of techniques.md's core groups, unique ids, and the
// generated docs/techniques.md in step with them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { techniques } from '../../../src/graph/techniques/index.js';
import { renderTechniquesDoc } from '../../../src/graph/techniques/render-doc.js';
import { sharedDir } from '../../support/services.js';

/** Technique ids per group letter, read from the shared techniques table. */
function tableIds(markdown: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let group = '';
  for (const line of markdown.split('\n')) {
    const heading = /^\| \*\*([A-G])\. /.exec(line);
    if (heading) group = heading[1];
    const row = /^\| `([a-z0-9-]+)` \|/.exec(line);
    if (row && group) groups.set(group, [...(groups.get(group) ?? []), row[1]]);
  }
  return groups;
}

describe('technique records', () => {
  it('ids are unique and kebab-case', () => {
    const ids = techniques.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)));
  });

  it('every row of groups A, B, C, D and G of techniques.md has a record in that group', function () {
    const shared = sharedDir();
    if (!shared) this.skip();
    const groups = tableIds(readFileSync(join(shared!, 'techniques.md'), 'utf8'));
    for (const letter of ['A', 'B', 'C', 'D', 'G']) {
      const expected = groups.get(letter) ?? [];
      assert.ok(expected.length > 0, `group ${letter} has rows`);
      for (const id of expected) {
        const record = techniques.find((t) => t.id === id);
        assert.ok(record, `no record for ${id}`);
        assert.equal(record.group, letter, id);
      }
    }
  });

  it('PassRole techniques name the service they pass to', () => {
    for (const t of techniques) {
      const passes = t.requires.some((s) =>
        s.all.some((p) => p.actions.includes('iam:PassRole') && p.on === 'passed-role'),
      );
      if (passes && t.targets === 'roles-to-pass') {
        assert.ok(t.servicePrincipal, t.id);
        assert.ok(
          t.preconditions.some((p) => p.startsWith('target-trusts')),
          t.id,
        );
      }
    }
  });

  it('docs/techniques.md is generated from the records (run scripts/gen-techniques-doc.ts)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../../docs/techniques.md', import.meta.url)),
      'utf8',
    );
    assert.equal(
      committed,
      renderTechniquesDoc(techniques),
      'docs/techniques.md is stale: node --import tsx scripts/gen-techniques-doc.ts',
    );
  });
});
