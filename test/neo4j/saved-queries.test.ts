// The saved queries of cypher/queries/ run as pasted in Neo4j Browser (their `:param` lines
// evaluated by the server), and on a hand-built graph they answer what the in-memory queries answer.
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import { savedQueries, type SavedQuery } from '../../src/neo4j/cypher-files.js';
import { pushGraph } from '../../src/neo4j/push.js';
import { runSavedQuery } from '../../src/neo4j/run-saved-query.js';
import {
  A,
  ADMIN_A,
  DB,
  LOGS_B,
  ODD_BUCKET,
  OPS,
  WEB,
  WEB_ROLE,
  WORKER,
  fixtureGraph,
  node,
  step,
} from './fixture-graph.js';
import { clearDatabase, neo4jUri, testDriver } from './server.js';
import { compareWithMemory } from './parity.js';

describe('saved Cypher queries (real Neo4j 5 server)', function () {
  this.timeout(60_000);
  let uri: string;
  let driver: Driver;
  let queries: SavedQuery[];

  before(async function () {
    uri = neo4jUri(this);
    driver = testDriver(uri);
    await clearDatabase(driver);
    await pushGraph(fixtureGraph(), { uri });
    queries = await savedQueries();
  });
  after(async () => driver?.close());

  it('each file states its question and declares every parameter its query uses', async () => {
    assert.ok(queries.length >= 8, `found ${queries.length} saved queries`);
    for (const q of queries) {
      assert.match(q.header, /^Question: .+\?/, `${q.name}: header must start with the question`);
      assert.match(q.header, /Parameters?: /, `${q.name}: header must list the parameters`);
      const used = new Set([...q.statement.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      assert.deepEqual(
        [...used].sort(),
        q.params.map((p) => p.name).sort(),
        `${q.name}: :param lines vs query`,
      );
      assert.match(q.statement, /\{0,5\}|^(?![\s\S]*SHORTEST)/, `${q.name}: path queries are bounded`);
    }
  });

  it('every saved query runs with its own :param values', async () => {
    for (const q of queries) {
      await assert.doesNotReject(runSavedQuery(driver, q), q.name);
    }
  });

  it('answers the example questions on the hand-built graph', async () => {
    const byName = new Map(queries.map((q) => [q.name, q]));
    const run = (name: string, params: Record<string, unknown> = {}) =>
      runSavedQuery(driver, byName.get(name)!, params);

    const ranked = await run('01-tasks-by-blast-radius');
    assert.deepEqual(
      ranked.map((r) => [r.task, r.assets, r.reachesAdmin, r.hopsToAdmin]),
      [
        [WEB, 5, true, 3],
        [WORKER, 1, false, null],
      ],
    );

    const toAdmin = await run('03-shortest-paths-to-admin', { source: WEB });
    assert.deepEqual(
      toAdmin.map((r) => [r.admin, r.hops, r.techniques, r.conditional]),
      [[ADMIN_A, 3, ['ecs-task-metadata-creds', 'sts-assume-role', 'iam-put-role-policy-self'], true]],
    );

    // The database is reached through the secret's value (a value holder the path goes through).
    const toDb = await run('04-shortest-paths-to-asset', { source: WEB, target: DB });
    assert.deepEqual(
      toDb.map((r) => [r.hops, r.access, r.nodes]),
      [[2, 'admin', [WEB, byId('secret'), DB]]],
    );

    const who = await run('05-who-can-reach-asset', { target: ODD_BUCKET });
    assert.ok(who.some((r) => r.source === WEB && r.hops === 2));

    const viaAssume = await run('06-paths-using-technique', { technique: 'sts-assume-role-cross-account' });
    assert.deepEqual(
      viaAssume.map((r) => [r.source, r.asset, r.hops]),
      [[WEB, LOGS_B, 4]],
    );

    const conditional = await run('07-conditional-steps');
    assert.deepEqual(
      conditional.map((r) => [r.technique, r.to, r.conditionKeys]),
      [['sts-assume-role', OPS, ['aws:SourceIp']]],
    );

    const cross = await run('08-cross-account-paths');
    assert.deepEqual(
      cross.map((r) => [r.source, r.asset, r.hops]),
      [[WEB, LOGS_B, 4]],
    );
  });

  it('finds the shortest path that uses the technique even when a shorter one does not', async () => {
    // web:3 reaches the odd bucket in 2 steps; a 4-step detour through a `long-way` role uses the technique.
    const input = fixtureGraph();
    const DETOUR = 'arn:aws:iam::111111111111:role/detour';
    node(input.graph, DETOUR, 'AWSRole', A);
    step(input.graph, WEB_ROLE, DETOUR, 'CAN_BECOME', 'long-way');
    step(input.graph, DETOUR, OPS, 'CAN_BECOME', 'sts-assume-role');
    step(input.graph, OPS, ODD_BUCKET, 'CAN_WRITE', 's3-write', { access: 'write' });
    await pushGraph(input, { uri });
    try {
      const q = queries.find((x) => x.name === '06-paths-using-technique')!;
      const rows = await runSavedQuery(driver, q, { technique: 'long-way' });
      assert.deepEqual(
        rows.filter((r) => r.asset === ODD_BUCKET).map((r) => [r.source, r.hops, r.techniques]),
        [[WEB, 4, ['ecs-task-metadata-creds', 'long-way', 'sts-assume-role', 's3-write']]],
      );
    } finally {
      await clearDatabase(driver);
      await pushGraph(fixtureGraph(), { uri });
    }
  });

  it('agrees with the in-memory queries on the hand-built graph (sources, targets, path lengths, radius sets)', async () => {
    const input = fixtureGraph();
    await compareWithMemory(driver, input, queries);
  });
});

function byId(part: string): string {
  const g = fixtureGraph().graph;
  return g.nodes().find((n) => n.includes(part))!;
}
