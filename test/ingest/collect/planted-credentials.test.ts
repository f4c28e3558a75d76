// Planted credentials, through the live collector (moto server): a task definition whose every free-text
// field holds a distinctive value (command, entryPoint, dockerLabels, logConfiguration options and
// secretOptions, healthCheck, a literal secrets[].valueFrom, image userinfo, tags) and a running task
// whose override command holds more. No file of the dump folder, nor the snapshot read from it, holds
// any of them; the argv and label structure is kept.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ECSClient, RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { runCli } from '../../../src/cli/run.js';
import { loadInput } from '../../../src/ingest/load-input.js';
import { captureIo } from '../../support/capture-io.js';
import { motoEnvironment, motoUrl, REGION, resetMoto, seedConfig } from './moto.js';
import { seedAccount } from './seed-account.js';

const P = {
  command: 'PlantCmdPw1',
  entryPoint: 'PlantEntryToken2',
  label: 'PlantLabelPw3',
  logOption: 'PlantSplunkToken4',
  secretOption: 'PlantSecretOpt5!x',
  healthCheck: 'PlantHealthPw6',
  valueFrom: 'PlantValueFrom7!x',
  image: 'PlantImagePw8',
  tag: 'PlantTagPw9',
  override: 'PlantOverridePw10',
};

describe('planted credentials (live collector): nothing reaches the dump folder', function () {
  this.timeout(180_000);
  let url: string;
  let work: string;
  const saved: Record<string, string | undefined> = {};

  before(function () {
    url = motoUrl(this);
    for (const [k, v] of Object.entries(motoEnvironment())) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  after(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('redacts every free-text field before writing, and the reader finds none either', async () => {
    await resetMoto(url);
    const seeded = await seedAccount(url);
    const ecs = new ECSClient(seedConfig(url));
    const subnets = await new EC2Client(seedConfig(url)).send(new DescribeSubnetsCommand({}));
    const subnetId = subnets.Subnets![0]!.SubnetId!;
    const td = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'planted',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'app',
            image: `deploy:${P.image}@registry.example.com/app:1`,
            essential: true,
            cpu: 256, // moto sums the containers' cpu and memory
            memory: 512,
            command: ['sh', '-c', `mysql -uroot -p${P.command} app`],
            entryPoint: ['/entry', '--token', P.entryPoint],
            dockerLabels: { 'com.example.db-password': P.label, team: 'payments' },
            logConfiguration: {
              logDriver: 'splunk',
              options: { 'splunk-token': P.logOption, 'splunk-url': 'https://splunk.example' },
              secretOptions: [{ name: 'splunk-token', valueFrom: P.secretOption }],
            },
            healthCheck: { command: ['CMD-SHELL', `curl -u admin:${P.healthCheck} http://localhost/`] },
            secrets: [{ name: 'LITERAL', valueFrom: P.valueFrom }],
          },
        ],
        tags: [{ key: 'db-password', value: P.tag }],
      }),
    );
    await ecs.send(
      new RunTaskCommand({
        cluster: 'payments',
        taskDefinition: td.taskDefinition!.taskDefinitionArn!,
        launchType: 'FARGATE',
        networkConfiguration: {
          awsvpcConfiguration: { subnets: [subnetId], securityGroups: [seeded.securityGroupId] },
        },
        overrides: { containerOverrides: [{ name: 'app', command: ['app', '--password', P.override] }] },
      }),
    );

    work = await mkdtemp(join(tmpdir(), 'blastmap-planted-'));
    const dump = join(work, 'dump');
    const io = captureIo({ ...motoEnvironment() });
    const code = await runCli(['collect', '--endpoint-url', url, '--regions', REGION, '--out', dump], io);
    assert.equal(code, 0, io.err.join(''));
    const streams = io.out.join('') + io.err.join('');

    const entries = await readdir(dump, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    const texts = await Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8')] as const));
    const planted = texts.find(([f]) => f.includes('describe-task-definition/planted'));
    assert.ok(planted, 'the planted task definition was collected');
    const snapshot = JSON.stringify((await loadInput(dump)).snapshot);
    for (const [field, value] of Object.entries(P)) {
      for (const [file, text] of texts) assert.ok(!text.includes(value), `${field} in ${file}`);
      assert.ok(!streams.includes(value), `${field} in the collect output`);
      assert.ok(!snapshot.includes(value), `${field} in the snapshot`);
    }

    const c = JSON.parse(planted[1]).taskDefinition.containerDefinitions[0];
    assert.deepEqual(c.command, ['sh', '-c', 'mysql -uroot -p<redacted> app']);
    assert.deepEqual(c.entryPoint, ['/entry', '--token', '<redacted>']);
    assert.deepEqual(c.dockerLabels, { 'com.example.db-password': '<redacted>', team: 'payments' });
    assert.equal(c.logConfiguration.options['splunk-url'], 'https://splunk.example');
    assert.equal(c.image, '<redacted>@registry.example.com/app:1');
  });
});
