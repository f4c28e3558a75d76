// The bulk question reuses work between the pairs it decides (sets planned per action, results by
// which statements matched, the previous resource's decision, one shared Allow per evidence list).
// None of it may change an answer: on a seeded synthetic account, with and without an organization
// (SCPs and RCPs, some with conditions), every pair the bulk question hands out is the decision a
// single `decide` gives, and the Deny pairs are exactly the ones it leaves out.
import assert from 'node:assert/strict';
import { generateSyntheticSnapshot, MAIN_ACCOUNT, PARTNER_ACCOUNT } from '../../bench/synthetic/generate.js';
import { buildAccessModel } from '../../src/policy/access-model.js';
import type { ContextValue, Decision } from '../../src/policy/api.js';
import type { Snapshot } from '../../src/snapshot/types.js';

const ACTIONS = [
  's3:GetObject',
  's3:ListBucket',
  's3:PutObject',
  's3:PutBucketPolicy',
  'sts:AssumeRole',
  'sts:GetCallerIdentity',
  'iam:PassRole',
  'iam:AttachRolePolicy',
  'kms:Decrypt',
  'secretsmanager:GetSecretValue',
  'lambda:InvokeFunctionUrl',
  'ssm:GetParameter',
  'ecs:RunTask',
];

function withOrganization(snapshot: Snapshot): Snapshot {
  const allowAll = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  return {
    ...snapshot,
    organizations: [
      {
        id: 'o-synthetic',
        managementAccountId: '100000000999',
        units: [
          { id: 'r-root', name: 'Root', kind: 'root' },
          { id: 'ou-apps', name: 'apps', kind: 'ou', parentId: 'r-root' },
        ],
        accounts: [
          { id: MAIN_ACCOUNT, parentId: 'ou-apps' },
          { id: PARTNER_ACCOUNT, parentId: 'r-root' },
        ],
        policies: [
          {
            id: 'p-full',
            name: 'FullAWSAccess',
            type: 'SERVICE_CONTROL_POLICY',
            awsManaged: true,
            document: allowAll,
            targets: ['r-root', 'ou-apps', MAIN_ACCOUNT, PARTNER_ACCOUNT],
          },
          {
            id: 'p-guard',
            name: 'guard',
            type: 'SERVICE_CONTROL_POLICY',
            awsManaged: false,
            document: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Deny', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::*-s1-*' },
                {
                  Effect: 'Deny',
                  Action: 'iam:*',
                  Resource: '*',
                  Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'team0' } },
                },
              ],
            },
            targets: ['ou-apps'],
          },
          {
            id: 'p-perimeter',
            name: 'perimeter',
            type: 'RESOURCE_CONTROL_POLICY',
            awsManaged: false,
            document: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Deny',
                  Principal: '*',
                  Action: ['s3:*', 'secretsmanager:*'],
                  Resource: '*',
                  Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-synthetic' } },
                },
              ],
            },
            targets: ['ou-apps'],
          },
        ],
      },
    ],
  };
}

/** Some of every kind of resource the graph asks about, object sets (`bucket/*`) and `*` too. */
function sampleResources(snapshot: Snapshot): string[] {
  const out: string[] = ['*'];
  for (const account of snapshot.accounts) {
    const every = <T>(list: T[], step: number) => list.filter((_x, i) => i % step === 0);
    for (const b of every(account.s3Buckets, 3)) out.push(b.arn, `${b.arn}/*`, `${b.arn}/reports/q1.csv`);
    out.push(...every(account.iam.roles, 12).map((r) => r.arn));
    out.push(...every(account.secrets, 4).map((s) => s.arn));
    out.push(...every(account.kmsKeys, 2).map((k) => k.arn));
    out.push(...every(account.lambda, 3).map((f) => f.arn));
    out.push(...every(account.ssmParameters, 5).map((p) => p.arn));
  }
  return out;
}

function samplePrincipals(snapshot: Snapshot): string[] {
  const main = snapshot.accounts.find((a) => a.id === MAIN_ACCOUNT)!;
  return [
    // Every broad role (they carry the wildcard statements) and a spread of the others.
    ...main.iam.roles.filter(
      (r, i) => i % 9 === 0 || r.inlinePolicies.some((p) => /"\*"/.test(JSON.stringify(p.document))),
    ),
    ...main.iam.users.slice(0, 2),
  ]
    .map((p) => p.arn)
    .concat(['*', 'ecs-tasks.amazonaws.com', `arn:aws:iam::${PARTNER_ACCOUNT}:root`]);
}

function checkBulkAgainstDecide(
  snapshot: Snapshot,
  context?: Record<string, ContextValue>,
  lists: string[][] = [sampleResources(snapshot)],
): number {
  const model = buildAccessModel(snapshot);
  let pairs = 0;
  for (const [principal, resources] of samplePrincipals(snapshot).flatMap((p) =>
    lists.map((list) => [p, list] as const),
  )) {
    const visited: { action: string; resource: string; decision: Decision }[] = [];
    model.forEachAllowed(principal, ACTIONS, resources, context, (action, resource, decision) =>
      visited.push({ action, resource, decision }),
    );
    const expected = resources.flatMap((resource) =>
      ACTIONS.flatMap((action) => {
        const decision = model.decide({ principal, action, resource, context });
        return decision.outcome === 'Deny' ? [] : [{ action, resource, decision }];
      }),
    );
    assert.deepEqual(visited, expected, `bulk and decide differ for ${principal}`);
    // Shared decisions are read-only, and one Allow per evidence list.
    const allows = new Map<string, Decision>();
    for (const { decision } of visited) {
      assert.ok(
        Object.isFrozen(decision) && Object.isFrozen(decision.allowedBy),
        'a bulk decision is frozen',
      );
      if (decision.outcome !== 'Allow') continue;
      const key = JSON.stringify(decision);
      const seen = allows.get(key);
      if (seen) assert.equal(decision, seen, 'equal Allow decisions are one object');
      else allows.set(key, decision);
    }
    pairs += visited.length;
  }
  return pairs;
}

describe('bulk questions reuse work without changing an answer', function () {
  this.timeout(120_000);
  const snapshot = generateSyntheticSnapshot({ roles: 160, taskDefinitions: 30, resources: 700, seed: 7 });

  it('hands out exactly the decisions decide gives, leaving Deny pairs out', function () {
    const pairs = checkBulkAgainstDecide(snapshot);
    assert.ok(pairs > 1000, `the sample exercises many allowed pairs (${pairs})`);
  });

  it('agrees with decide under SCPs and RCPs, some with conditions', function () {
    assert.ok(checkBulkAgainstDecide(withOrganization(snapshot)) > 1000);
  });

  it('reuses the lookups of a long resource list only for the very same list', function () {
    // Same length, first and last ARN as the sample, other ARNs in between (in another order):
    // the access model keeps long lists' lookups, and must not hand this list the sample's.
    const sample = sampleResources(snapshot);
    assert.ok(sample.length >= 128, `the sample is a long list (${sample.length})`);
    const shuffled = [sample[0], ...sample.slice(1, -1).reverse(), sample[sample.length - 1]];
    assert.ok(checkBulkAgainstDecide(snapshot, undefined, [sample, shuffled, sample]) > 3000);
  });

  it('agrees with decide when the caller gives context keys', function () {
    const context = { 'kms:ViaService': 's3.eu-west-1.amazonaws.com', 'aws:SourceVpc': 'vpc-0abc' };
    assert.ok(checkBulkAgainstDecide(withOrganization(snapshot), context) > 1000);
  });
});
