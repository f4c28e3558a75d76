// One scenario per evaluation rule: each test fails if its rule is removed from the engine.
import assert from 'node:assert/strict';
import type { EvaluationInput } from '../../src/policy/api.js';
import type { PolicyDocumentJson } from '../../src/snapshot/types.js';
import { evaluate } from '../../src/policy/evaluate.js';

const A = '111111111111';
const B = '222222222222';
const USER = `arn:aws:iam::${A}:user/alice`;
const ROLE = `arn:aws:iam::${A}:role/app`;
const SESSION = `arn:aws:sts::${A}:assumed-role/app/task-1`;
const OBJECT = 'arn:aws:s3:::data/report.csv';

type Stmt = Record<string, unknown>;
const doc = (...Statement: Stmt[]): PolicyDocumentJson => ({ Version: '2012-10-17', Statement });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Stmt = {}): Stmt => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...extra,
});
const deny = (Action: string | string[], Resource: string | string[] = '*', extra: Stmt = {}): Stmt => ({
  Effect: 'Deny',
  Action,
  Resource,
  ...extra,
});
const grant = (principal: unknown, Action: string, Resource: string, extra: Stmt = {}): Stmt => ({
  Effect: 'Allow',
  Principal: principal,
  Action,
  Resource,
  ...extra,
});

function run(
  principal: string,
  action: string,
  resource: string,
  rest: Omit<EvaluationInput, 'request'> = {},
  request: Partial<EvaluationInput['request']> = {},
) {
  return evaluate({ request: { principal, action, resource, resourceAccount: A, ...request }, ...rest });
}

describe('evaluate: AWS policy evaluation logic, gate by gate', function () {
  describe('identity policies', function () {
    it('allow when an identity policy allows, implicitly deny otherwise, with evidence', function () {
      const d = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [{ id: 'p', document: doc(allow('s3:GetObject', 'arn:aws:s3:::data/*')) }],
      });
      assert.equal(d.outcome, 'Allow');
      assert.deepEqual(
        d.allowedBy.map((r) => [r.policyId, r.statement]),
        [['p', 0]],
      );
      const none = run(USER, 's3:PutObject', OBJECT, { identityPolicies: [doc(allow('s3:GetObject', '*'))] });
      assert.deepEqual([none.outcome, none.blockedBy], ['Deny', ['identity']]);
    });

    it('an explicit deny anywhere wins over any allow', function () {
      const d = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [doc(allow('*')), doc(deny('s3:*', 'arn:aws:s3:::data/*'))],
        resourcePolicy: doc(grant({ AWS: USER }, 's3:GetObject', OBJECT)),
      });
      assert.deepEqual([d.outcome, d.blockedBy], ['Deny', ['explicit-deny', 'identity']]);
      assert.equal(d.deniedBy[0].policyType, 'identity');
    });

    it('NotAction allows everything else; NotResource allows everywhere else', function () {
      const policies = {
        identityPolicies: [
          doc(allow('*'), {
            Effect: 'Deny',
            NotAction: ['s3:GetObject'],
            NotResource: 'arn:aws:s3:::data/public/*',
          }),
        ],
      };
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, policies).outcome,
        'Allow',
        'NotAction spares GetObject',
      );
      assert.equal(run(USER, 's3:PutObject', OBJECT, policies).outcome, 'Deny');
      assert.equal(
        run(USER, 's3:PutObject', 'arn:aws:s3:::data/public/x', policies).outcome,
        'Allow',
        'NotResource spares public/',
      );
    });

    it('wildcard-only actions are matched only by statements whose Resource covers "*"', function () {
      const scoped = run(USER, 's3:ListAllMyBuckets', '*', {
        identityPolicies: [doc(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*'))],
      });
      assert.equal(scoped.outcome, 'Deny');
      const star = run(USER, 's3:ListAllMyBuckets', '*', { identityPolicies: [doc(allow('s3:*', '*'))] });
      assert.equal(star.outcome, 'Allow');
    });

    it('resolves policy variables from the request context', function () {
      const p = {
        identityPolicies: [doc(allow('s3:GetObject', 'arn:aws:s3:::data/home/${aws:username}/*'))],
      };
      assert.equal(
        run(USER, 's3:GetObject', 'arn:aws:s3:::data/home/alice/x', p, {
          context: { 'aws:username': 'alice' },
        }).outcome,
        'Allow',
      );
      assert.equal(
        run(USER, 's3:GetObject', 'arn:aws:s3:::data/home/bob/x', p, { context: { 'aws:username': 'alice' } })
          .outcome,
        'Deny',
      );
      assert.equal(
        run(USER, 's3:GetObject', 'arn:aws:s3:::data/home/alice/x', p).outcome,
        'Deny',
        'unresolvable variable never matches',
      );
      const notResource = {
        identityPolicies: [
          doc(allow('s3:*'), {
            Effect: 'Deny',
            Action: 's3:*',
            NotResource: 'arn:aws:s3:::data/home/${aws:username}/*',
          }),
        ],
      };
      assert.equal(
        run(SESSION, 's3:GetObject', 'arn:aws:s3:::data/home/alice/x', notResource).outcome,
        'Allow',
        'an unresolvable NotResource keeps the Deny from applying',
      );
      assert.equal(
        run(SESSION, 's3:GetObject', OBJECT, notResource).outcome,
        'Deny',
        'outside data/home/ whatever the user name: the Deny applies',
      );
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, notResource, { context: { 'aws:username': 'alice' } }).outcome,
        'Deny',
      );
      const otherBucket = {
        identityPolicies: [
          doc(allow('*'), {
            Effect: 'Deny',
            Action: '*',
            NotResource: 'arn:aws:s3:::data/home/${aws:username}/*',
          }),
        ],
      };
      assert.equal(
        run(SESSION, 'sqs:SendMessage', `arn:aws:sqs:eu-west-1:${A}:q`, otherBucket).outcome,
        'Deny',
        'a NotResource pattern of another service excludes nothing, variable or not',
      );
      const negated = {
        identityPolicies: [
          doc(
            allow('s3:*'),
            deny('s3:*', '*', {
              Condition: { StringNotEquals: { 'aws:PrincipalTag/team': '${aws:username}' } },
            }),
          ),
        ],
      };
      assert.equal(
        run(SESSION, 's3:GetObject', OBJECT, negated, { context: { 'aws:PrincipalTag/team': 'blue' } })
          .outcome,
        'Allow',
        'a negated condition on an unresolvable value fails',
      );
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, negated, {
          context: { 'aws:PrincipalTag/team': 'blue', 'aws:username': 'alice' },
        }).outcome,
        'Deny',
      );
    });

    it('a bad policy grants nothing but its readable Deny still counts, and the others still work', function () {
      const d = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [
          doc(allow('s3:*')),
          {
            id: 'bad',
            document: {
              Version: '2012-10-17',
              Statement: [allow('*', '*', { Bogus: 1 }), deny('s3:GetObject')],
            },
          },
        ],
      });
      assert.deepEqual([d.outcome, d.blockedBy], ['Deny', ['explicit-deny', 'identity']]);
      assert.equal(d.diagnostics?.[0].policy, 'bad');
      const onlyBad = run(USER, 's3:PutObject', OBJECT, {
        identityPolicies: [
          {
            id: 'bad',
            document: {
              Version: '2012-10-17',
              Statement: [allow('*', '*', { Bogus: 1 }), deny('s3:GetObject')],
            },
          },
        ],
      });
      assert.equal(onlyBad.outcome, 'Deny', 'the Allow of a bad policy grants nothing');
      const typo = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [{ id: 'typo', document: doc(allow('s3:GetObjekt')) }],
      });
      assert.equal(typo.outcome, 'Deny');
      assert.match(typo.diagnostics?.[0].message ?? '', /matches no action in the catalog/);
    });
  });

  describe('resource-based policies', function () {
    it('same account: a statement naming the principal ARN allows without identity policy', function () {
      const d = run(USER, 's3:GetObject', OBJECT, {
        resourcePolicy: doc(grant({ AWS: USER }, 's3:GetObject', OBJECT)),
      });
      assert.equal(d.outcome, 'Allow');
      assert.equal(d.allowedBy[0].policyType, 'resource');
    });

    it('same account: a grant to the account root only delegates to identity policies', function () {
      const rp = doc(grant({ AWS: `arn:aws:iam::${A}:root` }, 's3:GetObject', OBJECT));
      assert.equal(run(USER, 's3:GetObject', OBJECT, { resourcePolicy: rp }).outcome, 'Deny');
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, { resourcePolicy: doc(grant({ AWS: A }, 's3:GetObject', OBJECT)) })
          .outcome,
        'Deny',
      );
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, {
          resourcePolicy: rp,
          identityPolicies: [doc(allow('s3:GetObject'))],
        }).outcome,
        'Allow',
      );
    });

    it('cross account: both the identity side and the resource side must allow', function () {
      const other = `arn:aws:iam::${B}:user/bob`;
      const rp = doc(grant({ AWS: B }, 's3:GetObject', OBJECT));
      const idp = [doc(allow('s3:GetObject'))];
      assert.equal(run(other, 's3:GetObject', OBJECT, { resourcePolicy: rp }).outcome, 'Deny');
      assert.equal(run(other, 's3:GetObject', OBJECT, { identityPolicies: idp }).outcome, 'Deny');
      const both = run(other, 's3:GetObject', OBJECT, { identityPolicies: idp, resourcePolicy: rp });
      assert.equal(both.outcome, 'Allow');
      const direct = run(other, 's3:GetObject', OBJECT, {
        resourcePolicy: doc(grant({ AWS: other }, 's3:GetObject', OBJECT)),
      });
      assert.deepEqual(
        [direct.outcome, direct.blockedBy],
        ['Deny', ['identity']],
        'naming the principal is not enough across accounts',
      );
    });

    it('NotPrincipal applies to everyone not named; Deny+NotPrincipal always hits a principal with a boundary', function () {
      const rp = doc(deny('s3:*', '*', { Principal: undefined, NotPrincipal: { AWS: USER } }));
      const base = { identityPolicies: [doc(allow('s3:*'))], resourcePolicy: rp };
      assert.equal(run(USER, 's3:GetObject', OBJECT, base).outcome, 'Allow');
      assert.equal(run(`arn:aws:iam::${A}:user/eve`, 's3:GetObject', OBJECT, base).outcome, 'Deny');
      const bounded = run(USER, 's3:GetObject', OBJECT, { ...base, permissionBoundaries: [doc(allow('*'))] });
      assert.deepEqual([bounded.outcome, bounded.blockedBy], ['Deny', ['explicit-deny', 'resource']]);
    });

    it('anonymous and service principals are allowed only by a resource policy that names them', function () {
      const open = doc(grant('*', 's3:GetObject', OBJECT));
      assert.equal(run('*', 's3:GetObject', OBJECT, { resourcePolicy: open }).outcome, 'Allow');
      assert.equal(
        run('*', 's3:GetObject', OBJECT, { resourcePolicy: doc(grant({ AWS: A }, 's3:GetObject', OBJECT)) })
          .outcome,
        'Deny',
      );
      const fn = `arn:aws:lambda:eu-west-1:${A}:function:f`;
      const lp = doc(grant({ Service: 's3.amazonaws.com' }, 'lambda:InvokeFunction', fn));
      assert.equal(
        run('s3.amazonaws.com', 'lambda:InvokeFunction', fn, { resourcePolicy: lp }).outcome,
        'Allow',
      );
      assert.equal(
        run('sns.amazonaws.com', 'lambda:InvokeFunction', fn, { resourcePolicy: lp }).outcome,
        'Deny',
      );
    });
  });

  describe('trust and key policies must allow even in one account', function () {
    const target = `arn:aws:iam::${A}:role/admin`;
    it('sts:AssumeRole: identity allow alone is not enough; a trust naming the account delegates', function () {
      const idp = [doc(allow('sts:AssumeRole', target))];
      const none = run(ROLE, 'sts:AssumeRole', target, {
        identityPolicies: idp,
        resourcePolicy: doc(grant({ Service: 'ec2.amazonaws.com' }, 'sts:AssumeRole', '*')),
      });
      assert.deepEqual([none.outcome, none.blockedBy], ['Deny', ['resource']]);
      const trustAccount = { AWS: `arn:aws:iam::${A}:root` };
      const trust = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: trustAccount, Action: 'sts:AssumeRole' }],
      };
      assert.equal(
        run(ROLE, 'sts:AssumeRole', target, { identityPolicies: idp, resourcePolicy: trust }).outcome,
        'Allow',
      );
      assert.equal(
        run(ROLE, 'sts:AssumeRole', target, { resourcePolicy: trust }).outcome,
        'Deny',
        'account trust still needs identity',
      );
    });

    it('KMS: the key policy must allow; granting the account lets IAM policies work', function () {
      const key = `arn:aws:kms:eu-west-1:${A}:key/1234`;
      const idp = [doc(allow('kms:Decrypt'))];
      assert.equal(run(USER, 'kms:Decrypt', key, { identityPolicies: idp }).outcome, 'Deny');
      const rootKey = doc(grant({ AWS: `arn:aws:iam::${A}:root` }, 'kms:*', '*'));
      assert.equal(
        run(USER, 'kms:Decrypt', key, { identityPolicies: idp, resourcePolicy: rootKey }).outcome,
        'Allow',
      );
      assert.equal(
        run(USER, 'kms:Decrypt', key, { resourcePolicy: doc(grant({ AWS: USER }, 'kms:Decrypt', '*')) })
          .outcome,
        'Allow',
      );
    });
  });

  describe('boundaries and session policies intersect', function () {
    it('a boundary cuts identity permissions but not a resource grant to the user itself', function () {
      const pb = [doc(allow('ec2:*'))];
      const cut = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [doc(allow('s3:*'))],
        permissionBoundaries: pb,
      });
      assert.deepEqual([cut.outcome, cut.blockedBy], ['Deny', ['boundary']]);
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, {
          identityPolicies: [doc(allow('s3:*'))],
          permissionBoundaries: [doc(allow('s3:*'))],
        }).outcome,
        'Allow',
      );
      const direct = run(USER, 's3:GetObject', OBJECT, {
        permissionBoundaries: pb,
        resourcePolicy: doc(grant({ AWS: USER }, 's3:GetObject', OBJECT)),
      });
      assert.equal(direct.outcome, 'Allow');
    });

    it('names as evidence only the statements that carry the grant, the granting side first', function () {
      const idStatement = { id: 'identity-p', document: doc(allow('s3:*')) };
      const viaResource = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [idStatement],
        permissionBoundaries: [{ id: 'pb', document: doc(allow('ec2:*')) }],
        resourcePolicy: { id: 'bucket', document: doc(grant({ AWS: USER }, 's3:GetObject', OBJECT)) },
      });
      assert.deepEqual(
        viaResource.allowedBy.map((r) => r.policyId),
        ['bucket'],
        'the identity grant is cut by the boundary',
      );
      const viaIdentity = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [idStatement],
        resourcePolicy: { id: 'bucket', document: doc(grant({ AWS: A }, 's3:GetObject', OBJECT)) },
      });
      assert.deepEqual(
        viaIdentity.allowedBy.map((r) => r.policyId),
        ['identity-p'],
        'an account grant only delegates',
      );
    });

    it('a grant to the role ARN is cut by the boundary for its sessions; a grant to the session ARN is not', function () {
      const pb = [doc(allow('ec2:*'))];
      const viaRole = run(SESSION, 's3:GetObject', OBJECT, {
        permissionBoundaries: pb,
        resourcePolicy: doc(grant({ AWS: ROLE }, 's3:GetObject', OBJECT)),
      });
      assert.deepEqual([viaRole.outcome, viaRole.blockedBy], ['Deny', ['boundary']]);
      const viaSession = run(SESSION, 's3:GetObject', OBJECT, {
        permissionBoundaries: pb,
        resourcePolicy: doc(grant({ AWS: SESSION }, 's3:GetObject', OBJECT)),
      });
      assert.equal(viaSession.outcome, 'Allow');
    });

    it('a session policy must also allow', function () {
      const base = { identityPolicies: [doc(allow('s3:*'))] };
      assert.equal(
        run(SESSION, 's3:GetObject', OBJECT, { ...base, sessionPolicy: doc(allow('s3:GetObject')) }).outcome,
        'Allow',
      );
      const cut = run(SESSION, 's3:PutObject', OBJECT, {
        ...base,
        sessionPolicy: doc(allow('s3:GetObject')),
      });
      assert.deepEqual([cut.outcome, cut.blockedBy], ['Deny', ['session']]);
      const allowAll = run(SESSION, 's3:GetObject', OBJECT, { sessionPolicy: doc(allow('*')) });
      assert.equal(allowAll.outcome, 'Deny', 'a session policy never grants by itself');
    });
  });

  describe('organization policies', function () {
    const idp = [doc(allow('*'))];
    it('SCPs: every level from the root down must allow; a Deny at any level wins', function () {
      const levels = [
        { id: 'r-root', policies: [doc(allow('*'))] },
        { id: 'ou-1', policies: [doc(allow('s3:*'))] },
        { id: A, policies: [doc(allow('*'))] },
      ];
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, { identityPolicies: idp, serviceControlPolicies: levels }).outcome,
        'Allow',
      );
      const ec2 = run(USER, 'ec2:RunInstances', '*', {
        identityPolicies: idp,
        serviceControlPolicies: levels,
      });
      assert.deepEqual([ec2.outcome, ec2.blockedBy], ['Deny', ['scp']]);
      const denied = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: idp,
        serviceControlPolicies: [
          ...levels,
          { id: 'extra', policies: [doc(allow('*'), deny('s3:GetObject'))] },
        ],
      });
      assert.deepEqual([denied.outcome, denied.blockedBy], ['Deny', ['explicit-deny', 'scp']]);
    });

    it('SCPs do not apply to the management account, service-linked roles, or non-IAM callers', function () {
      const scp = [{ id: 'r-root', policies: [doc(deny('*'))] }];
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, { identityPolicies: idp, serviceControlPolicies: scp }).outcome,
        'Deny',
      );
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, {
          identityPolicies: idp,
          serviceControlPolicies: scp,
          principalExemptFromScps: true,
        }).outcome,
        'Allow',
      );
      const open = doc(grant('*', 's3:GetObject', OBJECT));
      assert.equal(
        run('*', 's3:GetObject', OBJECT, { resourcePolicy: open, serviceControlPolicies: scp }).outcome,
        'Allow',
      );
    });

    it('RCPs: their Denies bite any caller, even the bucket owner’s own users and anonymous', function () {
      const rcp = [
        { id: 'r-root', policies: [doc(grant('*', '*', '*')), doc(deny('s3:*', '*', { Principal: '*' }))] },
      ];
      const d = run(USER, 's3:GetObject', OBJECT, { identityPolicies: idp, resourceControlPolicies: rcp });
      assert.deepEqual([d.outcome, d.blockedBy], ['Deny', ['explicit-deny', 'rcp']]);
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, {
          identityPolicies: idp,
          resourceControlPolicies: rcp,
          resourceExemptFromRcps: true,
        }).outcome,
        'Allow',
      );
      assert.equal(
        run(USER, 'ec2:RunInstances', '*', { identityPolicies: idp, resourceControlPolicies: rcp }).outcome,
        'Allow',
        'EC2 is not governed by RCPs',
      );
    });
  });

  describe('three-valued conditions (discovery)', function () {
    it('an unknown condition on an Allow makes the decision Conditional, naming the key', function () {
      const d = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [
          doc(allow('s3:*', '*', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })),
        ],
        unknownKeys: 'discovery',
      });
      assert.deepEqual([d.outcome, d.conditionKeys], ['Conditional', ['aws:SourceIp']]);
      const strict = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [
          doc(allow('s3:*', '*', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })),
        ],
      });
      assert.equal(strict.outcome, 'Deny', 'strict: a key not given is absent');
    });

    it('an unknown condition on a Deny keeps an Allow from looking unconditional', function () {
      const d = run(USER, 's3:GetObject', OBJECT, {
        identityPolicies: [
          doc(
            allow('s3:*'),
            deny('s3:*', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
          ),
        ],
        unknownKeys: 'discovery',
      });
      assert.deepEqual([d.outcome, d.conditionKeys], ['Conditional', ['aws:MultiFactorAuthPresent']]);
      assert.equal(d.deniedBy.length, 1, 'the Deny that may apply is named');
    });

    it('a definite implicit deny stays Deny whatever unknown Denies say', function () {
      const d = run(USER, 's3:PutObject', OBJECT, {
        identityPolicies: [
          doc(
            allow('s3:GetObject'),
            deny('s3:*', '*', { Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ),
        ],
        unknownKeys: 'discovery',
      });
      assert.equal(d.outcome, 'Deny');
    });

    it('known-absent keys decide even in discovery', function () {
      const p = {
        identityPolicies: [
          doc(allow('s3:*', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } })),
        ],
        unknownKeys: 'discovery' as const,
      };
      assert.equal(
        run(USER, 's3:GetObject', OBJECT, { ...p, knownAbsentKeys: [/^aws:principaltag\//i] }).outcome,
        'Deny',
      );
      assert.equal(run(USER, 's3:GetObject', OBJECT, p).outcome, 'Conditional');
    });
  });

  describe('per-service rules', function () {
    it('AWS-managed policies and reserved roles are immutable; sts:GetCallerIdentity always works', function () {
      const idp = [doc(allow('*'))];
      assert.equal(
        run(USER, 'iam:CreatePolicyVersion', 'arn:aws:iam::aws:policy/AdministratorAccess', {
          identityPolicies: idp,
        }).outcome,
        'Deny',
      );
      assert.equal(
        run(USER, 'iam:GetPolicy', 'arn:aws:iam::aws:policy/AdministratorAccess', { identityPolicies: idp })
          .outcome,
        'Allow',
      );
      assert.equal(
        run(USER, 'iam:PutRolePolicy', `arn:aws:iam::${A}:role/aws-reserved/sso.amazonaws.com/X`, {
          identityPolicies: idp,
        }).outcome,
        'Deny',
      );
      assert.equal(
        run(USER, 'sts:GetCallerIdentity', '*', { identityPolicies: [doc(deny('*'))] }).outcome,
        'Allow',
      );
    });
  });
});
