// Where blastmap's nodes and relationships meet cartography's (github.com/cartography-cncf/cartography,
// cartography/models/aws/*): the label and `id` value cartography merges each resource on, and the
// relationship names and directions it uses. A push into a database cartography already filled
// merges onto cartography's nodes by these keys (adding blastmap's label and properties), so a role
// or a bucket exists once. docs/neo4j.md has the same table for analysts.
import type { EdgeType, NodeAttributes, NodeKind } from '../graph/model.js';

export interface CartographyNode {
  /** cartography's current label for the resource (its schema's `label`). */
  label: string;
  /** cartography's `id` for this node: the key its loader MERGEs on. */
  key: (node: Pick<NodeAttributes, 'id' | 'name' | 'props'>) => string;
}

const arn = (n: { id: string }) => n.id;
/** The part of an ARN after `<prefix>` (`…:key/1234` → `1234`), or the whole id. */
const after = (prefix: string) => (n: { id: string }) => {
  const i = n.id.indexOf(prefix);
  return i >= 0 ? n.id.slice(i + prefix.length) : n.id;
};

/** Kinds cartography also loads. Kinds missing here (Admin, Credential, GlueDevEndpoint) are blastmap's. */
export const CARTOGRAPHY_NODES: Partial<Record<NodeKind, CartographyNode>> = {
  AWSAccount: { label: 'AWSAccount', key: arn },
  AWSUser: { label: 'AWSUser', key: arn },
  AWSGroup: { label: 'AWSGroup', key: arn },
  AWSRole: { label: 'AWSRole', key: arn },
  // cartography's AWSManagedPolicy (id = ARN) also carries AWSPolicy; blastmap's policies are managed ones.
  AWSPolicy: { label: 'AWSManagedPolicy', key: arn },
  // S3 buckets are keyed by name (bucket names are global), not ARN.
  S3Bucket: { label: 'AWSS3Bucket', key: after('arn:aws:s3:::') },
  RDSInstance: { label: 'AWSRDSInstance', key: arn },
  RDSCluster: { label: 'AWSRDSCluster', key: arn },
  AWSLambda: { label: 'AWSLambda', key: arn },
  AWSECSCluster: { label: 'AWSECSCluster', key: arn },
  AWSECSService: { label: 'AWSECSService', key: arn },
  AWSECSTaskDefinition: { label: 'AWSECSTaskDefinition', key: arn },
  // cartography: `<task definition ARN>-<container name>`; blastmap: `<ARN>#container/<name>`.
  AWSECSContainerDefinition: {
    label: 'AWSECSContainerDefinition',
    key: (n) => n.id.replace('#container/', '-'),
  },
  AWSECSTask: { label: 'AWSECSTask', key: arn },
  SecretsManagerSecret: { label: 'AWSSecretsManagerSecret', key: arn },
  SSMParameter: { label: 'AWSSSMParameter', key: arn },
  // KMS keys by key id, security groups by group id, instances by instance id.
  KMSKey: { label: 'AWSKMSKey', key: after(':key/') },
  EC2SecurityGroup: {
    label: 'AWSEC2SecurityGroup',
    key: (n) => (typeof n.props.groupId === 'string' ? n.props.groupId : after('security-group/')(n)),
  },
  EC2Instance: { label: 'AWSEC2Instance', key: after(':instance/') },
  ECRRepository: { label: 'AWSECRRepository', key: arn },
  CloudFormationStack: { label: 'AWSCloudFormationStack', key: arn },
  CodeBuildProject: { label: 'AWSCodeBuildProject', key: arn },
  SageMakerNotebook: { label: 'AWSSageMakerNotebookInstance', key: arn },
};

/** How one graph edge is stored: the relationship type, and whether it points the other way. */
export interface StoredRelationship {
  type: string;
  reverse: boolean;
}

/**
 * The stored form of an edge. cartography says `MEMBER_OF_EC2_SECURITY_GROUP` (instance, database,
 * service → group), `(cluster)-[:HAS_SERVICE]->(service)` and `(cluster)-[:HAS_TASK]->(task)` where
 * the graph has `IN_CLUSTER` pointing at the cluster, and `(function)-[:STS_ASSUMEROLE_ALLOW]->(role)`
 * for a function's execution role. Every other type is stored under its graph name.
 */
export function storedRelationship(type: EdgeType, fromKind: NodeKind): StoredRelationship {
  if (type === 'MEMBER_OF_SECURITY_GROUP') return { type: 'MEMBER_OF_EC2_SECURITY_GROUP', reverse: false };
  if (type === 'IN_CLUSTER' && fromKind === 'AWSECSService') return { type: 'HAS_SERVICE', reverse: true };
  if (type === 'IN_CLUSTER' && fromKind === 'AWSECSTask') return { type: 'HAS_TASK', reverse: true };
  if (type === 'HAS_EXECUTION_ROLE' && fromKind === 'AWSLambda') {
    return { type: 'STS_ASSUMEROLE_ALLOW', reverse: false };
  }
  return { type, reverse: false };
}
