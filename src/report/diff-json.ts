// The diff as JSON: a fixed key order, rebuilt field by field, so the same inputs give byte-identical
// output (no timestamps, no absolute paths beyond what the user gave).
import type { DiffResult, EnablingStatement, PathChange, RadiusChange } from '../queries/diff.js';
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import { gapsJson, pathJson } from './json.js';

export const DIFF_FORMAT = 'blastmap-diff/1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function defined(entries: [string, Json | undefined][]): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

/** Sorted keys at every level: statements are policy text whose key order means nothing. */
function sortedJson(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const k of Object.keys(value).sort()) out[k] = sortedJson((value as Record<string, unknown>)[k]);
    return out;
  }
  return (value ?? null) as Json;
}

function enablingJson(e: EnablingStatement): Json {
  return defined([
    ['change', e.change],
    [
      'ref',
      defined([
        ['policyId', e.ref.policyId],
        ['policyType', e.ref.policyType],
        ['statement', e.ref.statement],
        ['sid', e.ref.sid],
        ['versionId', e.ref.versionId],
      ]),
    ],
    ['terraformAddress', e.terraformAddress],
    ['statement', e.statement ? sortedJson(e.statement) : undefined],
  ]);
}

function changeJson(c: PathChange): Json {
  return defined([
    ['key', c.key],
    ['toAdmin', c.toAdmin],
    ['conditional', c.conditional],
    ['acceptedReason', c.acceptedReason],
    ['enabledBy', c.enabledBy.map(enablingJson)],
    ['path', pathJson(c.path)],
  ]);
}

function radiusJson(r: RadiusChange): Json {
  return {
    source: r.source,
    kind: r.kind,
    account: r.account,
    before: r.before,
    after: r.after,
    delta: r.delta,
    newlyReachable: r.newlyReachable.map((n) =>
      defined([
        ['id', n.asset.id],
        ['kind', n.asset.kind],
        ['access', n.asset.access],
        ['previousAccess', n.previousAccess],
        ['hops', n.asset.hops],
        ['conditional', n.asset.conditional],
        ['score', n.asset.score],
      ]),
    ),
    noLongerReachable: [...r.noLongerReachable],
  };
}

function planJson(p: PlanOverlaySummary): Json {
  const locations: { [key: string]: Json } = {};
  for (const k of Object.keys(p.locations).sort()) {
    locations[k] = defined([
      ['file', p.locations[k].file],
      ['line', p.locations[k].line],
    ]);
  }
  return defined([
    ['planFile', p.planFile],
    ['formatVersion', p.formatVersion],
    ['terraformVersion', p.terraformVersion],
    [
      'applied',
      p.applied.map((a) =>
        defined([
          ['address', a.address],
          ['type', a.type],
          ['action', a.action],
          ['effect', a.effect],
          ['policyId', a.policyId],
          ['ids', [...a.ids]],
        ]),
      ),
    ],
    [
      'unknowns',
      p.unknowns.map((u) => ({ address: u.address, attribute: u.attribute, treatment: u.treatment })),
    ],
    [
      'unsupported',
      p.unsupported.map((u) => ({ address: u.address, type: u.type, action: u.action, reason: u.reason })),
    ],
    ['locations', locations],
  ]);
}

export function diffJson(diff: DiffResult): Json {
  return defined([
    ['format', DIFF_FORMAT],
    ['schemaVersion', diff.schemaVersion],
    [
      'verdict',
      {
        rule: diff.verdict.rule,
        threshold: diff.verdict.threshold,
        regression: diff.verdict.regression,
        reasons: [...diff.verdict.reasons],
      },
    ],
    [
      'summary',
      {
        appeared: diff.summary.appeared,
        appearedToAdmin: diff.summary.appearedToAdmin,
        vanished: diff.summary.vanished,
        accepted: diff.summary.accepted,
        sourcesWithIncrease: diff.summary.sourcesWithIncrease,
        unreviewedBaselineEntries: diff.summary.unreviewedBaselineEntries,
      },
    ],
    [
      'coverage',
      defined([
        ['beforePartial', diff.coverage.beforePartial],
        ['afterPartial', diff.coverage.afterPartial],
        // The gaps of a partial side (absent for a complete one).
        ['beforeGaps', diff.coverage.beforePartial ? gapsJson(diff.coverage.before) : undefined],
        ['afterGaps', diff.coverage.afterPartial ? gapsJson(diff.coverage.after) : undefined],
      ]),
    ],
    ['appeared', diff.appeared.map(changeJson)],
    ['vanished', diff.vanished.map(changeJson)],
    ['radius', diff.radius.map(radiusJson)],
    ['plan', diff.plan ? planJson(diff.plan) : undefined],
  ]);
}

export function renderDiffJson(diff: DiffResult): string {
  return `${JSON.stringify(diffJson(diff), null, 2)}\n`;
}
