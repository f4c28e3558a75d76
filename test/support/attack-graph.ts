// Helpers for graph tests: build the attack graph of a scenario with the real policy engine and ask
// which technique edges exist between two nodes.
import { buildAttackGraph, type BuildOptions, type BuiltGraph } from '../../src/graph/build.js';
import type { EdgeAttributes } from '../../src/graph/model.js';
import type { SnapshotBuilder } from './snapshot-builder.js';
import { accessModelFor } from './access-model.js';

export function graphOf(builder: SnapshotBuilder, options?: BuildOptions): BuiltGraph {
  const snapshot = builder.build();
  return buildAttackGraph(snapshot, accessModelFor(snapshot), options);
}

/** Traversable edges of one technique from `from` to `to` (any technique when omitted). */
export function steps(built: BuiltGraph, from: string, to: string, technique?: string): EdgeAttributes[] {
  const { graph } = built;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  return graph
    .edges(from, to)
    .map((e) => graph.getEdgeAttributes(e))
    .filter((a) => a.traversable && (!technique || a.technique === technique));
}

/** The single edge of a technique between two nodes; throws with the edges present otherwise. */
export function step(built: BuiltGraph, from: string, to: string, technique: string): EdgeAttributes {
  const found = steps(built, from, to, technique);
  if (found.length !== 1) {
    const present = steps(built, from, to).map((e) => e.technique);
    throw new Error(
      `expected one ${technique} edge ${from} → ${to}, found ${found.length} (present: ${present.join(', ') || 'none'})`,
    );
  }
  return found[0];
}

/** Every traversable edge of a technique, as `from → to`. */
export function edgesOf(built: BuiltGraph, technique: string): string[] {
  const { graph } = built;
  return graph
    .filterEdges((_e, a) => a.traversable && a.technique === technique)
    .map(
      (e) =>
        `${graph.source(e)} → ${graph.target(e)}${graph.getEdgeAttribute(e, 'access') ? ` (${graph.getEdgeAttribute(e, 'access')})` : ''}`,
    );
}
