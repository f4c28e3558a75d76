// Turns a search label (an arrival at an asset) into the AttackPath a report shows, with its score.
import type { AttackGraph } from '../graph/model.js';
import { labelChain, type Label } from './path-search.js';
import { pathScore, type ScoringOptions } from './score.js';
import type { AttackPath, PathHop } from './types.js';

export function attackPathOf(
  graph: AttackGraph,
  source: string,
  label: Label,
  scoring: ScoringOptions,
): AttackPath {
  const hops: PathHop[] = labelChain(label).map((l) => {
    const edge = l.edge!;
    return {
      from: l.parent!.node,
      to: l.node,
      technique: edge.technique ?? edge.type.toLowerCase(),
      conditional: edge.conditional,
      conditionKeys: [...edge.conditionKeys],
      assumptions: [...edge.assumptions],
      evidence: edge.evidence,
    };
  });
  const access = label.access ?? 'admin';
  const sensitivity = graph.getNodeAttribute(label.node, 'sensitivity');
  return {
    source,
    target: label.node,
    targetKind: label.kind,
    access,
    score: pathScore(label.kind, access, sensitivity, label.hops, label.conditionalSteps, scoring),
    hops,
  };
}

/** Order used everywhere paths are listed: score desc, then target id, then fewer hops, then text. */
export function comparePaths(a: AttackPath, b: AttackPath): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.target !== b.target) return a.target < b.target ? -1 : 1;
  if (a.hops.length !== b.hops.length) return a.hops.length - b.hops.length;
  const ta = pathText(a);
  const tb = pathText(b);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function pathText(p: AttackPath): string {
  return p.hops.map((h) => `${h.technique}>${h.to}`).join('|');
}
