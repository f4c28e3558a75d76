// The technique context answers "may this service assume the role?" without the policy engine when
// the trust policy names no such service. That shortcut must agree with the engine on every form a
// trust policy takes (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services).
import { strict as assert } from 'node:assert';
import { Inventory } from '../../src/graph/inventory.js';
import { NetworkReach } from '../../src/graph/network-reach.js';
import { TechniqueContext } from '../../src/graph/technique-context.js';
import { buildAccessModel } from '../../src/policy/access-model.js';
import { SnapshotBuilder, doc, trustAws, trustService } from '../support/snapshot-builder.js';

const ACCT = '111111111111';
const assume = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'sts:AssumeRole',
  ...extra,
});

describe('service trust', () => {
  it('agrees with the policy engine for every form of trust policy', () => {
    const b = new SnapshotBuilder();
    const a = b.account(ACCT);
    const roles = [
      a.role('ecs', { trust: trustService('ecs-tasks.amazonaws.com') }),
      a.role('ecs-upper', { trust: trustService('ECS-Tasks.amazonaws.com') }),
      a.role('two', { trust: doc(assume({ Service: ['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com'] })) }),
      a.role('lambda', { trust: trustService('lambda.amazonaws.com') }),
      a.role('account', { trust: trustAws(ACCT) }),
      a.role('star', { trust: doc(assume('*')) }),
      a.role('aws-star', { trust: doc(assume({ AWS: '*' })) }),
      a.role('not-principal', {
        trust: doc({
          Effect: 'Allow',
          NotPrincipal: { AWS: `arn:aws:iam::${ACCT}:root` },
          Action: 'sts:AssumeRole',
        }),
      }),
      a.role('federated', { trust: doc(assume({ Federated: 'cognito-identity.amazonaws.com' })) }),
      a.role('denied', {
        trust: doc(assume({ Service: 'ecs-tasks.amazonaws.com' }), {
          Effect: 'Deny',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
      }),
      a.role('conditional', {
        trust: doc(
          assume(
            { Service: 'ecs-tasks.amazonaws.com' },
            { Condition: { StringEquals: { 'aws:SourceAccount': '222222222222' } } },
          ),
        ),
      }),
      a.role('uncollected', { trust: null }),
    ];
    const snapshot = b.build();
    const model = buildAccessModel(snapshot);
    const inv = new Inventory(snapshot);
    const ctx = new TechniqueContext(inv, model, new NetworkReach(inv));
    const outcomes: Record<string, string> = {};
    for (const role of roles) {
      for (const service of ['ecs-tasks.amazonaws.com', 'lambda.amazonaws.com', 'ec2.amazonaws.com']) {
        const engine = model.decide({ principal: service, action: 'sts:AssumeRole', resource: role });
        const shortcut = ctx.serviceTrust(role, service);
        assert.equal(shortcut.outcome, engine.outcome, `${service} → ${role}`);
        outcomes[`${role.split('/').pop()} ${service.split('.')[0]}`] = shortcut.outcome;
      }
    }
    // The cases the shortcut answers alone, and the ones it leaves to the engine, both covered.
    assert.equal(outcomes['lambda ecs-tasks'], 'Deny');
    assert.equal(outcomes['account ecs-tasks'], 'Deny');
    assert.equal(outcomes['ecs-upper ecs-tasks'], 'Allow');
    assert.equal(outcomes['two ecs-tasks'], 'Allow');
    assert.equal(outcomes['star ec2'], 'Allow');
  });
});
