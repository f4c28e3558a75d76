// A plan is JSON from the user's pipeline: fields of the wrong type and names far longer than
// Terraform allows are read without an internal error (fuzz cases of issue 15 §2).
import { strict as assert } from 'node:assert';
import { locateResources } from '../../../src/ingest/terraform/locations.js';
import { parsePlan, planAction } from '../../../src/ingest/terraform/plan.js';
import { textValue } from '../../../src/ingest/terraform/text-value.js';

describe('terraform plan: hostile values', () => {
  it('a configuration resource whose name is an object with a toString member is read, not coerced', () => {
    const plan = parsePlan(
      {
        format_version: '1.2',
        resource_changes: [],
        configuration: {
          root_module: {
            resources: [{ address: { toString: 1 }, type: 7, name: { toString: 1 }, mode: 'managed' }],
          },
        },
      },
      'plan.json',
    );
    const [r] = plan.configuration!.resources;
    assert.deepEqual([r.address, r.type, r.name], ['', '7', '']);
    assert.equal(textValue(['a']), '');
    assert.equal(textValue(null, 'fallback'), 'fallback');
  });

  it('an actions list holding an object whose toString is null is no action (a located error, not a crash)', () => {
    assert.equal(planAction([{ valueOf: 'x', toString: null }]), undefined);
    assert.equal(planAction(['delete', 'create']), 'replace');
  });

  it('a 64 KiB resource name is located by text, not by a regular expression built from it', () => {
    const name = ' '.repeat(65_536);
    const change = { address: `aws_iam_role.${name}`, type: 'aws_iam_role', name } as never;
    const files = [
      { path: 'main.tf', text: `# header\nresource "aws_iam_role" "${name}" {\n}\n` },
      { path: 'other.tf', text: 'resource "aws_iam_role" "other" {}\n' },
    ];
    const found = locateResources([{ change, moduleSources: [] }], files, 'plan.json');
    assert.deepEqual(found[`aws_iam_role.${name}`], { file: 'main.tf', line: 2 });
    const other = { address: 'aws_iam_role.oth', type: 'aws_iam_role', name: 'oth' } as never;
    assert.deepEqual(locateResources([{ change: other, moduleSources: [] }], files, 'plan.json'), {
      'aws_iam_role.oth': { file: 'plan.json' },
    });
  });
});
