// Fuzzing benchmark: property-based cases (test/support/fuzz/) against the dump reader, the policy
// parser and engine, the Terraform overlay and the snapshot loader, run in this process as the CLI
// runs them. Prints how many cases gave a result, exit 2, or a diff verdict per target, then the
// broken promises, which must all be 0: internal errors, exit-2 messages that are not one line
// naming their file, items silently dropped (item-census.ts), and snapshots of blastmap's own that
// a command refused. Ends with one JSON line.
//   npm run bench -- fuzz [--cases N] [--seed S]      (default 100,000 cases, seed 20261207)
import { parseArgs } from 'node:util';
import { fuzzRun, type FuzzTally } from '../test/support/fuzz/fuzz-run.js';

function table(tally: FuzzTally, seconds: number, cpuSeconds: number): string {
  const rows = Object.entries(tally.byTarget).sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = [
    `fuzz: ${tally.cases} cases, seed ${tally.seed}, ${seconds.toFixed(0)} s (${cpuSeconds.toFixed(0)} s CPU)`,
    '',
    'target           cases    exit 0    exit 2   verdict  CPU ms/case',
    ...rows.map(
      ([name, t]) =>
        `${name.padEnd(15)}${String(t.cases).padStart(7)}${String(t.exit0).padStart(10)}${String(t.exit2).padStart(10)}${String(t.verdict).padStart(10)}${(t.cpuMilliseconds / t.cases).toFixed(1).padStart(13)}`,
    ),
    '',
    `internal errors            ${tally.internalErrors}   (must be 0)`,
    `exit 2 not naming the file ${tally.unnamedExit2}   (must be 0)`,
    `silent drops               ${tally.silentDrops}   (must be 0)`,
    `own snapshot refused       ${tally.ownSnapshotRefused}   (must be 0)`,
  ];
  for (const [kind, examples] of Object.entries(tally.examples))
    for (const e of examples)
      lines.push('', `${kind} (${e.target}): ${e.message.slice(0, 1500)}`, `  case: ${e.input}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { cases: { type: 'string' }, seed: { type: 'string' } } });
  const cases = Number(values.cases ?? 100_000);
  const seed = Number(values.seed ?? 20261207);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const tally = await fuzzRun({
    seed,
    cases,
    onCase: (done) => {
      if (done % 5000 === 0)
        process.stderr.write(
          `fuzz: ${done}/${cases} cases, ${((performance.now() - start) / 1000).toFixed(0)} s\n`,
        );
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  process.stdout.write(table(tally, seconds, cpuSeconds));
  const byTarget = Object.fromEntries(
    Object.entries(tally.byTarget).map(([k, t]) => [
      k,
      { cases: t.cases, exit0: t.exit0, exit2: t.exit2, verdict: t.verdict },
    ]),
  );
  process.stdout.write(
    `${JSON.stringify({
      bench: 'fuzz',
      seed,
      cases: tally.cases,
      internalErrors: tally.internalErrors,
      unnamedExit2: tally.unnamedExit2,
      silentDrops: tally.silentDrops,
      ownSnapshotRefused: tally.ownSnapshotRefused,
      byTarget,
      seconds: Math.round(seconds),
      cpuSeconds: Math.round(cpuSeconds),
    })}\n`,
  );
}
