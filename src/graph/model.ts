// The attack graph's vocabulary: node kinds (Neo4j labels), edge types, and the attributes every
// node and edge carries. The graph builder, the queries, the Neo4j exporter and the reports all
// speak this one vocabulary.
import type { MultiDirectedGraph } from 'graphology';
import type { StatementRef } from '../policy/api.js';

/** Primary node label; names follow cartography's so an analyst's Cypher keeps working. */
export type NodeKind =
  | 'AWSAccount'
  | 'AWSUser'
  | 'AWSGroup'
  | 'AWSRole'
  | 'AWSPolicy'
  | 'S3Bucket'
  | 'RDSInstance'
  | 'RDSCluster'
  | 'AWSLambda'
  | 'AWSECSCluster'
  | 'AWSECSService'
  | 'AWSECSTaskDefinition'
  | 'AWSECSContainerDefinition'
  | 'AWSECSTask'
  | 'SecretsManagerSecret'
  | 'SSMParameter'
  | 'KMSKey'
  | 'EC2SecurityGroup'
  | 'EC2Instance'
  | 'ECRRepository'
  | 'CloudFormationStack'
  | 'CodeBuildProject'
  | 'GlueDevEndpoint'
  | 'SageMakerNotebook'
  /** A credential found in configuration (value never stored). */
  | 'Credential'
  /** One per account: full control of that account. Id `admin:<account-id>`. */
  | 'Admin';

/** Structural edges: facts of the configuration, not attacker steps. Names follow cartography's. */
export type StructuralEdgeType =
  | 'RESOURCE' // account → resource it owns
  | 'HAS_TASK_ROLE' // task definition → role
  | 'HAS_EXECUTION_ROLE' // task definition (execution role) / function / stack / project → role it runs as
  | 'HAS_TASK_DEFINITION' // service / task → task definition
  | 'HAS_CONTAINER_DEFINITION' // task definition → container definition
  | 'MEMBER_AWS_GROUP' // user → group
  | 'POLICY' // principal → attached managed policy
  | 'STS_ASSUMEROLE_ALLOW' // principal → role it may assume (also present as a CAN_BECOME step)
  | 'MEMBER_OF_SECURITY_GROUP' // service / instance / database → security group
  | 'ENCRYPTED_BY' // secret / bucket / parameter → KMS key
  | 'IN_CLUSTER'; // service / task → ECS cluster

/** Traversable edges: one per kind of gain. */
export type AttackEdgeType =
  | 'CAN_BECOME' // gain: act as the target principal (role, user)
  | 'CAN_ADMINISTER' // gain: admin of the target (Admin node, or full control of an asset)
  | 'CAN_WRITE' // gain: write access to an asset
  | 'CAN_READ' // gain: read access to an asset
  | 'CAN_INVOKE' // gain: invoke a function
  | 'CAN_REACH' // gain: network reach / login to a database
  | 'HOLDS_CREDENTIAL'; // gain: the value of a credential (workload → Credential / secret)

export type EdgeType = StructuralEdgeType | AttackEdgeType;

export type Access = 'admin' | 'write' | 'read' | 'invoke';

export interface NodeAttributes {
  /** ARN, AWS id where there is no ARN, or `admin:<account-id>`. Same as the graph key. */
  id: string;
  kind: NodeKind;
  /** All Neo4j labels, primary first (e.g. `['AWSRole', 'AWSPrincipal']`). */
  labels: string[];
  name: string;
  account: string;
  region?: string;
  /** Sensitivity multiplier from tags and content (1 = normal). */
  sensitivity: number;
  /** Flat, Neo4j-storable properties (strings, numbers, booleans, string arrays). */
  props: Record<string, string | number | boolean | string[]>;
}

/** One permission a technique needed, and the statement that grants it. */
export interface EvidenceItem {
  action: string;
  resource: string;
  /** Statements that allow it; empty when no permission is needed (e.g. reading the task's own role). */
  statements: StatementRef[];
  /** Human text for steps that need no permission ("the container holds the value"). */
  note?: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  traversable: boolean;
  /** Technique id from techniques.md (traversable edges only). */
  technique?: string;
  /** For asset edges: the access level obtained. */
  access?: Access;
  /** True when the step depends on condition keys the snapshot cannot resolve. */
  conditional: boolean;
  conditionKeys: string[];
  evidence: EvidenceItem[];
  /** Runtime facts the step assumes (e.g. "an instance is SSM-managed"). */
  assumptions: string[];
  /** Effort weight of the technique (1 = trivial), used to rank paths. */
  effort: number;
}

export type AttackGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** The read side of the attack graph that a search needs, with graphology's names and orders: the
 *  graphology graph is one, and so is the builder's compact graph (which the analysis walks without
 *  paying for graphology's per-edge objects). */
export interface AttackGraphView {
  readonly order: number;
  readonly size: number;
  hasNode(node: string): boolean;
  getNodeAttributes(node: string): NodeAttributes;
  getNodeAttribute<K extends keyof NodeAttributes>(node: string, name: K): NodeAttributes[K];
  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void;
  filterNodes(callback: (node: string, attributes: NodeAttributes) => boolean): string[];
  forEachOutEdge(node: string, callback: OutEdgeCallback): void;
}

/** What `forEachOutEdge` calls for each edge (graphology's argument order). */
export type OutEdgeCallback = (
  edge: string,
  attributes: EdgeAttributes,
  source: string,
  target: string,
  sourceAttributes: NodeAttributes,
  targetAttributes: NodeAttributes,
) => void;
