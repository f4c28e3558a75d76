// Seeded random IAM scenarios for differential and property tests: one request plus every policy
// type in force (identity, resource/trust/key, boundary, session, SCP and RCP levels), drawn from
// small realistic pools so that statements often match and conditions often bite. A scenario is
// plain data; `toEvaluationInput` feeds our engine, `toSimulation` (in the differential test)
// feeds the external simulator.
import fc from 'fast-check';
import type { EvaluationInput } from '../../src/policy/api.js';

export const ACCOUNT = '111111111111';
export const OTHER_ACCOUNT = '222222222222';
const A = ACCOUNT;
const B = OTHER_ACCOUNT;

export type Statement = Record<string, unknown>;
// A type alias (not an interface) so that it is assignable to PolicyDocumentJson.
export type Doc = {
  Version: '2012-10-17';
  Statement: Statement[];
};
export type Context = Record<string, string | string[]>;

export interface Principal {
  arn: string;
  account: string;
  kind: 'role' | 'user' | 'session' | 'service' | 'anonymous';
  /** For users: the user name (aws:username). */
  name?: string;
}

export interface Target {
  action: string;
  resource: string;
  resourceAccount: string;
  /** Which kind of resource policy the resource can carry, if any. */
  policy?: 'resource' | 'trust' | 'key';
}

export interface Scenario {
  principal: Principal;
  target: Target;
  context: Context;
  identity: Doc[];
  resourcePolicy?: Doc;
  boundary?: Doc[];
  session?: Doc;
  scps?: Doc[][];
  rcps?: Doc[][];
}

// ------------------------------------------------------------------------------------ pools

export const PRINCIPALS: Principal[] = [
  { arn: `arn:aws:iam::${A}:role/app-role`, account: A, kind: 'role' },
  { arn: `arn:aws:iam::${A}:user/alice`, account: A, kind: 'user', name: 'alice' },
  { arn: `arn:aws:iam::${B}:role/partner-role`, account: B, kind: 'role' },
  { arn: `arn:aws:sts::${A}:assumed-role/app-role/task-1`, account: A, kind: 'session' },
  {
    arn: `arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    account: A,
    kind: 'role',
  },
  // A service calling on its own (e.g. ECS assuming a task role): only resource-side policies apply.
  { arn: 'ecs-tasks.amazonaws.com', account: '', kind: 'service' },
  // An unsigned request (public bucket or secret access).
  { arn: '*', account: '', kind: 'anonymous' },
];

/** The role ARN behind a principal (a session's role), as aws:PrincipalArn reports it. */
export function principalArnKey(p: Principal): string {
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(p.arn);
  return session ? `arn:aws:iam::${session[1]}:role/${session[2]}` : p.arn;
}

export const TARGETS: Target[] = [
  {
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::bucket-a/reports/alice/q1.csv',
    resourceAccount: A,
    policy: 'resource',
  },
  {
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::bucket-a/logs/app.log',
    resourceAccount: A,
    policy: 'resource',
  },
  {
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::bucket-b/data.bin',
    resourceAccount: B,
    policy: 'resource',
  },
  { action: 's3:ListBucket', resource: 'arn:aws:s3:::bucket-a', resourceAccount: A, policy: 'resource' },
  { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::bucket-b', resourceAccount: B, policy: 'resource' },
  { action: 's3:ListAllMyBuckets', resource: '*', resourceAccount: A },
  { action: 'ec2:DescribeInstances', resource: '*', resourceAccount: A },
  { action: 'iam:ListRoles', resource: '*', resourceAccount: A },
  { action: 'iam:GetRole', resource: `arn:aws:iam::${A}:role/admin-role`, resourceAccount: A },
  { action: 'iam:PassRole', resource: `arn:aws:iam::${A}:role/app-worker`, resourceAccount: A },
  { action: 'iam:PassRole', resource: `arn:aws:iam::${B}:role/partner-role`, resourceAccount: B },
  {
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${A}:role/admin-role`,
    resourceAccount: A,
    policy: 'trust',
  },
  {
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${B}:role/partner-role`,
    resourceAccount: B,
    policy: 'trust',
  },
  {
    action: 'secretsmanager:GetSecretValue',
    resource: `arn:aws:secretsmanager:us-east-1:${A}:secret:db-AbCdEf`,
    resourceAccount: A,
    policy: 'resource',
  },
  {
    action: 'secretsmanager:GetSecretValue',
    resource: `arn:aws:secretsmanager:us-east-1:${B}:secret:shared-XyZ123`,
    resourceAccount: B,
    policy: 'resource',
  },
  {
    action: 'kms:Decrypt',
    resource: `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    resourceAccount: A,
    policy: 'key',
  },
  {
    action: 'kms:Decrypt',
    resource: `arn:aws:kms:us-east-1:${B}:key/9876fedc-98fe-76dc-54ba-0987654321fe`,
    resourceAccount: B,
    policy: 'key',
  },
];

const ACTION_PATTERNS = [
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  's3:*Object',
  's3:List*',
  's3:PutObject',
  's3:ListAllMyBuckets',
  'iam:*',
  'iam:Get?ole',
  'iam:PassRole',
  'iam:List*',
  'sts:AssumeRole',
  'sts:*',
  'ec2:Describe*',
  'secretsmanager:GetSecretValue',
  'secretsmanager:*',
  'kms:Decrypt',
  'kms:*',
];

const RESOURCE_PATTERNS = [
  '*',
  'arn:aws:s3:::*',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-?',
  'arn:aws:s3:::bucket-?/*',
  'arn:aws:s3:::bucket-a/reports/*',
  'arn:aws:s3:::bucket-a/reports/${aws:username}/*',
  "arn:aws:s3:::bucket-a/reports/${aws:username, 'alice'}/*",
  'arn:aws:s3:::bucket-a/${*}',
  'arn:aws:s3:::bucket-b/*',
  `arn:aws:iam::${A}:role/*`,
  'arn:aws:iam::*:role/*-role',
  `arn:aws:iam::${A}:role/app-*`,
  `arn:aws:iam::${A}:role/admin-role`,
  `arn:aws:iam::${B}:role/partner-role`,
  'arn:aws:iam::${aws:PrincipalAccount}:role/*',
  `arn:aws:iam::${A}:role/\${aws:PrincipalTag/team}-*`,
  `arn:aws:secretsmanager:us-east-1:${A}:secret:db-*`,
  'arn:aws:secretsmanager:*:*:secret:*',
  `arn:aws:kms:us-east-1:${A}:key/*`,
  'arn:aws:kms:*:*:key/*',
];

const RESOURCE_POLICY_PRINCIPALS: unknown[] = [
  '*',
  { AWS: '*' },
  { AWS: `arn:aws:iam::${A}:role/app-role` },
  { AWS: `arn:aws:iam::${A}:user/alice` },
  { AWS: `arn:aws:iam::${B}:role/partner-role` },
  { AWS: `arn:aws:iam::${A}:root` },
  { AWS: `arn:aws:iam::${B}:root` },
  { AWS: A },
  { AWS: `arn:aws:sts::${A}:assumed-role/app-role/task-1` },
  { AWS: [`arn:aws:iam::${A}:role/admin-role`, `arn:aws:iam::${B}:root`] },
  { Service: 'ecs-tasks.amazonaws.com' },
];

/** Condition keys with the values a request may carry and the values a policy may test. */
interface KeySpec {
  key: string;
  family: 'string' | 'arn' | 'numeric' | 'bool' | 'ip' | 'date' | 'multi';
  requestValues: (string | string[])[];
  policyValues: string[];
}

const KEYS: KeySpec[] = [
  {
    key: 'aws:PrincipalTag/team',
    family: 'string',
    requestValues: ['red', 'blue', 'Red'],
    policyValues: ['red', 'Red', 're*', 'blue', 'b?ue', '${aws:username}'],
  },
  {
    key: 'aws:RequestedRegion',
    family: 'string',
    requestValues: ['us-east-1', 'eu-west-1'],
    policyValues: ['us-east-1', 'eu-*', 'US-EAST-1'],
  },
  { key: 'sts:ExternalId', family: 'string', requestValues: ['ext-1', 'ext-2'], policyValues: ['ext-1'] },
  // Data-perimeter and confused-deputy keys. aws:ResourceAccount is always in the request (the
  // resource's account); aws:SourceAccount only sometimes (a service acting for an account).
  {
    key: 'aws:ResourceAccount',
    family: 'string',
    requestValues: [],
    policyValues: [A, B, '${aws:PrincipalAccount}'],
  },
  { key: 'aws:SourceAccount', family: 'string', requestValues: [A, B], policyValues: [A] },
  {
    key: 'aws:PrincipalOrgID',
    family: 'string',
    requestValues: ['o-abc123', 'o-zzz999'],
    policyValues: ['o-abc123'],
  },
  {
    key: 'aws:PrincipalArn',
    family: 'arn',
    requestValues: [],
    policyValues: [
      `arn:aws:iam::${A}:role/app-*`,
      'arn:aws:iam::*:user/*',
      'arn:aws:iam::${aws:PrincipalAccount}:role/*',
      `arn:aws:iam::${B}:role/partner-role`,
    ],
  },
  {
    key: 'aws:MultiFactorAuthAge',
    family: 'numeric',
    requestValues: ['30', '7200'],
    policyValues: ['3600', '60'],
  },
  {
    key: 'aws:MultiFactorAuthPresent',
    family: 'bool',
    requestValues: ['true', 'false'],
    policyValues: ['true', 'false'],
  },
  {
    key: 'aws:SecureTransport',
    family: 'bool',
    requestValues: ['true', 'false'],
    policyValues: ['true', 'false'],
  },
  {
    key: 'aws:SourceIp',
    family: 'ip',
    requestValues: ['10.1.2.3', '192.168.1.10', '203.0.113.5'],
    policyValues: ['10.0.0.0/8', '192.168.1.0/24', '203.0.113.5/32'],
  },
  {
    key: 'aws:CurrentTime',
    family: 'date',
    requestValues: ['2024-06-01T00:00:00Z', '2026-06-01T00:00:00Z'],
    policyValues: ['2025-01-01T00:00:00Z'],
  },
  {
    key: 'aws:ResourceTag/env',
    family: 'string',
    requestValues: ['prod', 'dev'],
    policyValues: ['prod', 'PROD', 'd*', '${aws:PrincipalTag/team}'],
  },
  {
    key: 's3:prefix',
    family: 'string',
    requestValues: ['reports/alice/', 'logs/'],
    policyValues: ['reports/*', '${aws:username}/*', 'logs/'],
  },
  {
    key: 'iam:PassedToService',
    family: 'string',
    requestValues: ['ecs-tasks.amazonaws.com', 'lambda.amazonaws.com'],
    policyValues: ['ecs-tasks.amazonaws.com', '*.amazonaws.com'],
  },
  {
    key: 'aws:CalledVia',
    family: 'multi',
    requestValues: [
      ['cloudformation.amazonaws.com'],
      ['athena.amazonaws.com', 'cloudformation.amazonaws.com'],
    ],
    policyValues: ['cloudformation.amazonaws.com', 'athena.*', '*.amazonaws.com'],
  },
];

const OPERATORS: Record<KeySpec['family'], string[]> = {
  string: [
    'StringEquals',
    'StringNotEquals',
    'StringLike',
    'StringNotLike',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringEqualsIfExists',
    'StringLikeIfExists',
    'StringNotEqualsIfExists',
  ],
  arn: ['ArnLike', 'ArnNotLike', 'ArnEquals', 'StringLike', 'ArnLikeIfExists'],
  numeric: ['NumericLessThan', 'NumericGreaterThanEquals', 'NumericLessThanIfExists'],
  bool: ['Bool', 'BoolIfExists'],
  ip: ['IpAddress', 'NotIpAddress', 'IpAddressIfExists'],
  date: ['DateGreaterThan', 'DateLessThan', 'DateGreaterThanIfExists'],
  multi: [
    'ForAnyValue:StringEquals',
    'ForAnyValue:StringLike',
    'ForAllValues:StringLike',
    'ForAllValues:StringEquals',
  ],
};

// ------------------------------------------------------------------------------- arbitraries

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const oneOrList = (items: readonly string[], max = 2) =>
  fc
    .array(pick(items), { minLength: 1, maxLength: max })
    .map((l) => (l.length === 1 ? l[0] : [...new Set(l)]));

/** One condition entry `{Operator: {key: value(s)}}`, sometimes a Null test. (No `chain`: it
 *  would defeat shrinking.) */
const conditionEntry: fc.Arbitrary<[string, string, string | string[]]> = fc.oneof(
  ...KEYS.map((k) => fc.tuple(pick(OPERATORS[k.family]), fc.constant(k.key), oneOrList(k.policyValues))),
  fc.tuple(fc.constant('Null'), pick(KEYS.map((k) => k.key)), pick(['true', 'false'])),
);

export const condition: fc.Arbitrary<Record<string, Record<string, string | string[]>>> = fc
  .array(conditionEntry, { minLength: 1, maxLength: 2 })
  .map((entries) => {
    const out: Record<string, Record<string, string | string[]>> = {};
    for (const [op, key, value] of entries) (out[op] ??= {})[key] = value;
    return out;
  });

interface StatementOptions {
  effect?: 'Allow' | 'Deny';
  /** Resource-policy statements carry a Principal. */
  principal?: boolean;
  /** Trust policies name no Resource. */
  resource?: boolean;
  /** RCP statements: Principal "*" and Deny. */
  rcp?: boolean;
}

export function statement(o: StatementOptions = {}): fc.Arbitrary<Statement> {
  return fc
    .record({
      effect: o.effect ? fc.constant(o.effect) : fc.constantFrom('Allow', 'Allow', 'Allow', 'Deny'),
      // RCPs allow neither NotAction nor a bare "*" action.
      actions: oneOrList(o.rcp ? ACTION_PATTERNS.filter((a) => a !== '*') : ACTION_PATTERNS, 3),
      notActionFlag: fc.integer({ min: 0, max: 5 }),
      resources: oneOrList(RESOURCE_PATTERNS, 3),
      notResourceFlag: fc.integer({ min: 0, max: 6 }),
      principal: pick(RESOURCE_POLICY_PRINCIPALS),
      condition: fc.option(condition, { freq: 2 }),
    })
    .map((r) => {
      const s: Statement = { Effect: r.effect };
      if (o.principal) s.Principal = o.rcp ? '*' : r.principal;
      s[r.notActionFlag === 0 && !o.rcp ? 'NotAction' : 'Action'] = r.actions;
      if (o.resource !== false) s[r.notResourceFlag === 0 ? 'NotResource' : 'Resource'] = r.resources;
      if (r.condition) s.Condition = r.condition;
      return s;
    });
}

export const doc = (statements: Statement[]): Doc => ({ Version: '2012-10-17', Statement: statements });

export function policy(o: StatementOptions = {}, max = 3): fc.Arbitrary<Doc> {
  return fc.array(statement(o), { minLength: 1, maxLength: max }).map(doc);
}

export const FULL_ACCESS: Doc = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);

/** One organization level: usually FullAWSAccess plus a random policy. */
const scpLevel = fc
  .tuple(fc.integer({ min: 0, max: 4 }), policy({}, 2))
  .map(([full, p]) => (full === 0 ? [p] : [FULL_ACCESS, p]));
const rcpLevel = fc.array(policy({ effect: 'Deny', principal: true, rcp: true }, 2), {
  minLength: 1,
  maxLength: 2,
});

const requestValues = fc.record(
  Object.fromEntries(
    KEYS.filter((k) => k.requestValues.length).map((k) => [
      k.key,
      fc.option(pick(k.requestValues), { freq: 3 }),
    ]),
  ) as Record<string, fc.Arbitrary<string | string[] | null>>,
);

/** The request context: the principal's own keys (AWS always sets them) plus drawn values. */
function contextFor(
  principal: Principal,
  target: Target,
  values: Record<string, string | string[] | null>,
): Context {
  if (principal.kind === 'service' || principal.kind === 'anonymous') {
    const context: Context = { 'aws:ResourceAccount': target.resourceAccount };
    if (principal.kind === 'service') context['aws:PrincipalServiceName'] = principal.arn;
    for (const key of ['aws:SourceIp', 'aws:SecureTransport', 'aws:CurrentTime', 'aws:SourceAccount'])
      if (values[key] != null) context[key] = values[key];
    return context;
  }
  const context: Context = {
    'aws:PrincipalArn': principalArnKey(principal),
    'aws:PrincipalAccount': principal.account,
    'aws:ResourceAccount': target.resourceAccount,
  };
  if (principal.name) context['aws:username'] = principal.name;
  for (const [key, value] of Object.entries(values)) if (value !== null) context[key] = value;
  return context;
}

function delegateToAccount(t: Target): Doc {
  const statement: Statement = {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${t.resourceAccount}:root` },
    Action: t.policy === 'trust' ? 'sts:AssumeRole' : 'kms:*',
  };
  if (t.policy === 'key') statement.Resource = '*';
  return doc([statement]);
}

export interface ScenarioOptions {
  /** Policy types to draw (default: all). */
  boundary?: boolean;
  session?: boolean;
  scps?: boolean;
  rcps?: boolean;
  resourcePolicy?: boolean;
}

export function scenario(o: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const on = (flag: boolean | undefined) => flag !== false;
  return fc
    .record({
      principal: pick(PRINCIPALS),
      target: pick(TARGETS),
      identity: fc.array(policy({ effect: undefined }), { minLength: 0, maxLength: 3 }),
      resourcePolicy: fc.option(policy({ principal: true }), { freq: 2 }),
      trustPolicy: fc.option(policy({ principal: true, resource: false }), { freq: 2 }),
      boundary: on(o.boundary)
        ? fc.option(fc.array(policy(), { minLength: 1, maxLength: 2 }), { freq: 2 })
        : fc.constant(null),
      session: on(o.session) ? fc.option(policy(), { freq: 3 }) : fc.constant(null),
      scps: on(o.scps)
        ? fc.option(fc.array(scpLevel, { minLength: 1, maxLength: 3 }), { freq: 1 })
        : fc.constant(null),
      rcps: on(o.rcps)
        ? fc.option(fc.array(rcpLevel, { minLength: 1, maxLength: 2 }), { freq: 2 })
        : fc.constant(null),
      values: requestValues,
      // Steer a share of the scenarios towards Allow: a statement that grants exactly the request
      // (to the identity, in the resource policy) and permissive boundary/session documents.
      grantIdentity: fc.integer({ min: 0, max: 9 }),
      grantResource: fc.integer({ min: 0, max: 9 }),
      openBoundary: fc.boolean(),
      openSession: fc.boolean(),
    })
    .map((r) => {
      const context = contextFor(r.principal, r.target, r.values);
      const s: Scenario = { principal: r.principal, target: r.target, context, identity: r.identity };
      if (r.target.policy && (on(o.resourcePolicy) || r.target.policy !== 'resource')) {
        const p = r.target.policy === 'trust' ? r.trustPolicy : r.resourcePolicy;
        // Every role has a trust policy and every key a key policy: when none is drawn, the
        // default one that delegates to the owning account.
        if (p) s.resourcePolicy = p;
        else if (r.target.policy !== 'resource') s.resourcePolicy = delegateToAccount(r.target);
      }
      const exact: Statement = { Effect: 'Allow', Action: r.target.action, Resource: r.target.resource };
      if (r.grantIdentity < 6) s.identity = [doc([exact]), ...s.identity];
      if (r.grantResource < 4 && s.resourcePolicy) {
        const named =
          r.principal.kind === 'service' ? { Service: r.principal.arn } : { AWS: r.principal.arn };
        const grant: Statement = { ...exact, Principal: named };
        if (r.target.policy === 'trust') delete grant.Resource;
        s.resourcePolicy = doc([grant, ...s.resourcePolicy.Statement]);
      }
      if (r.principal.kind === 'service' || r.principal.kind === 'anonymous') {
        // A service principal or an anonymous caller has no identity policy, boundary, session
        // policy or SCP.
        s.identity = [];
        if (r.rcps) s.rcps = r.rcps;
        return s;
      }
      if (r.boundary) s.boundary = r.openBoundary ? [FULL_ACCESS, ...r.boundary] : r.boundary;
      // A session policy belongs to a role session.
      if (r.session && r.principal.kind !== 'user')
        s.session = r.openSession ? doc([...FULL_ACCESS.Statement, ...r.session.Statement]) : r.session;
      if (r.scps) s.scps = r.scps;
      if (r.rcps) s.rcps = r.rcps;
      return s;
    });
}

// --------------------------------------------------------------------------- to our engine

/** AWS attaches RCPFullAWSAccess at every level; the simulator adds it itself, we add it here. */
const RCP_FULL_ACCESS: Doc = doc([{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }]);

export function toEvaluationInput(s: Scenario): EvaluationInput {
  return {
    request: {
      principal: s.principal.arn,
      action: s.target.action,
      resource: s.target.resource,
      resourceAccount: s.target.resourceAccount,
      context: s.context,
    },
    identityPolicies: s.identity.map((d, i) => ({ id: `identity-${i}`, document: d })),
    resourcePolicy: s.resourcePolicy,
    permissionBoundaries: s.boundary,
    sessionPolicy: s.session,
    serviceControlPolicies: s.scps?.map((level, i) => ({ id: `scp-level-${i}`, policies: level })),
    resourceControlPolicies: s.rcps?.map((level, i) => ({
      id: `rcp-level-${i}`,
      policies: [RCP_FULL_ACCESS, ...level],
    })),
    unknownKeys: 'strict',
  };
}
