// Scenario suite: logging in to RDS / Aurora from a Fargate task — IAM database authentication and the
// network path the task's security groups give.
// Refs: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.IAMPolicy.html
// (rds-db:connect on arn:aws:rds-db:<region>:<account>:dbuser:<DbiResourceId>/<db-user>; for Aurora the
// cluster's DbClusterResourceId, cluster-…); https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Enabling.html
// (IAM authentication works only when IAMDatabaseAuthenticationEnabled is on);
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html (a rule referencing a
// security group admits traffic from resources associated with it; rules are per port range; outbound
// rules of the source's groups must allow the traffic too);
// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-peering.html (VPCs are isolated: a CIDR rule
// naming an address range says nothing about a route from another VPC using the same range).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyDoc,
  reaches,
  roleArn,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;
const TD = `arn:aws:ecs:${R}:${A}:task-definition/web:1`;
const DB = `arn:aws:rds:${R}:${A}:db:orders`;
const AURORA = `arn:aws:rds:${R}:${A}:cluster:ledger`;
const AURORA_MEMBER = `arn:aws:rds:${R}:${A}:db:ledger-1`;

type Rule = { port?: number; groups?: string[]; cidrs?: string[]; protocol?: string };
const permission = (r: Rule) => ({
  IpProtocol: r.protocol ?? 'tcp',
  ...(r.port !== undefined ? { FromPort: r.port, ToPort: r.port } : {}),
  IpRanges: (r.cidrs ?? []).map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: [],
  UserIdGroupPairs: (r.groups ?? []).map((GroupId) => ({ GroupId })),
  PrefixListIds: [],
});
const group = (
  id: string,
  vpc: string,
  ingress: Rule[],
  egress: Rule[] = [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }],
) => ({
  GroupId: id,
  GroupName: id,
  VpcId: vpc,
  OwnerId: A,
  IpPermissions: ingress.map(permission),
  IpPermissionsEgress: egress.map(permission),
});

interface NetSpec {
  dbIngress: Rule[];
  dbVpc?: string;
  appEgress?: Rule[];
  iamAuth?: boolean;
  connectResource?: string;
  /** Add an Aurora member instance `ledger-1` (DbiResourceId db-LEDGER1) of the cluster. */
  auroraMember?: boolean;
  /** Extra identity actions of the task role. */
  extraActions?: string[];
}

/** One Fargate service (task role src, security group sg-app in vpc-1, a running task at 10.0.1.5)
 *  and one PostgreSQL instance (sg-db, port 5432) with IAM authentication. */
function dump(spec: NetSpec) {
  const dbVpc = spec.dbVpc ?? 'vpc-1';
  return accountDump({
    id: A,
    roles: [
      {
        name: 'src',
        trust: ECS_TASKS,
        inline: [
          policyDoc(
            allowStmt('rds-db:connect', spec.connectResource ?? `arn:aws:rds-db:${R}:${A}:dbuser:*/*`),
            ...(spec.extraActions ? [allowStmt(spec.extraActions)] : []),
          ),
        ],
      },
    ],
    files: {
      [`${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
      [`${R}/ecs/describe-clusters.json`]: {
        clusters: [
          { clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
        ],
        failures: [],
      },
      [`${R}/ecs/describe-task-definition/web%3A1.json`]: {
        taskDefinition: {
          taskDefinitionArn: TD,
          family: 'web',
          revision: 1,
          status: 'ACTIVE',
          networkMode: 'awsvpc',
          requiresCompatibilities: ['FARGATE'],
          taskRoleArn: SRC,
          containerDefinitions: [{ name: 'app', image: 'app', essential: true, environment: [] }],
        },
        tags: [],
      },
      [`${R}/ecs/describe-services/c.json`]: {
        services: [
          {
            serviceArn: `arn:aws:ecs:${R}:${A}:service/c/web`,
            serviceName: 'web',
            clusterArn: CLUSTER,
            status: 'ACTIVE',
            launchType: 'FARGATE',
            taskDefinition: TD,
            enableExecuteCommand: false,
            networkConfiguration: {
              awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-app'] },
            },
          },
        ],
        failures: [],
      },
      [`${R}/ecs/describe-tasks/c.json`]: {
        tasks: [
          {
            taskArn: `arn:aws:ecs:${R}:${A}:task/c/t1`,
            clusterArn: CLUSTER,
            taskDefinitionArn: TD,
            lastStatus: 'RUNNING',
            launchType: 'FARGATE',
            group: 'service:web',
            enableExecuteCommand: false,
            attachments: [
              {
                type: 'ElasticNetworkInterface',
                details: [
                  { name: 'subnetId', value: 'subnet-1' },
                  { name: 'privateIPv4Address', value: '10.0.1.5' },
                ],
              },
            ],
          },
        ],
        failures: [],
      },
      [`${R}/ec2/describe-security-groups.json`]: {
        SecurityGroups: [group('sg-app', 'vpc-1', [], spec.appEgress), group('sg-db', dbVpc, spec.dbIngress)],
      },
      [`${R}/rds/describe-db-instances.json`]: {
        DBInstances: [
          {
            DBInstanceIdentifier: 'orders',
            DBInstanceArn: DB,
            DbiResourceId: 'db-ORDERS123',
            Engine: 'postgres',
            MasterUsername: 'postgres',
            IAMDatabaseAuthenticationEnabled: spec.iamAuth ?? true,
            Endpoint: { Address: 'orders.abc.eu-west-1.rds.amazonaws.com', Port: 5432 },
            DBSubnetGroup: { VpcId: dbVpc },
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
          },
          ...(spec.auroraMember
            ? [
                {
                  DBInstanceIdentifier: 'ledger-1',
                  DBInstanceArn: AURORA_MEMBER,
                  DbiResourceId: 'db-LEDGER1',
                  DBClusterIdentifier: 'ledger',
                  Engine: 'aurora-postgresql',
                  IAMDatabaseAuthenticationEnabled: true,
                  Endpoint: { Address: 'ledger-1.abc.eu-west-1.rds.amazonaws.com', Port: 5432 },
                  DBSubnetGroup: { VpcId: dbVpc },
                  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
                },
              ]
            : []),
        ],
      },
      [`${R}/rds/describe-db-clusters.json`]: {
        DBClusters: [
          {
            DBClusterIdentifier: 'ledger',
            DBClusterArn: AURORA,
            DbClusterResourceId: 'cluster-LEDGER42',
            Engine: 'aurora-postgresql',
            MasterUsername: 'postgres',
            IAMDatabaseAuthenticationEnabled: true,
            Endpoint: 'ledger.cluster-abc.eu-west-1.rds.amazonaws.com',
            Port: 5432,
            VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
            DBClusterMembers: [],
          },
        ],
      },
    },
  });
}

const NETWORK = 'a network path from the attacker';
function loginHop(report: Awaited<ReturnType<typeof analyzeDump>>, target: string) {
  const path = report.paths.find(
    (p) => p.source === TD && p.target === target && p.hops.at(-1)?.technique === 'rds-iam-auth',
  );
  return path?.hops.at(-1) as undefined | { assumptions?: string[] };
}
const needsNetworkAssumption = (report: Awaited<ReturnType<typeof analyzeDump>>, target = DB) =>
  (loginHop(report, target)?.assumptions ?? []).some((a) => a.startsWith(NETWORK));

describe('scenarios: RDS IAM authentication and network reach', function () {
  this.timeout(30000);
  after(removeDumps);

  it('IAM database authentication disabled: rds-db:connect gives no login', async () => {
    const report = await analyzeDump(
      dump({ dbIngress: [{ port: 5432, groups: ['sg-app'] }], iamAuth: false }),
    );
    assert.equal(
      chains(report, TD, DB).some((c) => c.includes('rds-iam-auth')),
      false,
    );
  });

  it('Aurora: rds-db:connect on dbuser:<DbClusterResourceId>/app logs in to the cluster', async () => {
    const report = await analyzeDump(
      dump({
        dbIngress: [{ port: 5432, groups: ['sg-app'] }],
        connectResource: `arn:aws:rds-db:${R}:${A}:dbuser:cluster-LEDGER42/app`,
      }),
    );
    assert.deepEqual(chains(report, TD, AURORA), [['ecs-task-metadata-creds', 'rds-iam-auth']]);
    assert.equal(reaches(report, TD, DB), false, 'the cluster resource id does not name the instance');
  });

  it('Aurora member instance: rds-db:connect on its own DbiResourceId logs in nowhere (Aurora authorizes the cluster id)', async () => {
    const report = await analyzeDump(
      dump({
        dbIngress: [{ port: 5432, groups: ['sg-app'] }],
        auroraMember: true,
        connectResource: `arn:aws:rds-db:${R}:${A}:dbuser:db-LEDGER1/app`,
      }),
    );
    assert.equal(reaches(report, TD, AURORA_MEMBER), false);
    assert.equal(reaches(report, TD, AURORA), false);
  });

  it("Aurora member instance: password reset and snapshots are the cluster's (ModifyDBCluster / CreateDBClusterSnapshot)", async () => {
    const spec = {
      dbIngress: [{ port: 5432, groups: ['sg-app'] }],
      auroraMember: true,
      connectResource: `arn:aws:rds-db:${R}:${A}:dbuser:none/none`,
    };
    const instanceOnly = await analyzeDump(
      dump({
        ...spec,
        extraActions: ['rds:ModifyDBInstance', 'rds:CreateDBSnapshot', 'rds:ModifyDBSnapshotAttribute'],
      }),
    );
    assert.equal(reaches(instanceOnly, TD, AURORA_MEMBER), false);
    const cluster = await analyzeDump(dump({ ...spec, extraActions: ['rds:ModifyDBCluster'] }));
    assert.deepEqual(chains(cluster, TD, AURORA), [['ecs-task-metadata-creds', 'rds-master-password-reset']]);
  });

  it('the database security group admits the task security group on 5432: no network assumption', async () => {
    const report = await analyzeDump(dump({ dbIngress: [{ port: 5432, groups: ['sg-app'] }] }));
    assert.ok(loginHop(report, DB));
    assert.equal(needsNetworkAssumption(report), false);
  });

  it('the database security group admits another group only: the login rests on a network assumption', async () => {
    const report = await analyzeDump(dump({ dbIngress: [{ port: 5432, groups: ['sg-other'] }] }));
    assert.ok(loginHop(report, DB));
    assert.ok(needsNetworkAssumption(report));
  });

  it('the rule admits the task group on another port (3306): network assumption', async () => {
    const report = await analyzeDump(dump({ dbIngress: [{ port: 3306, groups: ['sg-app'] }] }));
    assert.ok(needsNetworkAssumption(report));
  });

  it("a CIDR rule covering the task's address, same VPC: no network assumption", async () => {
    const report = await analyzeDump(dump({ dbIngress: [{ port: 5432, cidrs: ['10.0.0.0/16'] }] }));
    assert.equal(needsNetworkAssumption(report), false);
  });

  it("a CIDR rule covering the task's address, but the database is in another VPC: network assumption", async () => {
    const report = await analyzeDump(
      dump({ dbIngress: [{ port: 5432, cidrs: ['10.0.0.0/16'] }], dbVpc: 'vpc-2' }),
    );
    assert.ok(needsNetworkAssumption(report));
  });

  it("the task group's outbound rules allow only 443: network assumption", async () => {
    const report = await analyzeDump(
      dump({
        dbIngress: [{ port: 5432, groups: ['sg-app'] }],
        appEgress: [{ port: 443, cidrs: ['0.0.0.0/0'] }],
      }),
    );
    assert.ok(needsNetworkAssumption(report));
  });

  it("the task group's outbound rule to the database group on 5432 keeps the certain reach", async () => {
    const report = await analyzeDump(
      dump({
        dbIngress: [{ port: 5432, groups: ['sg-app'] }],
        appEgress: [{ port: 5432, groups: ['sg-db'] }],
      }),
    );
    assert.equal(needsNetworkAssumption(report), false);
  });
});
