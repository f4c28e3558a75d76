// How driver faults become the one line a user reads. The live faults (unreachable server, missing
// database, interrupted push) are exercised against the real server in push.test.ts; the test
// server runs without authentication and is Neo4j 5, so refused credentials and an old server are
// checked here on the driver's own error objects and agent strings.
import assert from 'node:assert/strict';
import { Neo4jError } from 'neo4j-driver';
import { checkServerVersion, serverMajorVersion } from '../../src/neo4j/connection.js';
import { Neo4jPushError, describeDriverError, withoutUserinfo } from '../../src/neo4j/errors.js';

const URI = 'bolt://db.example:7687';

describe('neo4j faults', () => {
  it('never shows a URI with its userinfo, even inside a driver message', () => {
    assert.equal(withoutUserinfo('bolt://u:p/w@d@db:7687'), 'bolt://<redacted>@db:7687');
    assert.equal(withoutUserinfo(URI), URI);
    const uri = 'bolt://neo4j:Pl4nted@db:7687';
    const err = new Neo4jPushError(uri, `could not reach ${uri}`, 1);
    assert.equal(err.message, 'bolt://<redacted>@db:7687: could not reach bolt://<redacted>@db:7687');
    assert.equal(err.uri, 'bolt://<redacted>@db:7687');
  });

  it('refused credentials name the server and say which options to check (exit code 2)', () => {
    const err = describeDriverError(
      URI,
      new Neo4jError(
        'The client is unauthorized due to authentication failure.',
        'Neo.ClientError.Security.Unauthorized',
        '',
        '',
      ),
      'connecting',
    );
    assert.equal(err.exitCode, 2);
    assert.equal(
      err.message,
      `${URI}: authentication failed (check --user and --password-env): The client is unauthorized due to authentication failure.`,
    );
  });

  it('a server older than Neo4j 5 is refused with its version in the message (exit code 1)', () => {
    assert.equal(serverMajorVersion('Neo4j/5.26.30'), 5);
    assert.equal(serverMajorVersion('Neo4j/4.4.40'), 4);
    assert.doesNotThrow(() => checkServerVersion(URI, 'Neo4j/5.26.30'));
    assert.doesNotThrow(() => checkServerVersion(URI, 'Neo4j/2025.01.0'));
    assert.throws(
      () => checkServerVersion(URI, 'Neo4j/4.4.40'),
      (e: unknown) =>
        e instanceof Neo4jPushError &&
        e.exitCode === 1 &&
        e.message === `${URI}: server Neo4j/4.4.40 is not supported: Neo4j 5 or newer is required`,
    );
  });

  it('keeps only the first line of a multi-line driver message', () => {
    const err = describeDriverError(URI, new Error('boom\n  at somewhere'), 'writing');
    assert.equal(err.message, `${URI}: writing failed: boom`);
  });
});
