// Dump reading benchmark: writes a synthetic AWS CLI dump (one account: 3,000 roles, 500 users with
// access-key and login-profile files, 300 buckets with their four per-bucket files, 200 task
// definitions and services) and times readDump, snapshot serialization and loading the snapshot file
// back (schema validation). The dump is written first (not timed).
//   npm run bench -- read-dump [--scale N]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadInput } from '../src/ingest/load-input.js';
import { readDump } from '../src/ingest/read-dump.js';
import { writeSnapshot } from '../src/ingest/write-snapshot.js';

const A = '123456789012';
const R = 'eu-west-1';
const doc = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
});

async function writeSyntheticDump(root: string, scale: number): Promise<number> {
  const files = new Map<string, unknown>();
  const roles = 3000 * scale;
  const users = 500 * scale;
  const buckets = 300 * scale;
  const tds = 200 * scale;
  files.set(`${A}/iam/get-account-authorization-details.json`, {
    UserDetailList: Array.from({ length: users }, (_, i) => ({
      UserName: `u${i}`,
      UserId: `AIDA${i}`,
      Arn: `arn:aws:iam::${A}:user/u${i}`,
      Path: '/',
      GroupList: [],
      UserPolicyList: [{ PolicyName: 'p', PolicyDocument: doc('s3:GetObject') }],
      AttachedManagedPolicies: [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
      ],
      Tags: [],
    })),
    GroupDetailList: [],
    RoleDetailList: Array.from({ length: roles }, (_, i) => ({
      RoleName: `r${i}`,
      RoleId: `AROA${i}`,
      Arn: `arn:aws:iam::${A}:role/r${i}`,
      Path: '/',
      AssumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      ),
      InstanceProfileList: [],
      RolePolicyList: [
        { PolicyName: 'inline', PolicyDocument: encodeURIComponent(JSON.stringify(doc(`s3:GetObject`))) },
      ],
      AttachedManagedPolicies: [
        { PolicyName: `cm${i % 50}`, PolicyArn: `arn:aws:iam::${A}:policy/cm${i % 50}` },
      ],
      Tags: [{ Key: 'team', Value: `t${i % 7}` }],
    })),
    Policies: Array.from({ length: 50 }, (_, i) => ({
      PolicyName: `cm${i}`,
      Arn: `arn:aws:iam::${A}:policy/cm${i}`,
      Path: '/',
      DefaultVersionId: 'v1',
      PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: doc('sqs:*') }],
    })),
  });
  for (let i = 0; i < users; i++) {
    files.set(`${A}/iam/list-access-keys/u${i}.json`, {
      AccessKeyMetadata: [{ AccessKeyId: `AKIA${String(i).padStart(16, 'A')}`, Status: 'Active' }],
    });
    files.set(`${A}/iam/get-login-profile/u${i}.error.json`, {
      error: { code: 'NoSuchEntity', message: 'none' },
    });
  }
  files.set(`${A}/s3api/list-buckets.json`, {
    Buckets: Array.from({ length: buckets }, (_, i) => ({ Name: `b${i}` })),
  });
  for (let i = 0; i < buckets; i++) {
    files.set(`${A}/s3api/get-bucket-policy/b${i}.json`, { Policy: JSON.stringify(doc('s3:GetObject')) });
    files.set(`${A}/s3api/get-public-access-block/b${i}.json`, {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true },
    });
    files.set(`${A}/s3api/get-bucket-tagging/b${i}.error.json`, {
      error: { code: 'NoSuchTagSet', message: 'none' },
    });
    files.set(`${A}/s3api/get-bucket-encryption/b${i}.json`, {
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
  }
  const cluster = `arn:aws:ecs:${R}:${A}:cluster/prod`;
  files.set(`${A}/${R}/ecs/list-clusters.json`, { clusterArns: [cluster] });
  files.set(`${A}/${R}/ecs/describe-clusters.json`, {
    clusters: [{ clusterArn: cluster, clusterName: 'prod' }],
  });
  files.set(`${A}/${R}/ecs/describe-tasks/prod.json`, { tasks: [] });
  files.set(`${A}/${R}/ecs/describe-services/prod.json`, {
    services: Array.from({ length: tds }, (_, i) => ({
      serviceArn: `arn:aws:ecs:${R}:${A}:service/prod/s${i}`,
      serviceName: `s${i}`,
      clusterArn: cluster,
      taskDefinition: `arn:aws:ecs:${R}:${A}:task-definition/td${i}:1`,
    })),
  });
  for (let i = 0; i < tds; i++) {
    files.set(`${A}/${R}/ecs/describe-task-definition/td${i}%3A1.json`, {
      taskDefinition: {
        taskDefinitionArn: `arn:aws:ecs:${R}:${A}:task-definition/td${i}:1`,
        family: `td${i}`,
        revision: 1,
        taskRoleArn: `arn:aws:iam::${A}:role/r${i}`,
        containerDefinitions: [
          {
            name: 'app',
            environment: [
              { name: 'DB_PASSWORD', value: `pw-${i}` },
              { name: 'PORT', value: '80' },
            ],
          },
        ],
      },
    });
  }
  for (const [rel, content] of files) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), JSON.stringify(content));
  }
  return files.size;
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, (performance.now() - start) / 1000];
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--scale');
  const scale = at >= 0 ? Number(args[at + 1]) : 1;
  const root = await mkdtemp(path.join(tmpdir(), 'blastmap-bench-dump-'));
  try {
    const fileCount = await writeSyntheticDump(path.join(root, 'dump'), scale);
    const [snapshot, readSeconds] = await time(() => readDump(path.join(root, 'dump')));
    const file = path.join(root, 'snapshot.json');
    const [, writeSeconds] = await time(() => writeSnapshot(file, snapshot));
    const [, loadSeconds] = await time(() => loadInput(file));
    const row = {
      scale,
      files: fileCount,
      roles: snapshot.accounts[0].iam.roles.length,
      users: snapshot.accounts[0].iam.users.length,
      buckets: snapshot.accounts[0].s3Buckets.length,
      taskDefinitions: snapshot.accounts[0].ecs.taskDefinitions.length,
      findings: snapshot.credentialFindings.length,
      readDumpSeconds: Number(readSeconds.toFixed(2)),
      writeSnapshotSeconds: Number(writeSeconds.toFixed(2)),
      loadSnapshotSeconds: Number(loadSeconds.toFixed(2)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log('read-dump benchmark (readDump includes loading the AWS managed policy package once)');
    for (const [k, v] of Object.entries(row)) console.log(`  ${k.padEnd(22)} ${v}`);
    console.log(JSON.stringify({ bench: 'read-dump', ...row }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
