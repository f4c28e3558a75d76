// The attack graph as loader rows: nodes grouped by label set, relationships grouped by type, each
// row holding only parameter values. Parallel edges of one type and technique between the same two
// nodes become one relationship (the queries only care whether the step exists and its best form).
import type { AttackGraph, EdgeAttributes, EdgeType, NodeKind } from '../graph/model.js';
import { CARTOGRAPHY_NODES, storedRelationship } from './cartography.js';
import {
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  nodeLabels,
  type Properties,
  type PropertyValue,
  type SourceRanking,
} from './vocabulary.js';

/** One analysed source as `analyze` ranks it (`SourceRadius` fits). */
export interface RankedSource {
  id: string;
  score: number;
  assets: readonly unknown[];
}

/** What a push writes: the graph, the default analysis sources, the accounts it is authoritative for. */
export interface PushableGraph {
  graph: AttackGraph;
  /** Default analysis sources (task definitions in use): stored as `source: true`. */
  sources: readonly string[];
  /**
   * Accounts this graph is authoritative for (the snapshot's accounts): a push replaces their stale
   * nodes and relationships and never deletes another account's.
   */
  accounts: readonly string[];
  /** The CLI's ranking (`analyze(…).sources`, in its order): stored as score, radius and rank. */
  ranking?: readonly RankedSource[];
}

export interface NodeRow {
  id: string;
  props: Properties;
}

export interface RelationshipRow {
  from: string;
  to: string;
  key: string;
  props: Properties;
}

export interface NodeGroup {
  kind: NodeKind;
  labels: readonly string[];
  /** cartography's label for this kind: nodes merge on (that label {id}), so cartography's node is reused. */
  mergeLabel?: string;
  /**
   * True for nodes of the pushed accounts: written and stamped. False for nodes of other accounts
   * that the graph only references (a cross-account role): created if missing, never overwritten,
   * so a push never clobbers what another account's own push wrote.
   */
  owned: boolean;
  rows: NodeRow[];
}

export interface RelationshipGroup {
  /** The stored type (cartography's name where it has one, see cartography.ts). */
  type: string;
  /** Structural (a configuration fact cartography may hold too): merged without the key. */
  structural: boolean;
  /** As for nodes: false when the relationship belongs to an account outside the push. */
  owned: boolean;
  rows: RelationshipRow[];
}

function setIfDefined(props: Properties, name: string, value: PropertyValue | undefined): void {
  if (value !== undefined && value !== null) props[name] = value;
}

export function nodeGroups(input: PushableGraph): NodeGroup[] {
  const sources = new Set(input.sources);
  const scope = new Set(input.accounts);
  const ranking = new Map<string, SourceRanking>();
  input.ranking?.forEach((s, i) =>
    ranking.set(s.id, { score: s.score, radius: s.assets.length, rank: i + 1 }),
  );
  const byKind = new Map<string, NodeGroup>();
  input.graph.forEachNode((_key, node) => {
    const props: Properties = {};
    for (const [name, value] of Object.entries(node.props ?? {})) setIfDefined(props, name, value);
    const context = { node, source: sources.has(node.id), ranking: ranking.get(node.id) };
    for (const [name, value] of NODE_PROPERTIES) setIfDefined(props, name, value(context));
    const owned = scope.has(node.account);
    let group = byKind.get(`${node.kind}:${owned}`);
    if (!group) {
      const mergeLabel = CARTOGRAPHY_NODES[node.kind]?.label;
      group = {
        kind: node.kind,
        labels: nodeLabels(node.kind),
        ...(mergeLabel ? { mergeLabel } : {}),
        owned,
        rows: [],
      };
      byKind.set(`${node.kind}:${owned}`, group);
    }
    group.rows.push({ id: node.id, props });
  });
  return [...byKind.values()].sort((a, b) =>
    a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : Number(b.owned) - Number(a.owned),
  );
}

/** Relationship key: technique (or type) and access, so a read and a write step stay apart. */
function keyOf(edge: EdgeAttributes): string {
  return `${edge.technique ?? edge.type}:${edge.access ?? ''}`;
}

/** Two parallel edges with one key: the unconditional / cheaper form wins, evidence is kept from both. */
function mergeEdges(a: EdgeAttributes, b: EdgeAttributes): EdgeAttributes {
  const conditional = a.conditional && b.conditional;
  const base = a.conditional === b.conditional ? (a.effort <= b.effort ? a : b) : a.conditional ? b : a;
  return {
    ...base,
    conditional,
    conditionKeys: conditional ? [...new Set([...a.conditionKeys, ...b.conditionKeys])].sort() : [],
    evidence: [...a.evidence, ...b.evidence],
    assumptions: [...new Set([...a.assumptions, ...b.assumptions])],
    effort: Math.min(a.effort, b.effort),
  };
}

export function relationshipGroups(input: PushableGraph): RelationshipGroup[] {
  const { graph } = input;
  const merged = new Map<
    string,
    { type: EdgeType; from: string; to: string; key: string; edge: EdgeAttributes }
  >();
  graph.forEachEdge((_e, edge, from, to) => {
    const key = keyOf(edge);
    const id = `${edge.type}\0${from}\0${to}\0${key}`;
    const seen = merged.get(id);
    if (seen) seen.edge = mergeEdges(seen.edge, edge);
    else merged.set(id, { type: edge.type, from, to, key, edge });
  });
  const scope = new Set(input.accounts);
  const byType = new Map<string, RelationshipGroup>();
  for (const { type, from, to, key, edge } of merged.values()) {
    const target = graph.getNodeAttributes(to);
    const fromAccount = graph.getNodeAttribute(from, 'account');
    // A relationship belongs to the pushed account it touches (the source's first), so an account's
    // cross-account steps are replaced with that account and never by another's push.
    const account = scope.has(fromAccount) || !scope.has(target.account) ? fromAccount : target.account;
    const context = { edge, target };
    const props: Properties = { key, account };
    for (const [name, value] of RELATIONSHIP_PROPERTIES) setIfDefined(props, name, value(context));
    const owned = scope.has(account);
    const stored = storedRelationship(type, graph.getNodeAttribute(from, 'kind'));
    let group = byType.get(`${stored.type}:${owned}`);
    if (!group) {
      group = { type: stored.type, structural: !RELATIONSHIP_TYPES[type].traversable, owned, rows: [] };
      byType.set(`${stored.type}:${owned}`, group);
    }
    group.rows.push(stored.reverse ? { from: to, to: from, key, props } : { from, to, key, props });
  }
  return [...byType.values()].sort((a, b) =>
    a.type !== b.type ? (a.type < b.type ? -1 : 1) : Number(b.owned) - Number(a.owned),
  );
}
