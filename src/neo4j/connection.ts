// Opening a driver on the user's server and checking it is one the saved Cypher runs on (Neo4j 5+).
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jPushError, describeDriverError, hasUserinfo } from './errors.js';

export interface Neo4jTarget {
  uri: string;
  user?: string;
  /** Taken from an environment variable by the CLI: never from the command line. */
  password?: string;
  database?: string;
}

const SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** The major version in a server agent string (`Neo4j/5.26.30`), or undefined. */
export function serverMajorVersion(agent: string): number | undefined {
  const m = /^Neo4j\/(\d+)\./i.exec(agent.trim());
  return m ? Number(m[1]) : undefined;
}

export function checkServerVersion(uri: string, agent: string): void {
  const major = serverMajorVersion(agent);
  if (major === undefined || major < 5) {
    throw new Neo4jPushError(
      uri,
      `server ${agent || '(unknown version)'} is not supported: Neo4j 5 or newer is required`,
      1,
    );
  }
}

export async function openDriver(target: Neo4jTarget): Promise<Driver> {
  if (hasUserinfo(target.uri)) {
    throw new Neo4jPushError(
      target.uri,
      'credentials in the URI are refused: give the user with --user and the password through --password-env',
      2,
    );
  }
  const scheme = /^([a-z0-9+]+):\/\//i.exec(target.uri)?.[1]?.toLowerCase();
  if (!scheme || !SCHEMES.includes(scheme)) {
    throw new Neo4jPushError(
      target.uri,
      `not a Neo4j URI (expected ${SCHEMES.map((s) => `${s}://`).join(', ')})`,
      2,
    );
  }
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user ?? 'neo4j', target.password ?? ''), {
      disableLosslessIntegers: true,
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 20_000,
      maxTransactionRetryTime: 10_000,
      logging: { level: 'error', logger: () => undefined },
    });
  } catch (err) {
    throw new Neo4jPushError(
      target.uri,
      `not a usable Neo4j URI: ${err instanceof Error ? err.message : String(err)}`,
      2,
    );
  }
  try {
    const info = await driver.getServerInfo({ database: target.database });
    checkServerVersion(target.uri, info.agent ?? '');
    return driver;
  } catch (err) {
    await driver.close();
    throw describeDriverError(target.uri, err, 'connecting');
  }
}
