// A small but complete account in the dump layout: every file of the layout present, so tests can
// remove or break one file at a time and see exactly that gap or diagnostic.
import type { DumpSpec } from './dump.js';

export const ACCOUNT = '111111111111';
export const REGION = 'eu-west-1';

/** Secret values seeded into the fixture; none may ever appear in a snapshot or report. */
export const SEEDED_SECRETS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  dbPassword: 'hunter2-Correct-Horse',
  connectionPassword: 'pgS3cretPassw0rd',
  githubToken: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  overrideToken: 'xoxb-123456789012-abcdefghijklmnop',
  lambdaApiKey: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  lambdaPassword: 'LambdaPassw0rd!',
  commandPassword: 'Cmd-Line-Passw0rd',
};

const policy = (statement: object[]) => ({ Version: '2012-10-17', Statement: statement });
const trust = (service: string) =>
  policy([{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }]);

export function accountFiles(account = ACCOUNT, region = REGION): DumpSpec {
  const a = account;
  const r = region;
  const arn = (service: string, rest: string, reg = r) => `arn:aws:${service}:${reg}:${a}:${rest}`;
  const taskRole = `arn:aws:iam::${a}:role/app-task`;
  const execRole = `arn:aws:iam::${a}:role/app-exec`;
  const tdArn = arn('ecs', 'task-definition/web:3');
  const clusterArn = arn('ecs', 'cluster/prod');
  const s = SEEDED_SECRETS;
  return {
    [`${a}/sts/get-caller-identity.json`]: {
      UserId: 'AIDAEXAMPLE',
      Account: a,
      Arn: `arn:aws:iam::${a}:user/alice`,
    },
    [`${a}/iam/get-account-authorization-details.json`]: {
      UserDetailList: [
        {
          Path: '/',
          UserName: 'alice',
          UserId: 'AIDAALICE',
          Arn: `arn:aws:iam::${a}:user/alice`,
          GroupList: ['devs'],
          UserPolicyList: [
            {
              PolicyName: 'inline-s3',
              PolicyDocument: policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]),
            },
          ],
          AttachedManagedPolicies: [
            { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
          ],
          PermissionsBoundary: {
            PermissionsBoundaryType: 'Policy',
            PermissionsBoundaryArn: `arn:aws:iam::${a}:policy/boundary`,
          },
          Tags: [{ Key: 'team', Value: 'platform' }],
        },
      ],
      GroupDetailList: [
        {
          Path: '/',
          GroupName: 'devs',
          GroupId: 'AGPADEVS',
          Arn: `arn:aws:iam::${a}:group/devs`,
          GroupPolicyList: [],
          AttachedManagedPolicies: [
            { PolicyName: 'AmazonECS_FullAccess', PolicyArn: 'arn:aws:iam::aws:policy/AmazonECS_FullAccess' },
          ],
        },
      ],
      RoleDetailList: [
        {
          Path: '/',
          RoleName: 'app-task',
          RoleId: 'AROATASK',
          Arn: taskRole,
          // URL-encoded, as the SDK returns it.
          AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust('ecs-tasks.amazonaws.com'))),
          InstanceProfileList: [],
          RolePolicyList: [
            {
              PolicyName: 'pass',
              PolicyDocument: policy([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }]),
            },
          ],
          AttachedManagedPolicies: [{ PolicyName: 'app', PolicyArn: `arn:aws:iam::${a}:policy/app` }],
          Tags: [{ Key: 'env', Value: 'prod' }],
          RoleLastUsed: { LastUsedDate: '2026-01-02T03:04:05Z', Region: r },
        },
        {
          Path: '/',
          RoleName: 'app-exec',
          RoleId: 'AROAEXEC',
          Arn: execRole,
          AssumeRolePolicyDocument: trust('ecs-tasks.amazonaws.com'),
          InstanceProfileList: [],
          RolePolicyList: [],
          AttachedManagedPolicies: [
            {
              PolicyName: 'AmazonECSTaskExecutionRolePolicy',
              PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
            },
          ],
          Tags: [],
        },
        {
          Path: '/',
          RoleName: 'ec2-app',
          RoleId: 'AROAEC2',
          Arn: `arn:aws:iam::${a}:role/ec2-app`,
          AssumeRolePolicyDocument: trust('ec2.amazonaws.com'),
          InstanceProfileList: [
            {
              Path: '/',
              InstanceProfileName: 'ec2-app',
              InstanceProfileId: 'AIPAEC2',
              Arn: `arn:aws:iam::${a}:instance-profile/ec2-app`,
              Roles: [{ Arn: `arn:aws:iam::${a}:role/ec2-app`, RoleName: 'ec2-app' }],
            },
          ],
          RolePolicyList: [],
          AttachedManagedPolicies: [],
          Tags: [],
        },
        {
          Path: '/aws-service-role/ecs.amazonaws.com/',
          RoleName: 'AWSServiceRoleForECS',
          RoleId: 'AROASLR',
          Arn: `arn:aws:iam::${a}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
          AssumeRolePolicyDocument: trust('ecs.amazonaws.com'),
          InstanceProfileList: [],
          RolePolicyList: [],
          AttachedManagedPolicies: [],
          Tags: [],
        },
      ],
      Policies: [
        {
          PolicyName: 'app',
          PolicyId: 'ANPAAPP',
          Arn: `arn:aws:iam::${a}:policy/app`,
          Path: '/',
          DefaultVersionId: 'v2',
          AttachmentCount: 1,
          IsAttachable: true,
          PolicyVersionList: [
            {
              Document: policy([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]),
              VersionId: 'v1',
              IsDefaultVersion: false,
              CreateDate: '2025-01-01T00:00:00Z',
            },
            {
              Document: policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]),
              VersionId: 'v2',
              IsDefaultVersion: true,
              CreateDate: '2025-02-01T00:00:00Z',
            },
          ],
        },
        {
          PolicyName: 'boundary',
          PolicyId: 'ANPABOUNDARY',
          Arn: `arn:aws:iam::${a}:policy/boundary`,
          Path: '/',
          DefaultVersionId: 'v1',
          AttachmentCount: 0,
          PolicyVersionList: [
            {
              Document: policy([{ Effect: 'Allow', Action: '*', Resource: '*' }]),
              VersionId: 'v1',
              IsDefaultVersion: true,
            },
          ],
        },
        {
          PolicyName: 'ReadOnlyAccess',
          Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
          Path: '/',
          DefaultVersionId: 'v1',
          PolicyVersionList: [
            {
              Document: policy([{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }]),
              VersionId: 'v1',
              IsDefaultVersion: true,
            },
          ],
        },
      ],
    },
    [`${a}/iam/list-access-keys/alice.json`]: {
      AccessKeyMetadata: [
        {
          UserName: 'alice',
          AccessKeyId: s.accessKeyId,
          Status: 'Active',
          CreateDate: '2024-05-01T00:00:00Z',
        },
      ],
    },
    [`${a}/iam/get-login-profile/alice.json`]: {
      LoginProfile: { UserName: 'alice', CreateDate: '2024-01-01T00:00:00Z' },
    },
    [`${a}/s3api/list-buckets.json`]: {
      Buckets: [
        { Name: 'data-prod', CreationDate: '2024-01-01T00:00:00Z' },
        { Name: 'logs', CreationDate: '2024-01-02T00:00:00Z' },
      ],
    },
    [`${a}/s3api/get-bucket-policy/data-prod.json`]: {
      Policy: JSON.stringify(
        policy([
          {
            Effect: 'Allow',
            Principal: { AWS: taskRole },
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::data-prod/*',
          },
        ]),
      ),
    },
    [`${a}/s3api/get-bucket-policy/logs.error.json`]: {
      error: { code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist' },
    },
    [`${a}/s3api/get-public-access-block/data-prod.json`]: {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    },
    [`${a}/s3api/get-public-access-block/logs.error.json`]: {
      error: {
        code: 'NoSuchPublicAccessBlockConfiguration',
        message: 'The public access block configuration was not found',
      },
    },
    [`${a}/s3api/get-bucket-tagging/data-prod.json`]: {
      TagSet: [{ Key: 'data-classification', Value: 'confidential' }],
    },
    [`${a}/s3api/get-bucket-tagging/logs.error.json`]: {
      error: { code: 'NoSuchTagSet', message: 'The TagSet does not exist' },
    },
    [`${a}/s3api/get-bucket-encryption/data-prod.json`]: {
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: arn('kms', 'key/k-1'),
            },
            BucketKeyEnabled: true,
          },
        ],
      },
    },
    [`${a}/s3api/get-bucket-encryption/logs.error.json`]: {
      error: { code: 'ServerSideEncryptionConfigurationNotFoundError', message: 'not found' },
    },
    [`${r === REGION ? a : a}/${r}/ecs/list-clusters.json`]: { clusterArns: [clusterArn] },
    [`${a}/${r}/ecs/describe-clusters.json`]: {
      clusters: [
        {
          clusterArn,
          clusterName: 'prod',
          status: 'ACTIVE',
          registeredContainerInstancesCount: 0,
          tags: [{ key: 'env', value: 'prod' }],
        },
      ],
      failures: [],
    },
    [`${a}/${r}/ecs/describe-services/prod.json`]: {
      services: [
        {
          serviceArn: arn('ecs', 'service/prod/web'),
          serviceName: 'web',
          clusterArn,
          taskDefinition: tdArn,
          launchType: 'FARGATE',
          enableExecuteCommand: true,
          desiredCount: 2,
          runningCount: 2,
          status: 'ACTIVE',
          networkConfiguration: {
            awsvpcConfiguration: {
              subnets: ['subnet-1'],
              securityGroups: ['sg-1'],
              assignPublicIp: 'DISABLED',
            },
          },
        },
      ],
      failures: [],
    },
    [`${a}/${r}/ecs/describe-tasks/prod.json`]: {
      tasks: [
        {
          taskArn: arn('ecs', 'task/prod/abc123'),
          clusterArn,
          taskDefinitionArn: tdArn,
          launchType: 'FARGATE',
          lastStatus: 'RUNNING',
          enableExecuteCommand: true,
          group: 'service:web',
          startedBy: 'ecs-svc/123',
          overrides: {
            containerOverrides: [
              {
                name: 'app',
                command: ['sh', '-c', `PGPASSWORD=${s.commandPassword} psql -h db`],
                environment: [
                  { name: 'SLACK_TOKEN', value: s.overrideToken },
                  { name: 'MODE', value: 'debug' },
                ],
              },
            ],
            taskRoleArn: taskRole,
          },
          attachments: [
            {
              type: 'ElasticNetworkInterface',
              details: [
                { name: 'subnetId', value: 'subnet-1' },
                { name: 'privateIPv4Address', value: '10.0.1.15' },
              ],
            },
          ],
        },
      ],
      failures: [],
    },
    [`${a}/${r}/ecs/describe-task-definition/${encodeURIComponent('web:3')}.json`]: {
      taskDefinition: {
        taskDefinitionArn: tdArn,
        family: 'web',
        revision: 3,
        status: 'ACTIVE',
        taskRoleArn: taskRole,
        executionRoleArn: execRole,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        containerDefinitions: [
          {
            name: 'app',
            image: `${a}.dkr.ecr.${r}.amazonaws.com/web:latest`,
            environment: [
              { name: 'AWS_ACCESS_KEY_ID', value: s.accessKeyId },
              { name: 'AWS_SECRET_ACCESS_KEY', value: s.secretAccessKey },
              { name: 'DB_PASSWORD', value: s.dbPassword },
              {
                name: 'DATABASE_URL',
                value: `postgres://app:${s.connectionPassword}@db.internal.example:5432/app`,
              },
              { name: 'GITHUB_TOKEN', value: s.githubToken },
              { name: 'LOG_LEVEL', value: 'info' },
            ],
            secrets: [{ name: 'API_KEY', valueFrom: arn('secretsmanager', 'secret:prod/api-AbCdEf') }],
            environmentFiles: [],
          },
        ],
      },
      tags: [{ key: 'owner', value: 'web-team' }],
    },
    [`${a}/${r}/lambda/list-functions.json`]: {
      Functions: [
        {
          FunctionName: 'resize',
          FunctionArn: arn('lambda', 'function:resize'),
          Runtime: 'nodejs20.x',
          Role: `arn:aws:iam::${a}:role/app-task`,
          PackageType: 'Zip',
          Environment: {
            Variables: { STRIPE_KEY: s.lambdaApiKey, ADMIN_PASSWORD: s.lambdaPassword, STAGE: 'prod' },
          },
        },
        {
          FunctionName: 'cron',
          FunctionArn: arn('lambda', 'function:cron'),
          Runtime: 'python3.12',
          Role: execRole,
          PackageType: 'Zip',
        },
      ],
    },
    [`${a}/${r}/lambda/get-policy/resize.json`]: {
      Policy: JSON.stringify(
        policy([
          {
            Sid: 'url',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunctionUrl',
            Resource: arn('lambda', 'function:resize'),
          },
        ]),
      ),
      RevisionId: 'r1',
    },
    [`${a}/${r}/lambda/get-policy/cron.error.json`]: {
      error: { code: 'ResourceNotFoundException', message: 'No policy is found' },
    },
    [`${a}/${r}/lambda/get-function-url-config/resize.json`]: {
      FunctionUrl: 'https://abc.lambda-url.eu-west-1.on.aws/',
      AuthType: 'NONE',
    },
    [`${a}/${r}/lambda/get-function-url-config/cron.error.json`]: {
      error: { code: 'ResourceNotFoundException', message: 'not found' },
    },
    [`${a}/${r}/rds/describe-db-instances.json`]: {
      DBInstances: [
        {
          DBInstanceIdentifier: 'orders',
          DBInstanceArn: arn('rds', 'db:orders'),
          DbiResourceId: 'db-ABCDEFG',
          Engine: 'postgres',
          Endpoint: { Address: 'orders.abc.eu-west-1.rds.amazonaws.com', Port: 5432 },
          IAMDatabaseAuthenticationEnabled: true,
          VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
          DBSubnetGroup: { VpcId: 'vpc-1' },
          PubliclyAccessible: false,
          MasterUsername: 'admin',
          MasterUserSecret: {
            SecretArn: arn('secretsmanager', 'secret:rds!db-123-xyz'),
            SecretStatus: 'active',
            KmsKeyId: arn('kms', 'key/k-1'),
          },
          StorageEncrypted: true,
          TagList: [{ Key: 'data-classification', Value: 'pii' }],
        },
      ],
    },
    [`${a}/${r}/rds/describe-db-clusters.json`]: {
      DBClusters: [
        {
          DBClusterIdentifier: 'analytics',
          DBClusterArn: arn('rds', 'cluster:analytics'),
          DbClusterResourceId: 'cluster-XYZ',
          Engine: 'aurora-postgresql',
          Endpoint: 'analytics.cluster-abc.eu-west-1.rds.amazonaws.com',
          Port: 5432,
          IAMDatabaseAuthenticationEnabled: false,
          VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db' }],
          DBClusterMembers: [{ DBInstanceIdentifier: 'analytics-1' }],
          StorageEncrypted: true,
          TagList: [],
        },
      ],
    },
    [`${a}/${r}/secretsmanager/list-secrets.json`]: {
      SecretList: [
        {
          ARN: arn('secretsmanager', 'secret:prod/api-AbCdEf'),
          Name: 'prod/api',
          KmsKeyId: 'alias/aws/secretsmanager',
          Tags: [],
        },
        {
          ARN: arn('secretsmanager', 'secret:rds!db-123-xyz'),
          Name: 'rds!db-123',
          OwningService: 'rds',
          KmsKeyId: arn('kms', 'key/k-1'),
        },
      ],
    },
    [`${a}/${r}/secretsmanager/get-resource-policy/${encodeURIComponent('prod/api')}.json`]: {
      ARN: arn('secretsmanager', 'secret:prod/api-AbCdEf'),
      Name: 'prod/api',
      ResourcePolicy: JSON.stringify(
        policy([
          {
            Effect: 'Allow',
            Principal: { AWS: taskRole },
            Action: 'secretsmanager:GetSecretValue',
            Resource: '*',
          },
        ]),
      ),
    },
    [`${a}/${r}/secretsmanager/get-resource-policy/${encodeURIComponent('rds!db-123')}.json`]: {
      ARN: arn('secretsmanager', 'secret:rds!db-123-xyz'),
      Name: 'rds!db-123',
    },
    [`${a}/${r}/ssm/describe-parameters.json`]: {
      Parameters: [
        { Name: '/prod/db/password', Type: 'SecureString', KeyId: 'alias/aws/ssm', Tier: 'Standard' },
      ],
    },
    [`${a}/${r}/kms/list-keys.json`]: { Keys: [{ KeyId: 'k-1', KeyArn: arn('kms', 'key/k-1') }] },
    [`${a}/${r}/kms/describe-key/k-1.json`]: {
      KeyMetadata: {
        KeyId: 'k-1',
        Arn: arn('kms', 'key/k-1'),
        KeyManager: 'CUSTOMER',
        KeyState: 'Enabled',
        KeyUsage: 'ENCRYPT_DECRYPT',
      },
    },
    [`${a}/${r}/kms/get-key-policy/k-1.json`]: {
      Policy: JSON.stringify(
        policy([
          { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${a}:root` }, Action: 'kms:*', Resource: '*' },
        ]),
      ),
      PolicyName: 'default',
    },
    [`${a}/${r}/ec2/describe-security-groups.json`]: {
      SecurityGroups: [
        {
          GroupId: 'sg-1',
          GroupName: 'web',
          Description: 'web tasks',
          VpcId: 'vpc-1',
          OwnerId: a,
          IpPermissions: [],
          IpPermissionsEgress: [
            {
              IpProtocol: '-1',
              IpRanges: [{ CidrIp: '0.0.0.0/0' }],
              Ipv6Ranges: [],
              UserIdGroupPairs: [],
              PrefixListIds: [],
            },
          ],
        },
        {
          GroupId: 'sg-db',
          GroupName: 'db',
          VpcId: 'vpc-1',
          OwnerId: a,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 5432,
              ToPort: 5432,
              IpRanges: [],
              UserIdGroupPairs: [{ GroupId: 'sg-1' }],
            },
          ],
          IpPermissionsEgress: [],
        },
      ],
    },
    [`${a}/${r}/ec2/describe-instances.json`]: {
      Reservations: [
        {
          Instances: [
            {
              InstanceId: 'i-0abc',
              State: { Name: 'running' },
              IamInstanceProfile: { Arn: `arn:aws:iam::${a}:instance-profile/ec2-app`, Id: 'AIPAEC2' },
              SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web' }],
              SubnetId: 'subnet-1',
              VpcId: 'vpc-1',
              MetadataOptions: {
                HttpTokens: 'optional',
                HttpEndpoint: 'enabled',
                HttpPutResponseHopLimit: 1,
              },
              Tags: [{ Key: 'Name', Value: 'bastion' }],
            },
          ],
        },
      ],
    },
    [`${a}/${r}/ssm/describe-instance-information.json`]: {
      InstanceInformationList: [{ InstanceId: 'i-0abc', PingStatus: 'Online' }],
    },
    [`${a}/${r}/ecr/describe-repositories.json`]: {
      repositories: [
        {
          repositoryArn: arn('ecr', 'repository/web'),
          repositoryName: 'web',
          repositoryUri: `${a}.dkr.ecr.${r}.amazonaws.com/web`,
          imageTagMutability: 'MUTABLE',
        },
      ],
    },
    [`${a}/${r}/ecr/get-repository-policy/web.error.json`]: {
      error: { code: 'RepositoryPolicyNotFoundException', message: 'none' },
    },
    [`${a}/${r}/cloudformation/describe-stacks.json`]: {
      Stacks: [
        {
          StackId: arn('cloudformation', 'stack/net/1'),
          StackName: 'net',
          RoleARN: `arn:aws:iam::${a}:role/app-exec`,
          StackStatus: 'CREATE_COMPLETE',
        },
      ],
    },
    [`${a}/${r}/codebuild/batch-get-projects.json`]: {
      projects: [
        {
          arn: arn('codebuild', 'project/build'),
          name: 'build',
          serviceRole: `arn:aws:iam::${a}:role/app-exec`,
        },
      ],
    },
    [`${a}/${r}/glue/get-dev-endpoints.json`]: {
      DevEndpoints: [{ EndpointName: 'dev', RoleArn: `arn:aws:iam::${a}:role/app-exec`, Status: 'READY' }],
    },
    [`${a}/${r}/glue/get-jobs.json`]: { Jobs: [{ Name: 'etl', Role: `arn:aws:iam::${a}:role/app-exec` }] },
    [`${a}/${r}/sagemaker/list-notebook-instances.json`]: {
      NotebookInstances: [
        { NotebookInstanceName: 'nb', NotebookInstanceArn: arn('sagemaker', 'notebook-instance/nb') },
      ],
    },
    [`${a}/${r}/sagemaker/describe-notebook-instance/nb.json`]: {
      NotebookInstanceArn: arn('sagemaker', 'notebook-instance/nb'),
      NotebookInstanceName: 'nb',
      RoleArn: `arn:aws:iam::${a}:role/app-exec`,
      NotebookInstanceStatus: 'InService',
      RootAccess: 'Enabled',
      DirectInternetAccess: 'Enabled',
    },
  };
}

/** Organizations files of a management account: root → OU `workloads`, two accounts, one SCP and one RCP. */
export function organizationFiles(management = ACCOUNT, member = '222222222222'): DumpSpec {
  const m = management;
  const orgArn = `arn:aws:organizations::${m}:organization/o-abc`;
  return {
    [`${m}/organizations/describe-organization.json`]: {
      Organization: { Id: 'o-abc', Arn: orgArn, MasterAccountId: m },
    },
    [`${m}/organizations/list-roots.json`]: {
      Roots: [{ Id: 'r-root', Arn: `arn:aws:organizations::${m}:root/o-abc/r-root`, Name: 'Root' }],
    },
    [`${m}/organizations/list-accounts.json`]: {
      Accounts: [
        { Id: m, Name: 'management', Email: 'root@example.com', Status: 'ACTIVE' },
        { Id: member, Name: 'workload', Email: 'w@example.com', Status: 'ACTIVE' },
      ],
    },
    [`${m}/organizations/list-organizational-units-for-parent/r-root.json`]: {
      OrganizationalUnits: [{ Id: 'ou-work', Name: 'workloads' }],
    },
    [`${m}/organizations/list-organizational-units-for-parent/ou-work.json`]: { OrganizationalUnits: [] },
    [`${m}/organizations/list-accounts-for-parent/r-root.json`]: { Accounts: [{ Id: m }] },
    [`${m}/organizations/list-accounts-for-parent/ou-work.json`]: { Accounts: [{ Id: member }] },
    [`${m}/organizations/list-policies-service-control-policy.json`]: {
      Policies: [
        {
          Id: 'p-deny',
          Arn: `arn:aws:organizations::${m}:policy/o-abc/service_control_policy/p-deny`,
          Name: 'deny-leave',
          Type: 'SERVICE_CONTROL_POLICY',
          AwsManaged: false,
        },
      ],
    },
    [`${m}/organizations/list-policies-resource-control-policy.json`]: {
      Policies: [{ Id: 'p-rcp', Name: 'rcp-1', Type: 'RESOURCE_CONTROL_POLICY', AwsManaged: false }],
    },
    [`${m}/organizations/describe-policy/p-deny.json`]: {
      Policy: {
        PolicySummary: { Id: 'p-deny', Name: 'deny-leave' },
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
        }),
      },
    },
    [`${m}/organizations/describe-policy/p-rcp.json`]: {
      Policy: {
        PolicySummary: { Id: 'p-rcp' },
        Content:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}',
      },
    },
    [`${m}/organizations/list-targets-for-policy/p-deny.json`]: {
      Targets: [{ TargetId: 'ou-work', Type: 'ORGANIZATIONAL_UNIT', Name: 'workloads' }],
    },
    [`${m}/organizations/list-targets-for-policy/p-rcp.json`]: {
      Targets: [{ TargetId: 'r-root', Type: 'ROOT' }],
    },
  };
}
