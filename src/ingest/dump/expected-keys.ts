// The members each response of the dump layout must have. An AWS CLI response always carries its
// result member, even when the list is empty (`{"SecretList": []}`); a response without it (a typo
// such as `{"Paramters": []}`, or `{}`) says nothing about the items, so it must not read as "none".
// Keyed by `<service> <operation>` as in FileSpec. Every list response the reader reads is here
// (test/ingest/expected-keys.test.ts checks a `{}` of each is a gap); the single-object responses
// are here too, so their gap names the key rather than the first field that failed.
export const EXPECTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  // account level
  'iam get-account-authorization-details': [
    'UserDetailList',
    'GroupDetailList',
    'RoleDetailList',
    'Policies',
  ],
  'iam list-access-keys': ['AccessKeyMetadata'],
  'iam get-login-profile': ['LoginProfile'],
  's3api list-buckets': ['Buckets'],
  's3api get-bucket-policy': ['Policy'],
  's3api get-public-access-block': ['PublicAccessBlockConfiguration'],
  's3api get-bucket-tagging': ['TagSet'],
  's3api get-bucket-encryption': ['ServerSideEncryptionConfiguration'],
  'sts get-caller-identity': ['Account'],
  // regional
  'ecs list-clusters': ['clusterArns'],
  'ecs describe-clusters': ['clusters'],
  'ecs describe-services': ['services'],
  'ecs describe-tasks': ['tasks'],
  'ecs describe-task-definition': ['taskDefinition'],
  'lambda list-functions': ['Functions'],
  'lambda get-policy': ['Policy'],
  'lambda get-function-url-config': ['FunctionUrl'],
  'rds describe-db-instances': ['DBInstances'],
  'rds describe-db-clusters': ['DBClusters'],
  'secretsmanager list-secrets': ['SecretList'],
  // get-resource-policy: no `ResourcePolicy` member is how AWS says "no policy".
  'ssm describe-parameters': ['Parameters'],
  'ssm describe-instance-information': ['InstanceInformationList'],
  'kms list-keys': ['Keys'],
  'kms list-aliases': ['Aliases'],
  'kms describe-key': ['KeyMetadata'],
  'kms get-key-policy': ['Policy'],
  'ec2 describe-security-groups': ['SecurityGroups'],
  'ec2 describe-instances': ['Reservations'],
  'ecr describe-repositories': ['repositories'],
  'ecr get-repository-policy': ['policyText'],
  'cloudformation describe-stacks': ['Stacks'],
  'codebuild batch-get-projects': ['projects'],
  'glue get-dev-endpoints': ['DevEndpoints'],
  'glue get-jobs': ['Jobs'],
  'sagemaker list-notebook-instances': ['NotebookInstances'],
  'sagemaker describe-notebook-instance': ['NotebookInstanceArn'],
  // organizations (management account)
  'organizations describe-organization': ['Organization'],
  'organizations list-roots': ['Roots'],
  'organizations list-organizational-units-for-parent': ['OrganizationalUnits'],
  'organizations list-accounts': ['Accounts'],
  'organizations list-accounts-for-parent': ['Accounts'],
  'organizations list-policies-service-control-policy': ['Policies'],
  'organizations list-policies-resource-control-policy': ['Policies'],
  'organizations describe-policy': ['Policy'],
  'organizations list-targets-for-policy': ['Targets'],
};

/** The expected members `value` lacks (absent or null); [] when it is not an object (its normalizer reports that). */
export function missingKeys(service: string, operation: string, value: unknown): string[] {
  const expected = EXPECTED_KEYS[`${service} ${operation}`];
  if (!expected || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  return expected.filter((key) => record[key] === undefined || record[key] === null);
}
