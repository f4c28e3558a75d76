// The one generic loader: the vocabulary's labels and types become `UNWIND $rows AS row MERGE … SET …`
// statements, run in batches, each batch its own transaction. Every value is a parameter; only
// labels and relationship types (checked identifiers from vocabulary.ts) are part of the text.
import neo4j, { type Driver } from 'neo4j-driver';
import type { NodeGroup, RelationshipGroup } from './rows.js';
import { NODE_KEY, NODE_LABEL, RELATIONSHIP_KEY, assertIdentifier } from './vocabulary.js';

/** How a push writes: `create` into a database holding none of its labels (a fresh load), else `merge`. */
export type WriteMode = 'create' | 'merge';

const labelsOf = (labels: readonly string[]) => labels.map((l) => `:${assertIdentifier(l)}`).join('');

/**
 * The statement writing one node group. Kinds cartography also loads merge on cartography's
 * (label {id}) so its node is reused, and add blastmap's labels and properties to it (`+=`, keeping
 * cartography's); blastmap's own kinds merge on (:BlastmapNode {blastmapId}). `blastmapCreated`
 * tells the cleanup whether a stale node is blastmap's to delete or cartography's to leave.
 */
export function nodeStatement(
  group: Pick<NodeGroup, 'labels' | 'mergeLabel' | 'owned'>,
  mode: WriteMode = 'merge',
): string {
  const labels = `:${NODE_LABEL}${labelsOf(group.labels)}`;
  if (mode === 'create') {
    return `UNWIND $rows AS row\nCREATE (n${labels})\nSET n = row.props, n.lastupdated = $tag, n.blastmapCreated = true`;
  }
  const merge = group.mergeLabel
    ? `MERGE (n:${assertIdentifier(group.mergeLabel)} {id: row.props.id})`
    : `MERGE (n:${NODE_LABEL} {${NODE_KEY}: row.id})`;
  const lines = ['UNWIND $rows AS row', merge];
  if (!group.owned) {
    // Another account's node: create it if missing, never overwrite what its own push wrote.
    lines.push(
      'ON CREATE SET n.blastmapCreated = true, n.lastupdated = $tag',
      'ON MATCH SET n.blastmapCreated = coalesce(n.blastmapCreated, false)',
      `SET n${labels}, n += CASE WHEN n.kind IS NULL THEN row.props ELSE {${NODE_KEY}: row.id} END`,
    );
  } else if (group.mergeLabel) {
    lines.push(
      'ON CREATE SET n.blastmapCreated = true',
      'ON MATCH SET n.blastmapCreated = coalesce(n.blastmapCreated, false)',
      `SET n${labels}, n += row.props, n.lastupdated = $tag`,
    );
  } else {
    lines.push(`SET n = row.props, n${labels}, n.lastupdated = $tag, n.blastmapCreated = true`);
  }
  return lines.join('\n');
}

/**
 * The statement writing one relationship group. Attack steps are keyed by `key` (technique and
 * access); structural relationships are facts cartography may hold too, so they merge on their
 * type alone and add blastmap's properties to cartography's relationship.
 */
export function relationshipStatement(
  group: Pick<RelationshipGroup, 'type' | 'structural' | 'owned'>,
  mode: WriteMode = 'merge',
): string {
  const type = assertIdentifier(group.type);
  const lines = [
    'UNWIND $rows AS row',
    `MATCH (a:${NODE_LABEL} {${NODE_KEY}: row.from})`,
    `MATCH (b:${NODE_LABEL} {${NODE_KEY}: row.to})`,
  ];
  const created = group.structural ? ', r.blastmapCreated = true' : '';
  if (mode === 'create') {
    lines.push(`CREATE (a)-[r:${type}]->(b)`, `SET r = row.props, r.lastupdated = $tag${created}`);
  } else if (group.structural) {
    lines.push(`MERGE (a)-[r:${type}]->(b)`);
    if (group.owned)
      lines.push(`ON CREATE SET r.blastmapCreated = true`, 'SET r += row.props, r.lastupdated = $tag');
    else lines.push(`ON CREATE SET r += row.props, r.lastupdated = $tag${created}`);
  } else {
    lines.push(
      `MERGE (a)-[r:${type} {${RELATIONSHIP_KEY}: row.key}]->(b)`,
      `${group.owned ? 'SET' : 'ON CREATE SET'} r = row.props, r.lastupdated = $tag`,
    );
  }
  return lines.join('\n');
}

/** One statement over some rows. */
export interface Part {
  statement: string;
  rows: unknown[];
}

/** One transaction: up to `size` rows, possibly of several small groups (fewer commits). */
export interface Batch {
  kind: 'nodes' | 'relationships';
  /** What the batch writes, for progress and error messages (`AWSRole nodes 1-1000, …`). */
  what: string;
  parts: Part[];
  rows: number;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Packs consecutive parts into transactions of at most `size` rows (a part is never split). */
function pack(kind: Batch['kind'], parts: (Part & { what: string })[], size: number): Batch[] {
  const batches: Batch[] = [];
  let current: Batch | undefined;
  for (const part of parts) {
    if (!current || current.rows + part.rows.length > size) {
      current = { kind, what: part.what, parts: [], rows: 0 };
      batches.push(current);
    } else {
      current.what += `, ${part.what}`;
    }
    current.parts.push({ statement: part.statement, rows: part.rows });
    current.rows += part.rows.length;
  }
  return batches;
}

/** Nodes first (relationships MATCH their ends), each group cut into parts of at most `size` rows. */
export function plan(
  nodes: NodeGroup[],
  relationships: RelationshipGroup[],
  size: number,
  mode: WriteMode = 'merge',
): Batch[] {
  const nodeParts = nodes.flatMap((g) => {
    const statement = nodeStatement(g, mode);
    return chunks(g.rows, size).map((rows, i) => ({
      what: `${g.kind} nodes ${i * size + 1}-${i * size + rows.length}`,
      statement,
      rows,
    }));
  });
  const relationshipParts = relationships.flatMap((g) => {
    const statement = relationshipStatement(g, mode);
    return chunks(g.rows, size).map((rows, i) => ({
      what: `${g.type} relationships ${i * size + 1}-${i * size + rows.length}`,
      statement,
      rows,
    }));
  });
  return [...pack('nodes', nodeParts, size), ...pack('relationships', relationshipParts, size)];
}

export interface RunBatchesOptions {
  database?: string;
  tag: number;
  /** Called after each committed batch (progress; tests interrupt a push from here). */
  afterBatch?: (done: number, total: number, batch: Batch) => void | Promise<void>;
}

export async function runBatches(driver: Driver, batches: Batch[], opts: RunBatchesOptions): Promise<void> {
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  const tag = neo4j.int(opts.tag);
  try {
    let done = 0;
    for (const batch of batches) {
      await session.executeWrite(async (tx) => {
        for (const part of batch.parts) await tx.run(part.statement, { rows: part.rows, tag });
      });
      done++;
      await opts.afterBatch?.(done, batches.length, batch);
    }
  } finally {
    await session.close();
  }
}
