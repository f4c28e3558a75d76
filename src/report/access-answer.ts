// The answers to the policy questions `can` and `who-can --action`, as a terminal table, Markdown or
// JSON (docs/access-question.schema.json): the decision, and the statements behind it.
import type { StatementRef } from '../policy/api.js';
import type { AccessAnswer, WhoCanActionResult } from '../queries/access-question.js';
import type { CoverageSummary } from '../queries/types.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { coverageJson } from './json.js';
import { nodeLabel } from './node-label.js';

/** Version of the JSON contract (docs/access-question.schema.json). */
export const ACCESS_QUESTION_SCHEMA_VERSION = 1;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Names and ids come from the analysed account: no control character reaches a terminal or a page.
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}
function cell(text: string): string {
  return plain(text).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
function code(text: string): string {
  return `\`${plain(text).replace(/`/g, "'")}\``;
}

const GRANTING = new Set(['identity', 'resource', 'trust', 'key', 'session']);

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function statementText(s: StatementRef): string {
  return `${s.policyType} policy ${s.policyId}${s.versionId ? ` (${s.versionId})` : ''} statement ${s.statement}${s.sid ? ` "${s.sid}"` : ''}`;
}

function statementJson(s: StatementRef): Json {
  const out: { [key: string]: Json } = {
    policyId: s.policyId,
    policyType: s.policyType,
    statement: s.statement,
  };
  if (s.sid !== undefined) out.sid = s.sid;
  if (s.versionId !== undefined) out.versionId = s.versionId;
  return out;
}

function contextJson(context: AccessAnswer['context']): Json {
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(context).sort()) {
    const v = context[key];
    out[key] = Array.isArray(v) ? [...v] : (v as Json);
  }
  return out;
}

function contextText(context: AccessAnswer['context']): string {
  const keys = Object.keys(context).sort();
  return keys.map((k) => `${k}=${([] as unknown[]).concat(context[k]).join(',')}`).join(' ');
}

/** The evidence lines of a decision, as `label: item` pairs. */
function evidenceLines(a: {
  outcome: string;
  allowedBy: readonly StatementRef[];
  deniedBy: readonly StatementRef[];
  blockedBy?: readonly string[];
  conditionKeys: readonly string[];
  reason?: string;
}): [string, string][] {
  const lines: [string, string][] = [];
  // Statements that grant, once each; the guardrails (SCPs, RCPs, boundaries) that let it through
  // on one line. JSON keeps every reference the policy engine returned.
  const granting = unique(a.allowedBy.filter((s) => GRANTING.has(s.policyType)).map(statementText));
  const guardrails = unique(a.allowedBy.filter((s) => !GRANTING.has(s.policyType)).map(statementText));
  for (const s of granting) lines.push(['allowed by', s]);
  if (guardrails.length) lines.push(['let through by', guardrails.join('; ')]);
  for (const s of unique(a.deniedBy.map(statementText)))
    lines.push([a.outcome === 'Deny' ? 'denied by' : 'may be denied by', s]);
  if (a.outcome === 'Deny' && a.blockedBy?.length) lines.push(['blocked at', a.blockedBy.join(', ')]);
  if (a.outcome === 'Deny' && !a.allowedBy.length && !a.deniedBy.length && !a.reason)
    lines.push(['denied', 'no statement allows it (implicit deny)']);
  if (a.reason) lines.push(['reason', a.reason]);
  if (a.conditionKeys.length) lines.push(['conditional on', a.conditionKeys.join(', ')]);
  return lines;
}

function questionLine(a: AccessAnswer): string {
  const via = a.via ? ` (the task role of ${nodeLabel(a.via)})` : '';
  return `${nodeLabel(a.principal)}${via} → ${a.action} on ${a.resource}`;
}

export function renderAccessAnswerTable(a: AccessAnswer, coverage: CoverageSummary): string {
  const lines = [coverageHeadline(coverage), ...gapLines(coverage).map((g) => `  ! ${g}`), ''];
  lines.push(`${a.outcome.toUpperCase()}: ${questionLine(a)}`);
  lines.push(`  principal ${a.principal}${a.via ? ` (via ${a.via})` : ''}`);
  const ctx = contextText(a.context);
  if (ctx) lines.push(`  context   ${ctx}`);
  for (const [label, item] of evidenceLines(a)) lines.push(`  ${label}: ${item}`);
  return `${lines.map(plain).join('\n')}\n`;
}

export function renderAccessAnswerMarkdown(a: AccessAnswer, coverage: CoverageSummary): string {
  const lines = [`# ${a.outcome}: ${cell(questionLine(a))}`, '', ...coverageMarkdown(coverage), ''];
  lines.push(`- principal: ${code(a.principal)}${a.via ? ` (via ${code(a.via)})` : ''}`);
  lines.push(`- action: ${code(a.action)}`, `- resource: ${code(a.resource)}`);
  const ctx = contextText(a.context);
  if (ctx) lines.push(`- context: ${code(ctx)}`);
  for (const [label, item] of evidenceLines(a)) lines.push(`- ${label}: ${cell(item)}`);
  return `${lines.join('\n')}\n`;
}

export function renderAccessAnswerJson(a: AccessAnswer, coverage: CoverageSummary): string {
  const question: { [key: string]: Json } = { principal: a.principal };
  if (a.via) question.via = a.via;
  question.action = a.action;
  question.resource = a.resource;
  question.context = contextJson(a.context);
  const decision: { [key: string]: Json } = {
    outcome: a.outcome,
    allowedBy: a.allowedBy.map(statementJson),
    deniedBy: a.deniedBy.map(statementJson),
    blockedBy: [...a.blockedBy],
    conditionKeys: [...a.conditionKeys],
  };
  if (a.reason) decision.reason = a.reason;
  return stringify({
    schemaVersion: ACCESS_QUESTION_SCHEMA_VERSION,
    question: 'can',
    coverage: coverageJson(coverage),
    request: question,
    decision,
  });
}

function coverageMarkdown(coverage: CoverageSummary): string[] {
  if (!coverage.partial) return [`> ${coverageHeadline(coverage)}`];
  return [`> **⚠ ${coverageHeadline(coverage)}**`, '>', ...gapLines(coverage).map((g) => `> - ${cell(g)}`)];
}

function whoHeadline(r: WhoCanActionResult): string {
  const on = r.resource === '*' ? 'on some resource' : `on ${r.resource}`;
  const shown = r.allowed.length < r.allowedCount ? ` (the first ${r.allowed.length} shown)` : '';
  return `Who can ${r.action} ${on}: ${r.allowedCount} of ${r.considered} principal${r.considered === 1 ? '' : 's'}${shown}`;
}

export function renderWhoCanActionTable(r: WhoCanActionResult, coverage: CoverageSummary): string {
  const lines = [coverageHeadline(coverage), ...gapLines(coverage).map((g) => `  ! ${g}`), ''];
  lines.push(whoHeadline(r));
  const ctx = contextText(r.context);
  if (ctx) lines.push(`  context ${ctx}`);
  if (!r.allowed.length) lines.push('  nobody: no user or role of the input is allowed this');
  r.allowed.forEach((p, i) => {
    lines.push('');
    lines.push(
      `${String(i + 1).padStart(3)}. ${p.outcome.padEnd(11)} ${nodeLabel(p.principal)}  (${p.principal})`,
    );
    if (p.taskDefinitions.length)
      lines.push(`       task role of ${p.taskDefinitions.map((t) => nodeLabel(t)).join(', ')}`);
    for (const [label, item] of evidenceLines(p)) lines.push(`       ${label}: ${item}`);
  });
  return `${lines.map(plain).join('\n')}\n`;
}

export function renderWhoCanActionMarkdown(r: WhoCanActionResult, coverage: CoverageSummary): string {
  const lines = [`# ${cell(whoHeadline(r))}`, '', ...coverageMarkdown(coverage), ''];
  const ctx = contextText(r.context);
  if (ctx) lines.push(`Context: ${code(ctx)}`, '');
  if (!r.allowed.length) lines.push('Nobody: no user or role of the input is allowed this.');
  for (const p of r.allowed) {
    lines.push(`## ${p.outcome}: ${cell(nodeLabel(p.principal))}`, '', `- ${code(p.principal)}`);
    if (p.taskDefinitions.length)
      lines.push(`- task role of ${p.taskDefinitions.map((t) => code(t)).join(', ')}`);
    for (const [label, item] of evidenceLines(p)) lines.push(`- ${label}: ${cell(item)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderWhoCanActionJson(r: WhoCanActionResult, coverage: CoverageSummary): string {
  return stringify({
    schemaVersion: ACCESS_QUESTION_SCHEMA_VERSION,
    question: 'who-can-action',
    coverage: coverageJson(coverage),
    request: { action: r.action, resource: r.resource, context: contextJson(r.context) },
    considered: r.considered,
    allowedCount: r.allowedCount,
    principals: r.allowed.map((p) => ({
      principal: p.principal,
      kind: p.kind,
      account: p.account,
      outcome: p.outcome,
      allowedBy: p.allowedBy.map(statementJson),
      deniedBy: p.deniedBy.map(statementJson),
      conditionKeys: [...p.conditionKeys],
      taskDefinitions: [...p.taskDefinitions],
    })),
  });
}

function stringify(value: Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
