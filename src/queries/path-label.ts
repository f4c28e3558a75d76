// A path's arrival at a node, as the path search hands it out: the step that got there, its parent
// arrival, and the path's cost so far (path-search.ts explains the rules).
import type { Access, EdgeAttributes, NodeKind } from '../graph/model.js';

export interface Label {
  node: string;
  kind: NodeKind;
  parent: Label | null;
  edge: EdgeAttributes | null;
  cost: number;
  hops: number;
  conditionalSteps: number;
  /** Access obtained on `node` when it is an asset reached by this step. */
  access?: Access;
  continues: boolean;
}
