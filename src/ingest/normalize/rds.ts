// RDS: describe-db-instances and describe-db-clusters responses.
//
//   normalizeDbInstances(raw, ctx): RdsInstance[]
//   normalizeDbClusters(raw, ctx): RdsCluster[]
import type { RdsCluster, RdsInstance } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { Json } from './shape.js';

function masterSecret(
  item: Json,
  target: { masterUserSecretArn?: string; masterUserSecretKmsKeyId?: string },
): void {
  if (!item.has('MasterUserSecret')) return;
  const secret = item.get('MasterUserSecret');
  const arn = secret.optStr('SecretArn');
  if (arn) target.masterUserSecretArn = arn;
  const key = secret.optStr('KmsKeyId');
  if (key) target.masterUserSecretKmsKeyId = key;
}

function securityGroups(item: Json): string[] {
  return item.list('VpcSecurityGroups').map((g) => g.str('VpcSecurityGroupId'));
}

export function normalizeDbInstances(raw: unknown, ctx: NormalizeContext): RdsInstance[] {
  return eachItem(ctx, new Json(raw).list('DBInstances'), (d) => {
    const db: RdsInstance = {
      arn: d.str('DBInstanceArn'),
      id: d.str('DBInstanceIdentifier'),
      resourceId: d.str('DbiResourceId'),
      region: ctx.region ?? 'unknown',
      engine: d.optStr('Engine') ?? 'unknown',
      iamAuth: d.bool('IAMDatabaseAuthenticationEnabled', false),
      securityGroupIds: securityGroups(d),
      publiclyAccessible: d.bool('PubliclyAccessible', false),
      storageEncrypted: d.bool('StorageEncrypted', false),
      tags: d.tags('TagList'),
    };
    if (d.has('Endpoint')) {
      const e = d.get('Endpoint');
      const address = e.optStr('Address');
      if (address) db.endpoint = { address, port: e.optNum('Port') ?? 0 };
    }
    if (d.has('DBSubnetGroup')) {
      const vpc = d.get('DBSubnetGroup').optStr('VpcId');
      if (vpc) db.vpcId = vpc;
    }
    const user = d.optStr('MasterUsername');
    if (user) db.masterUsername = user;
    masterSecret(d, db);
    const cluster = d.optStr('DBClusterIdentifier');
    if (cluster) db.clusterId = cluster;
    const key = d.optStr('KmsKeyId');
    if (key) db.kmsKeyId = key;
    return db;
  });
}

export function normalizeDbClusters(raw: unknown, ctx: NormalizeContext): RdsCluster[] {
  return eachItem(ctx, new Json(raw).list('DBClusters'), (c) => {
    const cluster: RdsCluster = {
      arn: c.str('DBClusterArn'),
      id: c.str('DBClusterIdentifier'),
      resourceId: c.str('DbClusterResourceId'),
      region: ctx.region ?? 'unknown',
      engine: c.optStr('Engine') ?? 'unknown',
      iamAuth: c.bool('IAMDatabaseAuthenticationEnabled', false),
      securityGroupIds: securityGroups(c),
      members: c.list('DBClusterMembers').map((m) => m.str('DBInstanceIdentifier')),
      storageEncrypted: c.bool('StorageEncrypted', false),
      tags: c.tags('TagList'),
    };
    const address = c.optStr('Endpoint');
    if (address) cluster.endpoint = { address, port: c.optNum('Port') ?? 0 };
    const user = c.optStr('MasterUsername');
    if (user) cluster.masterUsername = user;
    masterSecret(c, cluster);
    const key = c.optStr('KmsKeyId');
    if (key) cluster.kmsKeyId = key;
    return cluster;
  });
}
