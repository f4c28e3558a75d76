// Nothing dropped silently (issue 15 §1): every skipped item, response without its result member,
// non-account folder, invalid policy statement and cross-account entity is a coverage gap that the
// analysis commands report — never "Coverage: complete". Tiny hostile dumps, through the real CLI.
import { strict as assert } from 'node:assert';
import { ACCOUNT, REGION, accountFiles } from '../support/dump-fixtures.js';
import { type DumpSpec, removeDumps, writeDump } from '../support/dump.js';
import { captureIo } from '../support/capture-io.js';

const { runCli } = await import('../../src/cli/run.js');

async function run(argv: string[]): Promise<string> {
  const io = captureIo();
  const code = await runCli(argv, io);
  assert.ok(code === 0 || code === 1, `exit ${code}: ${io.err.join('')}`);
  return io.out.join('');
}

interface JsonGap {
  code: string;
  service: string;
  operation: string;
  resource?: string;
  file?: string;
  jsonPath?: string;
  message: string;
}
async function coverage(dir: string): Promise<{ partial: boolean; gaps: JsonGap[] }> {
  return (JSON.parse(await run(['analyze', dir, '--format', 'json'])) as { coverage: never }).coverage;
}

function withSecretList(files: DumpSpec, list: unknown): DumpSpec {
  return { ...files, [`${ACCOUNT}/${REGION}/secretsmanager/list-secrets.json`]: list };
}

describe('cli: nothing dropped silently', () => {
  after(removeDumps);

  it('the fixture account alone is complete (the baseline of every case below)', async () => {
    const dir = await writeDump(accountFiles());
    assert.deepEqual(await coverage(dir), { partial: false, gaps: [] });
    assert.match(await run(['analyze', dir]), /^Coverage: complete/);
  });

  it('a secret whose Name is a number: analyze (table, JSON, Markdown), report and diff say so', async () => {
    const arn = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-XyZ`;
    const dir = await writeDump(withSecretList(accountFiles(), { SecretList: [{ ARN: arn, Name: 42 }] }));
    const c = await coverage(dir);
    assert.equal(c.partial, true);
    const gap = c.gaps.find((g) => g.code === 'ItemSkipped');
    assert.ok(gap, JSON.stringify(c.gaps));
    assert.equal(gap.resource, arn);
    assert.equal(gap.file, `${ACCOUNT}/${REGION}/secretsmanager/list-secrets.json`);
    assert.equal(gap.jsonPath, '$.SecretList[0].Name');
    assert.equal(gap.operation, 'list-secrets');
    assert.match(await run(['analyze', dir]), /^PARTIAL VIEW: 1 coverage gap .*skipped[\s\S]*ItemSkipped/);
    assert.match(await run(['analyze', dir, '--format', 'markdown']), /PARTIAL VIEW[\s\S]*ItemSkipped/);
    assert.match(await run(['who-can', dir, `admin:${ACCOUNT}`]), /PARTIAL VIEW/);
    const complete = await writeDump(accountFiles());
    const diff = await run(['diff', complete, dir, '--format', 'markdown']);
    assert.match(diff, /Partial view[\s\S]*after: PARTIAL VIEW[\s\S]*ItemSkipped/);
    const diffJson = JSON.parse(await run(['diff', complete, dir, '--format', 'json'])) as {
      coverage: { afterPartial: boolean; afterGaps: JsonGap[] };
    };
    assert.equal(diffJson.coverage.afterPartial, true);
    assert.equal(diffJson.coverage.afterGaps[0].code, 'ItemSkipped');
  });

  for (const [label, response] of [
    ['a misspelt list key', { Paramters: [] }],
    ['an empty object', {}],
  ] as const) {
    it(`describe-parameters as ${label} is a MissingKey gap, not "no parameters"`, async () => {
      const dir = await writeDump({
        ...accountFiles(),
        [`${ACCOUNT}/${REGION}/ssm/describe-parameters.json`]: response,
      });
      const c = await coverage(dir);
      assert.equal(c.partial, true);
      const gap = c.gaps.find((g) => g.code === 'MissingKey');
      assert.ok(gap, JSON.stringify(c.gaps));
      assert.equal(gap.file, `${ACCOUNT}/${REGION}/ssm/describe-parameters.json`);
      assert.equal(gap.jsonPath, '$.Parameters');
      assert.match(gap.message, /no "Parameters" member/);
    });
  }

  it('a folder that is not an account id is a gap analyze reports', async () => {
    const dir = await writeDump({ ...accountFiles(), 'prod/iam/get-account-authorization-details.json': {} });
    const c = await coverage(dir);
    const gap = c.gaps.find((g) => g.code === 'NotAnAccountFolder');
    assert.ok(gap, JSON.stringify(c.gaps));
    assert.equal(gap.file, 'prod/');
    assert.match(await run(['analyze', dir]), /^PARTIAL VIEW[\s\S]*NotAnAccountFolder/);
  });

  it('a statement with Effect "Allows" invalidates its policy: an InvalidPolicy gap', async () => {
    const files = accountFiles();
    const gaadFile = `${ACCOUNT}/iam/get-account-authorization-details.json`;
    const gaad = structuredClone(files[gaadFile]) as { UserDetailList: Record<string, unknown>[] };
    gaad.UserDetailList.push({
      UserName: 'mallory',
      UserId: 'AIDAMALLORY000000000',
      Arn: `arn:aws:iam::${ACCOUNT}:user/mallory`,
      Path: '/',
      GroupList: [],
      AttachedManagedPolicies: [],
      UserPolicyList: [
        {
          PolicyName: 'typo',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allows', Action: '*', Resource: '*' }],
          },
        },
      ],
    });
    const dir = await writeDump({ ...files, [gaadFile]: gaad });
    const c = await coverage(dir);
    const gap = c.gaps.find((g) => g.code === 'InvalidPolicy');
    assert.ok(gap, JSON.stringify(c.gaps));
    assert.equal(gap.resource, `arn:aws:iam::${ACCOUNT}:user/mallory#inline/typo`);
    assert.match(gap.message, /Effect must be "Allow" or "Deny", got "Allows"/);
  });

  it('users of another account inside a folder belong to the account their ARN names', async () => {
    const other = '012345678901';
    const files = accountFiles();
    const gaadFile = `${ACCOUNT}/iam/get-account-authorization-details.json`;
    const gaad = structuredClone(files[gaadFile]) as {
      UserDetailList: Record<string, unknown>[];
      GroupDetailList: Record<string, unknown>[];
    };
    gaad.GroupDetailList.push({
      GroupName: 'admins',
      GroupId: 'AGPAADMINS0000000000',
      Arn: `arn:aws:iam::${other}:group/admins`,
      Path: '/',
      AttachedManagedPolicies: [],
      GroupPolicyList: [
        {
          PolicyName: 'all',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          },
        },
      ],
    });
    gaad.UserDetailList.push({
      UserName: 'obama',
      UserId: 'AIDAOBAMA00000000000',
      Arn: `arn:aws:iam::${other}:user/obama`,
      Path: '/',
      GroupList: ['admins'],
      AttachedManagedPolicies: [],
      UserPolicyList: [],
    });
    const dir = await writeDump({ ...files, [gaadFile]: gaad });
    const reachedBy = async (target: string) =>
      JSON.stringify(
        (
          JSON.parse(await run(['who-can', dir, target, '--all-principals', '--format', 'json'])) as {
            reachedBy: unknown;
          }
        ).reachedBy,
      );
    assert.doesNotMatch(await reachedBy(`admin:${ACCOUNT}`), /user\/obama/);
    assert.match(await reachedBy(`admin:${other}`), /arn:aws:iam::012345678901:user\/obama/);
    const c = await coverage(dir);
    const gap = c.gaps.find((g) => g.code === 'ForeignAccount');
    assert.ok(gap, JSON.stringify(c.gaps));
    assert.match(gap.message, /account 012345678901 has no folder/);
  });
});
