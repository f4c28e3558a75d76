// Snapshot + access model → attack graph. Nodes and structural edges come from the snapshot; every
// traversable edge comes from a technique record applied by the one engine. Deterministic: nodes and
// edges are inserted in sorted order, so the same snapshot gives the same graph.
import type { AccessModel } from '../policy/api.js';
import type { Diagnostic, Snapshot, Tags } from '../snapshot/types.js';
import { applyTechniques } from './apply-techniques.js';
import { GraphDraft } from './draft.js';
import { Inventory } from './inventory.js';
import type { AttackGraph, AttackGraphView } from './model.js';
import { NetworkReach } from './network-reach.js';
import { addNodes } from './nodes.js';
import { TechniqueContext } from './technique-context.js';
import { techniques as allTechniques } from './techniques/index.js';
import type { TechniqueRecord } from './techniques/types.js';

export interface BuildOptions {
  /** Sources = every task definition, not only those used by services or running tasks. */
  allTaskDefinitions?: boolean;
  /** Technique records to apply (default: all). */
  techniques?: readonly TechniqueRecord[];
  /** Skip the engine's sound shortcuts and ask the policy engine about every pair (for tests that
   *  check the shortcuts never hide an edge). Default: shortcuts on. */
  exhaustive?: boolean;
  /** Sensitivity multiplier of a resource from its tags (default: a classification-like tag doubles it). */
  sensitivity?: (tags: Tags) => number;
}

export interface BuiltGraph {
  /** The graph in graphology, built on first use (the same nodes, edges, keys and orders as `view`). */
  readonly graph: AttackGraph;
  /** The graph to read: the graphology graph once something has used it (so changes made to it
   *  show), else the builder's compact graph, which an analysis walks without building graphology's
   *  object per edge. */
  readonly view: AttackGraphView;
  /** Default analysis sources: task definitions used by ECS services or running tasks (and running
   *  tasks whose taskRoleArn override gives them another role). Sorted. */
  sources: string[];
  diagnostics: Diagnostic[];
}

export function buildAttackGraph(
  snapshot: Snapshot,
  model: AccessModel,
  options: BuildOptions = {},
): BuiltGraph {
  const inv = new Inventory(snapshot);
  const draft = new GraphDraft();
  const diagnostics: Diagnostic[] = [];
  addNodes(inv, draft, { sensitivity: options.sensitivity });
  const ctx = new TechniqueContext(inv, model, new NetworkReach(inv));
  applyTechniques(ctx, draft, options.techniques ?? allTechniques, diagnostics, {
    exhaustive: options.exhaustive,
  });
  const compact = draft.freeze();
  let graph: AttackGraph | undefined;
  return {
    get graph() {
      return (graph ??= compact.toGraphology());
    },
    get view() {
      return graph ?? compact;
    },
    sources: defaultSources(inv, options),
    diagnostics,
  };
}

function defaultSources(inv: Inventory, options: BuildOptions): string[] {
  const sources = new Set<string>();
  if (options.allTaskDefinitions) for (const arn of inv.taskDefinitions.keys()) sources.add(arn);
  for (const { item: s } of inv.services.values())
    if (inv.taskDefinitions.has(s.taskDefinitionArn)) sources.add(s.taskDefinitionArn);
  for (const { item: t } of inv.tasks.values()) {
    if (inv.taskDefinitions.has(t.taskDefinitionArn)) sources.add(t.taskDefinitionArn);
    const definitionRole = inv.taskDefinitions.get(t.taskDefinitionArn)?.item.taskRoleArn;
    if (t.overrides?.taskRoleArn && t.overrides.taskRoleArn !== definitionRole) sources.add(t.arn);
  }
  return [...sources].sort();
}

/** The graph's nodes and structural edges only, without applying a technique: what a question
 *  needs to resolve the names it is given (a policy question asks the access model, not the graph). */
export function buildNodeView(
  snapshot: Snapshot,
  options: Pick<BuildOptions, 'sensitivity'> = {},
): AttackGraphView {
  const draft = new GraphDraft();
  addNodes(new Inventory(snapshot), draft, { sensitivity: options.sensitivity });
  return draft.freeze();
}
