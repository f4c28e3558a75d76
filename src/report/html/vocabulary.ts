// How each node kind and edge type of the graph vocabulary (src/graph/model.ts) looks in the HTML
// report. Typed as complete records, so a kind added to the model fails the build until it has a look.
import type { EdgeType, NodeKind } from '../../graph/model.js';

export type NodeGroup = 'admin' | 'data' | 'principal' | 'workload' | 'credential' | 'infrastructure';
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle';

export const GROUP_LOOK: Record<NodeGroup, { color: string; shape: NodeShape; title: string }> = {
  admin: { color: '#d7191c', shape: 'square', title: 'Admin of an account' },
  data: { color: '#e66101', shape: 'diamond', title: 'Data asset' },
  credential: { color: '#c79a00', shape: 'diamond', title: 'Credential' },
  principal: { color: '#2c7bb6', shape: 'circle', title: 'Principal' },
  workload: { color: '#1a9641', shape: 'triangle', title: 'Workload' },
  infrastructure: { color: '#7b7b7b', shape: 'circle', title: 'Other' },
};

export const NODE_GROUP: Record<NodeKind, NodeGroup> = {
  Admin: 'admin',
  S3Bucket: 'data',
  RDSInstance: 'data',
  RDSCluster: 'data',
  AWSLambda: 'data',
  SecretsManagerSecret: 'data',
  SSMParameter: 'data',
  KMSKey: 'data',
  Credential: 'credential',
  AWSUser: 'principal',
  AWSGroup: 'principal',
  AWSRole: 'principal',
  AWSECSTaskDefinition: 'workload',
  AWSECSContainerDefinition: 'workload',
  AWSECSTask: 'workload',
  AWSECSService: 'workload',
  EC2Instance: 'workload',
  CodeBuildProject: 'workload',
  GlueDevEndpoint: 'workload',
  SageMakerNotebook: 'workload',
  CloudFormationStack: 'workload',
  AWSAccount: 'infrastructure',
  AWSPolicy: 'infrastructure',
  AWSECSCluster: 'infrastructure',
  EC2SecurityGroup: 'infrastructure',
  ECRRepository: 'infrastructure',
};

export const EDGE_COLOR: Record<EdgeType, string> = {
  CAN_BECOME: '#2c7bb6',
  CAN_ADMINISTER: '#d7191c',
  CAN_WRITE: '#e66101',
  CAN_READ: '#fdae61',
  CAN_INVOKE: '#8073ac',
  CAN_REACH: '#5e3c99',
  HOLDS_CREDENTIAL: '#c79a00',
  RESOURCE: '#999999',
  HAS_TASK_ROLE: '#1a9641',
  HAS_EXECUTION_ROLE: '#1a9641',
  HAS_TASK_DEFINITION: '#999999',
  HAS_CONTAINER_DEFINITION: '#999999',
  MEMBER_AWS_GROUP: '#999999',
  POLICY: '#999999',
  STS_ASSUMEROLE_ALLOW: '#999999',
  MEMBER_OF_SECURITY_GROUP: '#999999',
  ENCRYPTED_BY: '#999999',
  IN_CLUSTER: '#999999',
};
