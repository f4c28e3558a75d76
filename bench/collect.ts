// Live collection benchmark against moto server: seeds the realistic account of the collector tests
// plus `scale` × (50 roles, 50 users with keys, 20 buckets with policies, 20 task definition families
// each run by a service, 10 Lambda functions, 10 secrets), then times `collect` at several
// concurrency levels. Needs a running moto server:
//   eval "$(bash scripts/services/moto.sh start)"; npm run bench -- collect [--scale N]
import { mkdtemp, rm } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { collect } from '../src/ingest/collect/collect.js';
import { createProgress } from '../src/ingest/collect/progress.js';
import { zipOneFile } from '../test/ingest/collect/lambda-zip.js';
import { motoEnvironment, REGION, resetMoto, seedConfig } from '../test/ingest/collect/moto.js';
import { seedAccount } from '../test/ingest/collect/seed-account.js';

async function inBatches(count: number, make: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i += 8) {
    await Promise.all(Array.from({ length: Math.min(8, count - i) }, (_, k) => make(i + k)));
  }
}

async function seedScale(url: string, scale: number): Promise<void> {
  const config = seedConfig(url);
  const iam = new IAMClient(config);
  const s3 = new S3Client(config);
  const ecs = new ECSClient(config);
  const lambda = new LambdaClient(config);
  const sm = new SecretsManagerClient(config);
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  });
  const allow = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  });
  await inBatches(50 * scale, async (i) => {
    await iam.send(new CreateRoleCommand({ RoleName: `bench-role-${i}`, AssumeRolePolicyDocument: trust }));
    await iam.send(
      new PutRolePolicyCommand({ RoleName: `bench-role-${i}`, PolicyName: 'read', PolicyDocument: allow }),
    );
  });
  await inBatches(50 * scale, async (i) => {
    await iam.send(new CreateUserCommand({ UserName: `bench-user-${i}` }));
    await iam.send(new CreateAccessKeyCommand({ UserName: `bench-user-${i}` }));
  });
  await inBatches(20 * scale, async (i) => {
    const Bucket = `bench-bucket-${i}`;
    await s3.send(
      new CreateBucketCommand({ Bucket, CreateBucketConfiguration: { LocationConstraint: REGION } }),
    );
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::123456789012:role/bench-role-${i}` },
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${Bucket}/*`,
            },
          ],
        }),
      }),
    );
  });
  await inBatches(20 * scale, async (i) => {
    const td = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: `bench-family-${i}`,
        taskRoleArn: `arn:aws:iam::123456789012:role/bench-role-${i}`,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'app',
            image: 'app:1',
            memory: 512,
            environment: [{ name: 'DB_PASSWORD', value: `pw-${i}-secret` }],
          },
        ],
      }),
    );
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'payments',
        serviceName: `bench-service-${i}`,
        taskDefinition: td.taskDefinition!.taskDefinitionArn,
        desiredCount: 1,
        launchType: 'FARGATE',
      }),
    );
  });
  const zip = zipOneFile('index.py', 'def handler(e, c):\n    return 1\n');
  await inBatches(10 * scale, (i) =>
    lambda.send(
      new CreateFunctionCommand({
        FunctionName: `bench-fn-${i}`,
        Runtime: 'python3.12',
        Role: `arn:aws:iam::123456789012:role/bench-role-${i}`,
        Handler: 'index.handler',
        Code: { ZipFile: zip },
        Environment: { Variables: { API_TOKEN: `tok-${i}-abcdefghijklmnopqrstuvwxyz` } },
      }),
    ),
  );
  await inBatches(10 * scale, (i) =>
    sm.send(new CreateSecretCommand({ Name: `bench/secret-${i}`, SecretString: `v${i}` })),
  );
  for (const c of [iam, s3, ecs, lambda, sm]) c.destroy();
}

export async function run(args: string[]): Promise<void> {
  const url = process.env.BLASTMAP_MOTO_URL;
  if (!url) {
    process.stderr.write(
      'bench collect: BLASTMAP_MOTO_URL is not set; start moto: eval "$(bash scripts/services/moto.sh start)"\n',
    );
    process.exit(2);
  }
  const scaleAt = args.indexOf('--scale');
  const scale = scaleAt >= 0 ? Math.max(1, Number(args[scaleAt + 1]) || 1) : 1;
  Object.assign(process.env, motoEnvironment());
  await resetMoto(url);
  const seedStart = Date.now();
  await seedAccount(url);
  await seedScale(url, scale);
  const seedMs = Date.now() - seedStart;

  const work = await mkdtemp(path.join(tmpdir(), 'blastmap-bench-collect-'));
  const rows: { concurrency: number; seconds: number; files: number; gaps: number }[] = [];
  try {
    for (const concurrency of [1, 4, 8]) {
      const out = path.join(work, `c${concurrency}`);
      const result = await collect({
        out,
        endpoint: url,
        regions: [REGION],
        concurrency,
        maxAttempts: 2,
        progress: createProgress({ write: () => undefined, isTty: false, quiet: true }),
      });
      const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) =>
        e.isFile(),
      ).length;
      rows.push({ concurrency, seconds: result.seconds, files, gaps: result.gaps.length });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`collect against moto: scale ${scale} (seeded in ${(seedMs / 1000).toFixed(1)} s), 1 region`);
  console.log('concurrency  seconds  dump files  gaps');
  for (const r of rows) {
    console.log(
      `${String(r.concurrency).padStart(11)}  ${r.seconds.toFixed(2).padStart(7)}  ${String(r.files).padStart(10)}  ${String(r.gaps).padStart(4)}`,
    );
  }
  console.log(JSON.stringify({ bench: 'collect', scale, seedSeconds: seedMs / 1000, runs: rows }));
}
