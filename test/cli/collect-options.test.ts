// collect's AWS CLI option names against a real emulator (moto server): --region (repeatable, or a
// comma list) and -o/--output, with the old spellings --regions and --out still accepted.
import { strict as assert } from 'node:assert';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../support/capture-io.js';
import { motoEnvironment, motoUrl, resetMoto } from '../ingest/collect/moto.js';

const { runCli } = await import('../../src/cli/run.js');

describe('blastmap collect: AWS CLI option names (moto server)', function () {
  this.timeout(120_000);
  let url: string;
  let work: string;
  const saved: Record<string, string | undefined> = {};

  before(async function () {
    url = motoUrl(this);
    // The SDK's credential chain reads the process environment.
    for (const [k, v] of Object.entries(motoEnvironment())) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    work = await mkdtemp(join(tmpdir(), 'blastmap-collect-options-'));
  });
  after(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (work) await rm(work, { recursive: true, force: true });
  });
  beforeEach(() => resetMoto(url));

  async function collect(...args: string[]) {
    const io = captureIo(motoEnvironment());
    const code = await runCli(['collect', '--endpoint-url', url, '--quiet', ...args], io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  }

  /** The region folders of the one account in a dump. */
  async function regionsOf(dump: string): Promise<string[]> {
    const [account] = (await readdir(dump)).filter((f) => /^\d{12}$/.test(f));
    const entries = await readdir(join(dump, account), { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(e.name))
      .map((e) => e.name)
      .sort();
  }

  it('--region twice and -o DIR', async () => {
    const out = join(work, 'a');
    const r = await collect('--region', 'eu-west-1', '--region', 'us-east-1', '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /2 region\(s\)/);
    assert.deepEqual(await regionsOf(out), ['eu-west-1', 'us-east-1']);
  });

  it('the old spellings: --regions LIST and --out DIR', async () => {
    const out = join(work, 'b');
    const r = await collect('--regions', 'eu-west-1,us-east-1', '--out', out);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(await regionsOf(out), ['eu-west-1', 'us-east-1']);
  });
});
