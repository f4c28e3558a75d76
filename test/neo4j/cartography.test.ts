// A push into a database cartography already filled: blastmap's nodes merge onto cartography's by
// cartography's keys (label and `id` as its models in cartography/models/aws/* define them), its
// relationship names are cartography's, nothing is duplicated, and a later push that no longer has
// a resource never deletes cartography's node.
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import { pushGraph } from '../../src/neo4j/push.js';
import {
  A,
  DB,
  ODD_BUCKET,
  ODD_NAME,
  WEB,
  WEB_ROLE,
  fixtureGraph,
  node,
  structural,
} from './fixture-graph.js';
import { clearDatabase, neo4jUri, rows, testDriver } from './server.js';

const SG_ID = 'sg-0abc1234';
const SG = `arn:aws:ec2:eu-west-1:${A}:security-group/${SG_ID}`;
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY = `arn:aws:kms:eu-west-1:${A}:key/${KEY_ID}`;
const CLUSTER = `arn:aws:ecs:eu-west-1:${A}:cluster/prod`;
const SERVICE = `arn:aws:ecs:eu-west-1:${A}:service/prod/web`;

/** The fixture graph plus the account, a security group, a key, a cluster and a service. */
function graphWithInfrastructure() {
  const input = fixtureGraph();
  const g = input.graph;
  node(g, A, 'AWSAccount', A, { name: 'prod' });
  node(g, SG, 'EC2SecurityGroup', A, { props: { groupId: SG_ID } });
  node(g, KEY, 'KMSKey', A);
  node(g, CLUSTER, 'AWSECSCluster', A);
  node(g, SERVICE, 'AWSECSService', A);
  structural(g, A, WEB_ROLE, 'RESOURCE');
  structural(g, A, ODD_BUCKET, 'RESOURCE');
  structural(g, DB, SG, 'MEMBER_OF_SECURITY_GROUP');
  structural(g, ODD_BUCKET, KEY, 'ENCRYPTED_BY');
  structural(g, SERVICE, CLUSTER, 'IN_CLUSTER');
  structural(g, SERVICE, WEB, 'HAS_TASK_DEFINITION');
  return input;
}

/** What a cartography sync of account A writes for the same resources (labels, ids, relationships). */
async function loadCartographyFixture(driver: Driver): Promise<void> {
  await driver.executeQuery(
    `CREATE (acct:AWSAccount:Tenant {id: $A, name: 'prod', inscope: true, lastupdated: 1700000000})
     CREATE (role:AWSRole:AWSPrincipal:PermissionRole {id: $role, arn: $role, roleid: 'AROAEXAMPLE', name: 'web-task', lastupdated: 1700000000})
     CREATE (bucket:AWSS3Bucket:S3Bucket:ObjectStorage {id: $bucketName, name: $bucketName, arn: $bucket, region: 'eu-west-1', lastupdated: 1700000000})
     CREATE (td:AWSECSTaskDefinition:ECSTaskDefinition {id: $td, arn: $td, family: 'web', lastupdated: 1700000000})
     CREATE (db:AWSRDSInstance:RDSInstance:Database {id: $db, arn: $db, db_instance_identifier: 'orders', lastupdated: 1700000000})
     CREATE (sg:AWSEC2SecurityGroup:EC2SecurityGroup:NetworkAccessControl {id: $sgId, groupid: $sgId, lastupdated: 1700000000})
     CREATE (key:AWSKMSKey:KMSKey:EncryptionKey {id: $keyId, arn: $key, lastupdated: 1700000000})
     CREATE (cluster:AWSECSCluster {id: $cluster, arn: $cluster, lastupdated: 1700000000})
     CREATE (service:AWSECSService {id: $service, arn: $service, lastupdated: 1700000000})
     CREATE (acct)-[:RESOURCE {lastupdated: 1700000000, firstseen: 1}]->(role)
     CREATE (acct)-[:RESOURCE {lastupdated: 1700000000, firstseen: 1}]->(bucket)
     CREATE (td)-[:HAS_TASK_ROLE {lastupdated: 1700000000}]->(role)
     CREATE (db)-[:MEMBER_OF_EC2_SECURITY_GROUP {lastupdated: 1700000000}]->(sg)
     CREATE (bucket)-[:ENCRYPTED_BY {lastupdated: 1700000000}]->(key)
     CREATE (cluster)-[:HAS_SERVICE {lastupdated: 1700000000}]->(service)
     CREATE (service)-[:HAS_TASK_DEFINITION {lastupdated: 1700000000}]->(td)`,
    {
      A,
      role: WEB_ROLE,
      bucket: ODD_BUCKET,
      bucketName: ODD_NAME,
      td: WEB,
      db: DB,
      sgId: SG_ID,
      key: KEY,
      keyId: KEY_ID,
      cluster: CLUSTER,
      service: SERVICE,
    },
  );
}

/** Any (label, id) held by two nodes, and any (type, from, to) held by two structural relationships. */
async function duplicates(driver: Driver): Promise<unknown[]> {
  const nodes = await rows(
    driver,
    `MATCH (n) UNWIND labels(n) AS label WITH label, n.id AS id, count(*) AS c WHERE c > 1
     RETURN label, id, c ORDER BY label, id`,
  );
  const rels = await rows(
    driver,
    `MATCH (a)-[r]->(b) WHERE NOT coalesce(r.traversable, false)
     WITH type(r) AS type, a.id AS from, b.id AS to, count(*) AS c WHERE c > 1
     RETURN type, from, to, c ORDER BY type, from, to`,
  );
  return [...nodes, ...rels];
}

describe('neo4j push onto cartography data (real Neo4j 5 server)', function () {
  this.timeout(120_000);
  let uri: string;
  let driver: Driver;

  before(function () {
    uri = neo4jUri(this);
    driver = testDriver(uri);
  });
  beforeEach(async () => {
    await clearDatabase(driver);
    await loadCartographyFixture(driver);
  });
  after(async () => driver?.close());

  it("merges onto cartography's nodes by its keys, adds blastmap's labels and properties, duplicates nothing", async () => {
    const input = graphWithInfrastructure();
    const result = await pushGraph(input, { uri });
    assert.equal(result.mode, 'merge');
    assert.deepEqual(await duplicates(driver), []);
    // Every node of the graph exists once; cartography's nine are among them.
    const [{ n }] = await rows(driver, 'MATCH (n) RETURN count(n) AS n');
    assert.equal(n, input.graph.order);

    const [role] = await rows(
      driver,
      'MATCH (r:AWSRole {id: $id}) RETURN labels(r) AS labels, r.roleid AS roleid, r.blastmapId AS key, r.kind AS kind',
      { id: WEB_ROLE },
    );
    assert.ok((role.labels as string[]).includes('BlastmapNode'));
    assert.ok((role.labels as string[]).includes('PermissionRole'), "cartography's labels stay");
    assert.deepEqual(
      { ...role, labels: undefined },
      {
        labels: undefined,
        roleid: 'AROAEXAMPLE',
        key: WEB_ROLE,
        kind: 'AWSRole',
      },
    );
    // Buckets by name, security groups by group id, keys by key id: cartography's ids are kept.
    const keyed = await rows(
      driver,
      `MATCH (n:BlastmapNode) WHERE n.blastmapId IN $ids RETURN n.blastmapId AS blastmapId, n.id AS id ORDER BY id`,
      { ids: [ODD_BUCKET, SG, KEY] },
    );
    assert.deepEqual(
      keyed,
      [
        { blastmapId: KEY, id: KEY_ID },
        { blastmapId: SG, id: SG_ID },
        { blastmapId: ODD_BUCKET, id: ODD_NAME },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    // Relationship names and directions are cartography's; the graph's own names are not stored.
    const types = await rows(
      driver,
      `MATCH (a)-[r]->(b) WHERE NOT coalesce(r.traversable, false)
       RETURN type(r) AS type, a.id AS from, b.id AS to, count(*) AS c ORDER BY type, from, to`,
    );
    const has = (type: string, from: string, to: string) =>
      assert.ok(
        types.some((t) => t.type === type && t.from === from && t.to === to && t.c === 1),
        `${type} ${from} → ${to}`,
      );
    has('RESOURCE', A, WEB_ROLE);
    has('HAS_TASK_ROLE', WEB, WEB_ROLE);
    has('MEMBER_OF_EC2_SECURITY_GROUP', DB, SG_ID);
    has('ENCRYPTED_BY', ODD_NAME, KEY_ID);
    has('HAS_SERVICE', CLUSTER, SERVICE);
    has('HAS_TASK_DEFINITION', SERVICE, WEB);
    assert.ok(!types.some((t) => t.type === 'IN_CLUSTER' || t.type === 'MEMBER_OF_SECURITY_GROUP'));
    // cartography's relationship keeps its own properties; blastmap's are added.
    const [resource] = await rows(
      driver,
      'MATCH (:AWSAccount {id: $A})-[r:RESOURCE]->(:AWSRole {id: $role}) RETURN r.firstseen AS firstseen, r.account AS account',
      { A, role: WEB_ROLE },
    );
    assert.deepEqual(resource, { firstseen: 1, account: A });

    // Pushing again changes nothing.
    await pushGraph(graphWithInfrastructure(), { uri });
    assert.deepEqual(await duplicates(driver), []);
    const [{ again }] = await rows(driver, 'MATCH (n) RETURN count(n) AS again');
    assert.equal(again, input.graph.order);
  });

  it("a later push without a resource leaves cartography's node and relationships, removing only blastmap's mark", async () => {
    await pushGraph(graphWithInfrastructure(), { uri });
    const next = graphWithInfrastructure();
    next.graph.dropNode(SG);
    next.accounts = [A];
    await pushGraph(next, { uri });
    const [sg] = await rows(
      driver,
      `MATCH (sg:AWSEC2SecurityGroup {id: $id}) OPTIONAL MATCH (db)-[r:MEMBER_OF_EC2_SECURITY_GROUP]->(sg)
       RETURN labels(sg) AS labels, sg.groupid AS groupid, sg.blastmapId AS key, count(r) AS rels`,
      { id: SG_ID },
    );
    assert.equal(sg.groupid, SG_ID);
    assert.equal(sg.key, null);
    assert.ok(!(sg.labels as string[]).includes('BlastmapNode'));
    assert.equal(sg.rels, 1, "cartography's relationship stays");
  });

  it('into an empty database the push creates (a fresh load) and the graph is the same as a merged one', async () => {
    await clearDatabase(driver);
    const fresh = await pushGraph(graphWithInfrastructure(), { uri });
    assert.equal(fresh.mode, 'create');
    const snapshot = async () =>
      rows(
        driver,
        `MATCH (a:BlastmapNode)-[r]->(b:BlastmapNode)
         RETURN a.blastmapId AS from, type(r) AS type, r.key AS key, b.blastmapId AS to ORDER BY from, type, key, to`,
      );
    const created = await snapshot();
    const again = await pushGraph(graphWithInfrastructure(), { uri });
    assert.equal(again.mode, 'merge');
    assert.equal(again.deletedRelationships, 0);
    assert.equal(again.deletedNodes, 0);
    assert.deepEqual(await snapshot(), created);
    assert.deepEqual(await duplicates(driver), []);
  });
});
