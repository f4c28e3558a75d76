// `blastmap report`: the HTML file, DOT and Mermaid of one source, and one-line errors for misuse.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../support/capture-io.js';

const { runCli } = await import('../../src/cli/run.js');
const LABEL_PRINTER = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/label-printer:7';

describe('blastmap report', function () {
  this.timeout(60000);
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'blastmap-report-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the demo as one HTML file and says where', async () => {
    const out = join(dir, 'demo.html');
    const io = captureIo();
    assert.equal(
      await runCli(['report', 'examples/demo', '-o', out, '--max-hops', '5'], io),
      0,
      io.err.join(''),
    );
    assert.match(io.err.join(''), /report written to/);
    const html = await readFile(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /PARTIAL VIEW/);
    assert.match(html, /max hops 5/);
  });

  it('prints one source as DOT or Mermaid', async () => {
    for (const [format, start] of [
      ['dot', /^digraph "blastmap: task-def label-printer:7" \{/],
      ['mermaid', /^flowchart LR\n/],
    ] as const) {
      const io = captureIo();
      assert.equal(
        await runCli(['report', 'examples/demo', '--from', LABEL_PRINTER, '--format', format], io),
        0,
      );
      const text = io.out.join('');
      assert.match(text, start);
      assert.match(text, /Admin of 222222222222/);
      assert.match(text, /iam-put-role-policy-self/);
    }
  });

  it('refuses misuse with one line and exit code 2', async () => {
    for (const [args, message] of [
      [['report', 'examples/demo'], /needs an output file/],
      [['report', 'examples/demo', '--format', 'dot'], /draws the paths of one source/],
      [['report', 'examples/demo', '--format', 'svg', '-o', join(dir, 'x')], /unknown --format 'svg'/],
      [['report'], /takes one input/],
    ] as const) {
      const io = captureIo();
      assert.equal(await runCli([...args], io), 2);
      const err = io.err.join('');
      assert.match(err, message);
      assert.equal(err.trim().split('\n').length <= 2, true, err);
    }
  });
});
