// The diff as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one rule per attack
// technique, one result per new attack path, located at the best anchor the caller found for the
// policy that grants it (the Terraform resource block, the dump file holding the policy), else at the
// plan or input file; paths are relative to the repository (`%SRCROOT%`). Each result carries a
// `security-severity` from its path's score (docs/diff.md). Deterministic: no timestamps, no run
// ids; a stable fingerprint per path lets code scanning track it across runs.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { techniques } from '../graph/techniques/index.js';
import type { DiffResult, PathChange } from '../queries/diff.js';
import { VERSION } from '../version.js';
import { coverageHeadline, gapLines } from './coverage-text.js';
import { policyLabel } from './diff-markdown.js';
import { jsonText } from './escape/json.js';
import { sarifText } from './escape/sarif.js';
import { nodeLabel } from './node-label.js';
import { chainText } from './path-text.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home, for the tool's `informationUri` and the rules' help links. */
export const PROJECT_URI = 'https://github.com/blastmap/blastmap';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;

/** A file (repository-relative, `/`-separated, or absolute when outside the repository) and line. */
export interface SarifAnchor {
  file: string;
  line?: number;
}

export interface SarifOptions {
  /** File for results with no better anchor (the plan, or the after input), as `SarifAnchor.file`. */
  fallbackUri: string;
  /** Where each policy is written (policy id → anchor), e.g. the dump file of the after side. */
  policyLocations?: Record<string, SarifAnchor>;
}

/**
 * A path's score (0 … 100 = admin of an account, docs/scoring.md) on code scanning's 0.0–10.0 scale,
 * logarithmically so that a direct admin path is critical (≥ 9.0) and a plain bucket read low:
 * `10 × log10(1 + score) / log10(101)`, one decimal, at least 0.1.
 */
export function securitySeverity(score: number): number {
  const s = (10 * Math.log10(1 + Math.max(0, score))) / Math.log10(101);
  return Math.max(0.1, Math.min(10, Math.round(s * 10) / 10));
}

/** A SARIF artifact location: relative paths against `%SRCROOT%`, absolute ones as file URIs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (/^([A-Za-z]:)?[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; 'security-severity'?: string };
}

/** Techniques that are not records of the catalog but still name edges. */
const EXTRA_RULES: Record<string, string> = {
  'admin-equivalent': 'Principal is already administrator of its account',
  'ecs-task-metadata-creds': 'Code in the task reads the task role credentials from the container endpoint',
};

/** A rule; its `security-severity` (which GitHub reads per rule) is the highest of its results here. */
function ruleFor(id: string, severity: number | undefined): Rule {
  const record = techniques.find((t) => t.id === id);
  const title = record?.title ?? EXTRA_RULES[id] ?? id;
  const name = id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
  const prerequisites = record ? ` Prerequisites: ${record.prerequisites}.` : '';
  const gains = record ? ` Gains: ${record.gain.summary}.` : '';
  const text = `${title}.${prerequisites}${gains}`;
  const catalog = record?.references.pathfindingCloud ?? [];
  const seeAlso = catalog.length ? ` Catalogued on pathfinding.cloud as ${catalog.join(', ')}.` : '';
  return {
    id,
    name,
    shortDescription: { text: title },
    fullDescription: { text },
    helpUri: `${PROJECT_URI}/blob/main/docs/techniques.md#${id}`,
    help: {
      text: `${text}${seeAlso} A new attack path uses this step; remove the permission that enables it, or accept the path in a baseline with a reason.`,
      markdown: `**${title}**\n\n${prerequisites.trim()}${gains}${seeAlso}\n\nA new attack path uses this step: remove the permission that enables it, or accept the path in a blastmap baseline with a reason.`,
    },
    defaultConfiguration: { level: 'warning' },
    properties: {
      tags: ['security', 'iam', 'attack-path'],
      ...(severity !== undefined ? { 'security-severity': severity.toFixed(1) } : {}),
    },
  };
}

/**
 * A partial side is said in the run's invocation: a warning notification per side with the grouped
 * gaps (what was not collected, skipped or not understood), so a viewer never shows "no new path"
 * from a partial view as a clean result. Absent when both sides are complete.
 */
function coverageInvocations(diff: DiffResult): { invocations?: unknown[] } {
  const notifications = [];
  for (const [side, partial, coverage] of [
    ['before', diff.coverage.beforePartial, diff.coverage.before],
    ['after', diff.coverage.afterPartial, diff.coverage.after],
  ] as const) {
    if (!partial) continue;
    notifications.push({
      level: 'warning',
      descriptor: { id: 'blastmap/partial-view' },
      message: { text: [`${side}: ${coverageHeadline(coverage)}`, ...gapLines(coverage)].join('\n') },
      properties: { side, gaps: coverage.gaps.length },
    });
  }
  if (notifications.length === 0) return {};
  return { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] };
}

/** The hop a path is reported under: the first one a changed statement enables, else the first pivot. */
function keyHop(c: PathChange): number {
  const changed = new Set(c.enabledBy.map((e) => `${e.ref.policyId}#${e.ref.statement}`));
  const i = c.path.hops.findIndex((h) =>
    h.evidence.some((ev) => ev.statements.some((s) => changed.has(`${s.policyId}#${s.statement}`))),
  );
  if (i >= 0) return i;
  const pivot = c.path.hops.findIndex((h) => h.technique !== 'ecs-task-metadata-creds');
  return pivot >= 0 ? pivot : Math.max(0, c.path.hops.length - 1);
}

/** The Terraform address, else the policy, whose location best anchors a new path, and that location. */
function anchorOf(c: PathChange, diff: DiffResult, opts: SarifOptions): SarifAnchor & { address?: string } {
  const plan = diff.plan;
  const enabling = c.enabledBy.find((e) => e.terraformAddress) ?? c.enabledBy[0];
  const hop = c.path.hops[keyHop(c)];
  // The granting policy: the changed statement's, else the one the reported step's evidence names.
  const policies = [
    ...c.enabledBy.map((e) => e.ref.policyId),
    ...(hop?.evidence ?? []).flatMap((ev) => ev.statements.map((st) => st.policyId)),
  ];
  const addresses = [
    ...(enabling?.terraformAddress ? [enabling.terraformAddress] : []),
    ...policies.flatMap((id) => (plan?.applied ?? []).filter((a) => a.policyId === id).map((a) => a.address)),
  ];
  // A resource block in a .tf file is the best anchor; a plan-file fallback only if nothing better.
  const located = addresses.map((address) => ({ address, loc: plan?.locations[address] }));
  const inTf = located.find((x) => x.loc?.line !== undefined);
  if (inTf?.loc) return { ...inTf.loc, address: inTf.address };
  for (const id of policies) {
    const loc = opts.policyLocations?.[id];
    if (loc) return { ...loc, ...(located[0] ? { address: located[0].address } : {}) };
  }
  if (located[0]?.loc) return { ...located[0].loc, address: located[0].address };
  return { file: opts.fallbackUri, ...(located[0] ? { address: located[0].address } : {}) };
}

export function renderSarif(diff: DiffResult, opts: SarifOptions): string {
  // Code scanning takes at most MAX_RESULTS per run: the most severe are kept (the JSON report has all).
  const ranked = diff.appeared
    .map((c) => ({ c, severity: securitySeverity(c.path.score) }))
    .sort((x, y) => y.severity - x.severity || (x.c.key < y.c.key ? -1 : x.c.key > y.c.key ? 1 : 0));
  const kept = new Set(ranked.slice(0, MAX_RESULTS).map((x) => x.c));
  const appeared = diff.appeared.filter((c) => kept.has(c));

  const ids = new Set<string>(techniques.map((t) => t.id));
  const severityByRule = new Map<string, number>();
  const ruleOf = (c: PathChange) => c.path.hops[keyHop(c)]?.technique ?? 'admin-equivalent';
  for (const c of appeared) {
    for (const h of c.path.hops) ids.add(h.technique);
    const rule = ruleOf(c);
    severityByRule.set(rule, Math.max(severityByRule.get(rule) ?? 0, securitySeverity(c.path.score)));
  }
  const rules = [...ids].sort().map((id) => ruleFor(id, severityByRule.get(id)));
  const index = new Map(rules.map((r, i) => [r.id, i]));

  const results = appeared.map((c) => {
    const technique = ruleOf(c);
    const anchor = anchorOf(c, diff, opts);
    const by = c.enabledBy.length
      ? ` Enabled by ${c.enabledBy.map((e) => `${e.change} statement ${e.ref.statement}${e.ref.sid ? ` "${sarifText(e.ref.sid)}"` : ''} of ${sarifText(policyLabel(e.ref.policyId))}${e.terraformAddress ? ` (${sarifText(e.terraformAddress)})` : ''}`).join('; ')}.`
      : '';
    const text =
      `New attack path${c.toAdmin ? ' to admin' : ''}: ${sarifText(nodeLabel(c.path.source))} reaches ${sarifText(nodeLabel(c.path.target))} ` +
      `(${c.path.access}${c.conditional ? ', conditional' : ''}) in ${c.path.hops.length} steps: ${chainText(c.path.source, c.path.hops, sarifText)}.${by}`;
    return {
      ruleId: technique,
      ruleIndex: index.get(technique) ?? 0,
      level: c.toAdmin ? 'error' : 'warning',
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(anchor.file),
            region: { startLine: anchor.line ?? 1 },
          },
          ...(anchor.address
            ? { logicalLocations: [{ fullyQualifiedName: anchor.address, kind: 'resource' }] }
            : {}),
        },
      ],
      partialFingerprints: { 'blastmapPath/v1': createHash('sha256').update(c.key).digest('hex') },
      ...(c.acceptedReason !== undefined
        ? { suppressions: [{ kind: 'external', justification: c.acceptedReason }] }
        : {}),
      properties: {
        'security-severity': securitySeverity(c.path.score).toFixed(1),
        score: c.path.score,
        source: c.path.source,
        target: c.path.target,
        access: c.path.access,
        toAdmin: c.toAdmin,
        conditional: c.conditional,
        steps: c.path.hops.map((h) => `${h.technique} -> ${h.to}`),
      },
    };
  });

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'blastmap',
            informationUri: PROJECT_URI,
            version: VERSION,
            semanticVersion: VERSION,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        automationDetails: { id: 'blastmap/diff/' },
        columnKind: 'utf16CodeUnits',
        results,
        ...coverageInvocations(diff),
        properties: {
          verdict: diff.verdict.rule,
          regression: diff.verdict.regression,
          reasons: diff.verdict.reasons,
          vanishedPaths: diff.vanished.length,
          ...(appeared.length < diff.appeared.length
            ? { omittedResults: diff.appeared.length - appeared.length }
            : {}),
        },
      },
    ],
  };
  return `${jsonText(JSON.stringify(log, null, 2))}\n`;
}
