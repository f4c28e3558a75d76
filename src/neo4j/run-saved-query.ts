// Running a saved query the way Neo4j Browser does: each `:param name => expression` is evaluated by
// the server (`RETURN expression`), then the query runs with those parameters. Callers may override
// parameters (the parity test and the benchmark pick real ids).
import type { Driver } from 'neo4j-driver';
import type { SavedQuery } from './cypher-files.js';

export async function savedQueryParams(
  driver: Driver,
  query: SavedQuery,
  overrides: Record<string, unknown> = {},
  database?: string,
): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  for (const p of query.params) {
    if (p.name in overrides) continue;
    // The expression comes from our own cypher/ file, exactly as a user pastes it in Browser.
    const result = await driver.executeQuery(
      `RETURN ${p.expression} AS value`,
      {},
      { database, routing: 'READ' },
    );
    params[p.name] = result.records[0].get('value');
  }
  return { ...params, ...overrides };
}

export async function runSavedQuery(
  driver: Driver,
  query: SavedQuery,
  overrides: Record<string, unknown> = {},
  database?: string,
  /** Server-side limit in ms (the benchmark's, so one slow query cannot stall it). */
  timeout?: number,
): Promise<Record<string, unknown>[]> {
  const params = await savedQueryParams(driver, query, overrides, database);
  const result = await driver.executeQuery(query.statement, params, {
    database,
    routing: 'READ',
    ...(timeout ? { transactionConfig: { timeout } } : {}),
  });
  return result.records.map((r) => r.toObject());
}
