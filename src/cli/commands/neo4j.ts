// `blastmap neo4j push <dump|snapshot>`: writes the attack graph into Neo4j for exploration in
// Neo4j Browser (see docs/neo4j.md). The password comes from an environment variable only.
import { Neo4jPushError } from '../../neo4j/errors.js';
import { pushGraph } from '../../neo4j/push.js';
import { analyze } from '../../queries/analyze.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import { defineCommand } from '../command-spec.js';
import { INPUT_ARGUMENT } from '../input-command.js';
import { text, wholeNumber } from '../option-specs.js';

const DEFAULT_URI = 'bolt://localhost:7687';

function refusePassword(): never {
  throw new InputError(
    'the password is never taken on the command line',
    {},
    { hint: 'put it in an environment variable and name it with --password-env VAR' },
  );
}

export const command = defineCommand({
  name: 'neo4j',
  usage: ['push <input> [options]'],
  description: `Writes the attack graph (the same nodes, labels and edges as the in-memory analysis) into Neo4j 5,
in batched idempotent transactions. Re-pushing an account replaces its stale nodes and
relationships and leaves other accounts alone. Saved queries to run in Neo4j Browser: cypher/queries/.`,
  arguments: [{ name: '<push>', description: 'the operation: push' }, INPUT_ARGUMENT],
  arityError: {
    message: 'usage: blastmap neo4j push <dump-folder|snapshot.json> [--uri bolt://…]',
    hint: 'blastmap neo4j --help',
  },
  options: {
    uri: text('--uri <uri>', `Bolt URI (default: $NEO4J_URI, else ${DEFAULT_URI})`),
    user: text('--user <user>', 'user name (default: $NEO4J_USER, else neo4j)'),
    passwordEnv: text(
      '--password-env <var>',
      'read the password from environment variable VAR (default: NEO4J_PASSWORD); never on the command line',
    ),
    // Declared to be refused (value optional, so `--password` alone is refused the same way).
    password: { ...text('--password [password]', 'refused'), hidden: true, parse: refusePassword },
    database: text('--database <name>', "database (default: the server's default database)"),
    batchSize: wholeNumber('--batch-size <n>', 'rows per transaction', { min: 1, default: 1000 }),
  },
  async run([sub, input], values, io) {
    if (values.password !== undefined) refusePassword();
    if (sub !== 'push') {
      throw new InputError(
        'usage: blastmap neo4j push <dump-folder|snapshot.json> [--uri bolt://…]',
        {},
        { hint: 'blastmap neo4j --help' },
      );
    }
    const passwordVar = values.passwordEnv ?? 'NEO4J_PASSWORD';
    const password = io.env[passwordVar];
    if (values.passwordEnv !== undefined && password === undefined) {
      throw new InputError(`environment variable ${passwordVar} (named by --password-env) is not set`);
    }
    const uri = values.uri ?? io.env.NEO4J_URI ?? DEFAULT_URI;
    const prepared = await prepareAnalysis(input);
    const accounts = prepared.snapshot.accounts.map((a) => a.id);
    try {
      const result = await pushGraph(
        // The CLI's ranking goes along: sources carry analyze's score, radius and rank.
        {
          graph: prepared.built.graph,
          sources: prepared.built.sources,
          accounts,
          ranking: analyze(prepared.built, prepared.snapshot).sources,
        },
        { uri, user: values.user ?? io.env.NEO4J_USER ?? 'neo4j', password, database: values.database },
        {
          batchSize: values.batchSize,
          afterBatch: io.isTty ? (done, total) => io.stderr(`\rneo4j: batch ${done}/${total}`) : undefined,
        },
      );
      if (io.isTty) io.stderr('\n');
      io.stdout(
        `pushed ${result.nodes} nodes and ${result.relationships} relationships for account ${result.accounts.join(', ')} ` +
          `to ${result.uri}${result.database ? ` (database ${result.database})` : ''} in ${result.seconds.toFixed(1)} s; ` +
          `removed ${result.deletedNodes} stale nodes and ${result.deletedRelationships} stale relationships ` +
          `(update tag ${result.updateTag})\n`,
      );
      return 0;
    } catch (err) {
      if (err instanceof Neo4jPushError) {
        if (io.isTty) io.stderr('\n');
        io.stderr(`blastmap neo4j: ${err.message}\n`);
        return err.exitCode;
      }
      throw err;
    }
  },
});
