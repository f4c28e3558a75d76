// Pushing attack graphs into a real Neo4j 5: what is written, idempotence, replacement of one
// account's stale data, hostile names as data, and the faults a user meets.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { pushGraph } from '../../src/neo4j/push.js';
import { Neo4jPushError } from '../../src/neo4j/errors.js';
import {
  A,
  ADMIN_A,
  AUDIT_B,
  B,
  DB,
  ODD_BUCKET,
  ODD_NAME,
  OPS,
  WEB,
  WEB_ROLE,
  fixtureGraph,
  node,
  step,
} from './fixture-graph.js';
import { clearDatabase, neo4jUri, rows, testDriver } from './server.js';

async function counts(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const [r] = await rows(
    driver,
    'MATCH (n:BlastmapNode) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels',
  );
  return { nodes: r.nodes as number, rels: r.rels as number };
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('neo4j push (real Neo4j 5 server)', function () {
  this.timeout(60_000);
  let uri: string;
  let driver: Driver;

  before(function () {
    uri = neo4jUri(this);
    driver = testDriver(uri);
  });
  beforeEach(async () => clearDatabase(driver));
  after(async () => driver?.close());

  it('writes every node with its labels and properties, and every edge with its step properties', async () => {
    const input = fixtureGraph();
    const result = await pushGraph(input, { uri });
    assert.equal(result.nodes, 13);
    // 13 edges, two of them parallel twins of one step: 12 relationships.
    assert.equal(result.relationships, 12);
    assert.deepEqual(await counts(driver), { nodes: 13, rels: 12 });

    const [role] = await rows(
      driver,
      'MATCH (r:BlastmapNode {id: $id}) RETURN labels(r) AS labels, r AS props',
      {
        id: WEB_ROLE,
      },
    );
    assert.deepEqual([...(role.labels as string[])].sort(), ['AWSPrincipal', 'AWSRole', 'BlastmapNode']);
    const props = (role.props as { properties: Record<string, unknown> }).properties;
    assert.equal(props.name, 'web-task "prod" {é}');
    assert.equal(props.arn, WEB_ROLE);
    assert.equal(props.account, A);
    assert.equal(props.lastupdated, result.updateTag);

    const [task] = await rows(
      driver,
      'MATCH (t:AWSECSTaskDefinition {id: $id}) RETURN t.source AS source, t.family AS family, t.revision AS revision',
      { id: WEB },
    );
    assert.deepEqual(task, { source: true, family: 'web', revision: 3 });

    const [edge] = await rows(
      driver,
      `MATCH (:AWSRole {id: $from})-[r:CAN_BECOME]->(:AWSRole {id: $to}) RETURN r.technique AS technique,
         r.conditional AS conditional, r.conditionKeys AS keys, r.continues AS continues, r.evidence AS evidence,
         r.evidenceActions AS actions, r.evidencePolicies AS policies, r.account AS account`,
      { from: WEB_ROLE, to: OPS },
    );
    assert.equal(edge.technique, 'sts-assume-role');
    assert.equal(edge.conditional, true);
    assert.deepEqual(edge.keys, ['aws:SourceIp']);
    assert.equal(edge.continues, true);
    assert.deepEqual(edge.actions, ['sts:AssumeRole']);
    assert.deepEqual(edge.policies, [`${WEB_ROLE}#inline/allow`]);
    assert.equal(JSON.parse(edge.evidence as string)[0].statements[0].sid, 'A"1');
    assert.equal(edge.account, A);

    // The conditional twin of the cross-account step did not make it conditional.
    const [cross] = await rows(
      driver,
      'MATCH (:AWSRole {id: $from})-[r:CAN_BECOME]->(:AWSRole {id: $to}) RETURN count(r) AS n, collect(r.conditional) AS c',
      { from: OPS, to: AUDIT_B },
    );
    assert.deepEqual(cross, { n: 1, c: [false] });

    // Admin is a terminal asset: its step obtains admin and a path does not go on from it.
    const [admin] = await rows(
      driver,
      'MATCH ()-[r]->(:Admin {id: $id}) RETURN r.access AS access, r.continues AS continues',
      {
        id: ADMIN_A,
      },
    );
    assert.deepEqual(admin, { access: 'admin', continues: false });
  });

  it('round-trips names with quotes, backticks, braces and non-ASCII text as plain data', async () => {
    await pushGraph(fixtureGraph(), { uri });
    const [bucket] = await rows(
      driver,
      'MATCH (b:S3Bucket {blastmapId: $id}) RETURN b.name AS name, b.tags AS tags',
      {
        id: ODD_BUCKET,
      },
    );
    assert.equal(bucket.name, ODD_NAME);
    assert.deepEqual(bucket.tags, ['data-classification=confidential', "owner='ops' `team`"]);
    // The hostile name executed nothing: every node is still there.
    assert.equal((await counts(driver)).nodes, 13);
  });

  it('is idempotent: pushing the same graph again changes nothing but the update tag', async () => {
    const first = await pushGraph(fixtureGraph(), { uri });
    const before = await rows(
      driver,
      'MATCH (n:BlastmapNode) RETURN n.blastmapId AS id, properties(n) AS p ORDER BY id',
    );
    const second = await pushGraph(fixtureGraph(), { uri });
    assert.ok(second.updateTag > first.updateTag);
    assert.equal(second.deletedNodes, 0);
    assert.equal(second.deletedRelationships, 0);
    assert.deepEqual(await counts(driver), { nodes: 13, rels: 12 });
    const after = await rows(
      driver,
      'MATCH (n:BlastmapNode) RETURN n.blastmapId AS id, properties(n) AS p ORDER BY id',
    );
    const strip = (list: Record<string, unknown>[]) =>
      list.map((r) => ({ ...r, p: { ...(r.p as object), lastupdated: 0 } }));
    assert.deepEqual(strip(after), strip(before));
  });

  it("replaces the pushed account's stale nodes and relationships and leaves other accounts alone", async () => {
    await pushGraph(fixtureGraph(), { uri });
    // Account A again, without ops (and so without its steps); B is not part of this push.
    const next = fixtureGraph();
    next.graph.dropNode(OPS);
    next.accounts = [A];
    const result = await pushGraph(next, { uri });
    assert.equal(result.deletedNodes, 1);
    // web-task→ops, ops→Admin A and ops→audit went with ops (DETACH); nothing else of A was stale.
    const ids = (await rows(driver, 'MATCH (n:BlastmapNode) RETURN n.blastmapId AS id')).map((r) => r.id);
    assert.ok(!ids.includes(OPS));
    assert.ok(ids.includes(AUDIT_B), "B's nodes stay");
    const [b] = await rows(driver, 'MATCH (:AWSRole {id: $id})-[r:CAN_READ]->() RETURN count(r) AS n', {
      id: AUDIT_B,
    });
    assert.equal(b.n, 1, "B's relationships stay");

    // A relationship removed between two surviving nodes of A is removed too.
    const third = fixtureGraph();
    third.graph.dropNode(OPS);
    third.accounts = [A];
    third.graph.dropEdge(third.graph.edges(WEB_ROLE, ODD_BUCKET)[0]);
    const r3 = await pushGraph(third, { uri });
    assert.equal(r3.deletedRelationships, 1);
    assert.equal(r3.deletedNodes, 0);
    const [gone] = await rows(
      driver,
      'MATCH (:BlastmapNode {blastmapId: $a})-[r]->(:BlastmapNode {blastmapId: $b}) RETURN count(r) AS n',
      {
        a: WEB_ROLE,
        b: ODD_BUCKET,
      },
    );
    assert.equal(gone.n, 0);
  });

  it("a push of account A creates the B nodes it references but never overwrites what B's push wrote", async () => {
    // B's own push: its audit role with B's view of it.
    const bPush = fixtureGraph();
    bPush.accounts = [B];
    bPush.graph.mergeNodeAttributes(AUDIT_B, { props: { trustedBy: 'B-own-data' } });
    const bResult = await pushGraph(bPush, { uri });
    // A's push references audit as a bare stub (A's snapshot does not describe B).
    const aPush = fixtureGraph();
    aPush.accounts = [A];
    aPush.graph.mergeNodeAttributes(AUDIT_B, { name: 'stub', props: {} });
    await pushGraph(aPush, { uri });
    const [audit] = await rows(
      driver,
      'MATCH (r:BlastmapNode {id: $id}) RETURN r.name AS name, r.trustedBy AS trustedBy, r.lastupdated AS tag',
      { id: AUDIT_B },
    );
    assert.deepEqual(audit, { name: 'audit', trustedBy: 'B-own-data', tag: bResult.updateTag });
  });

  it('an interrupted push names the server and the cause, and a re-run completes it', async () => {
    await pushGraph(fixtureGraph(), { uri });
    // The account changes: a new role and step appear, ops disappears. The push dies after 2 batches.
    const next = fixtureGraph();
    next.graph.dropNode(OPS);
    const NEW_ROLE = `arn:aws:iam::${A}:role/new-role`;
    node(next.graph, NEW_ROLE, 'AWSRole', A);
    step(next.graph, WEB_ROLE, NEW_ROLE, 'CAN_BECOME', 'sts-assume-role');
    await assert.rejects(
      pushGraph(
        next,
        { uri },
        {
          batchSize: 2,
          afterBatch: (done) => {
            if (done === 2) throw new Error('connection reset by peer');
          },
        },
      ),
      (err: unknown) => {
        assert.ok(err instanceof Neo4jPushError);
        assert.equal(err.exitCode, 1);
        assert.match(
          err.message,
          new RegExp(
            `^${uri.replace(/[.+]/g, '\\$&')}: push interrupted after 2 of \\d+ batches \\(.*connection reset by peer\\); re-run`,
          ),
        );
        return true;
      },
    );
    // Half-written: ops (stale) is still there, the new step is not.
    let ids = (await rows(driver, 'MATCH (n:BlastmapNode) RETURN n.blastmapId AS id')).map((r) => r.id);
    assert.ok(ids.includes(OPS));

    const rerun = await pushGraph(next, { uri }, { batchSize: 2 });
    assert.equal(rerun.deletedNodes, 1);
    ids = (await rows(driver, 'MATCH (n:BlastmapNode) RETURN n.blastmapId AS id')).map((r) => r.id);
    assert.ok(!ids.includes(OPS));
    assert.ok(ids.includes(NEW_ROLE));
    assert.deepEqual(await counts(driver), { nodes: next.graph.order, rels: rerun.relationships });
  });

  it('an unreachable server gives one line naming the URI and the cause, exit code 1', async () => {
    const dead = `bolt://127.0.0.1:${await closedPort()}`;
    await assert.rejects(pushGraph(fixtureGraph(), { uri: dead }), (err: unknown) => {
      assert.ok(err instanceof Neo4jPushError);
      assert.equal(err.exitCode, 1);
      assert.ok(err.message.startsWith(`${dead}: cannot reach Neo4j`), err.message);
      assert.ok(!err.message.includes('\n'));
      return true;
    });
  });

  it("a URI that is not a Neo4j one, or a database that does not exist, is the user's to fix: exit code 2", async () => {
    await assert.rejects(pushGraph(fixtureGraph(), { uri: 'http://127.0.0.1:7474' }), (err: unknown) => {
      assert.ok(err instanceof Neo4jPushError && err.exitCode === 2 && /not a Neo4j URI/.test(err.message));
      return true;
    });
    await assert.rejects(pushGraph(fixtureGraph(), { uri, database: 'nosuchdb' }), (err: unknown) => {
      assert.ok(err instanceof Neo4jPushError, String(err));
      assert.equal(err.exitCode, 2, err.message);
      assert.match(err.message, /database not found/);
      return true;
    });
  });

  it('B alone can be pushed after A and B, and then both are present', async () => {
    const onlyB = fixtureGraph();
    onlyB.accounts = [B];
    await pushGraph(fixtureGraph(), { uri });
    const r = await pushGraph(onlyB, { uri });
    assert.equal(r.deletedNodes, 0);
    assert.deepEqual(await counts(driver), { nodes: 13, rels: 12 });
    const [d] = await rows(driver, 'MATCH (n {id: $id}) RETURN n.kind AS kind', { id: DB });
    assert.equal(d.kind, 'RDSInstance');
  });
});
