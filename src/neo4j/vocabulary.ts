// How the attack graph is stored in Neo4j, declared once: the labels of each node kind, the key
// property, the properties written from node and edge attributes, and the relationship types.
// The loader (loader.ts) turns this description into Cypher; nothing else writes Cypher text for
// the push. Labels and relationship types come only from here (never from data); values are
// always query parameters.
import type { EdgeAttributes, EdgeType, NodeAttributes, NodeKind } from '../graph/model.js';
import { accessOf, continuesFrom, isAssetKind } from '../queries/edge-semantics.js';
import { CARTOGRAPHY_NODES } from './cartography.js';

/** Extra label every node blastmap writes carries: the key constraint and the cleanup use it. */
export const NODE_LABEL = 'BlastmapNode';
/**
 * Key property of every blastmap node: the graph key (an ARN, an AWS id or `admin:<account>`), as
 * `analyze` prints it. `id` is cartography's key where cartography has the resource (a bucket's
 * name, a key's or a security group's id), else the same as `blastmapId`.
 */
export const NODE_KEY = 'blastmapId';
/** Key property of every relationship, unique per (from, to, type). */
export const RELATIONSHIP_KEY = 'key';

/** Labels per node kind, primary first. Principals also carry `AWSPrincipal` (cartography's). */
export const NODE_LABELS: Record<NodeKind, readonly string[]> = {
  AWSAccount: ['AWSAccount'],
  AWSUser: ['AWSUser', 'AWSPrincipal'],
  AWSGroup: ['AWSGroup', 'AWSPrincipal'],
  AWSRole: ['AWSRole', 'AWSPrincipal'],
  AWSPolicy: ['AWSPolicy'],
  S3Bucket: ['S3Bucket'],
  RDSInstance: ['RDSInstance'],
  RDSCluster: ['RDSCluster'],
  AWSLambda: ['AWSLambda'],
  AWSECSCluster: ['AWSECSCluster'],
  AWSECSService: ['AWSECSService'],
  AWSECSTaskDefinition: ['AWSECSTaskDefinition'],
  AWSECSContainerDefinition: ['AWSECSContainerDefinition'],
  AWSECSTask: ['AWSECSTask'],
  SecretsManagerSecret: ['SecretsManagerSecret'],
  SSMParameter: ['SSMParameter'],
  KMSKey: ['KMSKey'],
  EC2SecurityGroup: ['EC2SecurityGroup'],
  EC2Instance: ['EC2Instance'],
  ECRRepository: ['ECRRepository'],
  CloudFormationStack: ['CloudFormationStack'],
  CodeBuildProject: ['CodeBuildProject'],
  GlueDevEndpoint: ['GlueDevEndpoint'],
  SageMakerNotebook: ['SageMakerNotebook'],
  Credential: ['Credential'],
  Admin: ['Admin'],
};

/** Labels a node of this kind carries (besides `BlastmapNode`): blastmap's, then cartography's current one. */
export function nodeLabels(kind: NodeKind): readonly string[] {
  const own = NODE_LABELS[kind] ?? [kind];
  const theirs = CARTOGRAPHY_NODES[kind]?.label;
  return theirs && !own.includes(theirs) ? [...own, theirs] : own;
}

/** Every relationship type, and whether an attacker can walk it. */
export const RELATIONSHIP_TYPES: Record<EdgeType, { traversable: boolean }> = {
  RESOURCE: { traversable: false },
  HAS_TASK_ROLE: { traversable: false },
  HAS_EXECUTION_ROLE: { traversable: false },
  HAS_TASK_DEFINITION: { traversable: false },
  HAS_CONTAINER_DEFINITION: { traversable: false },
  MEMBER_AWS_GROUP: { traversable: false },
  POLICY: { traversable: false },
  STS_ASSUMEROLE_ALLOW: { traversable: false },
  MEMBER_OF_SECURITY_GROUP: { traversable: false },
  ENCRYPTED_BY: { traversable: false },
  IN_CLUSTER: { traversable: false },
  CAN_BECOME: { traversable: true },
  CAN_ADMINISTER: { traversable: true },
  CAN_WRITE: { traversable: true },
  CAN_READ: { traversable: true },
  CAN_INVOKE: { traversable: true },
  CAN_REACH: { traversable: true },
  HOLDS_CREDENTIAL: { traversable: true },
};

export type PropertyValue = string | number | boolean | string[] | number[];
export type Properties = Record<string, PropertyValue>;

/** What a node property is computed from. */
export interface NodeContext {
  node: NodeAttributes;
  /** Whether the node is a default analysis source (a task definition in use). */
  source: boolean;
  /** Its place in the CLI's ranking, when it is a ranked source. */
  ranking?: SourceRanking;
}

/** A source's result in `analyze`: its blast-radius score, the assets it reaches, its rank (1 = worst). */
export interface SourceRanking {
  score: number;
  radius: number;
  rank: number;
}

/** What a relationship property is computed from. */
export interface EdgeContext {
  edge: EdgeAttributes;
  target: NodeAttributes;
}

type PropertySpec<C> = readonly [name: string, value: (c: C) => PropertyValue | undefined];

/** Node properties, written in this order after the node's own flat `props` (so these win). */
export const NODE_PROPERTIES: readonly PropertySpec<NodeContext>[] = [
  ['blastmapId', (c) => c.node.id],
  ['id', (c) => CARTOGRAPHY_NODES[c.node.kind]?.key(c.node) ?? c.node.id],
  ['arn', (c) => (c.node.id.startsWith('arn:') ? c.node.id : undefined)],
  ['name', (c) => c.node.name],
  ['kind', (c) => c.node.kind],
  ['account', (c) => c.node.account],
  ['region', (c) => c.node.region],
  ['sensitivity', (c) => c.node.sensitivity],
  // The saved queries' vocabulary: reached assets, and the default sources of an analysis.
  ['asset', (c) => isAssetKind(c.node.kind)],
  ['source', (c) => c.source],
  // The CLI's ranking of analysis sources (analyze's order): score, number of assets, 1-based rank.
  ['score', (c) => c.ranking?.score],
  ['radius', (c) => c.ranking?.radius],
  ['rank', (c) => c.ranking?.rank],
];

/**
 * Relationship properties. `access` and `continues` are the in-memory queries' reading of the edge
 * (src/queries/edge-semantics.ts), stored so the saved Cypher walks the graph the same way: `access`
 * is what the step obtains on an asset target, `continues` whether a path may go on from the target.
 */
export const RELATIONSHIP_PROPERTIES: readonly PropertySpec<EdgeContext>[] = [
  ['traversable', (c) => c.edge.traversable],
  ['technique', (c) => c.edge.technique],
  ['access', (c) => (c.edge.traversable ? accessOf(c.edge, c.target.kind) : undefined)],
  [
    'continues',
    (c) => c.edge.traversable && continuesFrom(c.edge, c.target.kind, accessOf(c.edge, c.target.kind)),
  ],
  ['conditional', (c) => c.edge.conditional],
  ['conditionKeys', (c) => [...c.edge.conditionKeys]],
  ['assumptions', (c) => [...c.edge.assumptions]],
  ['effort', (c) => c.edge.effort],
  // Evidence whole (JSON) for tools, and flattened for Cypher filters.
  ['evidence', (c) => JSON.stringify(c.edge.evidence)],
  ['evidenceActions', (c) => [...new Set(c.edge.evidence.map((e) => e.action))]],
  [
    'evidencePolicies',
    (c) => [...new Set(c.edge.evidence.flatMap((e) => e.statements.map((s) => s.policyId)))],
  ],
];

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Labels and types go into query text, so they must be plain identifiers from this file. */
export function assertIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a Neo4j identifier: ${JSON.stringify(name)}`);
  return name;
}
