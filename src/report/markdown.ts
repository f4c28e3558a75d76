// The Markdown report (for pull requests and wikis): coverage first, a ranking table, then each
// source's top paths with the statement behind every step.
import type {
  AnalysisResult,
  AttackPath,
  CoverageSummary,
  ExplainResult,
  WhoCanResult,
} from '../queries/types.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { markdownCode, markdownText } from './escape/markdown.js';
import { nodeLabel } from './node-label.js';
import { chainText, stepLines } from './path-text.js';

/** A step line of path-text (`2. technique: evidence`) as a Markdown list item: the technique as
 *  code, the evidence (names, ARNs, Sids from the account) as escaped text. */
export function stepMarkdown(line: string): string {
  const m = /^(\d+)\. ([^:]+): ([\s\S]*)$/.exec(line);
  return m ? `${m[1]}. ${markdownCode(m[2])}: ${markdownText(m[3])}` : markdownText(line);
}

export function coverageMarkdown(coverage: CoverageSummary): string[] {
  if (!coverage.partial) return [`> ${coverageHeadline(coverage)}`];
  return [
    `> **⚠ ${coverageHeadline(coverage)}**`,
    '>',
    ...gapLines(coverage).map((g) => `> - ${markdownText(g)}`),
  ];
}

function pathMarkdown(p: AttackPath | NonNullable<ExplainResult['best']>): string[] {
  const gain = p.access ? `${p.access}, score ${p.score.toFixed(2)}, ` : '';
  const lines = [
    `- **${markdownText(nodeLabel(p.target))}** (${gain}${p.hops.length} step${p.hops.length === 1 ? '' : 's'}): ${markdownCode(chainText(p.source, p.hops))}`,
  ];
  for (const s of stepLines(p.hops)) lines.push(`  ${stepMarkdown(s)}`);
  return lines;
}

export function renderMarkdown(result: AnalysisResult, opts: { pathsPerSource?: number } = {}): string {
  const perSource = opts.pathsPerSource ?? 3;
  const lines = ['# blastmap analysis', '', ...coverageMarkdown(result.coverage), ''];
  lines.push('## Sources ranked by blast radius', '');
  if (!result.sources.length) {
    lines.push('No sources: no task definition is used by a service or a running task.', '');
  } else {
    lines.push(
      '| # | Source | Kind | Account | Radius | Assets | Admin of |',
      '|---:|---|---|---|---:|---:|---|',
    );
    result.sources.forEach((s, i) => {
      const admins = s.assets
        .filter((a) => a.kind === 'Admin')
        .map((a) => `${a.id.slice('admin:'.length)}${a.conditional ? ' (conditional)' : ''}`);
      lines.push(
        `| ${i + 1} | ${markdownCode(nodeLabel(s.id), 'table-cell')} | ${s.kind} | ${markdownText(s.account)} | ${s.score.toFixed(2)} | ${s.assets.length} | ${markdownText(admins.join(', ')) || '–'} |`,
      );
    });
    lines.push('');
  }
  const bySource = new Map<string, AttackPath[]>();
  for (const p of result.paths) {
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  const withPaths = result.sources.filter((s) => bySource.has(s.id));
  if (withPaths.length) lines.push('## Top paths', '');
  result.sources.forEach((s, i) => {
    const paths = bySource.get(s.id);
    if (!paths) return;
    lines.push(
      `### ${i + 1}. ${markdownText(nodeLabel(s.id))} — radius ${s.score.toFixed(2)}`,
      '',
      markdownCode(s.id),
      '',
    );
    for (const p of paths.slice(0, perSource)) lines.push(...pathMarkdown(p));
    if (paths.length > perSource)
      lines.push(`- … ${paths.length - perSource} more reached asset(s) (see the JSON report)`);
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderWhoCanMarkdown(result: WhoCanResult, coverage: CoverageSummary): string {
  const lines = [
    `# Who can reach ${markdownText(nodeLabel(result.target))}`,
    '',
    ...coverageMarkdown(coverage),
    '',
    markdownCode(result.target),
    '',
  ];
  if (!result.reachedBy.length) lines.push('Nobody among the sources considered.');
  for (const r of result.reachedBy) {
    lines.push(`## ${markdownText(nodeLabel(r.source))}`, '', ...pathMarkdown(r.path), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderExplainMarkdown(result: ExplainResult, coverage: CoverageSummary): string {
  const lines = [
    `# From ${markdownText(nodeLabel(result.source))} to ${markdownText(nodeLabel(result.target))}`,
    '',
    ...coverageMarkdown(coverage),
    '',
  ];
  if (!result.best) lines.push('No path within the hop limit.');
  else {
    lines.push('## Best path', '', ...pathMarkdown(result.best), '');
    if (result.alternatives.length) lines.push('## Alternatives', '');
    for (const p of result.alternatives) lines.push(...pathMarkdown(p));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
