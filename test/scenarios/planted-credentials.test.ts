// Planted credentials, through a dump: distinctive values in every free-text field that can hold one
// (task override commands, secrets[].valueFrom, image userinfo, tag values, SSM and Secrets Manager
// descriptions), then every file written and every output format is searched for them: snapshot,
// analyze (table, JSON, Markdown), report HTML, diff (Markdown, JSON, SARIF), baseline, inventory
// (text, JSON) and the properties of every node and relationship pushed to Neo4j.
import { strict as assert } from 'node:assert';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { captureIo } from '../support/capture-io.js';
import { removeDumps, writeDump, type DumpSpec } from '../support/dump.js';
import { ACCOUNT, REGION, accountFiles } from '../support/dump-fixtures.js';
import { neo4jUri, rows, testDriver, clearDatabase } from '../neo4j/server.js';

const { runCli } = await import('../../src/cli/run.js');

/** Each planted value is unique, so a hit names the field it leaked from. */
export const PLANTED = {
  mysql: 'PlantMysqlPw1',
  curl: 'PlantCurlPw2',
  apiKey: 'PlantApiKey3',
  token: 'PlantToken4',
  password: 'PlantPassword5',
  secretFlag: 'PlantSecret6',
  valueFrom: 'PlantValueFrom7!literal',
  image: 'PlantImagePw8',
  tag: 'PlantTagPw9',
  ssmDescription: 'PlantSsmDesc10',
  secretDescription: 'PlantSecretDesc11',
  clusterTag: 'ghp_PlantClusterTag12abcdefghijklmnopqrstu',
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function plantedDump(): DumpSpec {
  const files = accountFiles();
  const base = `${ACCOUNT}/${REGION}`;
  const tasks = files[`${base}/ecs/describe-tasks/prod.json`] as Json;
  tasks.tasks[0].overrides.containerOverrides[0].command = [
    'sh',
    '-c',
    `mysql -uroot -p${PLANTED.mysql} app && curl -u admin:${PLANTED.curl} https://x && app --api-key ${PLANTED.apiKey} --token ${PLANTED.token} --password=${PLANTED.password} --secret ${PLANTED.secretFlag}`,
  ];
  const td = files[`${base}/ecs/describe-task-definition/${encodeURIComponent('web:3')}.json`] as Json;
  const container = td.taskDefinition.containerDefinitions[0];
  container.secrets.push({ name: 'LITERAL', valueFrom: PLANTED.valueFrom });
  container.image = `deploy:${PLANTED.image}@registry.example.com/web:1`;
  td.tags.push({ key: 'db-password', value: PLANTED.tag });
  const clusters = files[`${base}/ecs/describe-clusters.json`] as Json;
  clusters.clusters[0].tags = [{ key: 'deploy', value: PLANTED.clusterTag }];
  const ssm = files[`${base}/ssm/describe-parameters.json`] as Json;
  ssm.Parameters[0].Description = `admin password: ${PLANTED.ssmDescription}`;
  const secrets = files[`${base}/secretsmanager/list-secrets.json`] as Json;
  secrets.SecretList[0].Description = `token=${PLANTED.secretDescription}`;
  return files;
}

export function assertNoPlanted(text: string, where: string): void {
  for (const [field, value] of Object.entries(PLANTED))
    assert.ok(!text.includes(value), `the planted ${field} value leaked into ${where}`);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('planted credentials (dump): no value in any output', function () {
  this.timeout(300_000);
  let dump: string;
  let out: string;
  before(async () => {
    dump = await writeDump(plantedDump());
    out = await writeDump({});
  });
  after(removeDumps);

  async function run(argv: string[]): Promise<string> {
    const io = captureIo();
    const code = await runCli(argv, io);
    const text = io.out.join('') + io.err.join('');
    assert.ok(code === 0 || code === 1, `${argv.join(' ')} exited ${code}: ${text}`);
    return text;
  }

  it('the planted dump holds every value (the test plants what it searches for)', async () => {
    const all = (await Promise.all((await filesUnder(dump)).map((f) => readFile(f, 'utf8')))).join('\n');
    for (const [field, value] of Object.entries(PLANTED)) assert.ok(all.includes(value), field);
  });

  it('snapshot, analyze, report, diff, baseline and inventory: every file written and every stream', async () => {
    const snapshot = path.join(out, 'snapshot.json');
    const streams: [string, string][] = [];
    const cli = async (argv: string[]) => streams.push([argv.join(' '), await run(argv)]);
    await cli(['snapshot', dump, '-o', snapshot]);
    for (const input of [dump, snapshot]) {
      for (const format of ['table', 'json', 'markdown']) await cli(['analyze', input, '--format', format]);
      await cli(['inventory', input]);
      await cli(['inventory', input, '--json']);
    }
    await cli(['analyze', dump, '--format', 'json', '-o', path.join(out, 'analyze.json')]);
    await cli(['analyze', dump, '--format', 'markdown', '-o', path.join(out, 'analyze.md')]);
    await cli(['report', dump, '-o', path.join(out, 'report.html')]);
    await cli(['baseline', dump, '-o', path.join(out, 'baseline.json')]);
    for (const format of ['markdown', 'json', 'sarif']) {
      await cli(['diff', dump, snapshot, '--format', format]);
      await cli(['diff', snapshot, dump, '--format', format, '-o', path.join(out, `diff.${format}`)]);
    }
    for (const [argv, text] of streams) assertNoPlanted(text, `the output of ${argv}`);
    const written = await filesUnder(out);
    assert.ok(written.length >= 8, written.join(', '));
    for (const file of written) assertNoPlanted(await readFile(file, 'utf8'), path.basename(file));

    // The structure is kept: the override is still an argv, the image still names its repository.
    const parsed = JSON.parse(await readFile(snapshot, 'utf8')) as Json;
    const ecs = parsed.accounts[0].ecs;
    assert.deepEqual(ecs.tasks[0].overrides.containerOverrides[0].command.slice(0, 2), ['sh', '-c']);
    assert.match(
      ecs.tasks[0].overrides.containerOverrides[0].command[2],
      /-p<redacted> app && curl -u admin:<redacted>/,
    );
    assert.equal(ecs.taskDefinitions[0].containers[0].image, '<redacted>@registry.example.com/web:1');
    assert.equal(ecs.taskDefinitions[0].tags['db-password'], '<redacted>');
    assert.equal(ecs.taskDefinitions[0].tags.owner, 'web-team');
  });

  it('Neo4j: no node or relationship property holds a planted value', async function () {
    const uri = neo4jUri(this);
    const driver = testDriver(uri);
    try {
      await clearDatabase(driver);
      const text = await run(['neo4j', 'push', dump, '--uri', uri]);
      assertNoPlanted(text, 'the neo4j push output');
      const nodes = await rows(driver, 'MATCH (n) RETURN properties(n) AS p');
      const rels = await rows(driver, 'MATCH ()-[r]->() RETURN properties(r) AS p');
      assert.ok(nodes.length > 10 && rels.length > 10, `${nodes.length} nodes, ${rels.length} relationships`);
      assertNoPlanted(JSON.stringify(nodes), 'Neo4j node properties');
      assertNoPlanted(JSON.stringify(rels), 'Neo4j relationship properties');
      const images = nodes.map((n) => (n.p as Json).image).filter(Boolean);
      assert.ok(images.includes('<redacted>@registry.example.com/web:1'), JSON.stringify(images));
    } finally {
      await clearDatabase(driver);
      await driver.close();
    }
  });
});
