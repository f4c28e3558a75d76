// End-to-end analyze benchmark: a synthetic account of 5,000 roles, 1,000 task definitions and
// 20,000 resources, then 2× and 4×. Each scale runs in its own process (so peak RSS is that
// scale's), timing snapshot file → loaded snapshot → access model → attack graph → analysis →
// JSON report. The synthetic snapshot is written to a temporary file first (not timed).
//   npm run bench -- analyze [--scales 1,2,4] [--seed N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareAnalysis } from '../src/cli/analysis-input.js';
import { analyze } from '../src/queries/analyze.js';
import { renderJsonChunks } from '../src/report/json.js';
import { generateSyntheticSnapshot } from './synthetic/generate.js';

const BASE = { roles: 5000, taskDefinitions: 1000, resources: 20000 };

interface Row {
  roles: number;
  taskDefinitions: number;
  resources: number;
  sources: number;
  nodes: number;
  edges: number;
  paths: number;
  reportBytes: number;
  stages: Record<string, number>;
  seconds: number;
  peakRssMb: number;
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
    const stages: Record<string, number> = {};
    const start = performance.now();
    const prepared = await prepareAnalysis(file, {
      onStage: (stage, ms) => {
        stages[stage] = ms / 1000;
        // Progress on stderr: a long stage at a large scale is visible while it runs.
        process.stderr.write(`  ×${factor} ${stage}: ${(ms / 1000).toFixed(2)} s\n`);
      },
    });
    let t = performance.now();
    const result = analyze(prepared.built, prepared.snapshot, { dataVersions: prepared.dataVersions });
    stages.queries = (performance.now() - t) / 1000;
    t = performance.now();
    // Counted, not joined: an organization-sized report is larger than one JavaScript string may be.
    let reportBytes = 0;
    for (const chunk of renderJsonChunks(result)) reportBytes += Buffer.byteLength(chunk);
    stages.report = (performance.now() - t) / 1000;
    const seconds = (performance.now() - start) / 1000;
    return {
      roles: scale.roles,
      taskDefinitions: scale.taskDefinitions,
      resources: scale.resources,
      sources: result.sources.length,
      nodes: prepared.built.view.order,
      edges: prepared.built.view.size,
      paths: result.paths.length,
      reportBytes,
      stages,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const stageNames = ['load', 'policy', 'graph', 'queries', 'report'];
  const head = [
    'roles',
    'task defs',
    'resources',
    'nodes',
    'edges',
    'sources',
    'paths',
    ...stageNames.map((s) => `${s} s`),
    'total s',
    'peak RSS MB',
  ];
  const body = rows.map((r) => [
    String(r.roles),
    String(r.taskDefinitions),
    String(r.resources),
    String(r.nodes),
    String(r.edges),
    String(r.sources),
    String(r.paths),
    ...stageNames.map((s) => (r.stages[s] ?? 0).toFixed(2)),
    r.seconds.toFixed(2),
    r.peakRssMb.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export async function run(args: string[]): Promise<void> {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seed = Number(value('--seed') ?? 1);
  const only = value('--one');
  if (only) {
    // Child mode: one scale, one JSON row on stdout.
    process.stdout.write(`${JSON.stringify(await one(Number(only), seed))}\n`);
    return;
  }
  const factors = (value('--scales') ?? '1,2,4').split(',').map(Number);
  const rows: Row[] = [];
  const runner = fileURLToPath(new URL('./run.ts', import.meta.url));
  for (const factor of factors) {
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        ['--import', 'tsx', runner, 'analyze', '--one', String(factor), '--seed', String(seed)],
        { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
      );
    } catch {
      // The child printed its error on stderr; a failed scale must not look like a fast one.
      process.stderr.write(`analyze ×${factor}: FAILED (see the error above)\n`);
      process.exitCode = 1;
      continue;
    }
    const row = JSON.parse(out.trim().split('\n').pop()!) as Row;
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
