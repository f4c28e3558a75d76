// Pushing one attack graph into Neo4j: schema first, then nodes and relationships in idempotent
// batches stamped with a fresh update tag, then the pushed accounts' older nodes and relationships
// are deleted. An interrupted push leaves only MERGEd data; a re-run stamps everything again and
// the cleanup removes what the interrupted one no longer had.
import neo4j, { type Driver } from 'neo4j-driver';
import { schemaStatements } from './cypher-files.js';
import { openDriver, type Neo4jTarget } from './connection.js';
import { Neo4jPushError, describeDriverError } from './errors.js';
import { plan, runBatches, type Batch, type WriteMode } from './loader.js';
import { nodeGroups, relationshipGroups, type NodeGroup, type PushableGraph } from './rows.js';
import { NODE_KEY, NODE_LABEL, assertIdentifier } from './vocabulary.js';

export interface PushOptions {
  /** Rows per transaction. Default 5000. */
  batchSize?: number;
  afterBatch?: (done: number, total: number, batch: Batch) => void | Promise<void>;
}

export interface PushResult {
  uri: string;
  database?: string;
  updateTag: number;
  accounts: string[];
  nodes: number;
  relationships: number;
  batches: number;
  /** `create` when the database held none of the push's labels (a fresh load), else `merge`. */
  mode: WriteMode;
  deletedNodes: number;
  deletedRelationships: number;
  /** Wall time of the whole push, and of its node and relationship writes. */
  seconds: number;
  nodeSeconds: number;
  relationshipSeconds: number;
}

const CLEANUP_CHUNK = 5000;

/** A tag newer than any this account already has in the database (clocks may step back). */
async function nextUpdateTag(
  driver: Driver,
  database: string | undefined,
  accounts: readonly string[],
): Promise<number> {
  const result = await driver.executeQuery(
    `MATCH (n:${NODE_LABEL}) WHERE n.account IN $accounts RETURN max(n.lastupdated) AS last`,
    { accounts },
    { database },
  );
  const last = Number(result.records[0]?.get('last') ?? 0) || 0;
  return Math.max(Date.now(), last + 1);
}

async function deleteInChunks(
  driver: Driver,
  database: string | undefined,
  statement: string,
  params: object,
): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await driver.executeQuery(
      statement,
      { ...params, chunk: neo4j.int(CLEANUP_CHUNK) },
      { database },
    );
    const n = Number(result.records[0]?.get('deleted') ?? 0);
    total += n;
    if (n < CLEANUP_CHUNK) return total;
  }
}

/**
 * Whether the database holds no node with any label this push writes (nor `BlastmapNode`): then
 * nothing can collide and the push CREATEs instead of MERGEing. Label counts come from Neo4j's
 * count store, so this is instant at any size.
 */
async function writeMode(
  driver: Driver,
  database: string | undefined,
  nodes: NodeGroup[],
): Promise<WriteMode> {
  const labels = [
    ...new Set([NODE_LABEL, ...nodes.flatMap((g) => [...g.labels, ...(g.mergeLabel ? [g.mergeLabel] : [])])]),
  ];
  const counts = labels
    .map((l) => `MATCH (n:${assertIdentifier(l)}) RETURN count(n) AS c`)
    .join(' UNION ALL ');
  const result = await driver.executeQuery(`CALL { ${counts} } RETURN sum(c) AS total`, {}, { database });
  return Number(result.records[0]?.get('total') ?? 0) === 0 ? 'create' : 'merge';
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of await schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
}

export async function pushGraph(
  input: PushableGraph,
  target: Neo4jTarget,
  opts: PushOptions = {},
): Promise<PushResult> {
  const started = Date.now();
  const batchSize = Math.max(1, opts.batchSize ?? 5000);
  const accounts = [...new Set(input.accounts)].sort();
  const nodes = nodeGroups(input);
  const relationships = relationshipGroups(input);
  let batches: Batch[] = [];
  const driver = await openDriver(target);
  const { database } = target;
  let step = 'creating the schema';
  let done = 0;
  try {
    await applySchema(driver, database);
    step = 'choosing the update tag';
    const mode = await writeMode(driver, database, nodes);
    batches = plan(nodes, relationships, batchSize, mode);
    const tag = await nextUpdateTag(driver, database, accounts);
    step = 'writing';
    const nodeBatches = batches.filter((b) => b.kind === 'nodes').length;
    let phaseStart = performance.now();
    let nodeSeconds = 0;
    await runBatches(driver, batches, {
      database,
      tag,
      afterBatch: async (n, total, batch) => {
        done = n;
        if (n === nodeBatches) {
          nodeSeconds = (performance.now() - phaseStart) / 1000;
          phaseStart = performance.now();
        }
        await opts.afterBatch?.(n, total, batch);
      },
    });
    const relationshipSeconds = nodeBatches === batches.length ? 0 : (performance.now() - phaseStart) / 1000;
    step = 'removing stale data';
    // Only what blastmap wrote: attack steps, and structural relationships it created (one that
    // cartography holds too is cartography's to remove).
    const deletedRelationships = await deleteInChunks(
      driver,
      database,
      `MATCH (n:${NODE_LABEL})-[r]-(:${NODE_LABEL})
       WHERE n.account IN $accounts AND r.account IN $accounts AND r.lastupdated < $tag
         AND (r.traversable OR r.blastmapCreated)
       WITH DISTINCT r LIMIT $chunk DELETE r RETURN count(*) AS deleted`,
      { accounts, tag: neo4j.int(tag) },
    );
    const deletedNodes = await deleteInChunks(
      driver,
      database,
      `MATCH (n:${NODE_LABEL}) WHERE n.account IN $accounts AND n.lastupdated < $tag
         AND coalesce(n.blastmapCreated, true)
       WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS deleted`,
      { accounts, tag: neo4j.int(tag) },
    );
    // A stale node that cartography created stays cartography's: blastmap only takes back its mark.
    await deleteInChunks(
      driver,
      database,
      `MATCH (n:${NODE_LABEL}) WHERE n.account IN $accounts AND n.lastupdated < $tag
         AND NOT coalesce(n.blastmapCreated, true)
       WITH n LIMIT $chunk
       REMOVE n:${NODE_LABEL}, n.${NODE_KEY}, n.kind, n.source, n.asset, n.score, n.radius, n.rank, n.account
       RETURN count(*) AS deleted`,
      { accounts, tag: neo4j.int(tag) },
    );
    return {
      uri: target.uri,
      ...(database ? { database } : {}),
      updateTag: tag,
      accounts,
      mode,
      nodes: nodes.reduce((s, g) => s + g.rows.length, 0),
      relationships: relationships.reduce((s, g) => s + g.rows.length, 0),
      batches: batches.length,
      deletedNodes,
      deletedRelationships,
      seconds: (Date.now() - started) / 1000,
      nodeSeconds,
      relationshipSeconds,
    };
  } catch (err) {
    const e = describeDriverError(target.uri, err, step);
    if (step === 'writing') {
      const reason = e.message.slice(e.uri.length + 2);
      throw new Neo4jPushError(
        target.uri,
        `push interrupted after ${done} of ${batches.length} batches (${reason}); re-run the push to complete it`,
        1,
      );
    }
    throw e;
  } finally {
    await driver.close();
  }
}
