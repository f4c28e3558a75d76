// The real Neo4j server the tests push into (started by scripts/services/neo4j.sh).
import type { Context } from 'mocha';
import neo4j, { type Driver } from 'neo4j-driver';
import { serviceUrl } from '../support/services.js';

export function neo4jUri(ctx: Context): string {
  return serviceUrl(ctx, 'BLASTMAP_NEO4J_URI', 'Neo4j 5 (scripts/services/neo4j.sh)');
}

export function testDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { disableLosslessIntegers: true });
}

export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

export async function rows(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(query, params);
  return result.records.map((r) => r.toObject());
}
