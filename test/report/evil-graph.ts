// An attack graph whose names carry markup, for the escaping tests of the HTML, DOT and Mermaid
// reports: a task definition and a role named `</script><script>alert(1)</script>`, a bucket whose
// name is an HTML element, and evidence whose statement id closes a script element.
import type { AttackGraph } from '../../src/graph/model.js';
import { A, emptyGraph, node } from '../queries/hand-graph.js';

export const EVIL_NAME = '</script><script>alert(1)</script>';
export const EVIL_SOURCE = `arn:aws:ecs:eu-west-1:${A}:task-definition/${EVIL_NAME}:1`;
export const EVIL_ROLE = `arn:aws:iam::${A}:role/${EVIL_NAME}`;
export const EVIL_BUCKET = 'arn:aws:s3:::<img src=x onerror="window.pwned=1">"quoted"|pipe';

export function evilGraph(): AttackGraph {
  const g = emptyGraph();
  node(g, EVIL_SOURCE, 'AWSECSTaskDefinition', A);
  g.addNode(EVIL_ROLE, {
    id: EVIL_ROLE,
    kind: 'AWSRole',
    labels: ['AWSRole', 'AWSPrincipal'],
    name: EVIL_NAME,
    account: A,
    sensitivity: 1,
    props: {},
  });
  node(g, EVIL_BUCKET, 'S3Bucket', A);
  node(g, `admin:${A}`, 'Admin', A);
  const edge = (
    from: string,
    to: string,
    type: 'CAN_BECOME' | 'CAN_READ' | 'CAN_ADMINISTER',
    technique: string,
  ) =>
    g.addEdge(from, to, {
      type,
      traversable: true,
      technique,
      ...(type === 'CAN_READ' ? { access: 'read' as const } : {}),
      conditional: type === 'CAN_ADMINISTER',
      conditionKeys: type === 'CAN_ADMINISTER' ? ['aws:SourceIp'] : [],
      evidence: [
        {
          action: 's3:GetObject',
          resource: to,
          statements: [
            {
              policyId: `${EVIL_ROLE}#inline/${EVIL_NAME}`,
              policyType: 'identity',
              statement: 0,
              sid: '</script>',
            },
          ],
        },
      ],
      assumptions: [`an assumption with ${EVIL_NAME}`],
      effort: 1,
    });
  edge(EVIL_SOURCE, EVIL_ROLE, 'CAN_BECOME', 'ecs-task-metadata-creds');
  edge(EVIL_ROLE, EVIL_BUCKET, 'CAN_READ', 's3-identity-read');
  edge(EVIL_ROLE, `admin:${A}`, 'CAN_ADMINISTER', 'iam-put-role-policy-self');
  return g;
}
