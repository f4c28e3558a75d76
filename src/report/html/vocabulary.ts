// How each node kind and edge type of the graph vocabulary (src/graph/model.ts) looks in the HTML
// report. Typed as complete records, so a kind added to the model fails the build until it has a look.
import type { EdgeType, NodeKind } from '../../graph/model.js';

export type NodeGroup = 'admin' | 'data' | 'principal' | 'workload' | 'credential' | 'infrastructure';
export type NodeShape = 'circle' | 'square' | 'diamond' | 'triangle';

export const GROUP_LOOK: Record<NodeGroup, { color: string; shape: NodeShape; title: string }> = {
  admin: { color: '#d7191c', shape: 'square', title: 'Admin of an account' },
  data: { color: '#e66101', shape: 'diamond', title: 'Data' },
  credential: { color: '#c79a00', shape: 'diamond', title: 'Credential in configuration' },
  principal: { color: '#2c7bb6', shape: 'circle', title: 'Identity' },
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

/** What a person calls each node kind (the legend and the evidence panel; the Neo4j label is shown
 *  beside it in the panel only). */
export const KIND_WORDS: Record<NodeKind, string> = {
  Admin: 'full control of the account',
  S3Bucket: 'S3 bucket',
  RDSInstance: 'RDS database',
  RDSCluster: 'RDS cluster',
  AWSLambda: 'Lambda function',
  SecretsManagerSecret: 'secret',
  SSMParameter: 'SSM parameter',
  KMSKey: 'KMS key',
  Credential: 'credential in configuration',
  AWSUser: 'IAM user',
  AWSGroup: 'IAM group',
  AWSRole: 'IAM role',
  AWSECSTaskDefinition: 'ECS task definition',
  AWSECSContainerDefinition: 'container',
  AWSECSTask: 'running ECS task',
  AWSECSService: 'ECS service',
  EC2Instance: 'EC2 instance',
  CodeBuildProject: 'CodeBuild project',
  GlueDevEndpoint: 'Glue dev endpoint',
  SageMakerNotebook: 'SageMaker notebook',
  CloudFormationStack: 'CloudFormation stack',
  AWSAccount: 'account',
  AWSPolicy: 'policy',
  AWSECSCluster: 'ECS cluster',
  EC2SecurityGroup: 'security group',
  ECRRepository: 'ECR repository',
};

/** What each edge type means for the attacker, in the legend's words. */
export const EDGE_WORDS: Record<EdgeType, string> = {
  CAN_BECOME: 'acts as (assumes, passes or takes credentials of)',
  CAN_ADMINISTER: 'gets full control',
  CAN_WRITE: 'can change',
  CAN_READ: 'can read',
  CAN_INVOKE: 'can run',
  CAN_REACH: 'reaches over the network',
  HOLDS_CREDENTIAL: 'holds a credential',
  RESOURCE: 'owns',
  HAS_TASK_ROLE: 'runs with the task role',
  HAS_EXECUTION_ROLE: 'starts with the execution role',
  HAS_TASK_DEFINITION: 'runs the task definition',
  HAS_CONTAINER_DEFINITION: 'has the container',
  MEMBER_AWS_GROUP: 'is a member of',
  POLICY: 'has the policy',
  STS_ASSUMEROLE_ALLOW: 'is trusted by',
  MEMBER_OF_SECURITY_GROUP: 'is in the security group',
  ENCRYPTED_BY: 'is encrypted with',
  IN_CLUSTER: 'runs in the cluster',
};
