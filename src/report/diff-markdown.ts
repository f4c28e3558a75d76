// The diff as a pull-request comment: the verdict and the counts first, then one block per enabling
// change (named once, with the paths it opens grouped by source and access, the worst ones step by
// step, and its verified fix when there is one), the IAM changes that open no path with what blocks
// each, the radius table, and the vanished paths and plan details folded away. Never longer than
// GitHub's comment limit: what does not fit is shortened, then counted, and the JSON and SARIF
// reports hold it all.
import type { DiffResult, EnablingStatement, PathChange } from '../queries/diff.js';
import type { DiffCause } from '../queries/diff-causes.js';
import type { StatementBlocker } from '../queries/diff-blockers.js';
import type { Fix } from '../queries/fix-types.js';
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { jsonText } from './escape/json.js';
import { markdownCode, markdownCodeBlock, markdownHtml, markdownText } from './escape/markdown.js';
import { stepMarkdown } from './markdown.js';
import { nodeLabel } from './node-label.js';
import { chainText, stepLines } from './path-text.js';

export interface DiffMarkdownOptions {
  /** Paths shown step by step per cause (at most 3, the worst). Default 25 (so 3). */
  maxPaths?: number;
  /** The comment never exceeds this many characters. Default: GitHub's comment limit, 65,536. */
  maxChars?: number;
}

/** GitHub refuses a comment body longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

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

function statementLine(
  e: EnablingStatement,
  plan: PlanOverlaySummary | undefined,
  withJson = true,
): string[] {
  const sid =
    e.ref.sid ?? (typeof e.statement?.['Sid'] === 'string' ? (e.statement['Sid'] as string) : undefined);
  const what = `${e.change} statement ${e.ref.statement}${sid ? ` "${markdownText(clip(sid, 120))}"` : ''} of ${markdownText(clip(policyLabel(e.ref.policyId)))}`;
  const loc = e.terraformAddress ? plan?.locations[e.terraformAddress] : undefined;
  const where = e.terraformAddress
    ? ` — ${markdownCode(clip(e.terraformAddress))}${loc ? ` (${markdownCode(clip(loc.line ? `${loc.file}:${loc.line}` : loc.file))})` : ''}`
    : '';
  const lines = [`- ${what}${where}`];
  if (e.statement && withJson) {
    const block = markdownCodeBlock(jsonText(clip(JSON.stringify(e.statement), 4000)), 'json');
    lines.push('', ...block.split('\n').map((line) => `  ${line}`));
  }
  return lines;
}

function pathSection(c: PathChange): string[] {
  const p = c.path;
  const mark = c.toAdmin ? '🔴' : '🟠';
  const tags = [p.access, plural(p.hops.length, 'step')];
  if (c.conditional) tags.push('conditional');
  const lines = [
    '<details>',
    `<summary>${mark} <b>${markdownHtml(clip(nodeLabel(p.source)))}</b> → <b>${markdownHtml(clip(nodeLabel(p.target)))}</b> (${tags.join(', ')})</summary>`,
    '',
    markdownCode(clip(chainText(p.source, p.hops), 1500)),
    '',
  ];
  for (const s of stepLines(p.hops)) lines.push(clip(stepMarkdown(s), 3000));
  lines.push('', '</details>', '');
  return lines;
}

export function renderDiffMarkdown(diff: DiffResult, opts: DiffMarkdownOptions = {}): string {
  const limit = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  const maxPaths = opts.maxPaths ?? 25;
  const { verdict, summary } = diff;
  const icon = verdict.regression ? '❌' : '✅';
  const more = verdict.reasons.length - 1;
  const headline = more > 0 ? `${verdict.reasons[0]} (and ${more} more)` : verdict.reasons[0];
  const head = [DIFF_COMMENT_MARKER, `## ${icon} blastmap: ${markdownText(clip(headline))}`, ''];
  const counts = [
    `${plural(summary.appeared, 'new attack path')} (${summary.appearedToAdmin} to admin)`,
    `${summary.vanished} vanished`,
    `${summary.accepted} accepted by the baseline`,
    `blast radius up for ${plural(summary.sourcesWithIncrease, 'source')}`,
  ];
  head.push(
    `**${counts.join(' · ')}** — rule ${markdownCode(`--fail-on ${verdict.rule}`)}${verdict.rule === 'radius-increase' ? ` (threshold ${verdict.threshold})` : ''}`,
    '',
  );
  const blocks: Block[] = [];
  if (diff.coverage.beforePartial || diff.coverage.afterPartial) {
    head.push(
      '> **⚠ Partial view:** some data could not be read, so paths may be missing on either side. Absence of a path is not proof of safety.',
      '',
    );
    for (const [side, partial, coverage] of [
      ['before', diff.coverage.beforePartial, diff.coverage.before],
      ['after', diff.coverage.afterPartial, diff.coverage.after],
    ] as const) {
      if (!partial) continue;
      const gaps = gapLines(coverage);
      blocks.push({
        full: [
          `<details><summary>${markdownHtml(clip(`${side}: ${coverageHeadline(coverage)}`))}</summary>`,
          '',
          ...gaps.slice(0, MAX_LIST).map((g) => `- ${markdownText(clip(g))}`),
          ...(gaps.length > MAX_LIST ? [`- …and ${gaps.length - MAX_LIST} more (see the JSON)`] : []),
          '',
          '</details>',
          '',
        ],
        short: [`> ${markdownText(clip(`${side}: ${coverageHeadline(coverage)}`))}`, ''],
      });
    }
  }
  if (diff.plan) blocks.push({ full: [...planHeadline(diff.plan), ''] });
  if (summary.unreviewedBaselineEntries) {
    blocks.push({
      full: [
        `> ${plural(summary.unreviewedBaselineEntries, 'baseline entry')} still carry the placeholder reason.`,
        '',
      ],
    });
  }

  const byKey = new Map(diff.appeared.map((c) => [c.key, c]));
  if (diff.causes.length) {
    blocks.push({
      full: [
        `### New attack paths, by cause (${plural(diff.causes.length, 'change')})`,
        '',
        'Each change that enables new paths is named once, with the paths it opens (worst first).',
        '',
      ],
    });
    diff.causes.forEach((cause, i) => {
      const changes = cause.paths.map((k) => byKey.get(k)).filter((c): c is PathChange => c !== undefined);
      blocks.push({
        full: causeSection(cause, changes, i + 1, diff.plan, maxPaths),
        short: causeSection(cause, changes, i + 1, diff.plan, 0, true),
        what: 'cause',
      });
    });
  }
  if (diff.unopened.length) blocks.push(...unopenedBlocks(diff));

  const moved = diff.radius.filter(
    (r) => r.delta !== 0 || r.newlyReachable.length || r.noLongerReachable.length,
  );
  if (moved.length) blocks.push(radiusBlock(moved));

  if (diff.vanished.length) {
    const rows = diff.vanished
      .slice(0, MAX_LIST)
      .map(
        (c) =>
          `- ${markdownText(clip(nodeLabel(c.path.source)))} → ${markdownText(clip(nodeLabel(c.path.target)))} (${c.path.access}): ${markdownCode(clip(chainText(c.path.source, c.path.hops), 600))}`,
      );
    if (diff.vanished.length > MAX_LIST) rows.push(`- …and ${diff.vanished.length - MAX_LIST} more`);
    blocks.push({
      full: [
        '<details>',
        `<summary>✂️ ${plural(diff.vanished.length, 'vanished path')}</summary>`,
        '',
        ...rows,
        '',
        '</details>',
        '',
      ],
      short: [`_✂️ ${plural(diff.vanished.length, 'vanished path')}._`, ''],
    });
  }
  const accepted = diff.appeared.filter((c) => c.acceptedReason !== undefined);
  if (accepted.length) {
    const rows = accepted
      .slice(0, MAX_LIST)
      .map(
        (c) =>
          `- ${markdownText(clip(nodeLabel(c.path.source)))} → ${markdownText(clip(nodeLabel(c.path.target)))} (${c.path.access}): ${markdownText(clip(c.acceptedReason ?? ''))}`,
      );
    if (accepted.length > MAX_LIST) rows.push(`- …and ${accepted.length - MAX_LIST} more`);
    blocks.push({
      full: [
        '<details>',
        `<summary>☑️ ${plural(accepted.length, 'new path')} accepted by the baseline</summary>`,
        '',
        ...rows,
        '',
        '</details>',
        '',
      ],
      short: [`_☑️ ${plural(accepted.length, 'new path')} accepted by the baseline._`, ''],
    });
  }
  if (diff.plan && (diff.plan.unknowns.length || diff.plan.unsupported.length))
    blocks.push({ full: planDetails(diff.plan) });
  return fitComment(head, blocks, limit);
}

/** A part of the comment: its full form, and a shorter one used when the full one does not fit. */
interface Block {
  full: string[];
  short?: string[];
  /** What is left out when neither fits (counted in the closing note). */
  what?: string;
}

const FOOTER =
  '_The JSON (`--json-output`) and SARIF (`--sarif-output`) reports hold every path, step and statement in full._';

/** The head, then each block in full, else short, while the comment stays within `limit`
 *  characters (UTF-16 units: never fewer than GitHub counts). */
function fitComment(head: string[], blocks: Block[], limit: number): string {
  const out: string[] = [];
  const reserve = 400;
  let used = 0;
  const size = (lines: string[] | undefined) => (lines ? lines.join('\n').length + 1 : 0);
  const fits = (lines: string[], later = 0) => used + size(lines) + reserve + later <= limit;
  const take = (lines: string[]) => {
    out.push(...lines);
    used += lines.join('\n').length + 1;
  };
  // The head is short by construction (clipped labels), but an absurd limit still gets an answer.
  take(head.map((l) => clip(l, Math.max(80, Math.floor((limit - reserve) / (head.length + 1))))));
  const left = new Map<string, number>();
  let shortened = 0;
  // Room kept for the short forms of the sections after this kind of block (at most 30 % of the
  // limit), so hundreds of causes do not crowd out the radius table.
  const laterShort = blocks.map((b, i) =>
    Math.min(
      limit * 0.3,
      blocks
        .slice(i + 1)
        .filter((x) => x.what !== b.what || b.what === undefined)
        .reduce((sum, x) => sum + size(x.short ?? x.full), 0),
    ),
  );
  for (const [i, b] of blocks.entries()) {
    if (fits(b.full, laterShort[i])) take(b.full);
    else if (b.short && fits(b.short, laterShort[i])) {
      take(b.short);
      shortened++;
    } else if (!b.short && fits(b.full)) take(b.full);
    else left.set(b.what ?? 'section', (left.get(b.what ?? 'section') ?? 0) + 1);
  }
  const notes: string[] = [];
  if (shortened || left.size) {
    const omitted = [...left].map(([what, n]) => plural(n, what)).join(', ');
    notes.push(
      `> ✂️ Shortened to fit the ${limit.toLocaleString('en-US')}-character comment limit${limit === GITHUB_COMMENT_LIMIT ? " (GitHub's)" : ''}${omitted ? `: ${omitted} left out` : ''}.`,
      '',
    );
  }
  notes.push(FOOTER);
  const text = `${[...out, ...notes].join('\n').trimEnd()}\n`;
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 2)).replace(/[\\&<]*$/, '')}\n`;
}

/** Account-controlled text can be any length: a comment line stays readable. */
function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const MAX_LIST = 20;
const ACCESS_ORDER = ['admin', 'write', 'read', 'list', 'invoke'];

function causeTitle(cause: DiffCause, n: number): string {
  const mark = cause.pathsToAdmin ? '🔴' : '🟠';
  const opens = `${plural(cause.paths.length, 'new path')}${cause.pathsToAdmin ? ` (${cause.pathsToAdmin} to admin)` : ''}`;
  const what =
    cause.kind === 'statement'
      ? plural(cause.statements.length, 'changed statement')
      : cause.kind === 'setting'
        ? plural(cause.settings.length, 'plan change')
        : 'a change no statement names';
  return `#### ${n}. ${mark} ${what} → ${opens}`;
}

function causeSection(
  cause: DiffCause,
  changes: PathChange[],
  n: number,
  plan: PlanOverlaySummary | undefined,
  maxPaths: number,
  short = false,
): string[] {
  const lines = [causeTitle(cause, n), ''];
  for (const e of cause.statements) lines.push(...statementLine(e, plan, !short));
  for (const s of cause.settings.slice(0, short ? 3 : MAX_LIST))
    lines.push(`- ${markdownCode(clip(s.address))}: ${markdownText(clip(s.effect))}`);
  if (cause.kind === 'unattributed')
    lines.push(
      '- _No changed statement or plan setting is cited by these paths: they follow from a change of resources or trust._',
    );
  lines.push('');
  if (cause.fix) lines.push(fixLine(cause.fix), '');
  lines.push(...reachLines(changes, short ? 3 : MAX_LIST), '');
  if (short) return lines;
  const worst = changes.slice(0, Math.max(1, Math.min(maxPaths, 3)));
  for (const c of worst) lines.push(...pathSection(c));
  if (changes.length > worst.length)
    lines.push(
      `_${plural(changes.length - worst.length, 'more path')} of this change: see the JSON or SARIF report._`,
      '',
    );
  return lines;
}

/** The verified fix: what to change and what it does to the blast radius. */
export function fixLine(fix: Fix): string {
  const removes = plural(fix.removesPaths.length, 'path');
  const remain = fix.remainingPaths.length ? `, ${fix.remainingPaths.length} remain` : '';
  return `**Verified fix:** ${markdownText(clip(fix.change.summary))} — radius ${round2(fix.radiusBefore)} → ${round2(fix.radiusAfter)} (removes ${removes}${remain})`;
}

function round2(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The cause's paths by source, then by access level: counts and the most valuable targets. */
function reachLines(changes: PathChange[], maxSources: number): string[] {
  const bySource = new Map<string, PathChange[]>();
  for (const c of changes) {
    const list = bySource.get(c.path.source);
    if (list) list.push(c);
    else bySource.set(c.path.source, [c]);
  }
  const lines: string[] = [];
  for (const [source, list] of [...bySource].slice(0, maxSources)) {
    const parts: string[] = [];
    for (const access of [...ACCESS_ORDER, ...new Set(list.map((c) => c.path.access))]) {
      const at = list.filter((c) => c.path.access === access);
      if (!at.length || parts.some((p) => p.startsWith(`${access} `))) continue;
      const names = at.slice(0, 4).map((c) => markdownText(clip(nodeLabel(c.path.target), 120)));
      if (at.length > 4) names.push(`${at.length - 4} more`);
      parts.push(`${access} ×${at.length} (${names.join(', ')})`);
    }
    lines.push(`- from **${markdownText(clip(nodeLabel(source)))}**: ${parts.join('; ')}`);
  }
  if (bySource.size > maxSources) lines.push(`- …and ${bySource.size - maxSources} more sources`);
  return lines;
}

function unopenedBlocks(diff: DiffResult): Block[] {
  const title = diff.causes.length
    ? `### IAM changes that open no new path (${diff.unopened.length})`
    : `### IAM changes seen (${diff.unopened.length}): none opens a new path`;
  const blocks: Block[] = [{ full: [title, ''] }];
  for (const change of diff.unopened) {
    const name = change.address
      ? `${markdownCode(clip(change.address))}: ${markdownText(clip(change.effect))}`
      : markdownText(clip(change.effect));
    const lines = [`- ${name}`];
    if (!change.statements.length) lines.push('  - opens no path (no technique completes)');
    for (const s of change.statements.slice(0, MAX_LIST)) {
      const label = `${s.change} statement ${s.statement}${s.sid ? ` "${markdownText(clip(s.sid, 120))}"` : ''}`;
      lines.push(`  - ${label}: ${blockerText(s.blockers)}`);
    }
    if (change.statements.length > MAX_LIST)
      lines.push(`  - …and ${change.statements.length - MAX_LIST} more statements`);
    blocks.push({ full: [...lines, ''], short: [`- ${name}`, ''], what: 'IAM change' });
  }
  return blocks;
}

const GATE_WORDS: Record<string, string> = {
  'explicit-deny': 'an explicit Deny',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
  endpoint: 'a VPC endpoint policy',
  resource: 'the resource policy',
  boundary: 'the permissions boundary',
  session: 'the session policy',
  identity: 'no identity policy allowing it',
  'service-rule': 'a service rule',
};

/** The engine's reasons in words. Only what a decision showed is said; otherwise no reason is claimed. */
export function blockerText(blockers: StatementBlocker[]): string {
  const parts = blockers.slice(0, 4).map((b) => {
    switch (b.kind) {
      case 'denied': {
        if (
          b.action.toLowerCase() === 'sts:assumerole' &&
          b.gates.includes('resource') &&
          b.gates.length === 1
        )
          return `${markdownCode(b.action)} on ${markdownText(clip(nodeLabel(b.resource), 150))} — its trust policy does not admit the caller`;
        const gates = b.gates.filter((g) => g !== 'explicit-deny' || b.gates.length === 1);
        const words = (gates.length ? gates : b.gates).map((g) => GATE_WORDS[g] ?? g).join(', ');
        const named = b.policies.length
          ? ` ${b.policies
              .slice(0, 2)
              .map((p) => markdownCode(clip(p.includes('#') ? policyLabel(p) : nodeLabel(p), 150)))
              .join(', ')}`
          : '';
        return `${markdownCode(b.action)} on ${markdownText(clip(nodeLabel(b.resource), 150))} — blocked by ${words}${named}`;
      }
      case 'missing': {
        const needs = b.needs
          .slice(0, 3)
          .map((a) => markdownCode(a))
          .join(', no ');
        const more =
          b.needs.length > 3
            ? ` (nor ${b.needs.length - 3} more that the ${plural(b.techniques.length, 'technique')} using it need)`
            : '';
        return `${markdownCode(b.action)} allowed, but no ${needs}${more}`;
      }
      case 'untrusted':
        return `${markdownCode('iam:PassRole')} on ${markdownText(clip(nodeLabel(b.role), 150))} allowed, but its trust policy does not admit ${b.services.map((s) => markdownCode(s)).join(', ')}`;
      case 'deny-statement':
        return 'a Deny statement: it only narrows access';
      case 'no-technique-action':
        return 'grants no action an attack technique uses';
      default:
        return 'opens no path (no technique completes)';
    }
  });
  if (blockers.length > 4) parts.push(`and ${blockers.length - 4} more`);
  return parts.length ? parts.join('; ') : 'opens no path (no technique completes)';
}

function radiusBlock(moved: DiffResult['radius']): Block {
  const rows: string[] = [];
  for (const r of moved.slice(0, 50)) {
    // Admin first, then the highest-scoring assets; the JSON report has the full list.
    const ranked = [...r.newlyReachable].sort(
      (a, b) =>
        Number(b.asset.kind === 'Admin') - Number(a.asset.kind === 'Admin') || b.asset.score - a.asset.score,
    );
    const shownAssets = ranked
      .slice(0, 8)
      .map(
        (x) =>
          `${clip(nodeLabel(x.asset.id), 120)} (${x.previousAccess ? `${x.previousAccess}→` : ''}${x.asset.access})`,
      );
    if (ranked.length > 8) shownAssets.push(`and ${ranked.length - 8} more`);
    const reach = shownAssets.join(', ');
    const fmt = (v: number | null) => (v === null ? '–' : v.toFixed(2));
    const delta = `${r.delta > 0 ? '+' : ''}${r.delta.toFixed(2)}`;
    rows.push(
      `| ${markdownCode(clip(nodeLabel(r.source)), 'table-cell')} | ${fmt(r.before)} | ${fmt(r.after)} | ${delta} | ${markdownText(reach) || '–'} | ${r.noLongerReachable.length} |`,
    );
  }
  if (moved.length > 50) rows.push(`| …and ${moved.length - 50} more sources | | | | | |`);
  const head = [
    '### Blast radius by source',
    '',
    '| Source | Before | After | Δ | Newly reachable | No longer reachable |',
    '|---|---:|---:|---:|---|---:|',
  ];
  return {
    full: [...head, ...rows, ''],
    short: [
      ...head,
      ...rows.slice(0, 5),
      ...(rows.length > 5 ? [`| …and ${moved.length - 5} more sources | | | | | |`] : []),
      '',
    ],
    what: 'radius table',
  };
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
