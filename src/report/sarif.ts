// The diff as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one rule per attack
// technique, one result per new attack path, located at the Terraform resource that enables it when
// the plan's configuration gives it (else at the plan or input file). Deterministic: no timestamps,
// no run ids; a stable fingerprint per path lets code scanning track it across runs.
import { createHash } from 'node:crypto';
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

export interface SarifOptions {
  /** Repository-relative file for results without a Terraform location (the plan or the after input). */
  fallbackUri: string;
}

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; 'security-severity': string };
}

/** Techniques that are not records of the catalog but still name edges. */
const EXTRA_RULES: Record<string, string> = {
  'admin-equivalent': 'Principal is already administrator of its account',
  'ecs-task-metadata-creds': 'Code in the task reads the task role credentials from the container endpoint',
};

function ruleFor(id: string): Rule {
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
    help: {
      text: `${text}${seeAlso} A new attack path uses this step; remove the permission that enables it, or accept the path in a baseline with a reason.`,
      markdown: `**${title}**\n\n${prerequisites.trim()}${gains}${seeAlso}\n\nA new attack path uses this step: remove the permission that enables it, or accept the path in a blastmap baseline with a reason.`,
    },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'iam', 'attack-path'], 'security-severity': '7.0' },
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

export function renderSarif(diff: DiffResult, opts: SarifOptions): string {
  const ids = new Set<string>(techniques.map((t) => t.id));
  for (const c of diff.appeared) for (const h of c.path.hops) ids.add(h.technique);
  const rules = [...ids].sort().map(ruleFor);
  const index = new Map(rules.map((r, i) => [r.id, i]));

  const results = diff.appeared.map((c) => {
    const hop = c.path.hops[keyHop(c)];
    const technique = hop?.technique ?? 'admin-equivalent';
    const enabling = c.enabledBy.find((e) => e.terraformAddress) ?? c.enabledBy[0];
    const loc = enabling?.terraformAddress ? diff.plan?.locations[enabling.terraformAddress] : undefined;
    const uri = loc?.file ?? opts.fallbackUri;
    const region = loc?.line ? { region: { startLine: loc.line } } : {};
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
          physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...region },
          ...(enabling?.terraformAddress
            ? { logicalLocations: [{ fullyQualifiedName: enabling.terraformAddress, kind: 'resource' }] }
            : {}),
        },
      ],
      partialFingerprints: { 'blastmapPath/v1': createHash('sha256').update(c.key).digest('hex') },
      ...(c.acceptedReason !== undefined
        ? { suppressions: [{ kind: 'external', justification: c.acceptedReason }] }
        : {}),
      properties: {
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
        },
      },
    ],
  };
  return `${jsonText(JSON.stringify(log, null, 2))}\n`;
}
