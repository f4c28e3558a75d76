// buildAccessModel over a tiny hand-built snapshot: an organization with an SCP and an RCP, one
// member account with a task role, an admin role, a service-linked role, a user in a group, a
// bucket, a secret and a KMS key. Each question is one the graph builder asks.
import assert from 'node:assert/strict';
import { buildAccessModel } from '../../src/policy/access-model.js';
import type { Account, PolicyDocumentJson, Role, Snapshot } from '../../src/snapshot/types.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../../src/snapshot/types.js';
import { emptyAccount } from '../../src/snapshot/empty-account.js';

const MGMT = '999999999999';
const A = '111111111111';
const EXT = '333333333333';
const doc = (...Statement: Record<string, unknown>[]): PolicyDocumentJson => ({
  Version: '2012-10-17',
  Statement,
});
const APP = `arn:aws:iam::${A}:role/app`;
const ADMIN = `arn:aws:iam::${A}:role/admin`;
const SLR = `arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;
const ALICE = `arn:aws:iam::${A}:user/alice`;
const BUCKET = 'arn:aws:s3:::acme-data';
const SECRET = `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-AbCdEf`;
const KEY = `arn:aws:kms:eu-west-1:${A}:key/k1`;

function role(
  arn: string,
  name: string,
  inline: PolicyDocumentJson[],
  trust: PolicyDocumentJson | null,
  extra: Partial<Role> = {},
): Role {
  return {
    arn,
    name,
    id: `AROA${name.toUpperCase()}`,
    path: '/',
    trustPolicy: trust,
    inlinePolicies: inline.map((document, i) => ({ name: `p${i}`, document })),
    attachedPolicies: [],
    tags: {},
    instanceProfiles: [],
    serviceLinked: false,
    ...extra,
  };
}

function account(id: string, fill: Partial<Account> = {}): Account {
  return { ...emptyAccount(id, { regions: ['eu-west-1'] }), organizationId: 'o-acme', ...fill };
}

function snapshot(): Snapshot {
  const member = account(A, {
    iam: {
      users: [
        {
          arn: ALICE,
          name: 'alice',
          id: 'AIDAALICE',
          path: '/',
          groups: ['devs'],
          inlinePolicies: [],
          attachedPolicies: [],
          tags: {},
        },
      ],
      groups: [
        {
          arn: `arn:aws:iam::${A}:group/devs`,
          name: 'devs',
          id: 'AGPA1',
          path: '/',
          inlinePolicies: [],
          attachedPolicies: [`arn:aws:iam::${A}:policy/dev-s3`],
        },
      ],
      roles: [
        role(
          APP,
          'app',
          [
            doc(
              { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
              {
                Effect: 'Allow',
                Action: ['s3:DeleteBucket', 'secretsmanager:GetSecretValue', 'sts:AssumeRole', 'kms:Decrypt'],
                Resource: '*',
              },
              {
                Effect: 'Allow',
                Action: 's3:PutObject',
                Resource: '*',
                Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
              },
              {
                Effect: 'Allow',
                Action: 's3:DeleteObject',
                Resource: '*',
                Condition: { StringEquals: { 'aws:ResourceTag/owner': 'app' } },
              },
            ),
            { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*' }] },
          ],
          doc({
            Effect: 'Allow',
            Principal: { Service: 'ecs-tasks.amazonaws.com' },
            Action: 'sts:AssumeRole',
          }),
          { tags: { team: 'blue' } },
        ),
        role(
          ADMIN,
          'admin',
          [doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
          doc({ Effect: 'Allow', Principal: { AWS: APP }, Action: 'sts:AssumeRole' }),
        ),
        role(SLR, 'AWSServiceRoleForECS', [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })], null, {
          path: '/aws-service-role/ecs.amazonaws.com/',
          serviceLinked: true,
        }),
      ],
      policies: [
        {
          arn: `arn:aws:iam::${A}:policy/dev-s3`,
          name: 'dev-s3',
          path: '/',
          awsManaged: false,
          defaultVersionId: 'v2',
          versions: [
            {
              versionId: 'v1',
              isDefault: false,
              document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
            },
            {
              versionId: 'v2',
              isDefault: true,
              document: doc({ Effect: 'Allow', Action: 's3:List*', Resource: '*' }),
            },
          ],
          origin: 'dump',
        },
      ],
      instanceProfiles: [],
    },
    s3Buckets: [
      {
        name: 'acme-data',
        arn: BUCKET,
        tags: { owner: 'app' },
        policy: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${EXT}:root` },
          Action: 's3:GetObject',
          Resource: `${BUCKET}/*`,
          Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } },
        }),
      },
    ],
    secrets: [
      {
        arn: SECRET,
        name: 'db',
        region: 'eu-west-1',
        tags: {},
        resourcePolicy: doc({
          Effect: 'Allow',
          Principal: '*',
          Action: 'secretsmanager:GetSecretValue',
          Resource: '*',
        }),
      },
    ],
    kmsKeys: [
      {
        arn: KEY,
        id: 'k1',
        region: 'eu-west-1',
        aliases: [],
        policy: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${A}:root` },
          Action: 'kms:*',
          Resource: '*',
        }),
      },
    ],
  });
  const management = account(MGMT, {
    iam: {
      users: [],
      groups: [],
      roles: [
        role(
          `arn:aws:iam::${MGMT}:role/ops`,
          'ops',
          [doc({ Effect: 'Allow', Action: '*', Resource: '*' })],
          null,
        ),
      ],
      policies: [],
      instanceProfiles: [],
    },
  });
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'blastmap', version: 'test' },
    source: { kind: 'synthetic' },
    dataSources: [],
    organizations: [
      {
        id: 'o-acme',
        managementAccountId: MGMT,
        units: [
          { id: 'r-root', name: 'Root', kind: 'root' },
          { id: 'ou-prod', name: 'prod', kind: 'ou', parentId: 'r-root' },
        ],
        accounts: [
          { id: MGMT, parentId: 'r-root' },
          { id: A, parentId: 'ou-prod' },
        ],
        policies: [
          {
            id: 'p-full',
            name: 'FullAWSAccess',
            type: 'SERVICE_CONTROL_POLICY',
            awsManaged: true,
            targets: ['r-root', 'ou-prod', A, MGMT],
            document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
          },
          {
            id: 'p-nodelete',
            name: 'NoBucketDelete',
            type: 'SERVICE_CONTROL_POLICY',
            awsManaged: false,
            targets: ['ou-prod'],
            document: doc({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }),
          },
          {
            id: 'p-perimeter',
            name: 'OrgOnlySecrets',
            type: 'RESOURCE_CONTROL_POLICY',
            awsManaged: false,
            targets: ['r-root'],
            document: doc({
              Effect: 'Deny',
              Principal: '*',
              Action: 'secretsmanager:*',
              Resource: '*',
              Condition: {
                StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-acme' },
                BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
              },
            }),
          },
        ],
      },
    ],
    accounts: [member, management],
    credentialFindings: [],
    gaps: [],
    diagnostics: [],
  };
}

describe('buildAccessModel over a snapshot', function () {
  const model = buildAccessModel(snapshot());

  it('allows what the role’s identity policy grants, with the inline policy as evidence', function () {
    const d = model.decide({ principal: APP, action: 's3:GetObject', resource: `${BUCKET}/reports/q1.csv` });
    assert.equal(d.outcome, 'Allow');
    assert.equal(d.allowedBy[0].policyId, `${APP}#inline/p0`);
    assert.equal(
      model.decide({ principal: APP, action: 's3:GetObject', resource: 'arn:aws:s3:::other/x' }).outcome,
      'Deny',
    );
  });

  it('applies the SCP of the account’s OU, but not to service-linked roles or the management account', function () {
    const d = model.decide({ principal: APP, action: 's3:DeleteBucket', resource: BUCKET });
    assert.deepEqual([d.outcome, d.blockedBy], ['Deny', ['explicit-deny', 'scp']]);
    assert.equal(d.deniedBy[0].policyId, 'p-nodelete');
    assert.equal(
      model.decide({ principal: SLR, action: 's3:DeleteBucket', resource: BUCKET }).outcome,
      'Allow',
    );
    const own = 'arn:aws:s3:::ops-bucket'; // not in the snapshot: same account as the caller
    assert.equal(
      model.decide({ principal: `arn:aws:iam::${MGMT}:role/ops`, action: 's3:DeleteBucket', resource: own })
        .outcome,
      'Allow',
    );
    assert.equal(model.decide({ principal: APP, action: 's3:DeleteBucket', resource: own }).outcome, 'Deny');
  });

  it('reads trust policies: the named role may assume admin, others may not; ECS may assume the task role', function () {
    assert.equal(
      model.decide({ principal: APP, action: 'sts:AssumeRole', resource: ADMIN }).outcome,
      'Allow',
    );
    const alice = model.decide({ principal: ALICE, action: 'sts:AssumeRole', resource: ADMIN });
    assert.equal(alice.outcome, 'Deny');
    assert.equal(
      model.decide({ principal: 'ecs-tasks.amazonaws.com', action: 'sts:AssumeRole', resource: APP }).outcome,
      'Allow',
    );
    assert.equal(
      model.decide({ principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: APP }).outcome,
      'Deny',
    );
  });

  it('derives principal and resource tags from the snapshot; tags it does not hold stay unknown', function () {
    assert.equal(
      model.decide({ principal: APP, action: 's3:PutObject', resource: `${BUCKET}/x` }).outcome,
      'Allow',
    );
    assert.equal(model.decide({ principal: ADMIN, action: 'iam:ListRoles', resource: '*' }).outcome, 'Allow');
    assert.equal(
      model.decide({ principal: APP, action: 's3:DeleteObject', resource: BUCKET }).outcome,
      'Allow',
      'the bucket is tagged owner=app',
    );
    const object = model.decide({ principal: APP, action: 's3:DeleteObject', resource: `${BUCKET}/x` });
    assert.deepEqual(
      [object.outcome, object.conditionKeys],
      ['Conditional', ['aws:ResourceTag/owner']],
      'object tags are not in the snapshot',
    );
    const secret = model.decide({ principal: APP, action: 's3:DeleteObject', resource: SECRET });
    assert.equal(secret.outcome, 'Deny', 'the secret’s tags are known and lack owner');
  });

  it('answers from the caller’s keys and the principal’s and resource’s cached context layers as from one built context', function () {
    // Two spellings of one given key make the model build one context per request, as it did
    // before the layers; otherwise the layers answer (the caller's keys on top). Every decision
    // must be the same, with and without caller-given keys that override either side.
    const principals = [
      APP,
      ALICE,
      ADMIN,
      SLR,
      `arn:aws:iam::${EXT}:role/partner`,
      '*',
      'ecs-tasks.amazonaws.com',
    ];
    const requests: [string, string][] = [
      ['s3:PutObject', `${BUCKET}/x`],
      ['s3:DeleteObject', BUCKET],
      ['s3:DeleteObject', `${BUCKET}/x`],
      ['s3:DeleteObject', SECRET],
      ['s3:GetObject', `${BUCKET}/x`],
      ['secretsmanager:GetSecretValue', SECRET],
      ['kms:Decrypt', KEY],
      ['sts:AssumeRole', ADMIN],
      ['sts:AssumeRole', APP],
      ['iam:ListRoles', '*'],
    ];
    const givens: (Record<string, string> | undefined)[] = [
      undefined,
      { 'aws:ResourceTag/owner': 'app' },
      { 'aws:resourcetag/OWNER': 'someone-else', 'aws:PrincipalTag/team': 'x' },
      { 'aws:PrincipalOrgID': 'o-other', 'aws:SecureTransport': 'false' },
    ];
    let conditional = 0;
    let changed = 0;
    for (const principal of principals) {
      for (const [action, resource] of requests) {
        const plain = model.decide({ principal, action, resource });
        for (const context of givens) {
          const layered = model.decide({ principal, action, resource, context });
          const built = model.decide({
            principal,
            action,
            resource,
            context: { ...context, 'blastmap:Unused': 'x', 'BLASTMAP:UNUSED': 'x' },
          });
          assert.deepEqual(layered, built, `${principal} ${action} ${resource} ${JSON.stringify(context)}`);
          if (layered.outcome === 'Conditional') conditional++;
          if (layered.outcome !== plain.outcome) changed++;
        }
      }
    }
    assert.ok(conditional >= 3, 'the comparison covers conditions the context decides');
    assert.ok(changed >= 3, 'the comparison covers given keys that change the answer');
  });

  it('answers a bulk question with caller-given keys as one decision per pair', function () {
    const actions = ['s3:DeleteObject', 's3:PutObject', 'sts:AssumeRole', 'kms:Decrypt'];
    const resources = [BUCKET, `${BUCKET}/x`, SECRET, ADMIN, APP, KEY, '*'];
    const contexts: Record<string, string>[] = [
      { 'aws:ResourceTag/owner': 'app' },
      { 'aws:PrincipalOrgID': 'o-other' },
    ];
    for (const context of contexts) {
      for (const principal of [APP, ALICE, `arn:aws:iam::${EXT}:role/partner`]) {
        const bulk = model.allowedActions(principal, actions, resources, context);
        const single = actions.flatMap((action) =>
          resources
            .map((resource) => ({
              action,
              resource,
              decision: model.decide({ principal, action, resource, context }),
            }))
            .filter((e) => e.decision.outcome !== 'Deny'),
        );
        assert.deepEqual(bulk, single, `${principal} ${JSON.stringify(context)}`);
      }
    }
  });

  it('gives a user its groups’ managed policies at their default version', function () {
    assert.equal(
      model.decide({ principal: ALICE, action: 's3:ListBucket', resource: BUCKET }).outcome,
      'Allow',
    );
    assert.equal(
      model.decide({ principal: ALICE, action: 'ec2:RunInstances', resource: '*' }).outcome,
      'Deny',
      'v1 (allow *) is not the default',
    );
  });

  it('KMS: the key policy delegates to the account, so the role’s identity policy decides', function () {
    assert.equal(model.decide({ principal: APP, action: 'kms:Decrypt', resource: KEY }).outcome, 'Allow');
    assert.equal(model.decide({ principal: ALICE, action: 'kms:Decrypt', resource: KEY }).outcome, 'Deny');
  });

  it('supports principals outside the snapshot: conditional external access, RCP perimeter, anonymous', function () {
    const ext = model.decide({
      principal: `arn:aws:iam::${EXT}:role/partner`,
      action: 's3:GetObject',
      resource: `${BUCKET}/x`,
    });
    assert.deepEqual([ext.outcome, ext.conditionKeys], ['Conditional', ['aws:SourceIp']]);
    const partner = model.decide({
      principal: `arn:aws:iam::${EXT}:role/partner`,
      action: 'secretsmanager:GetSecretValue',
      resource: SECRET,
    });
    assert.deepEqual(
      [partner.outcome, partner.conditionKeys],
      ['Conditional', ['aws:PrincipalOrgID']],
      'its organization is not in view',
    );
    assert.equal(partner.deniedBy[0].policyId, 'p-perimeter');
    const anonymous = model.decide({
      principal: '*',
      action: 'secretsmanager:GetSecretValue',
      resource: SECRET,
    });
    assert.deepEqual([anonymous.outcome, anonymous.blockedBy], ['Deny', ['explicit-deny', 'rcp']]);
    assert.equal(
      model.decide({ principal: APP, action: 'secretsmanager:GetSecretValue', resource: SECRET }).outcome,
      'Allow',
    );
    assert.equal(
      model.decide({ principal: '*', action: 's3:GetObject', resource: `${BUCKET}/x` }).outcome,
      'Deny',
    );
  });

  it('governs a request naming more than a secret’s ARN (a set of its versions) by the secret’s policy', function () {
    const partner = `arn:aws:iam::${EXT}:role/partner`;
    const ask = (resource: string) =>
      model.decide({ principal: partner, action: 'secretsmanager:GetSecretValue', resource });
    const secret = ask(SECRET);
    assert.ok(secret.allowedBy.some((ref) => ref.policyId === `${SECRET}#resource-policy`));
    assert.deepEqual(ask(`${SECRET}*`), secret);
    const other = ask(SECRET.replace(':secret:db-', ':secret:other-'));
    assert.equal(other.outcome, 'Deny', 'another secret has no policy in view: across accounts, no grant');
  });

  it('answers the bulk question exactly as decide does, leaving Deny pairs out', function () {
    const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteBucket', 'sts:AssumeRole', 'iam:PassRole'];
    const resources = [BUCKET, `${BUCKET}/a`, ADMIN, SECRET];
    const bulk = model.allowedActions(APP, actions, resources);
    const expected = actions.flatMap((action) =>
      resources.flatMap((resource) => {
        const decision = model.decide({ principal: APP, action, resource });
        return decision.outcome === 'Deny' ? [] : [{ action, resource, decision }];
      }),
    );
    assert.deepEqual(bulk, expected);
    assert.ok(bulk.some((e) => e.action === 'sts:AssumeRole' && e.resource === ADMIN));

    // The visiting form hands out the same pairs, resource by resource.
    const visited: { action: string; resource: string; decision: unknown }[] = [];
    model.forEachAllowed(APP, actions, resources, undefined, (action, resource, decision, actionIndex) => {
      // The action's position is handed out too, for callers that file answers per action.
      assert.equal(actions[actionIndex], action);
      visited.push({ action, resource, decision });
    });
    assert.deepEqual(
      visited,
      resources.flatMap((resource) => expected.filter((e) => e.resource === resource)),
    );
  });

  it('makes a decision Conditional where only a resource policy that was not collected could allow', function () {
    const snap = snapshot();
    snap.accounts[0].kmsKeys.push({ arn: `${KEY}-uncollected`, id: 'k2', region: 'eu-west-1', aliases: [] });
    const partial = buildAccessModel(snap);
    const d = partial.decide({ principal: APP, action: 'kms:Decrypt', resource: `${KEY}-uncollected` });
    assert.deepEqual([d.outcome, d.conditionKeys], ['Conditional', ['blastmap:ResourcePolicyNotCollected']]);
    assert.equal(partial.decide({ principal: APP, action: 'kms:Decrypt', resource: KEY }).outcome, 'Allow');
  });

  it('honours S3 RestrictPublicBuckets: a public bucket policy no longer opens the bucket to outsiders', function () {
    const snap = snapshot();
    const open = doc({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::site/*',
    });
    snap.accounts[0].s3Buckets.push(
      { name: 'site', arn: 'arn:aws:s3:::site', policy: open, publicAccessBlock: null },
      {
        name: 'site2',
        arn: 'arn:aws:s3:::site2',
        policy: doc({
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::site2/*',
        }),
        publicAccessBlock: { RestrictPublicBuckets: true },
      },
    );
    const m = buildAccessModel(snap);
    assert.equal(
      m.decide({ principal: '*', action: 's3:GetObject', resource: 'arn:aws:s3:::site/index.html' }).outcome,
      'Allow',
    );
    assert.equal(
      m.decide({ principal: '*', action: 's3:GetObject', resource: 'arn:aws:s3:::site2/index.html' }).outcome,
      'Deny',
    );
    assert.equal(
      m.decide({ principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::site2/index.html' })
        .outcome,
      'Allow',
      'principals of the owner account still get the public grant',
    );
  });

  it('reports a bad policy as a diagnostic naming it, and the rest of the model still works', function () {
    const bad = model.diagnostics.find((d) => d.policy === `${APP}#inline/p1`);
    assert.ok(bad, 'the inline policy without Resource is reported');
    assert.equal(bad.statement, 0);
    assert.match(model.catalogVersion, /^\d+\./);
    assert.ok(model.expandAction('sts:AssumeRole*').includes('sts:AssumeRoleWithSAML'));
  });
});
