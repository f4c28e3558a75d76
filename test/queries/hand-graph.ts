// Small attack graphs built by hand, so queries are tested without the builder.
import graphology from 'graphology';
import type {
  AttackGraph,
  EdgeAttributes,
  EdgeType,
  NodeAttributes,
  NodeKind,
  Access,
} from '../../src/graph/model.js';

const { MultiDirectedGraph } = graphology;

export function emptyGraph(): AttackGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

export function node(g: AttackGraph, id: string, kind: NodeKind, account: string, sensitivity = 1): string {
  const name = id.startsWith('admin:') ? id : id.split(/[/:]/).pop()!;
  g.addNode(id, { id, kind, labels: [kind], name, account, sensitivity, props: {} });
  return id;
}

export function step(
  g: AttackGraph,
  from: string,
  to: string,
  type: EdgeType,
  technique: string,
  extra: { conditional?: boolean; access?: Access; effort?: number; action?: string; policy?: string } = {},
): void {
  g.addEdge(from, to, {
    type,
    traversable: true,
    technique,
    ...(extra.access ? { access: extra.access } : {}),
    conditional: extra.conditional ?? false,
    conditionKeys: extra.conditional ? ['aws:SourceIp'] : [],
    evidence: [
      {
        action: extra.action ?? 'sts:AssumeRole',
        resource: to,
        statements: extra.policy ? [{ policyId: extra.policy, policyType: 'identity', statement: 0 }] : [],
      },
    ],
    assumptions: [],
    effort: extra.effort ?? 1,
  });
}

export function structural(g: AttackGraph, from: string, to: string, type: EdgeType): void {
  g.addEdge(from, to, {
    type,
    traversable: false,
    conditional: false,
    conditionKeys: [],
    evidence: [],
    assumptions: [],
    effort: 0,
  });
}

export const A = '111111111111';
export const B = '222222222222';
export const WEB = `arn:aws:ecs:eu-west-1:${A}:task-definition/web:3`;
export const SAFE = `arn:aws:ecs:eu-west-1:${A}:task-definition/safe:1`;
export const APP = `arn:aws:iam::${A}:role/app-task`;
export const OPS = `arn:aws:iam::${A}:role/ops`;
export const SAFE_ROLE = `arn:aws:iam::${A}:role/safe-task`;
export const DEPLOY = `arn:aws:iam::${B}:role/deploy`;
export const BUCKET = 'arn:aws:s3:::customer-data';
export const DB_SECRET = `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-master-AbCdEf`;
export const OTHER_SECRET = `arn:aws:secretsmanager:eu-west-1:${A}:secret:other-XyZ123`;
export const DB = `arn:aws:rds:eu-west-1:${A}:db:orders`;

/**
 * web:3 → app-task; app-task reads customer-data (sensitive), assumes deploy in B (cross-account),
 * which can grant itself admin of B; app-task may become ops only under a condition, and ops writes
 * customer-data and may become app-task again (a cycle). web:3's container holds the DB master secret,
 * which opens the database. app-task can write (not read) another secret, which must not lead on.
 * safe:1 → safe-task, which can do nothing.
 */
export function demoGraph(): AttackGraph {
  const g = emptyGraph();
  node(g, WEB, 'AWSECSTaskDefinition', A);
  node(g, SAFE, 'AWSECSTaskDefinition', A);
  node(g, APP, 'AWSRole', A);
  node(g, OPS, 'AWSRole', A);
  node(g, SAFE_ROLE, 'AWSRole', A);
  node(g, DEPLOY, 'AWSRole', B);
  node(g, `admin:${A}`, 'Admin', A);
  node(g, `admin:${B}`, 'Admin', B);
  node(g, BUCKET, 'S3Bucket', A, 2);
  node(g, DB_SECRET, 'SecretsManagerSecret', A);
  node(g, OTHER_SECRET, 'SecretsManagerSecret', A);
  node(g, DB, 'RDSInstance', A);
  node(g, `arn:aws:ecs:eu-west-1:${A}:cluster/main`, 'AWSECSCluster', A);
  structural(g, WEB, APP, 'HAS_TASK_ROLE');
  structural(g, SAFE, SAFE_ROLE, 'HAS_TASK_ROLE');
  step(g, WEB, APP, 'CAN_BECOME', 'ecs-task-metadata-creds', { action: 'none' });
  step(g, SAFE, SAFE_ROLE, 'CAN_BECOME', 'ecs-task-metadata-creds', { action: 'none' });
  step(g, APP, BUCKET, 'CAN_READ', 's3-identity-read', {
    access: 'read',
    action: 's3:GetObject',
    policy: `${APP}#inline/data`,
  });
  step(g, APP, DEPLOY, 'CAN_BECOME', 'sts-assume-role-cross-account', { policy: `${APP}#inline/assume` });
  step(g, DEPLOY, `admin:${B}`, 'CAN_ADMINISTER', 'iam-put-role-policy-self', {
    action: 'iam:PutRolePolicy',
    policy: `${DEPLOY}#inline/self`,
  });
  step(g, APP, OPS, 'CAN_BECOME', 'sts-assume-role', { conditional: true });
  step(g, OPS, BUCKET, 'CAN_WRITE', 's3-identity-read', { access: 'write', action: 's3:PutObject' });
  step(g, OPS, APP, 'CAN_BECOME', 'sts-assume-role');
  step(g, WEB, DB_SECRET, 'HOLDS_CREDENTIAL', 'ecs-exec-role-secret-injection', {
    action: 'secretsmanager:GetSecretValue',
  });
  step(g, DB_SECRET, DB, 'CAN_ADMINISTER', 'rds-master-credentials', {
    access: 'admin',
    action: 'rds-db:connect',
  });
  step(g, APP, OTHER_SECRET, 'CAN_WRITE', 'secrets-put-resource-policy', { access: 'write' });
  step(g, OTHER_SECRET, `admin:${A}`, 'CAN_ADMINISTER', 'admin-equivalent');
  return g;
}
