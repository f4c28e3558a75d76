// End-to-end analyze benchmark: a synthetic account of 5,000 roles, 1,000 task definitions and
// 20,000 resources, then 2× and 4×. Each scale runs in its own process (so peak RSS is that
// scale's), timing snapshot file → loaded snapshot → access model → attack graph → analysis →
// JSON report. The synthetic snapshot is written to a temporary file first (not timed).
//   npm run bench -- analyze [--scales 1,2,4] [--seed N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  STAGES,
  flagValue,
  measureAnalysis,
  runChild,
  textTable,
  type AnalysisMeasure,
} from './measure-analysis.js';
import { generateSyntheticSnapshot } from './synthetic/generate.js';

const BASE = { roles: 5000, taskDefinitions: 1000, resources: 20000 };

interface Row extends AnalysisMeasure {
  roles: number;
  taskDefinitions: number;
  resources: number;
}

async function one(factor: number, seed: number): Promise<Row> {
  const scale = {
    roles: BASE.roles * factor,
    taskDefinitions: BASE.taskDefinitions * factor,
    resources: BASE.resources * factor,
    seed,
  };
  const dir = mkdtempSync(join(tmpdir(), 'blastmap-bench-'));
  try {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(generateSyntheticSnapshot(scale)));
    const measure = await measureAnalysis(file, `×${factor}`);
    return {
      roles: scale.roles,
      taskDefinitions: scale.taskDefinitions,
      resources: scale.resources,
      ...measure,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const head = ['roles', 'task defs', 'resources', 'nodes', 'edges', 'sources', 'paths'];
  return textTable(
    [...head, ...STAGES.map((s) => `${s} s`), 'total s', 'peak RSS MB'],
    rows.map((r) => [
      String(r.roles),
      String(r.taskDefinitions),
      String(r.resources),
      String(r.nodes),
      String(r.edges),
      String(r.sources),
      String(r.paths),
      ...STAGES.map((s) => (r.stages[s] ?? 0).toFixed(2)),
      r.seconds.toFixed(2),
      r.peakRssMb.toFixed(0),
    ]),
  );
}

export async function run(args: string[]): Promise<void> {
  const seed = Number(flagValue(args, '--seed') ?? 1);
  const only = flagValue(args, '--one');
  if (only) {
    // Child mode: one scale, one JSON row on stdout.
    process.stdout.write(`${JSON.stringify(await one(Number(only), seed))}\n`);
    return;
  }
  const factors = (flagValue(args, '--scales') ?? '1,2,4').split(',').map(Number);
  const rows: Row[] = [];
  for (const factor of factors) {
    const row = runChild<Row>('analyze', String(factor), ['--seed', String(seed)]);
    if (!row) continue;
    rows.push(row);
    process.stderr.write(`analyze ×${factor}: ${row.seconds.toFixed(2)} s\n`);
  }
  console.log(table(rows));
  console.log(
    JSON.stringify({
      bench: 'analyze',
      rows: rows.map((r) => ({
        roles: r.roles,
        taskDefinitions: r.taskDefinitions,
        resources: r.resources,
        seconds: Number(r.seconds.toFixed(3)),
        stages: Object.fromEntries(Object.entries(r.stages).map(([k, v]) => [k, Number(v.toFixed(3))])),
        peakRssMb: Math.round(r.peakRssMb),
      })),
    }),
  );
}
