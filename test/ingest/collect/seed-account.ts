// Seeds a realistic account in moto through the SDK: the payments service on Fargate with a task
// role that has an inline policy, a managed policy and a boundary; plaintext credentials in its task
// definition; a secret injected by the execution role; buckets, a Lambda function with a resource
// policy, an RDS instance, a KMS key, security groups, an organization with an SCP and a member.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import {
  AddUserToGroupCommand,
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateSecretCommand,
  PutResourcePolicyCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeVpcsCommand,
  DescribeSubnetsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  AttachPolicyCommand,
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreateOrganizationCommand,
  CreatePolicyCommand as CreateOrgPolicyCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { REGION, seedConfig } from './moto.js';
import { zipOneFile } from './lambda-zip.js';

export const ACCOUNT = '123456789012';

/** Values that must never appear in a dump, a snapshot or any output. */
export const SEEDED_SECRET_VALUES = {
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  dbPassword: 'Tr0ub4dor&3-payments-prod',
  connectionString: 'postgres://payments:S3cr3t-Passw0rd@payments-db.internal:5432/payments',
  lambdaToken: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  secretString: '{"password":"the-secret-manager-value-42"}',
  overridePassword: 'override-only-password-99',
};
export const SEEDED_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

const trust = (service: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
const allow = (action: string | string[], resource = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });

export interface SeededAccount {
  roles: string[];
  users: string[];
  groups: string[];
  customerPolicies: string[];
  buckets: string[];
  taskDefinitionArn: string;
  clusterArn: string;
  serviceArn: string;
  taskArns: string[];
  functionArn: string;
  dbInstanceId: string;
  secretArn: string;
  keyId: string;
  securityGroupId: string;
  organizationId: string;
  scpId: string;
  rootId: string;
  ouId: string;
  memberAccountId: string;
}

export async function seedAccount(url: string): Promise<SeededAccount> {
  const config = seedConfig(url);
  const iam = new IAMClient(config);
  const ecs = new ECSClient(config);
  const s3 = new S3Client(config);
  const lambda = new LambdaClient(config);
  const rds = new RDSClient(config);
  const sm = new SecretsManagerClient(config);
  const kms = new KMSClient(config);
  const ec2 = new EC2Client(config);
  const org = new OrganizationsClient(config);
  try {
    // IAM
    const boundary = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'payments-boundary',
        PolicyDocument: allow(['s3:*', 'secretsmanager:GetSecretValue', 'iam:PassRole']),
      }),
    );
    const readData = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'payments-read-data',
        PolicyDocument: allow(['s3:GetObject', 's3:ListBucket'], 'arn:aws:s3:::payments-*'),
      }),
    );
    const taskRole = await iam.send(
      new CreateRoleCommand({
        RoleName: 'payments-task',
        AssumeRolePolicyDocument: trust('ecs-tasks.amazonaws.com'),
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'payments-task',
        PolicyName: 'pass-and-secrets',
        PolicyDocument: allow(['iam:PassRole', 'secretsmanager:GetSecretValue']),
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({ RoleName: 'payments-task', PolicyArn: readData.Policy!.Arn! }),
    );
    await iam.send(
      new PutRolePermissionsBoundaryCommand({
        RoleName: 'payments-task',
        PermissionsBoundary: boundary.Policy!.Arn!,
      }),
    );
    const execRole = await iam.send(
      new CreateRoleCommand({
        RoleName: 'payments-execution',
        AssumeRolePolicyDocument: trust('ecs-tasks.amazonaws.com'),
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'payments-execution',
        PolicyName: 'read-secret',
        PolicyDocument: allow('secretsmanager:GetSecretValue'),
      }),
    );
    const fnRole = await iam.send(
      new CreateRoleCommand({
        RoleName: 'report-fn',
        AssumeRolePolicyDocument: trust('lambda.amazonaws.com'),
      }),
    );
    await iam.send(
      new CreateRoleCommand({ RoleName: 'admin', AssumeRolePolicyDocument: trust('ec2.amazonaws.com') }),
    );
    await iam.send(
      new PutRolePolicyCommand({ RoleName: 'admin', PolicyName: 'everything', PolicyDocument: allow('*') }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'deployer' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'deployer',
        PolicyName: 'deploy',
        PolicyDocument: allow(['ecs:UpdateService', 'iam:PassRole']),
      }),
    );
    await iam.send(new CreateAccessKeyCommand({ UserName: 'deployer' }));
    await iam.send(
      new CreateLoginProfileCommand({ UserName: 'deployer', Password: 'not-collected-Passw0rd!' }),
    );
    await iam.send(new CreateUserCommand({ UserName: 'ci-bot' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'developers' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'developers', UserName: 'ci-bot' }));

    // Network
    const vpcs = await ec2.send(new DescribeVpcsCommand({}));
    const vpcId = vpcs.Vpcs![0]!.VpcId!;
    const subnets = await ec2.send(new DescribeSubnetsCommand({}));
    const subnetId = subnets.Subnets![0]!.SubnetId!;
    const sg = await ec2.send(
      new CreateSecurityGroupCommand({
        GroupName: 'payments-db',
        Description: 'payments database',
        VpcId: vpcId,
      }),
    );
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: sg.GroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] },
        ],
      }),
    );

    // Secrets, keys, data
    const key = await kms.send(new CreateKeyCommand({ Description: 'payments data key' }));
    await kms.send(
      new CreateAliasCommand({ AliasName: 'alias/payments-data', TargetKeyId: key.KeyMetadata!.KeyId }),
    );
    const secret = await sm.send(
      new CreateSecretCommand({
        Name: 'prod/payments/db',
        SecretString: SEEDED_SECRET_VALUES.secretString,
        KmsKeyId: key.KeyMetadata!.KeyId,
      }),
    );
    await sm.send(
      new PutResourcePolicyCommand({
        SecretId: secret.ARN,
        ResourcePolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: execRole.Role!.Arn },
              Action: 'secretsmanager:GetSecretValue',
              Resource: '*',
            },
          ],
        }),
      }),
    );
    for (const Bucket of ['payments-invoices', 'payments-public-assets']) {
      await s3.send(
        new CreateBucketCommand({ Bucket, CreateBucketConfiguration: { LocationConstraint: REGION } }),
      );
    }
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'payments-invoices',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: taskRole.Role!.Arn },
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::payments-invoices/*',
            },
          ],
        }),
      }),
    );
    await s3.send(
      new PutBucketTaggingCommand({
        Bucket: 'payments-invoices',
        Tagging: { TagSet: [{ Key: 'data-classification', Value: 'confidential' }] },
      }),
    );
    const db = await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'payments-db',
        Engine: 'postgres',
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: 20,
        MasterUsername: 'payments',
        MasterUserPassword: SEEDED_SECRET_VALUES.dbPassword,
        VpcSecurityGroupIds: [sg.GroupId!],
        EnableIAMDatabaseAuthentication: true,
      }),
    );

    // Lambda
    const fn = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'monthly-report',
        Runtime: 'python3.12',
        Role: fnRole.Role!.Arn,
        Handler: 'index.handler',
        Code: { ZipFile: zipOneFile('index.py', 'def handler(event, context):\n    return 1\n') },
        Environment: {
          Variables: { GITHUB_TOKEN: SEEDED_SECRET_VALUES.lambdaToken, REPORT_BUCKET: 'payments-invoices' },
        },
      }),
    );
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'monthly-report',
        StatementId: 'events',
        Action: 'lambda:InvokeFunction',
        Principal: 'events.amazonaws.com',
      }),
    );

    // ECS on Fargate
    const cluster = await ecs.send(new CreateClusterCommand({ clusterName: 'payments' }));
    const td = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'payments-api',
        taskRoleArn: taskRole.Role!.Arn,
        executionRoleArn: execRole.Role!.Arn,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'api',
            image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments-api:latest',
            essential: true,
            cpu: 256,
            memory: 512,
            environment: [
              { name: 'AWS_ACCESS_KEY_ID', value: SEEDED_ACCESS_KEY_ID },
              { name: 'AWS_SECRET_ACCESS_KEY', value: SEEDED_SECRET_VALUES.secretAccessKey },
              { name: 'DB_PASSWORD', value: SEEDED_SECRET_VALUES.dbPassword },
              { name: 'DATABASE_URL', value: SEEDED_SECRET_VALUES.connectionString },
              { name: 'LOG_LEVEL', value: 'info' },
            ],
            secrets: [{ name: 'DB_SECRET', valueFrom: secret.ARN! }],
          },
        ],
      }),
    );
    const taskDefinitionArn = td.taskDefinition!.taskDefinitionArn!;
    const network = {
      awsvpcConfiguration: {
        subnets: [subnetId],
        securityGroups: [sg.GroupId!],
        assignPublicIp: 'DISABLED' as const,
      },
    };
    const service = await ecs.send(
      new CreateServiceCommand({
        cluster: 'payments',
        serviceName: 'payments-api',
        taskDefinition: taskDefinitionArn,
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: network,
        enableExecuteCommand: true,
      }),
    );
    const run = await ecs.send(
      new RunTaskCommand({
        cluster: 'payments',
        taskDefinition: taskDefinitionArn,
        launchType: 'FARGATE',
        networkConfiguration: network,
        overrides: {
          containerOverrides: [
            {
              name: 'api',
              environment: [{ name: 'ADMIN_PASSWORD', value: SEEDED_SECRET_VALUES.overridePassword }],
            },
          ],
        },
      }),
    );

    // Organization (this account is its management account)
    const organization = await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const roots = await org.send(new ListRootsCommand({}));
    const rootId = roots.Roots![0]!.Id!;
    const ou = await org.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'workloads' }));
    const scp = await org.send(
      new CreateOrgPolicyCommand({
        Name: 'deny-leave-org',
        Description: 'members stay',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
        }),
      }),
    );
    await org.send(
      new AttachPolicyCommand({
        PolicyId: scp.Policy!.PolicySummary!.Id!,
        TargetId: ou.OrganizationalUnit!.Id!,
      }),
    );
    const member = await org.send(
      new CreateAccountCommand({ AccountName: 'workloads-prod', Email: 'prod@example.com' }),
    );

    return {
      roles: ['admin', 'payments-execution', 'payments-task', 'report-fn'],
      users: ['ci-bot', 'deployer'],
      groups: ['developers'],
      customerPolicies: ['payments-boundary', 'payments-read-data'],
      buckets: ['payments-invoices', 'payments-public-assets'],
      taskDefinitionArn,
      clusterArn: cluster.cluster!.clusterArn!,
      serviceArn: service.service!.serviceArn!,
      taskArns: (run.tasks ?? []).map((t) => t.taskArn!),
      functionArn: fn.FunctionArn!,
      dbInstanceId: db.DBInstance!.DBInstanceIdentifier!,
      secretArn: secret.ARN!,
      keyId: key.KeyMetadata!.KeyId!,
      securityGroupId: sg.GroupId!,
      organizationId: organization.Organization!.Id!,
      scpId: scp.Policy!.PolicySummary!.Id!,
      rootId,
      ouId: ou.OrganizationalUnit!.Id!,
      memberAccountId: member.CreateAccountStatus!.AccountId!,
    };
  } finally {
    for (const c of [iam, ecs, s3, lambda, rds, sm, kms, ec2, org]) c.destroy();
  }
}
