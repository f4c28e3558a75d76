// Group A and the IAM rows of group B: each technique fires on a minimal account, and stays silent on
// its near-misses (wrong resource, explicit deny, SCP, boundary, precondition not met).
import { strict as assert } from 'node:assert';
import { edgesOf, graphOf, step, steps } from '../../support/attack-graph.js';
import { SnapshotBuilder, allow, deny, doc, trustAws } from '../../support/snapshot-builder.js';

const ACCT = '111111111111';
const ADMIN = `admin:${ACCT}`;
const adminDoc = doc(allow('*'));

function account() {
  const b = new SnapshotBuilder();
  return { b, a: b.account(ACCT) };
}

describe('graph techniques: IAM (groups A and B)', () => {
  describe('iam-put-role-policy-self', () => {
    it('a task role allowed PutRolePolicy on itself becomes admin, with the statement as evidence', () => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [doc(allow('iam:PutRolePolicy', `arn:aws:iam::${ACCT}:role/app`))],
      });
      const e = step(graphOf(b), role, ADMIN, 'iam-put-role-policy-self');
      assert.equal(e.type, 'CAN_ADMINISTER');
      assert.equal(e.access, 'admin');
      assert.equal(e.conditional, false);
      assert.deepEqual(
        e.evidence.map((x) => [x.action, x.resource, x.statements[0]?.policyId, x.statements[0]?.statement]),
        [['iam:PutRolePolicy', role, `${role}#inline/inline-0`, 0]],
      );
    });
    it('is silent when the permission names another role', () => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [doc(allow('iam:PutRolePolicy', `arn:aws:iam::${ACCT}:role/other`))],
      });
      assert.deepEqual(steps(graphOf(b), role, ADMIN, 'iam-put-role-policy-self'), []);
    });
    it('is silent under an explicit deny, an SCP deny, or a boundary without it', () => {
      const explicit = account();
      const r1 = explicit.a.role('app', {
        inline: [doc(allow('iam:PutRolePolicy')), doc(deny('iam:PutRolePolicy'))],
      });
      assert.deepEqual(steps(graphOf(explicit.b), r1, ADMIN, 'iam-put-role-policy-self'), []);

      const scp = account();
      const r2 = scp.a.role('app', { inline: [doc(allow('iam:PutRolePolicy'))] });
      scp.b.scp(doc(deny('iam:*')));
      assert.deepEqual(steps(graphOf(scp.b), r2, ADMIN, 'iam-put-role-policy-self'), []);

      const bounded = account();
      const boundary = bounded.a.policy('boundary', doc(allow('s3:*')));
      const r3 = bounded.a.role('app', { inline: [doc(allow('iam:PutRolePolicy'))], boundary });
      assert.deepEqual(steps(graphOf(bounded.b), r3, ADMIN, 'iam-put-role-policy-self'), []);
    });
    it('an unresolved condition gives a conditional edge naming the key', () => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [doc(allow('iam:PutRolePolicy', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))],
      });
      const e = step(graphOf(b), role, ADMIN, 'iam-put-role-policy-self');
      assert.equal(e.conditional, true);
      assert.deepEqual(
        e.conditionKeys.map((k) => k.toLowerCase()),
        ['aws:sourceip'],
      );
    });
    it('a user never uses the role variant', () => {
      const { b, a } = account();
      const user = a.user('u', { inline: [doc(allow('iam:PutRolePolicy'))] });
      assert.deepEqual(steps(graphOf(b), user, ADMIN, 'iam-put-role-policy-self'), []);
    });
  });

  describe('iam-attach-role-policy-self / iam-put-user-policy-self / iam-attach-user-policy-self', () => {
    it('each fires for the matching kind of caller only', () => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [doc(allow('iam:AttachRolePolicy', `arn:aws:iam::${ACCT}:role/app`))],
      });
      const putter = a.user('putter', {
        inline: [doc(allow('iam:PutUserPolicy', `arn:aws:iam::${ACCT}:user/putter`))],
      });
      const attacher = a.user('attacher', {
        inline: [doc(allow('iam:AttachUserPolicy', `arn:aws:iam::${ACCT}:user/attacher`))],
      });
      const g = graphOf(b);
      step(g, role, ADMIN, 'iam-attach-role-policy-self');
      step(g, putter, ADMIN, 'iam-put-user-policy-self');
      step(g, attacher, ADMIN, 'iam-attach-user-policy-self');
      assert.deepEqual(steps(g, putter, ADMIN, 'iam-attach-user-policy-self'), []);
      assert.deepEqual(steps(g, attacher, ADMIN, 'iam-put-user-policy-self'), []);
    });
    // iam:PolicyARN is the policy the request attaches: the attacker's choice (AdministratorAccess), or a
    // policy it creates first (iam:CreatePolicy; its ARN is unknown here, so the condition stays open).
    const attachOnly = (policyArn: string, extra: string[] = []) => {
      const { b, a } = account();
      const role = a.role('app', {
        inline: [
          doc(
            allow('iam:AttachRolePolicy', '*', { ArnEquals: { 'iam:PolicyARN': policyArn } }),
            ...extra.map((action) => allow(action)),
          ),
        ],
      });
      return { g: graphOf(b), role };
    };
    it('a condition on iam:PolicyARN that rules AdministratorAccess out leaves no admin edge', () => {
      const { g, role } = attachOnly('arn:aws:iam::aws:policy/ReadOnlyAccess');
      assert.deepEqual(steps(g, role, ADMIN, 'iam-attach-role-policy-self'), []);
    });
    it('a condition on iam:PolicyARN naming AdministratorAccess is met with certainty', () => {
      const { g, role } = attachOnly('arn:aws:iam::aws:policy/AdministratorAccess');
      assert.equal(step(g, role, ADMIN, 'iam-attach-role-policy-self').conditional, false);
    });
    it('with iam:CreatePolicy too, attaching the new policy is conditional on iam:PolicyARN', () => {
      const { g, role } = attachOnly('arn:aws:iam::aws:policy/ReadOnlyAccess', ['iam:CreatePolicy']);
      const e = step(g, role, ADMIN, 'iam-attach-role-policy-self');
      assert.equal(e.conditional, true);
      assert.deepEqual(
        e.conditionKeys.map((k) => k.toLowerCase()),
        ['iam:policyarn'],
      );
    });
  });

  describe('iam-create-policy-version and iam-set-default-policy-version', () => {
    it('CreatePolicyVersion on a customer policy attached to self gives admin; on an unattached one it does not', () => {
      const { b, a } = account();
      const mine = a.policy('mine', doc(allow('s3:GetObject')));
      const other = a.policy('other', doc(allow('s3:GetObject')));
      const role = a.role('app', { attached: [mine], inline: [doc(allow('iam:CreatePolicyVersion', mine))] });
      const role2 = a.role('app2', { inline: [doc(allow('iam:CreatePolicyVersion', other))] });
      const g = graphOf(b);
      const e = step(g, role, ADMIN, 'iam-create-policy-version');
      assert.equal(e.evidence[0].resource, mine);
      assert.deepEqual(steps(g, role2, ADMIN, 'iam-create-policy-version'), []);
    });
    it("works through a user's group attachment", () => {
      const { b, a } = account();
      const gp = a.policy('team', doc(allow('s3:GetObject')));
      a.group('team', { attached: [gp] });
      const user = a.user('u', { groups: ['team'], inline: [doc(allow('iam:CreatePolicyVersion', gp))] });
      step(graphOf(b), user, ADMIN, 'iam-create-policy-version');
    });
    it('SetDefaultPolicyVersion needs a privileged non-default version', () => {
      const privileged = account();
      const p1 = privileged.a.policy('p', doc(allow('s3:GetObject')), [adminDoc]);
      const r1 = privileged.a.role('app', {
        attached: [p1],
        inline: [doc(allow('iam:SetDefaultPolicyVersion', p1))],
      });
      step(graphOf(privileged.b), r1, ADMIN, 'iam-set-default-policy-version');

      const harmless = account();
      const p2 = harmless.a.policy('p', doc(allow('s3:GetObject')), [doc(allow('s3:ListBucket'))]);
      const r2 = harmless.a.role('app', {
        attached: [p2],
        inline: [doc(allow('iam:SetDefaultPolicyVersion', p2))],
      });
      assert.deepEqual(steps(graphOf(harmless.b), r2, ADMIN, 'iam-set-default-policy-version'), []);
    });
  });

  describe('group techniques', () => {
    it('iam-put-group-policy and iam-attach-group-policy need the caller to be in the group', () => {
      const { b, a } = account();
      const team = a.group('team');
      const others = a.group('others');
      const user = a.user('u', {
        groups: ['team'],
        inline: [doc(allow(['iam:PutGroupPolicy', 'iam:AttachGroupPolicy']))],
      });
      const g = graphOf(b);
      assert.equal(step(g, user, ADMIN, 'iam-put-group-policy').evidence[0].resource, team);
      assert.equal(step(g, user, ADMIN, 'iam-attach-group-policy').evidence[0].resource, team);
      assert.ok(!JSON.stringify(steps(g, user, ADMIN)).includes(others));
    });
    it('iam-add-user-to-group leads to admin only through a privileged group', () => {
      const { b, a } = account();
      const admins = a.group('admins', { inline: [adminDoc] });
      a.group('readers', { inline: [doc(allow('s3:GetObject'))] });
      const user = a.user('u', {
        inline: [doc(allow('iam:AddUserToGroup', `arn:aws:iam::${ACCT}:group/readers`))],
      });
      assert.deepEqual(steps(graphOf(b), user, ADMIN, 'iam-add-user-to-group'), []);

      const ok = account();
      ok.a.group('admins', { inline: [adminDoc] });
      const user2 = ok.a.user('u', { inline: [doc(allow('iam:AddUserToGroup', admins))] });
      const e = step(graphOf(ok.b), user2, ADMIN, 'iam-add-user-to-group');
      assert.equal(e.evidence[0].resource, admins);
    });
  });

  describe('rewrite another role, then act as it', () => {
    it('iam-attach-role-policy-then-assume / iam-put-role-policy-then-assume need the trust to admit the caller', () => {
      const { b, a } = account();
      const caller = a.role('caller', {
        inline: [doc(allow(['iam:AttachRolePolicy', 'iam:PutRolePolicy', 'sts:AssumeRole']))],
      });
      a.role('trusting', { trust: trustAws(caller) });
      const stranger = a.role('stranger', { trust: trustAws(`arn:aws:iam::${ACCT}:role/nobody`) });
      const g = graphOf(b);
      step(g, caller, ADMIN, 'iam-attach-role-policy-then-assume');
      step(g, caller, ADMIN, 'iam-put-role-policy-then-assume');
      assert.ok(!edgesOf(g, 'iam-put-role-policy-then-assume').some((e) => e.includes(stranger)));
    });
    it('a permissions boundary on the target turns the gain into the role itself', () => {
      const { b, a } = account();
      const caller = a.role('caller', { inline: [doc(allow(['iam:PutRolePolicy', 'sts:AssumeRole']))] });
      const boundary = a.policy('boundary', doc(allow('s3:*')));
      const target = a.role('bounded', { trust: trustAws(caller), boundary });
      const g = graphOf(b);
      const e = step(g, caller, target, 'iam-put-role-policy-then-assume');
      assert.equal(e.type, 'CAN_BECOME');
      assert.ok(e.assumptions.some((x) => x.includes(boundary)));
      assert.deepEqual(steps(g, caller, ADMIN, 'iam-put-role-policy-then-assume'), []);
    });
    it('the update-trust variants work on any role but not when an SCP denies AssumeRole', () => {
      const { b, a } = account();
      const caller = a.role('caller', {
        inline: [
          doc(
            allow([
              'iam:AttachRolePolicy',
              'iam:PutRolePolicy',
              'iam:UpdateAssumeRolePolicy',
              'iam:CreatePolicyVersion',
            ]),
          ),
        ],
      });
      const pol = a.policy('target-policy', doc(allow('s3:GetObject')));
      const target = a.role('target', {
        trust: trustAws(`arn:aws:iam::${ACCT}:role/nobody`),
        attached: [pol],
      });
      const g = graphOf(b);
      step(g, caller, ADMIN, 'iam-attach-role-policy-then-update-trust');
      step(g, caller, ADMIN, 'iam-put-role-policy-then-update-trust');
      step(g, caller, ADMIN, 'iam-create-policy-version-then-update-trust');
      step(g, caller, target, 'iam-update-assume-role-policy');

      b.scp(doc(deny('sts:AssumeRole')));
      const denied = graphOf(b);
      assert.deepEqual(steps(denied, caller, target, 'iam-update-assume-role-policy'), []);
      assert.deepEqual(steps(denied, caller, ADMIN, 'iam-put-role-policy-then-update-trust'), []);
    });
    it('iam-create-policy-version-then-assume rewrites a customer policy of a role that trusts the caller', () => {
      const { b, a } = account();
      const caller = a.role('caller', {
        inline: [doc(allow(['iam:CreatePolicyVersion', 'sts:AssumeRole']))],
      });
      const pol = a.policy('target-policy', doc(allow('s3:GetObject')));
      a.role('target', { trust: trustAws(caller), attached: [pol] });
      a.role('no-customer-policy', { trust: trustAws(caller) });
      const e = step(graphOf(b), caller, ADMIN, 'iam-create-policy-version-then-assume');
      assert.deepEqual(
        e.evidence.slice(-2).map((x) => x.action),
        ['iam:CreatePolicyVersion', 'sts:AssumeRole'],
      );
    });
    it('service-linked roles are never targets', () => {
      const { b, a } = account();
      const caller = a.role('caller', { inline: [doc(allow('iam:UpdateAssumeRolePolicy'))] });
      const slr = a.role('AWSServiceRoleForECS', { path: '/aws-service-role/ecs.amazonaws.com/' });
      assert.deepEqual(steps(graphOf(b), caller, slr), []);
    });
  });

  describe('users: keys and passwords', () => {
    it('iam-create-access-key fires below 2 keys; iam-rotate-access-key at 2', () => {
      const { b, a } = account();
      const caller = a.role('caller', {
        inline: [doc(allow(['iam:CreateAccessKey', 'iam:DeleteAccessKey']))],
      });
      const one = a.user('one', { accessKeys: ['AKIAONE'] });
      const two = a.user('two', { accessKeys: ['AKIATWO1', 'AKIATWO2'] });
      const unknown = a.user('unknown');
      const g = graphOf(b);
      step(g, caller, one, 'iam-create-access-key');
      assert.deepEqual(steps(g, caller, two, 'iam-create-access-key'), []);
      step(g, caller, two, 'iam-rotate-access-key');
      assert.deepEqual(steps(g, caller, one, 'iam-rotate-access-key'), []);
      const assumed = step(g, caller, unknown, 'iam-create-access-key');
      assert.ok(assumed.assumptions.some((x) => x.includes('not collected')));
    });
    it('login profiles: create when there is none, update when there is one', () => {
      const { b, a } = account();
      const caller = a.role('caller', {
        inline: [doc(allow(['iam:CreateLoginProfile', 'iam:UpdateLoginProfile']))],
      });
      const none = a.user('none', { hasLoginProfile: false });
      const has = a.user('has', { hasLoginProfile: true });
      const g = graphOf(b);
      step(g, caller, none, 'iam-create-login-profile');
      step(g, caller, has, 'iam-update-login-profile');
      assert.deepEqual(steps(g, caller, has, 'iam-create-login-profile'), []);
      assert.deepEqual(steps(g, caller, none, 'iam-update-login-profile'), []);
    });
    it('the then-create-key variants make the user admin; a resource-scoped grant does not cover other users', () => {
      const { b, a } = account();
      const target = `arn:aws:iam::${ACCT}:user/target`;
      a.user('target', { accessKeys: [] });
      a.user('bystander', { accessKeys: [] });
      const caller = a.role('caller', {
        inline: [doc(allow(['iam:AttachUserPolicy', 'iam:PutUserPolicy', 'iam:CreateAccessKey'], target))],
      });
      const g = graphOf(b);
      const e = step(g, caller, ADMIN, 'iam-attach-user-policy-then-create-key');
      assert.ok(e.evidence.every((x) => x.resource === target || x.statements.length === 0));
      step(g, caller, ADMIN, 'iam-put-user-policy-then-create-key');
      assert.deepEqual(steps(g, caller, `arn:aws:iam::${ACCT}:user/bystander`, 'iam-create-access-key'), []);
    });
  });

  describe('iam-create-role-and-attach', () => {
    it('needs CreateRole and a policy write on the new role', () => {
      const { b, a } = account();
      const full = a.role('full', {
        inline: [
          doc(
            allow(['iam:CreateRole', 'iam:PutRolePolicy', 'sts:AssumeRole'], `arn:aws:iam::${ACCT}:role/*`),
          ),
        ],
      });
      const half = a.role('half', {
        inline: [doc(allow(['iam:CreateRole', 'sts:AssumeRole'], `arn:aws:iam::${ACCT}:role/*`))],
      });
      const denied = a.role('denied', {
        inline: [
          doc(allow(['iam:CreateRole', 'iam:PutRolePolicy'])),
          doc(deny(['iam:PutRolePolicy', 'iam:AttachRolePolicy'])),
        ],
      });
      const g = graphOf(b);
      step(g, full, ADMIN, 'iam-create-role-and-attach');
      assert.deepEqual(steps(g, half, ADMIN, 'iam-create-role-and-attach'), []);
      assert.deepEqual(steps(g, denied, ADMIN, 'iam-create-role-and-attach'), []);
    });
  });

  describe('removing what constrains the caller', () => {
    it('iam-boundary-removal: an admin identity behind a boundary it may delete', () => {
      const { b, a } = account();
      const boundary = a.policy('boundary', doc(allow(['s3:*', 'iam:DeleteRolePermissionsBoundary'])));
      const role = a.role('app', { inline: [adminDoc], boundary });
      const noBoundary = a.role('plain', { inline: [doc(allow('iam:DeleteRolePermissionsBoundary'))] });
      const g = graphOf(b);
      step(g, role, ADMIN, 'iam-boundary-removal');
      assert.deepEqual(steps(g, noBoundary, ADMIN, 'iam-boundary-removal'), []);
    });
    it('iam-deny-policy-removal: an admin identity held back by a Deny it may delete', () => {
      const { b, a } = account();
      const denyPolicy = a.policy('deny-iam', doc(deny('iam:Create*')));
      const role = a.role('app', { inline: [adminDoc], attached: [denyPolicy] });
      const clean = a.role('clean', { inline: [doc(allow('iam:DetachRolePolicy'))] });
      const g = graphOf(b);
      step(g, role, ADMIN, 'iam-deny-policy-removal');
      assert.deepEqual(steps(g, clean, ADMIN, 'iam-deny-policy-removal'), []);
    });
  });
});
