// A small two-account attack graph built by hand, so the exporter is tested without the builder.
// Names carry quotes, backticks, braces and non-ASCII text: they must round-trip as data.
import graphology from 'graphology';
import type {
  AttackGraph,
  EdgeAttributes,
  EdgeType,
  NodeAttributes,
  NodeKind,
} from '../../src/graph/model.js';
import type { PushableGraph } from '../../src/neo4j/rows.js';

const { MultiDirectedGraph } = graphology;

export const A = '111111111111';
export const B = '222222222222';
export const WEB = `arn:aws:ecs:eu-west-1:${A}:task-definition/web:3`;
export const WORKER = `arn:aws:ecs:eu-west-1:${A}:task-definition/worker:1`;
export const WEB_ROLE = `arn:aws:iam::${A}:role/web-task`;
export const WORKER_ROLE = `arn:aws:iam::${A}:role/worker-task`;
export const OPS = `arn:aws:iam::${A}:role/ops`;
export const AUDIT_B = `arn:aws:iam::${B}:role/audit`;
export const ADMIN_A = `admin:${A}`;
export const ADMIN_B = `admin:${B}`;
/** A bucket whose name is hostile to string-built Cypher. */
export const ODD_NAME = `we'ird "b\`ucket {x: 1}) DETACH DELETE n // ñandú 東京`;
export const ODD_BUCKET = `arn:aws:s3:::${ODD_NAME}`;
export const LOGS_B = 'arn:aws:s3:::audit-logs-b';
export const DB_SECRET = `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-master-AbCdEf`;
export const DB = `arn:aws:rds:eu-west-1:${A}:db:orders`;
export const QUEUE_FN = `arn:aws:lambda:eu-west-1:${A}:function:queue`;

export function node(
  g: AttackGraph,
  id: string,
  kind: NodeKind,
  account: string,
  extra: Partial<NodeAttributes> = {},
): void {
  const name = id.startsWith('admin:') ? id : id.split(/[/:]/).pop()!;
  g.addNode(id, { id, kind, labels: [kind], name, account, sensitivity: 1, props: {}, ...extra });
}

export function step(
  g: AttackGraph,
  from: string,
  to: string,
  type: EdgeType,
  technique: string,
  extra: Partial<EdgeAttributes> = {},
): void {
  g.addEdge(from, to, {
    type,
    traversable: true,
    technique,
    conditional: false,
    conditionKeys: [],
    evidence: [
      {
        action: 'sts:AssumeRole',
        resource: to,
        statements: [{ policyId: `${from}#inline/allow`, policyType: 'identity', statement: 0, sid: 'A"1' }],
      },
    ],
    assumptions: [],
    effort: 1,
    ...extra,
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

/**
 * web:3 → web-task, which reads the odd bucket, holds the DB master secret (which opens the database),
 * may become ops only under a condition; ops administers account A and becomes audit in B, which
 * reads B's logs. worker:1 → worker-task, which only invokes a function.
 */
export function fixtureGraph(): PushableGraph {
  const g: AttackGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  node(g, WEB, 'AWSECSTaskDefinition', A, { region: 'eu-west-1', props: { family: 'web', revision: 3 } });
  node(g, WORKER, 'AWSECSTaskDefinition', A, { region: 'eu-west-1' });
  node(g, WEB_ROLE, 'AWSRole', A, { labels: ['AWSRole', 'AWSPrincipal'], name: `web-task "prod" {é}` });
  node(g, WORKER_ROLE, 'AWSRole', A, { labels: ['AWSRole', 'AWSPrincipal'] });
  node(g, OPS, 'AWSRole', A, { labels: ['AWSRole', 'AWSPrincipal'] });
  node(g, AUDIT_B, 'AWSRole', B, { labels: ['AWSRole', 'AWSPrincipal'] });
  node(g, ADMIN_A, 'Admin', A);
  node(g, ADMIN_B, 'Admin', B);
  node(g, ODD_BUCKET, 'S3Bucket', A, {
    name: ODD_NAME,
    sensitivity: 2,
    props: { tags: ['data-classification=confidential', `owner='ops' \`team\``] },
  });
  node(g, LOGS_B, 'S3Bucket', B);
  node(g, DB_SECRET, 'SecretsManagerSecret', A);
  node(g, DB, 'RDSInstance', A);
  node(g, QUEUE_FN, 'AWSLambda', A);

  structural(g, WEB, WEB_ROLE, 'HAS_TASK_ROLE');
  structural(g, WORKER, WORKER_ROLE, 'HAS_TASK_ROLE');
  step(g, WEB, WEB_ROLE, 'CAN_BECOME', 'ecs-task-metadata-creds', { evidence: [] });
  step(g, WORKER, WORKER_ROLE, 'CAN_BECOME', 'ecs-task-metadata-creds', { evidence: [] });
  step(g, WEB_ROLE, ODD_BUCKET, 'CAN_READ', 's3-read', { access: 'read' });
  step(g, WEB, DB_SECRET, 'HOLDS_CREDENTIAL', 'ecs-exec-role-secret-injection', { access: 'read' });
  step(g, DB_SECRET, DB, 'CAN_REACH', 'secret-db-credentials', { access: 'admin' });
  step(g, WEB_ROLE, OPS, 'CAN_BECOME', 'sts-assume-role', {
    conditional: true,
    conditionKeys: ['aws:SourceIp'],
  });
  step(g, OPS, ADMIN_A, 'CAN_ADMINISTER', 'iam-put-role-policy-self');
  step(g, OPS, AUDIT_B, 'CAN_BECOME', 'sts-assume-role-cross-account');
  step(g, AUDIT_B, LOGS_B, 'CAN_READ', 's3-read', { access: 'read' });
  // A parallel, conditional twin of an unconditional step: stored once, unconditional.
  step(g, OPS, AUDIT_B, 'CAN_BECOME', 'sts-assume-role-cross-account', {
    conditional: true,
    conditionKeys: ['aws:PrincipalTag/team'],
  });
  step(g, WORKER_ROLE, QUEUE_FN, 'CAN_INVOKE', 'lambda-invoke', { access: 'invoke' });
  return { graph: g, sources: [WEB, WORKER], accounts: [A, B] };
}
