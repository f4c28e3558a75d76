import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureIo } from '../support/capture-io.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { ACCOUNT, REGION, accountFiles, organizationFiles } from '../support/dump-fixtures.js';

// Loaded with import() like the commands: a statically imported run.ts would hold a second InputError class.
const { runCli } = await import('../../src/cli/run.js');

const DEMO = fileURLToPath(new URL('../../examples/demo', import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('blastmap snapshot / inventory', function () {
  this.timeout(60000);
  after(removeDumps);

  it('snapshot writes the same bytes twice and summarises on stderr', async () => {
    const dump = await writeDump({ ...accountFiles(), ...organizationFiles() });
    const out = await writeDump({});
    const a = await run(['snapshot', dump, '-o', path.join(out, 'a.json')]);
    const b = await run(['snapshot', dump, '--output', path.join(out, 'b.json')]);
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.equal(
      await readFile(path.join(out, 'a.json'), 'utf8'),
      await readFile(path.join(out, 'b.json'), 'utf8'),
    );
    assert.match(
      a.err,
      /wrote .*a\.json: 1 account\(s\), 4 roles, 8 credential finding\(s\), 0 error\(s\), 0 warning\(s\); complete view/,
    );
    const stdout = await run(['snapshot', dump]);
    assert.equal(stdout.out, await readFile(path.join(out, 'a.json'), 'utf8'));
  });

  it('inventory counts every kind per account and says "complete view" without gaps', async () => {
    const { code, out } = await run([
      'inventory',
      await writeDump({ ...accountFiles(), ...organizationFiles() }),
    ]);
    assert.equal(code, 0);
    assert.match(out, /complete view: no coverage gaps/);
    assert.doesNotMatch(out, /PARTIAL VIEW/);
    assert.match(
      out,
      /Organization o-abc \(management account 111111111111\): 1 root, 1 OUs, 2 accounts, 1 SCPs, 1 RCPs/,
    );
    assert.match(out, /IAM roles +4\n/);
    assert.match(out, /ECS running tasks +1\n/);
    assert.match(out, /SageMaker notebooks +1\n/);
  });

  it('inventory announces a PARTIAL VIEW and lists the gaps when files are missing', async () => {
    const files = accountFiles();
    delete files[`${ACCOUNT}/${REGION}/rds/describe-db-instances.json`];
    delete files[`${ACCOUNT}/${REGION}/kms/list-keys.json`];
    files[`${ACCOUNT}/${REGION}/kms/list-keys.error.json`] = {
      error: { code: 'AccessDeniedException', message: 'denied' },
    };
    const { code, out } = await run(['inventory', await writeDump(files)]);
    assert.equal(code, 0);
    assert.match(out.split('\n')[1], /^PARTIAL VIEW: 2 coverage gap\(s\)/);
    assert.match(out, /111111111111\/eu-west-1 rds describe-db-instances: NotCollected/);
    assert.match(out, /111111111111\/eu-west-1 kms list-keys: AccessDeniedException .* denied/);
  });

  it('inventory --json gives the counts as data', async () => {
    const { out } = await run(['inventory', await writeDump(accountFiles()), '--json']);
    const inv = JSON.parse(out);
    assert.equal(inv.accounts[0].counts.ecsTaskDefinitions, 1);
    assert.equal(inv.totals.credentialFindings, 8);
    assert.equal(inv.partial, false);
  });

  it('refuses an output folder that does not exist with exit code 2 and one line', async () => {
    const dump = await writeDump(accountFiles());
    const { code, err } = await run(['snapshot', dump, '-o', path.join(dump, 'no-such-folder', 's.json')]);
    assert.equal(code, 2);
    assert.match(
      err,
      /^blastmap snapshot: .*no-such-folder\/s\.json: cannot write the snapshot \(ENOENT\) \(check that/,
    );
    assert.equal(err.trim().split('\n').length, 1);
  });

  it('rejects a missing argument with exit code 2 and one line', async () => {
    for (const name of ['snapshot', 'inventory']) {
      const { code, err } = await run([name]);
      assert.equal(code, 2);
      assert.equal(err.trim().split('\n').length, 1);
      assert.match(err, new RegExp(`${name} takes one input`));
    }
  });

  it('lists every kind of object in the bundled demo account', async function () {
    if (!existsSync(DEMO)) this.skip();
    const { code, out } = await run(['inventory', DEMO, '--json']);
    assert.equal(code, 0);
    const inv = JSON.parse(out);
    const required = [
      'users',
      'groups',
      'roles',
      'customerPolicies',
      'awsPolicies',
      'inlinePolicies',
      'boundaries',
      'instanceProfiles',
      'accessKeys',
      'loginProfiles',
      'ecsClusters',
      'ecsServices',
      'ecsTaskDefinitions',
      'ecsTasks',
      's3Buckets',
      's3BucketPolicies',
      'rdsInstances',
      'rdsClusters',
      'lambdaFunctions',
      'lambdaPolicies',
      'secrets',
      'ssmParameters',
      'kmsKeys',
      'securityGroups',
      'ec2Instances',
      'credentialFindings',
    ];
    for (const kind of required) assert.ok(inv.totals[kind] > 0, `demo has ${kind}`);
    assert.ok(inv.organizations[0].scps > 0, 'demo has an SCP');
    assert.ok(inv.accounts.length >= 2);
    // Its snapshot passes the schema and reads back to the same inventory.
    const file = path.join(await writeDump({}), 'demo.json');
    assert.equal((await run(['snapshot', DEMO, '-o', file])).code, 0);
    const again = await run(['inventory', file, '--json']);
    assert.equal(again.code, 0, again.err);
    assert.deepEqual(JSON.parse(again.out).totals, inv.totals);
    const text = await run(['inventory', DEMO]);
    assert.match(text.out, /IAM roles/);
    assert.match(text.out, /credential findings/);
  });
});
