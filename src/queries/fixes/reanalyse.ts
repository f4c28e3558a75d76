// The analysis a verification runs: snapshot → access model → attack graph → analyze, with the
// options the first analysis had (so an unchanged source gets the very same radius).
import { buildAttackGraph, type BuildOptions } from '../../graph/build.js';
import { buildAccessModel } from '../../policy/access-model.js';
import type { Snapshot } from '../../snapshot/types.js';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import type { Analyse } from './verify.js';

export function analyserFor(opts: { graph?: BuildOptions; analyze?: AnalyzeOptions } = {}): Analyse {
  return (snapshot: Snapshot) => {
    const model = buildAccessModel(snapshot);
    const built = buildAttackGraph(snapshot, model, opts.graph ?? {});
    return analyze(built, snapshot, opts.analyze ?? {});
  };
}
