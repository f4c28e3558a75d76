// A tiny dump whose names are attacks on the outputs: the task role, its inline policy, the policy's
// statement id, a bucket, tags and the messages of two error files hold Markdown images and links,
// raw HTML, a line break followed by a heading, backticks, an OSC 8 terminal hyperlink, a CSI line
// erasure (as ESC [ and as the single C1 byte 0x9b), a bidi override and a GitHub mention. One task
// definition, used by a service, runs with that role; the role may read the bucket and rewrite its
// own policies (so it reaches Admin). `empty: true` gives the role no permission (the state before
// the change, for a diff).
import type { DumpSpec } from '../support/dump.js';

/** Every attack, in one string; each hostile name below embeds it. */
export const HOSTILE =
  '![x](https://evil.example/a.png) [x](https://evil.example) <img src=x onerror=alert(1)>' +
  '\n# heading ``` `tick` \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b[2K' +
  '\u009b2K \u202eevil @octocat #1';

/** The same attacks, short enough to be a file name once URI-encoded (a bucket's files are named
 *  after it). */
export const HOSTILE_SHORT =
  '![x](https://e.example/a.png)[x](https://e.example)<img src=x onerror=alert(1)>' +
  '\n# h `\u001b]8;;https://e.example\u0007l\u001b]8;;\u0007\u001b[2K\u009b\u202e@octocat';

/** The attacks for names that are part of a policy id (`<role ARN>#inline/<policy name>`, split at
 *  the first `#`; IAM role and policy names cannot hold one): a setext heading and a list item
 *  after the line breaks instead of an ATX heading. */
export const HOSTILE_OWNER =
  '![x](https://evil.example/a.png) [x](https://evil.example) <img src=x onerror=alert(1)>' +
  '\n===\n- item ``` `tick` \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b[2K' +
  '\u009b2K \u202eevil @octocat';

export const A = '111111111111';
const R = 'eu-west-1';
export const ROLE_NAME = `task-role${HOSTILE_OWNER}`;
export const ROLE = `arn:aws:iam::${A}:role/${ROLE_NAME}`;
export const POLICY_NAME = `inline${HOSTILE_OWNER}`;
export const SID = `Sid${HOSTILE}`;
export const BUCKET_NAME = `bucket${HOSTILE_SHORT}`;
export const BUCKET = `arn:aws:s3:::${BUCKET_NAME}`;
export const GAP_MESSAGE = `message${HOSTILE}`;
export const TD = `arn:aws:ecs:${R}:${A}:task-definition/web:1`;
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;

const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

export function hostileDump(opts: { empty?: boolean } = {}): DumpSpec {
  const statements: object[] = opts.empty
    ? [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]
    : [
        { Sid: `Read${SID}`, Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
        { Sid: SID, Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: ROLE },
      ];
  const tags = [{ Key: `tag${HOSTILE}`, Value: `value${HOSTILE}` }];
  return {
    [`${A}/iam/get-account-authorization-details.json`]: {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [
        {
          Path: '/',
          RoleName: ROLE_NAME,
          RoleId: 'AROAHOSTILE',
          Arn: ROLE,
          AssumeRolePolicyDocument: trust,
          RolePolicyList: [
            { PolicyName: POLICY_NAME, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
          ],
          AttachedManagedPolicies: [],
          InstanceProfileList: [],
          Tags: tags,
        },
      ],
      Policies: [],
    },
    [`${A}/s3api/list-buckets.json`]: { Buckets: [{ Name: BUCKET_NAME, BucketRegion: R }] },
    [`${A}/s3api/get-bucket-policy/${encodeURIComponent(BUCKET_NAME)}.error.json`]: {
      error: { code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist' },
    },
    [`${A}/s3api/get-bucket-tagging/${encodeURIComponent(BUCKET_NAME)}.json`]: { TagSet: tags },
    // A coverage gap about the hostile bucket, with a hostile message.
    [`${A}/s3api/get-public-access-block/${encodeURIComponent(BUCKET_NAME)}.error.json`]: {
      error: { code: 'AccessDenied', message: GAP_MESSAGE },
    },
    // A coverage gap whose code is hostile too.
    [`${A}/${R}/secretsmanager/list-secrets.error.json`]: {
      error: { code: `AccessDeniedException${HOSTILE}`, message: GAP_MESSAGE },
    },
    [`${A}/${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
    [`${A}/${R}/ecs/describe-clusters.json`]: {
      clusters: [{ clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE' }],
      failures: [],
    },
    [`${A}/${R}/ecs/describe-task-definition/web%3A1.json`]: {
      taskDefinition: {
        taskDefinitionArn: TD,
        family: 'web',
        revision: 1,
        status: 'ACTIVE',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        containerDefinitions: [{ name: 'app', image: 'nginx', essential: true, environment: [] }],
        taskRoleArn: ROLE,
      },
      tags,
    },
    [`${A}/${R}/ecs/describe-services/c.json`]: {
      services: [
        {
          serviceArn: `arn:aws:ecs:${R}:${A}:service/c/web`,
          serviceName: 'web',
          clusterArn: CLUSTER,
          status: 'ACTIVE',
          desiredCount: 1,
          runningCount: 1,
          launchType: 'FARGATE',
          taskDefinition: TD,
          networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } },
        },
      ],
      failures: [],
    },
  };
}
