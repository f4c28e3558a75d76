import { strict as assert } from 'node:assert';
import { runCli } from '../../src/cli/run.js';
import { captureIo } from '../support/capture-io.js';

describe('cli dispatch', () => {
  it('rejects an unknown command with exit code 2 and one line', async () => {
    const io = captureIo();
    const code = await runCli(['no-such-command'], io);
    assert.equal(code, 2);
    assert.match(io.err.join(''), /unknown command 'no-such-command'/);
    assert.equal(io.err.join('').trim().split('\n').length, 1);
  });

  it('prints the version', async () => {
    const io = captureIo();
    assert.equal(await runCli(['--version'], io), 0);
    assert.match(io.out.join(''), /^\d+\.\d+\.\d+/);
  });

  it('renders a user error from a lazily loaded command as one line, exit 2, no stack', async () => {
    const io = captureIo();
    const code = await runCli(['inventory', '/nonexistent/dump'], io);
    assert.equal(code, 2);
    const err = io.err.join('');
    assert.match(err, /^blastmap inventory: \/nonexistent\/dump: /);
    assert.doesNotMatch(err, /internal error|\n\s+at /);
  });
});
