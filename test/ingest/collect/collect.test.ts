// `blastmap collect` against a real AWS API emulator (moto server): a seeded account goes through the
// SDK, into a dump, through the dump reader, and comes out as exactly what was seeded, with no
// secret value anywhere on disk. Faults (denied calls, unimplemented APIs) become gaps.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { CreateAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { runCli } from '../../../src/cli/run.js';
import { classifyEnvironment } from '../../../src/ingest/classify-secrets.js';
import { loadInput } from '../../../src/ingest/load-input.js';
import { parseRedactionMarker } from '../../../src/ingest/redaction-marker.js';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { captureIo } from '../../support/capture-io.js';
import { TEST_FINGERPRINT_KEY } from '../../support/fingerprint-key.js';
import {
  disableMotoAuth,
  enableMotoAuth,
  motoEnvironment,
  motoUrl,
  REGION,
  resetMoto,
  seedConfig,
} from './moto.js';
import {
  ACCOUNT,
  SEEDED_ACCESS_KEY_ID,
  SEEDED_SECRET_VALUES,
  seedAccount,
  type SeededAccount,
} from './seed-account.js';

/** The CLI entry point, run as a real process where the test needs one (exit codes, signals). */
const CLI = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    );
}

describe('blastmap collect against moto server', function () {
  this.timeout(120_000);
  let url: string;
  let work: string;
  const savedEnv: Record<string, string | undefined> = {};

  before(function () {
    url = motoUrl(this);
    // The SDK's credential chain reads process.env: dummy keys only, and never the metadata service.
    for (const [k, v] of Object.entries(motoEnvironment())) {
      savedEnv[k] = process.env[k];
      process.env[k] = v;
    }
  });
  after(() => {
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  beforeEach(async () => {
    await resetMoto(url);
    work = await mkdtemp(join(tmpdir(), 'blastmap-collect-'));
  });
  afterEach(async () => {
    await disableMotoAuth(url);
    await rm(work, { recursive: true, force: true });
  });

  /** Runs `fn` with the SDK's credential chain pointed at another IAM user's key, under moto's IAM authorization. */
  async function withCredentials<T>(
    key: { AccessKeyId?: string; SecretAccessKey?: string },
    fn: () => Promise<T>,
  ): Promise<T> {
    const previous = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = key.AccessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = key.SecretAccessKey;
    try {
      await enableMotoAuth(url);
      return await fn();
    } finally {
      await disableMotoAuth(url);
      process.env.AWS_ACCESS_KEY_ID = previous.id;
      process.env.AWS_SECRET_ACCESS_KEY = previous.secret;
    }
  }

  async function collectInto(out: string, ...extra: string[]) {
    const io = captureIo({ ...motoEnvironment() });
    const code = await runCli(
      ['collect', '--endpoint-url', url, '--regions', REGION, '--out', out, ...extra],
      io,
    );
    return { code, stdout: io.out.join(''), stderr: io.err.join('') };
  }

  describe('a seeded account', () => {
    let seeded: SeededAccount;
    let dump: string;
    let snapshot: Snapshot;
    let run: { code: number; stdout: string; stderr: string };

    beforeEach(async () => {
      seeded = await seedAccount(url);
      dump = join(work, 'dump');
      const started = Date.now();
      run = await collectInto(dump);
      console.log(`      (collection of the seeded account: ${Date.now() - started} ms)`);
      snapshot = (await loadInput(dump)).snapshot;
    });

    it('collects IAM: roles with inline and managed policies and boundaries, users with keys and passwords, groups', () => {
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /dump written to .*: 1 account\(s\), 1 region\(s\)/);
      const account = snapshot.accounts.find((a) => a.id === ACCOUNT);
      assert.ok(account);
      assert.deepEqual(account.iam.roles.map((r) => r.name).sort(), seeded.roles);
      const task = account.iam.roles.find((r) => r.name === 'payments-task')!;
      assert.deepEqual(
        task.inlinePolicies.map((p) => p.name),
        ['pass-and-secrets'],
      );
      assert.deepEqual(task.attachedPolicies, [`arn:aws:iam::${ACCOUNT}:policy/payments-read-data`]);
      assert.equal(task.permissionsBoundary, `arn:aws:iam::${ACCOUNT}:policy/payments-boundary`);
      assert.deepEqual(task.trustPolicy?.Statement, [
        { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]);
      assert.deepEqual(account.iam.users.map((u) => u.name).sort(), seeded.users);
      const deployer = account.iam.users.find((u) => u.name === 'deployer')!;
      assert.equal(deployer.accessKeys?.length, 1);
      assert.equal(deployer.hasLoginProfile, true);
      const bot = account.iam.users.find((u) => u.name === 'ci-bot')!;
      assert.equal(bot.hasLoginProfile, false);
      assert.deepEqual(bot.groups, [`arn:aws:iam::${ACCOUNT}:group/developers`]);
      assert.deepEqual(
        account.iam.groups.map((g) => g.name),
        seeded.groups,
      );
    });

    // moto's GetAccountAuthorizationDetails omits PolicyName/PolicyId in `Policies` (real AWS sends
    // them): the dump reader names the policy from its ARN.
    it('collects customer managed policies with their documents', () => {
      const account = snapshot.accounts.find((a) => a.id === ACCOUNT)!;
      const customer = account.iam.policies.filter((p) => !p.awsManaged);
      assert.deepEqual(
        customer.map((p) => [p.name, p.arn, p.path]).sort(),
        seeded.customerPolicies.map((name) => [name, `arn:aws:iam::${ACCOUNT}:policy/${name}`, '/']),
      );
      const readData = customer.find((p) => p.name === 'payments-read-data')!;
      const current = readData.versions.find((v) => v.versionId === readData.defaultVersionId);
      assert.deepEqual(current?.document?.Statement, [
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::payments-*' },
      ]);
      assert.equal(
        snapshot.gaps.some((g) => g.operation === 'get-account-authorization-details'),
        false,
      );
      assert.deepEqual(
        snapshot.diagnostics.filter((d) => d.file?.includes('get-account-authorization-details')),
        [],
      );
    });

    it('collects ECS on Fargate: cluster, service, running task and the task definition they use', () => {
      const { ecs } = snapshot.accounts.find((a) => a.id === ACCOUNT)!;
      assert.deepEqual(
        ecs.clusters.map((c) => c.arn),
        [seeded.clusterArn],
      );
      assert.deepEqual(
        ecs.services.map((s) => [s.arn, s.taskDefinitionArn, s.launchType]),
        [[seeded.serviceArn, seeded.taskDefinitionArn, 'FARGATE']],
      );
      assert.deepEqual(ecs.services[0]!.network?.securityGroups, [seeded.securityGroupId]);
      assert.deepEqual(ecs.tasks.map((t) => t.arn).sort(), [...seeded.taskArns].sort());
      assert.deepEqual(
        ecs.taskDefinitions.map((t) => t.arn),
        [seeded.taskDefinitionArn],
      );
      const td = ecs.taskDefinitions[0]!;
      assert.equal(td.taskRoleArn, `arn:aws:iam::${ACCOUNT}:role/payments-task`);
      assert.equal(td.executionRoleArn, `arn:aws:iam::${ACCOUNT}:role/payments-execution`);
      const api = td.containers.find((c) => c.name === 'api')!;
      assert.deepEqual(api.environment, [
        { name: 'AWS_ACCESS_KEY_ID', credential: 'aws-access-key-id' },
        { name: 'AWS_SECRET_ACCESS_KEY', credential: 'aws-secret-access-key' },
        { name: 'DB_PASSWORD', credential: 'password' },
        { name: 'DATABASE_URL', credential: 'connection-string' },
        { name: 'LOG_LEVEL' },
      ]);
      assert.deepEqual(api.secrets, [{ name: 'DB_SECRET', valueFrom: seeded.secretArn }]);
    });

    it('records credential findings identical to classifying the raw values, without keeping any value', async () => {
      // What a hand-written dump with the raw values would give: the shared classifier on the seed.
      const expected = classifyEnvironment(
        [
          { name: 'AWS_ACCESS_KEY_ID', value: SEEDED_ACCESS_KEY_ID },
          { name: 'AWS_SECRET_ACCESS_KEY', value: SEEDED_SECRET_VALUES.secretAccessKey },
          { name: 'DB_PASSWORD', value: SEEDED_SECRET_VALUES.dbPassword },
          { name: 'DATABASE_URL', value: SEEDED_SECRET_VALUES.connectionString },
          { name: 'LOG_LEVEL', value: 'info' },
        ],
        {
          account: ACCOUNT,
          region: REGION,
          location: {
            kind: 'ecs-container-environment',
            taskDefinitionArn: seeded.taskDefinitionArn,
            container: 'api',
          },
          fingerprintKey: TEST_FINGERPRINT_KEY,
        },
      ).findings;
      const collected = snapshot.credentialFindings.filter(
        (f) => f.location.kind === 'ecs-container-environment',
      );
      const byVariable = (a: { variable: string }, b: { variable: string }) =>
        a.variable.localeCompare(b.variable);
      assert.deepEqual([...collected].sort(byVariable), [...expected].sort(byVariable));
      assert.equal(collected.find((f) => f.kind === 'aws-access-key-id')?.accessKeyId, SEEDED_ACCESS_KEY_ID);
      assert.equal(collected.find((f) => f.kind === 'connection-string')?.target, 'payments-db.internal');
      const others = snapshot.credentialFindings.filter(
        (f) => f.location.kind !== 'ecs-container-environment',
      );
      assert.deepEqual(others.map((f) => [f.location.kind, f.variable, f.kind]).sort(), [
        ['ecs-task-override-environment', 'ADMIN_PASSWORD', 'password'],
        ['lambda-environment', 'GITHUB_TOKEN', 'token'],
      ]);

      // No seeded value in any file of the dump, nor in the snapshot.
      const secrets = Object.values(SEEDED_SECRET_VALUES);
      for (const file of await filesUnder(dump)) {
        const text = await readFile(join(dump, file), 'utf8');
        for (const value of secrets) assert.ok(!text.includes(value), `${file} holds a secret value`);
        assert.ok(!text.includes('the-secret-manager-value'), `${file} holds the secret's value`);
      }
      const json = JSON.stringify(snapshot);
      for (const value of secrets) assert.ok(!json.includes(value));
    });

    it('writes task definitions in the AWS response shape, values replaced by redaction markers', async () => {
      const raw = JSON.parse(
        await readFile(
          join(
            dump,
            ACCOUNT,
            REGION,
            'ecs/describe-task-definition',
            `${encodeURIComponent('payments-api:1')}.json`,
          ),
          'utf8',
        ),
      ) as {
        taskDefinition: { containerDefinitions: { environment: { name: string; value: string }[] }[] };
        tags?: unknown;
      };
      const env = raw.taskDefinition.containerDefinitions[0]!.environment;
      assert.deepEqual(
        env.map((e) => [e.name, e.value.replace(/:[0-9a-f]{12}/, ':<fp>')]),
        [
          ['AWS_ACCESS_KEY_ID', `<redacted:aws-access-key-id:<fp>:key=${SEEDED_ACCESS_KEY_ID}>`],
          ['AWS_SECRET_ACCESS_KEY', '<redacted:aws-secret-access-key:<fp>>'],
          ['DB_PASSWORD', '<redacted:password:<fp>>'],
          ['DATABASE_URL', '<redacted:connection-string:<fp>:target=payments-db.internal>'],
          ['LOG_LEVEL', '<redacted>'],
        ],
      );
      assert.ok(!('$metadata' in raw));
    });

    it('collects buckets with policies and tags, Lambda with its resource policy, RDS, secrets, KMS keys, security groups', () => {
      const account = snapshot.accounts.find((a) => a.id === ACCOUNT)!;
      assert.deepEqual(account.s3Buckets.map((b) => b.name).sort(), seeded.buckets);
      const invoices = account.s3Buckets.find((b) => b.name === 'payments-invoices')!;
      assert.deepEqual((invoices.policy?.Statement as { Principal: unknown }[])[0]!.Principal, {
        AWS: `arn:aws:iam::${ACCOUNT}:role/payments-task`,
      });
      assert.deepEqual(invoices.tags, { 'data-classification': 'confidential' });
      assert.equal(account.s3Buckets.find((b) => b.name === 'payments-public-assets')!.policy, null);

      assert.deepEqual(
        account.lambda.map((f) => [f.arn, f.roleArn]),
        [[seeded.functionArn, `arn:aws:iam::${ACCOUNT}:role/report-fn`]],
      );
      const fnPolicy = account.lambda[0]!.resourcePolicy?.Statement as {
        Principal: unknown;
        Action: unknown;
      }[];
      assert.deepEqual(
        [fnPolicy[0]!.Principal, fnPolicy[0]!.Action],
        [{ Service: 'events.amazonaws.com' }, 'lambda:InvokeFunction'],
      );
      assert.equal(account.lambda[0]!.url, null);

      assert.deepEqual(
        account.rds.instances.map((i) => [i.id, i.engine, i.iamAuth]),
        [[seeded.dbInstanceId, 'postgres', true]],
      );
      assert.deepEqual(account.rds.instances[0]!.securityGroupIds, [seeded.securityGroupId]);

      assert.deepEqual(
        account.secrets.map((s) => s.arn),
        [seeded.secretArn],
      );
      const secretPolicy = account.secrets[0]!.resourcePolicy?.Statement as { Principal: unknown }[];
      assert.deepEqual(secretPolicy[0]!.Principal, {
        AWS: `arn:aws:iam::${ACCOUNT}:role/payments-execution`,
      });

      assert.deepEqual(
        account.kmsKeys.map((k) => k.id),
        [seeded.keyId],
      );
      assert.ok(account.kmsKeys[0]!.policy, 'key policy collected');
      assert.deepEqual(account.kmsKeys[0]!.aliases, ['alias/payments-data']);

      const sg = account.securityGroups.find((g) => g.id === seeded.securityGroupId);
      assert.ok(sg);
      assert.deepEqual(
        sg.ingress.map((r) => [r.protocol, r.fromPort, r.toPort, r.cidrs]),
        [['tcp', 5432, 5432, ['10.0.0.0/16']]],
      );
      // Only the emulator's default groups besides the seeded one.
      assert.deepEqual(
        [...new Set(account.securityGroups.filter((g) => g.id !== sg.id).map((g) => g.name))],
        ['default'],
      );
    });

    it('collects the organization from the management account: OU tree, SCP with its targets, RCPs', () => {
      assert.equal(snapshot.organizations.length, 1);
      const org = snapshot.organizations[0]!;
      assert.equal(org.id, seeded.organizationId);
      assert.equal(org.managementAccountId, ACCOUNT);
      assert.deepEqual(org.units.map((u) => [u.id, u.kind, u.parentId]).sort(), [
        [seeded.ouId, 'ou', seeded.rootId],
        [seeded.rootId, 'root', undefined],
      ]);
      const scp = org.policies.find((p) => p.id === seeded.scpId)!;
      assert.equal(scp.type, 'SERVICE_CONTROL_POLICY');
      assert.deepEqual(scp.targets, [seeded.ouId]);
      assert.deepEqual(scp.document?.Statement, [
        { Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
      ]);
      assert.ok(org.policies.some((p) => p.type === 'RESOURCE_CONTROL_POLICY'));
      assert.deepEqual(org.accounts.map((a) => a.id).sort(), [seeded.memberAccountId, ACCOUNT].sort());
    });

    it('gives the same analysis as the hand-written dump the AWS CLI would have produced (raw values)', async () => {
      // The AWS CLI writes the values themselves; put them back into a copy of the collected dump.
      const raw: Record<string, string> = {
        AWS_ACCESS_KEY_ID: SEEDED_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: SEEDED_SECRET_VALUES.secretAccessKey,
        DB_PASSWORD: SEEDED_SECRET_VALUES.dbPassword,
        DATABASE_URL: SEEDED_SECRET_VALUES.connectionString,
        LOG_LEVEL: 'info',
        GITHUB_TOKEN: SEEDED_SECRET_VALUES.lambdaToken,
        REPORT_BUCKET: 'payments-invoices',
        ADMIN_PASSWORD: SEEDED_SECRET_VALUES.overridePassword,
      };
      const unredact = (node: unknown, key?: string): unknown => {
        if (typeof node === 'string' && parseRedactionMarker(node) && key !== undefined)
          return raw[key] ?? node;
        if (Array.isArray(node)) return node.map((n) => unredact(n));
        if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (typeof o.name === 'string' && typeof o.value === 'string')
            return { ...o, value: unredact(o.value, o.name) };
          return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, unredact(v, k)]));
        }
        return node;
      };
      const handWritten = join(work, 'hand-written');
      await cp(dump, handWritten, { recursive: true });
      let restored = 0;
      for (const file of await filesUnder(handWritten)) {
        const text = await readFile(join(handWritten, file), 'utf8');
        if (!text.includes('<redacted')) continue;
        const back = JSON.stringify(unredact(JSON.parse(text)), null, 2);
        assert.ok(!back.includes('<redacted'), file);
        await writeFile(join(handWritten, file), back);
        restored += 1;
      }
      assert.equal(restored, 3, 'task definition, running tasks, Lambda functions');

      const report = async (dir: string) => {
        const io = captureIo();
        assert.equal(await runCli(['analyze', dir, '--format', 'json'], io), 0, io.err.join(''));
        return JSON.parse(io.out.join('')) as { sources: unknown[] };
      };
      const [fromCollector, fromCli] = [await report(dump), await report(handWritten)];
      assert.ok(fromCollector.sources.length > 0);
      assert.deepEqual(fromCollector, fromCli);
    });

    it('turns an API the emulator does not implement into a gap file and a warning, not a failure', async () => {
      assert.equal(run.code, 0);
      const gapFile = `${ACCOUNT}/${REGION}/ssm/describe-instance-information.error.json`;
      const body = JSON.parse(await readFile(join(dump, gapFile), 'utf8')) as {
        error: { code: string; message: string };
      };
      assert.equal(body.error.code, 'Http500');
      assert.match(run.stderr, /warning: .*ssm\/describe-instance-information\.json: Http500/);
      assert.deepEqual(
        snapshot.gaps.filter((g) => g.file?.endsWith('.error.json')).map((g) => [g.file, g.code]),
        [[gapFile, 'Http500']],
      );
    });
  });

  it('an account in no organization: the collector and the reader agree it is no gap (no SCP applies)', async () => {
    // Nothing seeded: the emulator has no organization, as an account that never joined one.
    const dump = join(work, 'standalone');
    const run = await collectInto(dump);
    assert.equal(run.code, 0, run.stderr);
    const files = await filesUnder(dump);
    assert.deepEqual(
      files.filter((f) => f.includes('/organizations/')),
      [`${ACCOUNT}/organizations/describe-organization.error.json`],
    );
    const body = JSON.parse(
      await readFile(join(dump, ACCOUNT, 'organizations/describe-organization.error.json'), 'utf8'),
    ) as { error: { code: string } };
    assert.equal(body.error.code, 'AWSOrganizationsNotInUseException');
    assert.doesNotMatch(run.stderr, /organizations/);
    const { snapshot } = await loadInput(dump);
    assert.deepEqual(snapshot.organizations, []);
    assert.deepEqual(
      snapshot.gaps.filter((g) => g.service === 'organizations'),
      [],
    );
    assert.deepEqual(
      snapshot.diagnostics.filter((d) => d.file?.includes('organizations')),
      [],
    );
  });

  it('with --org-role, assumes the role in each member account and collects it into its own folder', async () => {
    const seeded = await seedAccount(url);
    const dump = join(work, 'org');
    const run = await collectInto(dump, '--org-role', 'OrganizationAccountAccessRole', '--quiet');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', '--quiet prints nothing');
    assert.match(run.stdout, /2 account\(s\)/);
    const identity = JSON.parse(
      await readFile(join(dump, seeded.memberAccountId, 'sts/get-caller-identity.json'), 'utf8'),
    ) as { Account: string; Arn: string };
    assert.equal(identity.Account, seeded.memberAccountId);
    assert.match(identity.Arn, /assumed-role\/OrganizationAccountAccessRole\/blastmap-collect$/);
    const { snapshot } = await loadInput(dump);
    assert.deepEqual(snapshot.accounts.map((a) => a.id).sort(), [seeded.memberAccountId, ACCOUNT].sort());
    const member = snapshot.accounts.find((a) => a.id === seeded.memberAccountId)!;
    // The emulator creates the access role with the member account; nothing else leaks across accounts.
    assert.deepEqual(
      member.iam.roles.map((r) => [r.name, r.trustPolicy?.Statement]),
      [
        [
          'OrganizationAccountAccessRole',
          [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }],
        ],
      ],
    );
    assert.deepEqual(member.s3Buckets, []);
    assert.deepEqual(member.ecs.taskDefinitions, []);
  });

  it('with --org-role and several member accounts, reads each one (a few at a time) into its own folder', async () => {
    const seeded = await seedAccount(url);
    const org = new OrganizationsClient(seedConfig(url));
    const more: string[] = [];
    for (const name of ['workloads-dev', 'sandbox', 'data']) {
      const created = await org.send(
        new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }),
      );
      more.push(created.CreateAccountStatus!.AccountId!);
    }
    const dump = join(work, 'org-many');
    const run = await collectInto(dump, '--org-role', 'OrganizationAccountAccessRole', '--quiet');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /5 account\(s\)/);
    const { snapshot } = await loadInput(dump);
    assert.deepEqual(
      snapshot.accounts.map((a) => a.id).sort(),
      [ACCOUNT, seeded.memberAccountId, ...more].sort(),
    );
    for (const id of [seeded.memberAccountId, ...more]) {
      const identity = JSON.parse(await readFile(join(dump, id, 'sts/get-caller-identity.json'), 'utf8')) as {
        Account: string;
      };
      assert.equal(identity.Account, id, `${id} was read with its own credentials`);
      const member = snapshot.accounts.find((a) => a.id === id)!;
      assert.deepEqual(
        member.iam.roles.map((r) => r.name),
        ['OrganizationAccountAccessRole'],
      );
    }
    // The emulator lacks a few APIs: every member account has those gaps of its own, and no other.
    const gapsOf = (id: string) =>
      snapshot.gaps
        .filter((g) => g.account === id)
        .map((g) => `${g.service} ${g.operation} ${g.code}`)
        .sort();
    for (const id of more) assert.deepEqual(gapsOf(id), gapsOf(seeded.memberAccountId), id);
  });

  it('with credentials allowed only part of the calls, records AccessDenied gaps and the analysis says partial', async () => {
    await seedAccount(url);
    const iam = new IAMClient(seedConfig(url));
    await iam.send(new CreateUserCommand({ UserName: 'auditor' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'auditor',
        PolicyName: 'iam-and-ecs-only',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['sts:GetCallerIdentity', 'iam:Get*', 'iam:List*', 'ecs:List*', 'ecs:Describe*'],
              Resource: '*',
            },
          ],
        }),
      }),
    );
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'auditor' }))).AccessKey!;
    iam.destroy();
    const dump = join(work, 'partial');
    const run = await withCredentials(key, () => collectInto(dump));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /gaps \(coverage is partial\)/);
    const files = await filesUnder(dump);
    // Allowed: IAM and ECS were read.
    assert.ok(files.includes(`${ACCOUNT}/iam/get-account-authorization-details.json`));
    assert.ok(
      files.includes(
        `${ACCOUNT}/${REGION}/ecs/describe-task-definition/${encodeURIComponent('payments-api:1')}.json`,
      ),
    );
    // Denied: S3, Lambda, Secrets Manager … are gap files with the AWS error code.
    for (const denied of [
      's3api/list-buckets',
      `${REGION}/lambda/list-functions`,
      `${REGION}/secretsmanager/list-secrets`,
      `${REGION}/kms/list-keys`,
    ]) {
      const body = JSON.parse(await readFile(join(dump, ACCOUNT, `${denied}.error.json`), 'utf8')) as {
        error: { code: string };
      };
      assert.match(body.error.code, /AccessDenied/, `${denied}: ${JSON.stringify(body)}`);
      assert.match(run.stderr, new RegExp(`${denied.replace(/[/.]/g, '\\$&')}\\.json: AccessDenied`));
    }
    const { snapshot } = await loadInput(dump);
    const denied = snapshot.gaps.filter((g) => /AccessDenied/.test(g.code));
    assert.ok(denied.length >= 4, `gaps: ${JSON.stringify(snapshot.gaps.map((g) => g.code))}`);
    // The analysis reports its coverage as partial.
    const io = captureIo();
    assert.equal(await runCli(['analyze', dump, '--format', 'json'], io), 0, io.err.join(''));
    const report = JSON.parse(io.out.join('')) as { coverage: { partial: boolean } };
    assert.equal(report.coverage.partial, true);
  });

  it('an unavailable region (here one the emulator does not serve) becomes gap files; the other regions are collected', async () => {
    await seedAccount(url);
    const io = captureIo({ ...motoEnvironment() });
    const code = await runCli(
      [
        'collect',
        '--endpoint-url',
        url,
        '--regions',
        `${REGION},xx-fake-1`,
        '--out',
        join(work, 'two'),
        '--quiet',
      ],
      io,
    );
    assert.equal(code, 0, io.err.join(''));
    const files = await filesUnder(join(work, 'two'));
    // moto refuses these services in a region it does not know; each refusal is a gap file.
    for (const call of [
      'ecs/list-clusters',
      'lambda/list-functions',
      'rds/describe-db-instances',
      'secretsmanager/list-secrets',
      'kms/list-keys',
      'ec2/describe-instances',
    ]) {
      assert.ok(files.includes(`${ACCOUNT}/xx-fake-1/${call}.error.json`), call);
      assert.ok(!files.includes(`${ACCOUNT}/xx-fake-1/${call}.json`), call);
    }
    assert.ok(files.includes(`${ACCOUNT}/${REGION}/ecs/describe-services/payments.json`));
    const { snapshot } = await loadInput(join(work, 'two'));
    assert.ok(snapshot.gaps.some((g) => g.region === 'xx-fake-1'));
    assert.equal(snapshot.accounts[0]!.ecs.services.length, 1);
  });

  it('a member account whose role cannot be assumed becomes a gap, not a failure', async () => {
    const seeded = await seedAccount(url);
    const iam = new IAMClient(seedConfig(url));
    await iam.send(new CreateUserCommand({ UserName: 'collector' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'collector',
        PolicyName: 'read-all-but-assume',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*' },
            { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' },
          ],
        }),
      }),
    );
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'collector' }))).AccessKey!;
    iam.destroy();
    const dump = join(work, 'unassumable');
    const run = await withCredentials(key, () =>
      collectInto(dump, '--org-role', 'OrganizationAccountAccessRole'),
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /2 account\(s\)/);
    const gap = JSON.parse(
      await readFile(
        join(dump, seeded.memberAccountId, 'iam/get-account-authorization-details.error.json'),
        'utf8',
      ),
    ) as { error: { code: string; message: string } };
    assert.match(gap.error.code, /AccessDenied/);
    assert.match(
      gap.error.message,
      new RegExp(
        `could not assume arn:aws:iam::${seeded.memberAccountId}:role/OrganizationAccountAccessRole`,
      ),
    );
    const { snapshot } = await loadInput(dump);
    assert.ok(snapshot.gaps.some((g) => g.account === seeded.memberAccountId && /AccessDenied/.test(g.code)));
    assert.ok(
      snapshot.accounts.find((a) => a.id === ACCOUNT)!.iam.roles.length > 0,
      'the management account is still collected',
    );
  });

  it('--analyze analyses the dump straight away', async () => {
    await seedAccount(url);
    const run = await collectInto(join(work, 'analyzed'), '--analyze', '--quiet');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /dump written to /);
    assert.match(run.stdout, /payments-api/);
  });

  it('an interrupted run leaves no folder that looks like a complete dump', async () => {
    await seedAccount(url);
    const out = join(work, 'interrupted');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        CLI,
        'collect',
        '--endpoint-url',
        url,
        '--out',
        out,
        '--concurrency',
        '1',
        '--regions',
        'eu-west-1,eu-west-2,eu-west-3,eu-central-1,us-east-1,us-east-2,us-west-1,us-west-2',
      ],
      {
        env: { ...process.env, ...motoEnvironment(), NODE_NO_WARNINGS: '1' },
        cwd: REPO,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    // Interrupt as soon as the first part of the collection is reported.
    await new Promise<void>((resolve) => child.stderr.on('data', () => resolve()));
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('exit', resolve));
    const left = await readdir(work);
    assert.ok(!left.includes('interrupted'), `left: ${left.join(', ')}`);
    assert.ok(
      left.some((name) => /^\.interrupted\.partial-\d+-\d+$/.test(name)),
      `left: ${left.join(', ')}`,
    );
  });

  it('refuses to write into a non-empty folder, with one line and exit code 2', async () => {
    const out = join(work, 'taken');
    await mkdir(out);
    await writeFile(join(out, 'something.txt'), 'x');
    // Through the real CLI process: what a user sees.
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', CLI, 'collect', '--endpoint-url', url, '--regions', REGION, '--out', out],
      { env: { ...process.env, ...motoEnvironment(), NODE_NO_WARNINGS: '1' }, cwd: REPO, encoding: 'utf8' },
    );
    assert.equal(cli.status, 2, cli.stderr);
    assert.match(
      cli.stderr,
      /^blastmap collect: output folder already exists and is not empty: .*\(choose a new --out folder\)\n$/,
    );
    assert.deepEqual(await readdir(out), ['something.txt']);
  });
});
