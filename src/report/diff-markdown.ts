// The diff as a pull-request comment: the verdict and the counts first, then one collapsible section
// per new path (readable steps and the changed statements that enable it), the radius table, and the
// vanished paths and plan details folded away.
import type { DiffResult, EnablingStatement, PathChange } from '../queries/diff.js';
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { jsonText } from './escape/json.js';
import { markdownCode, markdownCodeBlock, markdownHtml, markdownText } from './escape/markdown.js';
import { stepMarkdown } from './markdown.js';
import { nodeLabel } from './node-label.js';
import { chainText, stepLines } from './path-text.js';

export interface DiffMarkdownOptions {
  /** New paths shown in full; the rest are counted (a PR comment has a size limit). Default 25. */
  maxPaths?: number;
  /** Stop adding path sections past this many characters (GitHub comments hold 65,536). Default 55,000. */
  maxChars?: number;
}

/** Marker that lets a CI job find and update its previous comment instead of adding a new one. */
export const DIFF_COMMENT_MARKER = '<!-- blastmap-diff -->';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function policyLabel(policyId: string): string {
  const hash = policyId.indexOf('#');
  if (hash < 0) return `managed policy ${nodeLabel(policyId)}`;
  const owner = nodeLabel(policyId.slice(0, hash));
  const part = policyId.slice(hash + 1);
  if (part.startsWith('inline/')) return `inline policy ${part.slice('inline/'.length)} of ${owner}`;
  if (part === 'trust') return `trust policy of ${owner}`;
  if (part === 'key-policy') return `key policy of ${owner}`;
  if (part === 'resource-policy') return `resource policy of ${owner}`;
  return policyId;
}

function statementLine(e: EnablingStatement, plan: PlanOverlaySummary | undefined): string[] {
  const sid =
    e.ref.sid ?? (typeof e.statement?.['Sid'] === 'string' ? (e.statement['Sid'] as string) : undefined);
  const what = `${e.change} statement ${e.ref.statement}${sid ? ` "${markdownText(sid)}"` : ''} of ${markdownText(policyLabel(e.ref.policyId))}`;
  const loc = e.terraformAddress ? plan?.locations[e.terraformAddress] : undefined;
  const where = e.terraformAddress
    ? ` — ${markdownCode(e.terraformAddress)}${loc ? ` (${markdownCode(loc.line ? `${loc.file}:${loc.line}` : loc.file)})` : ''}`
    : '';
  const lines = [`- ${what}${where}`];
  if (e.statement) {
    const block = markdownCodeBlock(jsonText(JSON.stringify(e.statement)), 'json');
    lines.push('', ...block.split('\n').map((line) => `  ${line}`));
  }
  return lines;
}

function pathSection(c: PathChange, plan: PlanOverlaySummary | undefined): string[] {
  const p = c.path;
  const mark = c.acceptedReason !== undefined ? '☑️' : c.toAdmin ? '🔴' : '🟠';
  const tags = [p.access, plural(p.hops.length, 'step')];
  if (c.conditional) tags.push('conditional');
  if (c.acceptedReason !== undefined) tags.push('accepted by baseline');
  const lines = [
    '<details>',
    `<summary>${mark} <b>${markdownHtml(nodeLabel(p.source))}</b> → <b>${markdownHtml(nodeLabel(p.target))}</b> (${tags.join(', ')})</summary>`,
    '',
    markdownCode(chainText(p.source, p.hops)),
    '',
  ];
  for (const s of stepLines(p.hops)) lines.push(stepMarkdown(s));
  lines.push('');
  if (c.acceptedReason !== undefined) lines.push(`Accepted: ${markdownText(c.acceptedReason)}`, '');
  if (c.enabledBy.length) {
    lines.push('**Enabled by**', '');
    for (const e of c.enabledBy) lines.push(...statementLine(e, plan));
    lines.push('');
  } else {
    lines.push(
      '_No changed statement is cited by this path: it follows from a change of resources or trust (see the plan)._',
      '',
    );
  }
  lines.push('</details>', '');
  return lines;
}

export function renderDiffMarkdown(diff: DiffResult, opts: DiffMarkdownOptions = {}): string {
  const max = opts.maxPaths ?? 25;
  const { verdict, summary } = diff;
  const icon = verdict.regression ? '❌' : '✅';
  const more = verdict.reasons.length - 1;
  const headline = more > 0 ? `${verdict.reasons[0]} (and ${more} more)` : verdict.reasons[0];
  const lines = [DIFF_COMMENT_MARKER, `## ${icon} blastmap: ${markdownText(headline)}`, ''];
  const counts = [
    `${plural(summary.appeared, 'new attack path')} (${summary.appearedToAdmin} to admin)`,
    `${summary.vanished} vanished`,
    `${summary.accepted} accepted by the baseline`,
    `blast radius up for ${plural(summary.sourcesWithIncrease, 'source')}`,
  ];
  lines.push(
    `**${counts.join(' · ')}** — rule ${markdownCode(`--fail-on ${verdict.rule}`)}${verdict.rule === 'radius-increase' ? ` (threshold ${verdict.threshold})` : ''}`,
    '',
  );
  if (diff.coverage.beforePartial || diff.coverage.afterPartial) {
    lines.push(
      '> **⚠ Partial view:** some data could not be read, so paths may be missing on either side. Absence of a path is not proof of safety.',
      '',
    );
    for (const [side, partial, coverage] of [
      ['before', diff.coverage.beforePartial, diff.coverage.before],
      ['after', diff.coverage.afterPartial, diff.coverage.after],
    ] as const) {
      if (!partial) continue;
      lines.push(
        `<details><summary>${markdownHtml(`${side}: ${coverageHeadline(coverage)}`)}</summary>`,
        '',
        ...gapLines(coverage).map((g) => `- ${markdownText(g)}`),
        '',
        '</details>',
        '',
      );
    }
  }
  if (diff.plan) lines.push(...planHeadline(diff.plan), '');
  if (summary.unreviewedBaselineEntries) {
    lines.push(
      `> ${plural(summary.unreviewedBaselineEntries, 'baseline entry')} still carry the placeholder reason.`,
      '',
    );
  }

  const open = diff.appeared.filter((c) => c.acceptedReason === undefined);
  const accepted = diff.appeared.filter((c) => c.acceptedReason !== undefined);
  if (open.length) {
    lines.push('### New attack paths', '');
    const budget = opts.maxChars ?? 55_000;
    let used = lines.join('\n').length;
    let shown = 0;
    for (const c of open.slice(0, max)) {
      const section = pathSection(c, diff.plan);
      const size = section.join('\n').length;
      if (shown > 0 && used + size > budget) break;
      lines.push(...section);
      used += size;
      shown++;
    }
    if (open.length > shown) {
      lines.push(`_…and ${open.length - shown} more new paths: see the JSON or SARIF output._`, '');
    }
  }

  const moved = diff.radius.filter(
    (r) => r.delta !== 0 || r.newlyReachable.length || r.noLongerReachable.length,
  );
  if (moved.length) {
    lines.push(
      '### Blast radius by source',
      '',
      '| Source | Before | After | Δ | Newly reachable | No longer reachable |',
      '|---|---:|---:|---:|---|---:|',
    );
    for (const r of moved) {
      // Admin first, then the highest-scoring assets; the JSON report has the full list.
      const ranked = [...r.newlyReachable].sort(
        (a, b) =>
          Number(b.asset.kind === 'Admin') - Number(a.asset.kind === 'Admin') ||
          b.asset.score - a.asset.score,
      );
      const shownAssets = ranked
        .slice(0, 8)
        .map(
          (n) =>
            `${nodeLabel(n.asset.id)} (${n.previousAccess ? `${n.previousAccess}→` : ''}${n.asset.access})`,
        );
      if (ranked.length > 8) shownAssets.push(`and ${ranked.length - 8} more`);
      const reach = shownAssets.join(', ');
      const fmt = (v: number | null) => (v === null ? '–' : v.toFixed(2));
      const delta = `${r.delta > 0 ? '+' : ''}${r.delta.toFixed(2)}`;
      lines.push(
        `| ${markdownCode(nodeLabel(r.source), 'table-cell')} | ${fmt(r.before)} | ${fmt(r.after)} | ${delta} | ${markdownText(reach) || '–'} | ${r.noLongerReachable.length} |`,
      );
    }
    lines.push('');
  }

  if (diff.vanished.length) {
    lines.push('<details>', `<summary>✂️ ${plural(diff.vanished.length, 'vanished path')}</summary>`, '');
    for (const c of diff.vanished) {
      lines.push(
        `- ${markdownText(nodeLabel(c.path.source))} → ${markdownText(nodeLabel(c.path.target))} (${c.path.access}): ${markdownCode(chainText(c.path.source, c.path.hops))}`,
      );
    }
    lines.push('', '</details>', '');
  }
  if (accepted.length) {
    lines.push(
      '<details>',
      `<summary>☑️ ${plural(accepted.length, 'new path')} accepted by the baseline</summary>`,
      '',
    );
    for (const c of accepted) lines.push(...pathSection(c, diff.plan));
    lines.push('</details>', '');
  }
  if (diff.plan && (diff.plan.unknowns.length || diff.plan.unsupported.length))
    lines.push(...planDetails(diff.plan));
  return `${lines.join('\n').trimEnd()}\n`;
}

function planHeadline(plan: PlanOverlaySummary): string[] {
  const parts = [
    `${plural(plan.applied.length, 'IAM-relevant change')} applied from ${markdownCode(plan.planFile)}`,
    `${plural(plan.unknowns.length, 'value')} known only after apply`,
    `${plural(plan.unsupported.length, 'resource')} not interpreted`,
  ];
  return [`> Terraform: ${parts.join(' · ')}`];
}

function planDetails(plan: PlanOverlaySummary): string[] {
  const lines = ['<details>', '<summary>Terraform plan details</summary>', ''];
  if (plan.unknowns.length) {
    lines.push(
      '**Values known only after apply** (treated conservatively, never dropped)',
      '',
      '| Resource | Attribute | Treatment |',
      '|---|---|---|',
    );
    for (const u of plan.unknowns)
      lines.push(
        `| ${markdownCode(u.address, 'table-cell')} | ${markdownCode(u.attribute, 'table-cell')} | ${markdownText(u.treatment)} |`,
      );
    lines.push('');
  }
  if (plan.unsupported.length) {
    lines.push('**Resources not interpreted**', '');
    for (const u of plan.unsupported)
      lines.push(`- ${markdownCode(u.address)} (${markdownText(u.action)}): ${markdownText(u.reason)}`);
    lines.push('');
  }
  lines.push('</details>', '');
  return lines;
}
