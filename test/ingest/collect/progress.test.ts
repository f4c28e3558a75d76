// Progress goes to stderr: plain lines when stderr is not a terminal, a redrawn bar when it is,
// nothing with --quiet.
import { strict as assert } from 'node:assert';
import { createProgress } from '../../../src/ingest/collect/progress.js';

function drive(isTty: boolean, quiet: boolean): string {
  let out = '';
  const p = createProgress({ write: (t) => (out += t), isTty, quiet });
  p.callStarted();
  p.callFinished();
  p.section('123456789012 iam');
  p.warn('123456789012/s3api/list-buckets.json: AccessDenied: no');
  p.close();
  return out;
}

describe('collect progress', () => {
  it('prints one plain line per finished part and per warning when not on a terminal', () => {
    assert.equal(
      drive(false, false),
      'collect: 123456789012 iam done (1 calls so far)\nwarning: 123456789012/s3api/list-buckets.json: AccessDenied: no\n',
    );
  });

  it('redraws a bar on a terminal and keeps warnings on their own lines', () => {
    const out = drive(true, false);
    assert.ok(out.includes('\r\u001b[Kcollect [' + '#'.repeat(24) + '] 1/1 calls'), JSON.stringify(out));
    assert.match(out, /warning: 123456789012\/s3api\/list-buckets\.json: AccessDenied: no\n/);
    assert.ok(out.endsWith('\n'));
  });

  it('prints nothing with --quiet', () => {
    assert.equal(drive(true, true), '');
    assert.equal(drive(false, true), '');
  });
});
