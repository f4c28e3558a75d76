// The one generic loader: the vocabulary's labels and types become `UNWIND $rows AS row MERGE … SET …`
// statements, run in batches, each batch its own transaction. Every value is a parameter; only
// labels and relationship types (checked identifiers from vocabulary.ts) are part of the text.
import neo4j, { type Driver } from 'neo4j-driver';
import type { NodeGroup, RelationshipGroup } from './rows.js';
import { NODE_KEY, NODE_LABEL, RELATIONSHIP_KEY, assertIdentifier } from './vocabulary.js';

export function nodeStatement(labels: readonly string[], owned = true): string {
  const extra = labels.map((l) => `:${assertIdentifier(l)}`).join('');
  const write = 'n = row.props, n.lastupdated = $tag';
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${NODE_LABEL} {${NODE_KEY}: row.id})`,
    // Another account's node: create it if missing, never overwrite what its own push wrote.
    owned
      ? `SET ${write}${extra ? `, n${extra}` : ''}`
      : `ON CREATE SET ${write}${extra ? `, n${extra}` : ''}`,
  ].join('\n');
}

export function relationshipStatement(type: string, owned = true): string {
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${NODE_LABEL} {${NODE_KEY}: row.from})`,
    `MATCH (b:${NODE_LABEL} {${NODE_KEY}: row.to})`,
    `MERGE (a)-[r:${assertIdentifier(type)} {${RELATIONSHIP_KEY}: row.key}]->(b)`,
    `${owned ? 'SET' : 'ON CREATE SET'} r = row.props, r.lastupdated = $tag`,
  ].join('\n');
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
export function plan(nodes: NodeGroup[], relationships: RelationshipGroup[], size: number): Batch[] {
  const nodeParts = nodes.flatMap((g) => {
    const statement = nodeStatement(g.labels, g.owned);
    return chunks(g.rows, size).map((rows, i) => ({
      what: `${g.kind} nodes ${i * size + 1}-${i * size + rows.length}`,
      statement,
      rows,
    }));
  });
  const relationshipParts = relationships.flatMap((g) => {
    const statement = relationshipStatement(g.type, g.owned);
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
