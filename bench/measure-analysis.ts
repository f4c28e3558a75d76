// What the analyze and org benchmarks measure of one snapshot file, and how they run each scale in a
// child process of its own (so that peak RSS is that scale's).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareAnalysis } from '../src/cli/analysis-input.js';
import { analyze } from '../src/queries/analyze.js';
import { renderJsonChunks } from '../src/report/json.js';

export const STAGES = ['load', 'policy', 'graph', 'queries', 'report'] as const;

export interface AnalysisMeasure {
  sources: number;
  nodes: number;
  edges: number;
  paths: number;
  reportBytes: number;
  stages: Record<string, number>;
  seconds: number;
  peakRssMb: number;
}

/** Snapshot file → loaded snapshot → access model → attack graph → analysis → JSON report. */
export async function measureAnalysis(file: string, label: string): Promise<AnalysisMeasure> {
  const stages: Record<string, number> = {};
  const start = performance.now();
  const prepared = await prepareAnalysis(file, {
    onStage: (stage, ms) => {
      stages[stage] = ms / 1000;
      // Progress on stderr: a long stage at a large scale is visible while it runs.
      process.stderr.write(`  ${label} ${stage}: ${(ms / 1000).toFixed(2)} s\n`);
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
  return {
    sources: result.sources.length,
    nodes: prepared.built.view.order,
    edges: prepared.built.view.size,
    paths: result.paths.length,
    reportBytes,
    stages,
    seconds: (performance.now() - start) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Runs `npm run bench -- <bench> --one <value> …extra` in a child and returns its last JSON line,
 *  or undefined (after saying so) when the child failed. */
export function runChild<T>(bench: string, value: string, extra: string[]): T | undefined {
  const runner = fileURLToPath(new URL('./run.ts', import.meta.url));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', runner, bench, '--one', value, ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out.trim().split('\n').pop()!) as T;
  } catch {
    // The child printed its error on stderr; a failed scale must not look like a fast one.
    process.stderr.write(`${bench} ${value}: FAILED (see the error above)\n`);
    process.exitCode = 1;
    return undefined;
  }
}

/** A right-aligned text table. */
export function textTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** A command-line flag's value (`--flag value`). */
export function flagValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}
