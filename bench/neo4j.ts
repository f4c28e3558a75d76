// Neo4j benchmark: push a synthetic account (bench/synthetic), or a dump or snapshot given with
// --input (e.g. examples/demo), into a real Neo4j 5, push it again, and time each saved query on
// it. Uses $BLASTMAP_NEO4J_URI (or --uri) when set; otherwise installs and starts the test server
// with scripts/services/neo4j.sh (heap: --heap, default 512m) and stops it at the end. The
// database is cleared first, so the first push is a fresh load (CREATE).
//   npm run bench -- neo4j [--roles N] [--task-definitions N] [--resources N] [--seed N]
//                          [--input PATH] [--batch-size N] [--heap 1g] [--query-timeout S] [--uri bolt://…]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { prepareAnalysis } from '../src/cli/analysis-input.js';
import { savedQueries } from '../src/neo4j/cypher-files.js';
import { pushGraph } from '../src/neo4j/push.js';
import { runSavedQuery } from '../src/neo4j/run-saved-query.js';
import { analyze } from '../src/queries/analyze.js';
import { blastRadius } from '../src/queries/blast-radius.js';
import { generateSyntheticSnapshot } from './synthetic/generate.js';

const SCRIPT = fileURLToPath(new URL('../scripts/services/neo4j.sh', import.meta.url));

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export async function run(args: string[]): Promise<void> {
  const value = (flag: string, fallback: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const scale = {
    roles: Number(value('--roles', '200')),
    taskDefinitions: Number(value('--task-definitions', '40')),
    resources: Number(value('--resources', '800')),
    seed: Number(value('--seed', '1')),
  };
  const input = value('--input', '');
  const batchSize = Number(value('--batch-size', '5000'));
  // A saved query still running after this long is stopped by the server and reported as such.
  const queryTimeout = Number(value('--query-timeout', '60')) * 1000;
  let uri = value('--uri', process.env.BLASTMAP_NEO4J_URI ?? '');
  let startedHere = false;
  if (!uri) {
    execFileSync('bash', [SCRIPT, 'install'], { stdio: ['ignore', 'inherit', 'inherit'] });
    const started = spawnSync('bash', [SCRIPT, 'start'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HEAP: value('--heap', process.env.NEO4J_HEAP ?? '512m') },
    });
    process.stderr.write(started.stderr);
    if (started.status !== 0) throw new Error('could not start Neo4j (scripts/services/neo4j.sh start)');
    uri = /NEO4J_URI=(\S+)/.exec(started.stdout)![1];
    // A server that was already running (started by someone else) is left running.
    startedHere = !/already running/.test(started.stderr);
  }
  const dir = mkdtempSync(join(tmpdir(), 'blastmap-bench-neo4j-'));
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    let file = input;
    if (!file) {
      file = join(dir, 'snapshot.json');
      writeFileSync(file, JSON.stringify(generateSyntheticSnapshot(scale)));
    }
    const prepared = await prepareAnalysis(file);
    const { graph, sources } = prepared.built;
    const accounts = prepared.snapshot.accounts.map((a) => a.id);
    // As `blastmap neo4j push` does: the CLI's ranking goes along (not timed: it is analyze's work).
    const ranking = analyze(prepared.built, prepared.snapshot).sources;
    const session = driver.session();
    // Relationships first: detaching a node with thousands of them in one go exceeds a small heap.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await session.close();
    const pushable = { graph, sources, accounts, ranking };
    const push = await pushGraph(pushable, { uri }, { batchSize });
    const repush = await pushGraph(pushable, { uri }, { batchSize });

    // Parameters on real ids: the source with the largest radius, and its most reached asset.
    const ranked = sources
      .slice(0, 50)
      .map((s) => blastRadius(graph, s).radius)
      .sort((a, b) => b.assets.length - a.assets.length);
    const source = ranked[0]?.id ?? sources[0];
    const target = ranked[0]?.assets.find((a) => a.kind !== 'Admin')?.id ?? ranked[0]?.assets[0]?.id ?? '';
    const overrides = { source, target, technique: 'sts-assume-role' };

    const queryRows: string[][] = [];
    const queryTimes: Record<string, number | null> = {};
    for (const q of await savedQueries()) {
      const params = Object.fromEntries(
        q.params.map((p) => [p.name, overrides[p.name as keyof typeof overrides]]),
      );
      try {
        await runSavedQuery(driver, q, params, undefined, queryTimeout); // warm the plan cache
        const t = performance.now();
        const rows = await runSavedQuery(driver, q, params, undefined, queryTimeout);
        const seconds = (performance.now() - t) / 1000;
        queryTimes[q.name] = Number(seconds.toFixed(3));
        queryRows.push([q.name, String(rows.length), seconds.toFixed(3)]);
      } catch (err) {
        // Only the server's time limit is an expected outcome here; anything else is a failure.
        if (!/timeout|terminated/i.test(String((err as Error).message))) throw err;
        queryTimes[q.name] = null;
        queryRows.push([q.name, '-', `> ${queryTimeout / 1000} (stopped)`]);
      }
    }
    const nodesPerSecond = push.nodes / push.nodeSeconds;
    const relationshipsPerSecond = push.relationships / push.relationshipSeconds;
    console.log(
      `${input ? input : `synthetic account: ${scale.roles} roles, ${scale.taskDefinitions} task definitions, ${scale.resources} resources`} → ` +
        `${graph.order} nodes, ${graph.size} edges, ${sources.length} sources; batches of ${batchSize} rows`,
    );
    console.log(
      table(
        ['push', 'nodes', 'relationships', 'node s', 'rel s', 'total s', 'nodes/s', 'relationships/s'],
        [push, repush].map((p, i) => [
          i === 0 ? `first push (${p.mode})` : `re-push (${p.mode})`,
          String(p.nodes),
          String(p.relationships),
          p.nodeSeconds.toFixed(2),
          p.relationshipSeconds.toFixed(2),
          p.seconds.toFixed(2),
          (p.nodes / p.nodeSeconds).toFixed(0),
          (p.relationships / p.relationshipSeconds).toFixed(0),
        ]),
      ),
    );
    console.log();
    console.log(table(['saved query', 'rows', 'seconds'], queryRows));
    console.log(
      JSON.stringify({
        bench: 'neo4j',
        ...(input ? { input } : { roles: scale.roles }),
        nodesPerSecond: Math.round(nodesPerSecond),
        relationshipsPerSecond: Math.round(relationshipsPerSecond),
        seconds: Number(push.seconds.toFixed(3)),
        nodes: push.nodes,
        relationships: push.relationships,
        pushSeconds: Number(push.seconds.toFixed(3)),
        repushSeconds: Number(repush.seconds.toFixed(3)),
        querySeconds: queryTimes,
      }),
    );
  } finally {
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
    if (startedHere) execFileSync('bash', [SCRIPT, 'stop'], { stdio: 'inherit' });
  }
}
