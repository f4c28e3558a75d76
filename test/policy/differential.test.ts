// Differential test: our `evaluate` against an independent IAM simulator
// (@cloud-copilot/iam-simulate, Strict mode) on seeded random scenarios: identity, resource/trust/
// key, boundary, session, SCP and RCP policies with wildcards, NotAction/NotResource, conditions
// and policy variables. Every disagreement fails unless the allow-list explains it (see
// differential-allow-list.ts). On failure fast-check prints the seed and the shrunk scenario.
//
// Knobs: POLICY_DIFF_SEED (default fixed), POLICY_DIFF_RUNS (default 10000).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ACCOUNT,
  doc,
  FULL_ACCESS,
  PRINCIPALS,
  principalArnKey,
  scenario,
  TARGETS,
  type Principal,
  type Scenario,
  type Target,
} from '../support/policy-generator.js';
import { applyAllowList, DIFFERENTIAL_ALLOW_LIST } from './differential-allow-list.js';
import { compare, type Verdict } from './differential-compare.js';

const SEED = Number(process.env.POLICY_DIFF_SEED ?? 20261128);
const RUNS = Number(process.env.POLICY_DIFF_RUNS ?? 10_000);

type Outcome = { agreed: boolean; allowListed: string[]; ignoredKeys?: number };

/** Compare one scenario; a disagreement counts as agreed only through allow-list rewrites. */
async function judge(s: Scenario): Promise<Outcome & { theirs?: Verdict; simulatorError?: string }> {
  const c = await compare(s);
  if (c.simulatorError) return { agreed: true, allowListed: [], simulatorError: c.simulatorError };
  const ignoredKeys = c.ignoredKeys.length;
  if (c.ours === c.theirs) return { agreed: true, allowListed: [], theirs: c.theirs, ignoredKeys };
  const { rewritten, entries } = applyAllowList(s);
  if (!entries.length) return { agreed: false, allowListed: [] };
  const again = await compare(rewritten);
  const agreed = !again.simulatorError && again.ours === again.theirs;
  return { agreed, allowListed: entries, theirs: c.theirs, ignoredKeys };
}

describe('policy differential: evaluate vs @cloud-copilot/iam-simulate (Strict)', function () {
  this.timeout(600_000);

  it(`agrees on ${RUNS} seeded random scenarios (seed ${SEED}), allow-list aside`, async function () {
    const verdicts: Record<string, number> = {};
    const listed: Record<string, number> = {};
    let simulatorErrors = 0;
    let ignoredKeyCases = 0;
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(scenario(), async (s) => {
        const o = await judge(s);
        if (o.simulatorError) simulatorErrors++;
        if (o.ignoredKeys) ignoredKeyCases++;
        if (o.theirs) verdicts[o.theirs] = (verdicts[o.theirs] ?? 0) + 1;
        for (const id of o.allowListed) listed[id] = (listed[id] ?? 0) + 1;
        return o.agreed;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `      differential: ${RUNS} cases in ${seconds}s (seed ${SEED}); simulator verdicts ${JSON.stringify(verdicts)}; ` +
        `allow-listed ${JSON.stringify(listed)}; simulator refused ${simulatorErrors}; cases where the simulator dropped inapplicable context keys ${ignoredKeyCases}`,
    );
    // The comparison is only worth something when the generator produces valid input of every kind.
    assert.ok(simulatorErrors <= RUNS * 0.01, `simulator refused ${simulatorErrors} generated scenarios`);
    for (const v of ['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied'])
      assert.ok((verdicts[v] ?? 0) >= RUNS * 0.05, `too few ${v} cases: ${JSON.stringify(verdicts)}`);
  });

  // Each allow-list entry with the minimal scenario that made us add it (found by shrinking):
  // the engines disagree on it, and the entry's rewrite makes them agree. An entry whose case no
  // longer disagrees is stale and fails here.
  const role = PRINCIPALS.find((p) => p.arn.endsWith(':role/app-role'))!;
  const session = PRINCIPALS.find((p) => p.kind === 'session')!;
  const target = (action: string, resourcePart: string): Target =>
    TARGETS.find((t) => t.action === action && t.resource.includes(resourcePart))!;
  const base = (principal: Principal, t: Target, rest: Partial<Scenario>): Scenario => ({
    principal,
    target: t,
    context: { 'aws:PrincipalArn': principalArnKey(principal), 'aws:PrincipalAccount': principal.account },
    identity: [],
    ...rest,
  });
  const passRole = target('iam:PassRole', `${ACCOUNT}:role/app-worker`);
  const getObject = target('s3:GetObject', 'bucket-a');
  const minimal: Record<string, Scenario[]> = {
    'rcp-outside-supported-services': [
      base(role, passRole, {
        identity: [FULL_ACCESS],
        rcps: [[doc([{ Effect: 'Deny', Principal: '*', Action: 'iam:*', Resource: '*' }])]],
      }),
    ],
    'variable-in-arn-account-field': [
      base(role, passRole, {
        identity: [
          doc([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:iam::${aws:PrincipalAccount}:role/*' }]),
        ],
      }),
    ],
    'wildcard-principal-is-the-caller': [
      base(role, getObject, {
        resourcePolicy: doc([{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }]),
        session: doc([{ Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' }]),
      }),
    ],
    'session-arn-named-by-resource-policy': [
      base(session, target('sts:AssumeRole', `${ACCOUNT}:role/admin-role`), {
        resourcePolicy: doc([{ Effect: 'Allow', Principal: { AWS: session.arn }, Action: 'sts:AssumeRole' }]),
        session: doc([{ Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' }]),
      }),
    ],
    'unresolvable-variable-in-notresource': [
      base(role, target('s3:PutObject', 'bucket-a'), {
        identity: [
          doc([{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::bucket-a/logs/app.log' }]),
        ],
        session: doc([
          {
            Effect: 'Allow',
            Action: 's3:PutObject',
            NotResource: 'arn:aws:s3:::bucket-a/reports/${aws:username}/*',
          },
        ]),
      }),
    ],
  };

  for (const entry of DIFFERENTIAL_ALLOW_LIST) {
    it(`allow-list entry "${entry.id}" still explains a real disagreement`, async function () {
      const cases = minimal[entry.id];
      assert.ok(cases?.length, `no minimal case recorded for ${entry.id}`);
      assert.ok(
        entry.reference.startsWith('https://docs.aws.amazon.com/'),
        'reference must be AWS documentation',
      );
      for (const s of cases) {
        const before = await compare(s);
        assert.equal(before.simulatorError, undefined);
        assert.notEqual(before.ours, before.theirs, `${entry.id}: the engines now agree; remove the entry`);
        const rewritten = entry.rewrite(s);
        assert.ok(rewritten, `${entry.id} does not recognise its own case`);
        const after = await compare(rewritten);
        assert.equal(after.ours, after.theirs, `${entry.id}: rewrite does not reconcile`);
      }
    });
  }
});
