// A baseline: attack paths a reviewer has accepted (each with a reason), which `--fail-on` ignores.
// Paths are matched by identity (source, target, access and the sequence of steps), not by score,
// so a re-ranked or re-scored path stays accepted while a path through a new step does not.
import { InputError } from '../snapshot/errors.js';
import type { AnalysisResult, AttackPath } from './types.js';

export const BASELINE_FORMAT = 'blastmap-baseline/1';
export const BASELINE_REASON_PLACEHOLDER = 'TODO: reviewed by …';

export interface BaselineStep {
  technique: string;
  to: string;
}

export interface AcceptedPath {
  source: string;
  target: string;
  access: string;
  steps: BaselineStep[];
  reason: string;
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  accepted: AcceptedPath[];
}

/** Identity of a path: source + target + access + the (technique, to) of every hop. */
export function pathKey(path: {
  source: string;
  target: string;
  access: string;
  steps: BaselineStep[];
}): string {
  const steps = path.steps.map((s) => `${s.technique}>${s.to}`).join(' ');
  return `${path.source} => ${path.target} [${path.access}] ${steps}`;
}

export function attackPathKey(path: AttackPath): string {
  return pathKey({ ...path, steps: path.hops.map((h) => ({ technique: h.technique, to: h.to })) });
}

/** A baseline accepting every path of an analysis, with the reason left for a reviewer to fill in. */
export function baselineFromAnalysis(result: AnalysisResult): Baseline {
  const seen = new Map<string, AcceptedPath>();
  for (const path of result.paths) {
    const entry: AcceptedPath = {
      source: path.source,
      target: path.target,
      access: path.access,
      steps: path.hops.map((h) => ({ technique: h.technique, to: h.to })),
      reason: BASELINE_REASON_PLACEHOLDER,
    };
    seen.set(pathKey(entry), entry);
  }
  const accepted = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { format: BASELINE_FORMAT, accepted };
}

/** Validates a parsed baseline file; every problem is an InputError naming the entry. */
export function parseBaseline(json: unknown, file: string): Baseline {
  const fail = (jsonPath: string, message: string): never => {
    throw new InputError(
      message,
      { file, jsonPath },
      { hint: 'write one with `blastmap baseline <input> -o FILE`' },
    );
  };
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return fail('$', 'a baseline must be a JSON object');
  const doc = json as Record<string, unknown>;
  if (doc['format'] !== BASELINE_FORMAT) fail('$.format', `expected format "${BASELINE_FORMAT}"`);
  if (!Array.isArray(doc['accepted'])) fail('$.accepted', 'expected an array of accepted paths');
  const accepted = (doc['accepted'] as unknown[]).map((raw, i): AcceptedPath => {
    const at = `$.accepted[${i}]`;
    if (!raw || typeof raw !== 'object') return fail(at, 'expected an object');
    const e = raw as Record<string, unknown>;
    for (const field of ['source', 'target', 'access', 'reason'] as const) {
      if (typeof e[field] !== 'string' || (e[field] as string).trim() === '')
        fail(`${at}.${field}`, `missing ${field}`);
    }
    if (!Array.isArray(e['steps'])) return fail(`${at}.steps`, 'expected an array of {technique, to}');
    const steps = (e['steps'] as unknown[]).map((s, j): BaselineStep => {
      const step = s as Record<string, unknown> | null;
      if (!step || typeof step['technique'] !== 'string' || typeof step['to'] !== 'string') {
        return fail(`${at}.steps[${j}]`, 'expected {technique, to}');
      }
      return { technique: step['technique'], to: step['to'] };
    });
    return {
      source: e['source'] as string,
      target: e['target'] as string,
      access: e['access'] as string,
      steps,
      reason: e['reason'] as string,
    };
  });
  return { format: BASELINE_FORMAT, accepted };
}

/** Key → accepted entry, for matching paths of an analysis. */
export function baselineIndex(baseline: Baseline | undefined): Map<string, AcceptedPath> {
  const index = new Map<string, AcceptedPath>();
  for (const entry of baseline?.accepted ?? []) index.set(pathKey(entry), entry);
  return index;
}
