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

export interface Batch {
  kind: 'nodes' | 'relationships';
  /** What the batch writes, for progress and error messages (`AWSRole nodes 1-1000`). */
  what: string;
  statement: string;
  rows: unknown[];
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Nodes first (relationships MATCH their ends), each group cut into batches of `size` rows. */
export function plan(nodes: NodeGroup[], relationships: RelationshipGroup[], size: number): Batch[] {
  const batches: Batch[] = [];
  for (const g of nodes) {
    const statement = nodeStatement(g.labels, g.owned);
    chunks(g.rows, size).forEach((rows, i) =>
      batches.push({
        kind: 'nodes',
        what: `${g.kind} nodes ${i * size + 1}-${i * size + rows.length}`,
        statement,
        rows,
      }),
    );
  }
  for (const g of relationships) {
    const statement = relationshipStatement(g.type, g.owned);
    chunks(g.rows, size).forEach((rows, i) =>
      batches.push({
        kind: 'relationships',
        what: `${g.type} relationships ${i * size + 1}-${i * size + rows.length}`,
        statement,
        rows,
      }),
    );
  }
  return batches;
}

export interface RunBatchesOptions {
  database?: string;
  tag: number;
  /** Called after each committed batch (progress; tests interrupt a push from here). */
  afterBatch?: (done: number, total: number, batch: Batch) => void | Promise<void>;
}

export async function runBatches(driver: Driver, batches: Batch[], opts: RunBatchesOptions): Promise<void> {
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  try {
    let done = 0;
    for (const batch of batches) {
      await session.executeWrite((tx) =>
        tx.run(batch.statement, { rows: batch.rows, tag: neo4j.int(opts.tag) }),
      );
      done++;
      await opts.afterBatch?.(done, batches.length, batch);
    }
  } finally {
    await session.close();
  }
}
