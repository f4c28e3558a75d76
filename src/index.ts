// The library entry point: `import { … } from 'blastmap'`.
export * from './snapshot/types.js';
export type * from './policy/api.js';
export type * from './graph/model.js';
export type * from './queries/types.js';
export { InputError } from './snapshot/errors.js';
export { VERSION } from './version.js';
