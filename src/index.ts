// The library entry point: `import { … } from 'blastmap'`.
export * from './snapshot/types.js';
export type * from './policy/api.js';
export type * from './graph/model.js';
export type * from './queries/types.js';
export { InputError } from './snapshot/errors.js';
export { VERSION } from './version.js';
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
