// The terminal report, one screen by default: coverage first (gaps grouped by kind), the sources
// ranked by blast radius with a bar, the best path of the top sources with the statement behind every
// step, and a closing summary (worst source, top fixes). --paths and --top show more.
import type {
  AnalysisResult,
  AttackPath,
  CoverageSummary,
  ExplainResult,
  SourceRadius,
  WhoCanResult,
} from '../queries/types.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { terminalText } from './escape/terminal.js';
import { fixText } from './fix-text.js';
import { nodeLabel } from './node-label.js';
import { chainText, stepLines } from './path-text.js';
import {
  pathsBySource,
  sourceView,
  startsWithCredentialHop,
  viaAdminText,
  type SourceView,
} from './source-view.js';
import { styled, terminalLines, type ReportLine } from './terminal-style.js';

export interface TableOptions {
  /** Paths shown per source. Default 1. */
  pathsPerSource?: number;
  /** Sources shown with their paths (the ranking lists every source). Default 3. */
  detailedSources?: number;
  /** Width of the score bar. Default 20. */
  barWidth?: number;
  /** SGR colour (the CLI sets it on a terminal without NO_COLOR). Default off. */
  color?: boolean;
}

/** The coverage banner: the headline, then the gaps grouped by kind. */
export function coverageBlock(coverage: CoverageSummary): ReportLine[] {
  const lines: ReportLine[] = [
    coverage.partial ? styled('warning', coverageHeadline(coverage)) : coverageHeadline(coverage),
  ];
  for (const g of gapLines(coverage)) lines.push(`  ! ${g}`);
  return lines;
}

function bar(score: number, max: number, width: number): string {
  if (score <= 0 || max <= 0) return ''.padEnd(width);
  const n = Math.max(1, Math.round((score / max) * width));
  return '█'.repeat(n).padEnd(width);
}

function fixed(n: number): string {
  return n.toFixed(2);
}

function pathBlock(p: AttackPath, indent: string, skipFirst = false): ReportLine[] {
  const cond = p.hops.some((h) => h.conditional) ? ', conditional' : '';
  const head = `${indent}${fixed(p.score).padStart(7)}  ${p.access.padEnd(6)} ${nodeLabel(p.target)} (${p.hops.length} step${p.hops.length === 1 ? '' : 's'}${cond})`;
  const hops = skipFirst ? p.hops.slice(1) : p.hops;
  const from = skipFirst ? p.hops[0].to : p.source;
  const steps = stepLines(p.hops).slice(skipFirst ? 1 : 0);
  return [
    p.access === 'admin' ? styled('admin', head) : head,
    `${indent}         ${chainText(from, hops, undefined, p.source)}`,
    ...steps.map((l) => `${indent}           ${l}`),
  ];
}

function adminsOf(s: SourceRadius): string {
  return s.assets
    .filter((a) => a.kind === 'Admin')
    .map((a) => `${a.id.slice('admin:'.length)}${a.conditional ? ' (conditional)' : ''}`)
    .join(', ');
}

/** One source's detail: its best paths (the credential hop said once), what admin implies, its top fix. */
function sourceBlock(view: SourceView, rank: number, label: string, perSource: number): ReportLine[] {
  const s = view.source;
  const lines: ReportLine[] = [
    '',
    styled('heading', `${rank}. ${label}  radius ${fixed(s.score)}  (${s.id})`),
  ];
  const c = view.credentialHop;
  if (c) {
    const evidence = stepLines([c])[0].replace(/^1\. [^:]+: /, '');
    lines.push(`   ${chainText(s.id, [c])} (step 1 of the paths below): ${evidence}`);
  }
  for (const p of view.paths.slice(0, perSource))
    lines.push(...pathBlock(p, '  ', startsWithCredentialHop(view, p)));
  for (const v of view.viaAdmin) lines.push(`   ${viaAdminText(v)}`);
  const more = view.paths.length - Math.min(perSource, view.paths.length);
  if (more)
    lines.push(
      styled(
        'dim',
        `   … ${more} more reached asset${more === 1 ? '' : 's'} (--paths N shows them; --format json lists every path)`,
      ),
    );
  const fix = s.fixes?.[0];
  if (fix) lines.push(`   fix: ${fixText(fix)}`);
  return lines;
}

/** The closing lines: the worst source, what reaches admin, the top fixes, how to see more. */
function summaryBlock(
  result: AnalysisResult,
  labels: string[],
  shown: number,
  withPaths: number,
): ReportLine[] {
  const n = result.sources.length;
  if (!n) return [];
  const worst = result.sources[0];
  const admins = adminsOf(worst);
  const lines: ReportLine[] = ['', styled('heading', 'Summary')];
  lines.push(
    `  worst source: ${labels[0]} (radius ${fixed(worst.score)}${admins ? `, admin of ${admins}` : ''})`,
  );
  const toAdmin = result.sources.filter((s) => s.assets.some((a) => a.kind === 'Admin')).length;
  lines.push(`  ${toAdmin} of ${n} source${n === 1 ? '' : 's'} reach admin of an account`);
  const fixes = result.fixes ?? [];
  fixes
    .slice(0, 3)
    .forEach((f, i) => lines.push(`  ${i === 0 ? 'top fixes:' : '          '} ${i + 1}. ${fixText(f)}`));
  if (shown < withPaths)
    lines.push(
      styled(
        'dim',
        `  paths of ${shown} of ${withPaths} sources shown: --top N and --paths N show more; --format json has everything`,
      ),
    );
  return lines;
}

export function renderTable(result: AnalysisResult, opts: TableOptions = {}): string {
  const perSource = opts.pathsPerSource ?? 1;
  const detailed = opts.detailedSources ?? 3;
  const width = opts.barWidth ?? 20;
  const lines = coverageBlock(result.coverage);
  lines.push('');
  const n = result.sources.length;
  lines.push(styled('heading', `Sources ranked by blast radius (${n} source${n === 1 ? '' : 's'})`));
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
    lines.push(
      `  ${String(i + 1).padStart(3)}  ${fixed(s.score).padStart(8)}  ${bar(s.score, max, width)}  ${labels[i].padEnd(labelWidth)}  ${s.account.padEnd(12)}  ${String(s.assets.length).padStart(6)}  ${adminsOf(s) || '-'}`,
    );
  });
  const bySource = pathsBySource(result);
  let shown = 0;
  result.sources.forEach((s, i) => {
    if (shown >= detailed || perSource === 0) return;
    const paths = bySource.get(s.id) ?? [];
    if (!paths.length) return;
    shown++;
    lines.push(...sourceBlock(sourceView(s, paths), i + 1, labels[i], perSource));
  });
  lines.push(...summaryBlock(result, labels, shown, bySource.size));
  return terminalLines(lines, opts.color);
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
