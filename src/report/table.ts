// The terminal report: coverage first, then sources ranked by blast radius with a bar, then each
// source's top paths as readable chains with the statement behind every step.
import type {
  AnalysisResult,
  AttackPath,
  CoverageSummary,
  ExplainResult,
  WhoCanResult,
} from '../queries/types.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { terminalText } from './escape/terminal.js';
import { nodeLabel } from './node-label.js';
import { chainText, stepLines } from './path-text.js';

export interface TableOptions {
  /** Paths shown per source. Default 3. */
  pathsPerSource?: number;
  /** Width of the score bar. Default 20. */
  barWidth?: number;
}

export function coverageBlock(coverage: CoverageSummary): string[] {
  const lines = [coverageHeadline(coverage)];
  for (const g of gapLines(coverage)) lines.push(`  ! ${g}`);
  return lines;
}

/** The report's lines as terminal text: every name, ARN, Sid and message they quote has its control
 *  characters shown as escapes (the lines' own text has none, so it is unchanged). */
function terminalLines(lines: string[]): string {
  return `${lines.map(terminalText).join('\n')}\n`;
}

function bar(score: number, max: number, width: number): string {
  if (score <= 0 || max <= 0) return ''.padEnd(width);
  const n = Math.max(1, Math.round((score / max) * width));
  return '█'.repeat(n).padEnd(width);
}

function fixed(n: number): string {
  return n.toFixed(2);
}

function pathBlock(p: AttackPath, indent: string): string[] {
  const cond = p.hops.some((h) => h.conditional) ? ', conditional' : '';
  const head = `${indent}${fixed(p.score).padStart(7)}  ${p.access.padEnd(6)} ${nodeLabel(p.target)} (${p.hops.length} step${p.hops.length === 1 ? '' : 's'}${cond})`;
  return [
    head,
    `${indent}         ${chainText(p.source, p.hops)}`,
    ...stepLines(p.hops).map((l) => `${indent}           ${l}`),
  ];
}

export function renderTable(result: AnalysisResult, opts: TableOptions = {}): string {
  const perSource = opts.pathsPerSource ?? 3;
  const width = opts.barWidth ?? 20;
  const lines = coverageBlock(result.coverage);
  lines.push('');
  const n = result.sources.length;
  lines.push(`Sources ranked by blast radius (${n} source${n === 1 ? '' : 's'})`);
  if (n === 0) {
    lines.push(
      '  (no sources: no task definition is used by a service or a running task; try --all-task-definitions or --from)',
    );
  }
  const max = result.sources.reduce((m, s) => Math.max(m, s.score), 0);
  const labels = result.sources.map((s) => terminalText(nodeLabel(s.id)));
  const labelWidth = Math.min(60, Math.max(6, ...labels.map((l) => l.length)));
  if (n) {
    lines.push(
      `  ${'#'.padStart(3)}  ${'radius'.padStart(8)}  ${''.padEnd(width)}  ${'source'.padEnd(labelWidth)}  ${'account'.padEnd(12)}  assets  admin of`,
    );
  }
  result.sources.forEach((s, i) => {
    const admins = s.assets
      .filter((a) => a.kind === 'Admin')
      .map((a) => `${a.id.slice('admin:'.length)}${a.conditional ? ' (conditional)' : ''}`);
    lines.push(
      `  ${String(i + 1).padStart(3)}  ${fixed(s.score).padStart(8)}  ${bar(s.score, max, width)}  ${labels[i].padEnd(labelWidth)}  ${s.account.padEnd(12)}  ${String(s.assets.length).padStart(6)}  ${admins.join(', ') || '-'}`,
    );
  });
  const bySource = new Map<string, AttackPath[]>();
  for (const p of result.paths) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  result.sources.forEach((s, i) => {
    const paths = bySource.get(s.id) ?? [];
    if (!paths.length) return;
    lines.push('');
    lines.push(`${i + 1}. ${labels[i]}  radius ${fixed(s.score)}  (${s.id})`);
    for (const p of paths.slice(0, perSource)) lines.push(...pathBlock(p, '  '));
    if (paths.length > perSource) {
      lines.push(`  … ${paths.length - perSource} more reached asset(s); --format json lists every path`);
    }
  });
  return terminalLines(lines);
}

export function renderWhoCanTable(result: WhoCanResult, coverage: CoverageSummary): string {
  const lines = coverageBlock(coverage);
  lines.push('');
  const n = result.reachedBy.length;
  lines.push(
    `Who can reach ${nodeLabel(result.target)} (${result.target}): ${n} source${n === 1 ? '' : 's'}`,
  );
  if (!n) lines.push('  nobody among the sources considered');
  result.reachedBy.forEach((r, i) => {
    lines.push('');
    lines.push(`${String(i + 1).padStart(3)}. ${nodeLabel(r.source)}  (${r.source})`);
    lines.push(...pathBlock(r.path, '     '));
  });
  return terminalLines(lines);
}

export function renderExplainTable(result: ExplainResult, coverage: CoverageSummary): string {
  const lines = coverageBlock(coverage);
  lines.push('');
  lines.push(`From ${nodeLabel(result.source)} to ${nodeLabel(result.target)}`);
  if (!result.best) {
    lines.push('  no path within the hop limit');
    return terminalLines(lines);
  }
  const describe = (p: NonNullable<ExplainResult['best']>, title: string) => {
    const gain = p.access ? `${p.access} access, score ${fixed(p.score)}` : 'becomes this principal';
    lines.push(`${title}: ${p.hops.length} step${p.hops.length === 1 ? '' : 's'}, ${gain}`);
    lines.push(`  ${chainText(p.source, p.hops)}`);
    p.hops.forEach((h, i) => {
      lines.push(`  ${stepLines([h])[0].replace(/^1\./, `${i + 1}.`)}`);
      lines.push(`     ${nodeLabel(h.from)} → ${nodeLabel(h.to)}`);
    });
  };
  describe(result.best, 'Best path');
  result.alternatives.forEach((p, i) => {
    lines.push('');
    describe(p, `Alternative ${i + 1}`);
  });
  return terminalLines(lines);
}
