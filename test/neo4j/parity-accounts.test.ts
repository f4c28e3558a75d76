// Parity on real inputs: the demo account (examples/demo) and a small synthetic account
// (bench/synthetic), each built by the full pipeline, pushed, and queried both ways.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { generateSyntheticSnapshot } from '../../bench/synthetic/generate.js';
import { prepareAnalysis } from '../../src/cli/analysis-input.js';
import { classifyValue } from '../../src/ingest/classify-secrets.js';
import { savedQueries } from '../../src/neo4j/cypher-files.js';
import { pushGraph } from '../../src/neo4j/push.js';
import { runSavedQuery } from '../../src/neo4j/run-saved-query.js';
import { analyze } from '../../src/queries/analyze.js';
import { compareWithMemory } from './parity.js';
import { clearDatabase, neo4jUri, testDriver } from './server.js';

const DEMO = fileURLToPath(new URL('../../examples/demo', import.meta.url));

async function readdirRecursive(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('Neo4j parity on the demo and synthetic accounts (real Neo4j 5 server)', function () {
  this.timeout(300_000);
  let uri: string;
  let driver: Driver;

  before(function () {
    uri = neo4jUri(this);
    driver = testDriver(uri);
  });
  beforeEach(async () => clearDatabase(driver));
  after(async () => driver?.close());

  /** Every property value in the database, as text. */
  async function storedText(): Promise<string> {
    const nodes = await driver.executeQuery('MATCH (n) RETURN properties(n) AS p');
    const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN properties(r) AS p');
    return JSON.stringify([...nodes.records, ...rels.records].map((r) => r.get('p')));
  }

  async function check(input: string): Promise<number> {
    const prepared = await prepareAnalysis(input);
    const accounts = prepared.snapshot.accounts.map((a) => a.id);
    // As `blastmap neo4j push` does: the CLI's ranking goes along.
    const ranking = analyze(prepared.built, prepared.snapshot).sources;
    const pushable = { graph: prepared.built.graph, sources: prepared.built.sources, accounts, ranking };
    const result = await pushGraph(pushable, { uri });
    assert.equal(result.nodes, prepared.built.graph.order);
    assert.ok(prepared.built.sources.length > 0, 'the account has analysis sources');
    const queries = await savedQueries();

    // Saved query 01 lists the tasks in the CLI's order, with its scores and ranks.
    const ranked = await runSavedQuery(
      driver,
      queries.find((q) => q.name === '01-tasks-by-blast-radius')!,
    );
    assert.deepEqual(
      ranked.map((r) => [r.task, r.rank, r.score]),
      ranking.map((s, i) => [s.id, i + 1, s.score]),
      'saved query 01 ranks as analyze does',
    );
    const [radius] = await (
      await driver.executeQuery(
        'MATCH (s:BlastmapNode {blastmapId: $id}) RETURN s.radius AS radius, s.score AS score',
        { id: ranking[0].id },
      )
    ).records.map((r) => r.toObject());
    assert.deepEqual(radius, { radius: ranking[0].assets.length, score: ranking[0].score });

    return compareWithMemory(driver, pushable, queries, {
      assetsPerSource: 5,
      whoCanTargets: 8,
    });
  }

  it('the demo account: saved queries answer what the in-memory queries answer', async () => {
    const comparisons = await check(DEMO);
    assert.ok(comparisons > 10, `${comparisons} comparisons`);

    // No credential value from the demo's task definitions reaches Neo4j (key ids are not secret).
    const secrets: string[] = [];
    for (const file of await readdirRecursive(DEMO)) {
      if (!file.includes('describe-task-definition')) continue;
      const doc = JSON.parse(await readFile(file, 'utf8'));
      for (const c of doc.taskDefinition?.containerDefinitions ?? []) {
        for (const e of c.environment ?? []) {
          const found = classifyValue(e.name, e.value);
          if (found && found.kind !== 'aws-access-key-id') secrets.push(e.value);
        }
      }
    }
    assert.ok(secrets.length > 0, 'the demo has plaintext credentials in task definitions');
    const text = await storedText();
    for (const secret of secrets)
      assert.ok(!text.includes(JSON.stringify(secret).slice(1, -1)), 'a secret value reached Neo4j');
  });

  it('a synthetic account: saved queries answer what the in-memory queries answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-neo4j-'));
    try {
      const file = join(dir, 'snapshot.json');
      writeFileSync(
        file,
        JSON.stringify(
          generateSyntheticSnapshot({ roles: 120, taskDefinitions: 15, resources: 300, seed: 7 }),
        ),
      );
      const comparisons = await check(file);
      assert.ok(comparisons > 10, `${comparisons} comparisons`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
