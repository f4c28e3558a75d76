// Terminal text: every control a terminal would act on is shown, printable text is untouched.
import { strict as assert } from 'node:assert';
import { terminalText } from '../../../src/report/escape/terminal.js';

describe('terminalText', () => {
  it('shows ESC, BEL, CSI 0x9b, DEL, line breaks and tabs as \\xNN escapes', () => {
    assert.equal(
      terminalText('\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007'),
      '\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07',
    );
    assert.equal(terminalText('a\u001b[2Kb\u009b2Kc\u007f'), 'a\\x1b[2Kb\\x9b2Kc\\x7f');
    assert.equal(terminalText('one\ntwo\r\tthree\u0000'), 'one\\x0atwo\\x0d\\x09three\\x00');
  });

  it('shows bidi controls, line separators and lone surrogates as \\uNNNN escapes', () => {
    assert.equal(terminalText('gpj\u202eexe'), 'gpj\\u202eexe');
    assert.equal(
      terminalText('\u2066\u2067\u2068\u2069\u200e\u200f\u061c'),
      '\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c',
    );
    assert.equal(terminalText('a\u2028b\u2029'), 'a\\u2028b\\u2029');
    assert.equal(terminalText('x\ud800y\udc00'), 'x\\ud800y\\udc00');
  });

  it('leaves ordinary text alone: letters of any script, emoji, punctuation, backslashes', () => {
    for (const text of [
      'role app-task (prod)',
      'Müller-Lüdenscheidt',
      'ロール',
      '🔴 → —',
      'C:\\path\\x1b',
      '[x](y) <b>',
    ])
      assert.equal(terminalText(text), text);
    assert.equal(terminalText(terminalText('\u001b\u202e')), '\\x1b\\u202e', 'idempotent');
  });
});
