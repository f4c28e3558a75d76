// The library entry point: `import { … } from 'blastmap'`.
export * from './snapshot/types.js';
export type * from './policy/api.js';
export type * from './graph/model.js';
export type * from './queries/types.js';
export { InputError } from './snapshot/errors.js';
export { VERSION } from './version.js';
export { readDump } from './ingest/read-dump.js';
export { loadInput, type LoadedInput } from './ingest/load-input.js';
export { writeSnapshot } from './ingest/write-snapshot.js';
export { classifyEnvironment, classifyValue } from './ingest/classify-secrets.js';
export { inventory } from './queries/inventory.js';
export { renderInventory } from './report/inventory.js';
export { buildAccessModel, type AccessModelBuildOptions } from './policy/access-model.js';
export { evaluate, type EvaluationResult } from './policy/evaluate.js';
export { parsePolicy, type ParsedPolicy, type ParsedStatement } from './policy/parse/policy.js';
export { catalogVersion } from './policy/catalog.js';
export { attackPaths } from './queries/attack-paths.js';
export { blastRadius } from './queries/blast-radius.js';
export { whoCan } from './queries/who-can.js';
export { explainPath } from './queries/explain-path.js';
export { analyze } from './queries/analyze.js';
export { DEFAULT_SCORING, type ScoringOptions } from './queries/score.js';
export { DEFAULT_SENSITIVITY_RULES, sensitivityFromTags } from './graph/sensitivity.js';
export { renderTable } from './report/table.js';
export { renderJson } from './report/json.js';
export { renderMarkdown } from './report/markdown.js';
export {
  sourceSubgraphs,
  subgraphsOf,
  type SourceSubgraphs,
  type SourceSubgraph,
} from './queries/source-subgraphs.js';
export { renderHtml, type HtmlReportOptions } from './report/html/render-html.js';
export { renderDot, renderMermaid } from './report/graph-text.js';
export { diffAnalyses, type DiffOptions, type DiffResult, type DiffRule } from './queries/diff.js';
export { baselineFromAnalysis, parseBaseline, type Baseline, type AcceptedPath } from './queries/baseline.js';
export { parsePlan, type TerraformPlan } from './ingest/terraform/plan.js';
export {
  applyTerraformPlan,
  type ApplyPlanOptions,
  type OverlayResult,
} from './ingest/terraform/apply-plan.js';
export type * from './ingest/terraform/types.js';
export { renderDiffMarkdown } from './report/diff-markdown.js';
export { renderDiffJson } from './report/diff-json.js';
export { renderSarif } from './report/sarif.js';
export { collect, type CollectOptions, type CollectResult } from './ingest/collect/collect.js';
export { createProgress, type Progress } from './ingest/collect/progress.js';
export {
  formatRedactionMarker,
  parseRedactionMarker,
  type RedactedValue,
} from './ingest/redaction-marker.js';
export { pushGraph, type PushOptions, type PushResult } from './neo4j/push.js';
export { Neo4jPushError } from './neo4j/errors.js';
export type { Neo4jTarget } from './neo4j/connection.js';
export type { PushableGraph } from './neo4j/rows.js';
export { buildAttackGraph, type BuildOptions, type BuiltGraph } from './graph/build.js';
export { techniques, techniqueById } from './graph/techniques/index.js';
export type * from './graph/techniques/types.js';
