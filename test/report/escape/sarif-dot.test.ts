// SARIF plain-text messages and DOT strings.
import { strict as assert } from 'node:assert';
import { dotString } from '../../../src/report/escape/dot.js';
import { jsonText } from '../../../src/report/escape/json.js';
import { sarifText } from '../../../src/report/escape/sarif.js';

describe('SARIF, DOT and JSON escaping', () => {
  it('SARIF: brackets of an embedded link are escaped (SARIF §3.11.6), controls shown', () => {
    assert.equal(sarifText('[x](https://evil.example)\u001b[2K'), '\\[x\\](https://evil.example)\\x1b\\[2K');
    assert.equal(sarifText('role app-task'), 'role app-task');
  });

  it('DOT: controls other than line breaks become visible text, with DOT backslashes', () => {
    assert.equal(dotString('a\u001b[2K\u202eb'), '"a\\\\x1b[2K\\\\u202eb"');
    assert.equal(dotString('a\r\nb'), '"a\\nb"');
  });

  it('JSON: C1 controls and bidi overrides as \\u escapes, the same value once parsed', () => {
    const value = { name: 'a\u009b2K\u202e\u2028b\u001b' };
    const text = jsonText(JSON.stringify(value));
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f\u202e\u2028]/);
    assert.deepEqual(JSON.parse(text), value);
    assert.equal(jsonText('{"a":"ordinary"}'), '{"a":"ordinary"}');
  });
});
