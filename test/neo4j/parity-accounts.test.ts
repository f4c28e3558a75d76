// Parity on real inputs: the demo account (examples/demo) and a small synthetic account
// (bench/synthetic), each built by the full pipeline, pushed, and queried both ways.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { generateSyntheticSnapshot } from '../../bench/synthetic/generate.js';
import { prepareAnalysis } from '../../src/cli/analysis-input.js';
import { savedQueries } from '../../src/neo4j/cypher-files.js';
import { pushGraph } from '../../src/neo4j/push.js';
import { compareWithMemory } from './parity.js';
import { clearDatabase, neo4jUri, testDriver } from './server.js';

const DEMO = fileURLToPath(new URL('../../examples/demo', import.meta.url));

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

  async function check(input: string): Promise<number> {
    const prepared = await prepareAnalysis(input);
    const accounts = prepared.snapshot.accounts.map((a) => a.id);
    const pushable = { graph: prepared.built.graph, sources: prepared.built.sources, accounts };
    const result = await pushGraph(pushable, { uri });
    assert.equal(result.nodes, prepared.built.graph.order);
    assert.ok(prepared.built.sources.length > 0, 'the account has analysis sources');
    return compareWithMemory(driver, pushable, await savedQueries(), {
      assetsPerSource: 5,
      whoCanTargets: 8,
    });
  }

  it('the demo account: saved queries answer what the in-memory queries answer', async () => {
    const comparisons = await check(DEMO);
    assert.ok(comparisons > 10, `${comparisons} comparisons`);
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
