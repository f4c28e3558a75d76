// Scenarios for the analysis diff on hand-made analyses and snapshots.
import { strict as assert } from 'node:assert';
import { diffAnalyses } from '../../src/queries/diff.js';
import { baselineFromAnalysis, parseBaseline, BASELINE_FORMAT } from '../../src/queries/baseline.js';
import { InputError } from '../../src/snapshot/errors.js';
import type { AttackPath } from '../../src/queries/types.js';

import {
  ACCOUNT,
  INLINE,
  after,
  analysis,
  before,
  bucketAsset,
  radius,
  readOrders,
  snapshotWithRunner,
  toAdmin,
} from '../support/diff-fixtures.js';

describe('diffAnalyses', () => {
  it('reports a new path to admin as a regression under the default rule', () => {
    const diff = diffAnalyses(before, after);
    assert.equal(diff.verdict.rule, 'new-admin-path');
    assert.equal(diff.verdict.regression, true);
    assert.deepEqual(diff.verdict.reasons, ['1 new path to admin']);
    assert.equal(diff.appeared.length, 1);
    assert.equal(diff.appeared[0].path.target, `admin:${ACCOUNT}`);
    assert.equal(diff.appeared[0].toAdmin, true);
    assert.equal(diff.vanished.length, 0);
  });

  it('reports vanished paths and no regression when a change only narrows access', () => {
    const diff = diffAnalyses(after, before);
    assert.equal(diff.verdict.regression, false);
    assert.equal(diff.appeared.length, 0);
    assert.deepEqual(
      diff.vanished.map((p) => p.path.target),
      [`admin:${ACCOUNT}`],
    );
    assert.equal(diff.radius[0].delta, -50);
    assert.deepEqual(diff.radius[0].noLongerReachable, [`admin:${ACCOUNT}`]);
  });

  it('reports radius before → after and the newly reachable assets per source', () => {
    const diff = diffAnalyses(before, after, { failOn: 'radius-increase', threshold: 10 });
    assert.equal(diff.radius.length, 1);
    assert.equal(diff.radius[0].before, 4);
    assert.equal(diff.radius[0].after, 54);
    assert.deepEqual(
      diff.radius[0].newlyReachable.map((n) => n.asset.id),
      [`admin:${ACCOUNT}`],
    );
    assert.equal(diff.verdict.regression, true);
    assert.equal(
      diffAnalyses(before, after, { failOn: 'radius-increase', threshold: 50 }).verdict.regression,
      false,
    );
  });

  it('treats the same hops with a different score as the same path', () => {
    const rescored = analysis([{ ...readOrders, score: 9 }], [radius(9, [bucketAsset])]);
    const diff = diffAnalyses(before, rescored, { failOn: 'new-path' });
    assert.equal(diff.appeared.length, 0);
    assert.equal(diff.verdict.regression, false);
  });

  it('names the statement that was added to an existing inline policy as enabling the path', () => {
    const passRole = { Effect: 'Allow', Action: ['iam:PassRole', 'ecs:RunTask'], Resource: '*' };
    const old = { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' };
    const diff = diffAnalyses(before, after, {
      beforeSnapshot: snapshotWithRunner([old]),
      afterSnapshot: snapshotWithRunner([old, passRole]),
    });
    const enabling = diff.appeared[0].enabledBy;
    assert.equal(enabling.length, 1);
    assert.equal(enabling[0].ref.policyId, INLINE);
    assert.equal(enabling[0].change, 'modified');
    assert.deepEqual(enabling[0].statement, passRole);
  });

  it('calls a statement of a policy that did not exist before added, and an unchanged one not enabling', () => {
    const passRole = { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };
    const added = diffAnalyses(before, after, {
      beforeSnapshot: snapshotWithRunner(null),
      afterSnapshot: snapshotWithRunner([{}, passRole]),
    });
    assert.equal(added.appeared[0].enabledBy[0].change, 'added');
    const unchanged = diffAnalyses(before, after, {
      beforeSnapshot: snapshotWithRunner([{}, passRole]),
      afterSnapshot: snapshotWithRunner([{}, passRole]),
    });
    assert.deepEqual(unchanged.appeared[0].enabledBy, []);
  });

  it('ignores paths a baseline accepts, and still lists them as accepted', () => {
    const baseline = baselineFromAnalysis(after);
    const diff = diffAnalyses(before, after, { baseline, failOn: 'new-path' });
    assert.equal(diff.verdict.regression, false);
    assert.equal(diff.summary.accepted, 1);
    assert.equal(diff.appeared[0].acceptedReason, 'TODO: reviewed by …');
    assert.equal(diff.summary.unreviewedBaselineEntries, 2);
  });

  it('is deterministic whatever the order of the input paths', () => {
    const shuffled = analysis([toAdmin, readOrders], after.sources);
    assert.equal(JSON.stringify(diffAnalyses(before, after)), JSON.stringify(diffAnalyses(before, shuffled)));
  });
});

describe('baseline files', () => {
  it('round-trips through parseBaseline', () => {
    const baseline = baselineFromAnalysis(after);
    assert.equal(baseline.format, BASELINE_FORMAT);
    assert.deepEqual(parseBaseline(JSON.parse(JSON.stringify(baseline)), 'b.json'), baseline);
  });

  it('rejects an entry without a reason, naming the entry', () => {
    const bad = {
      format: BASELINE_FORMAT,
      accepted: [{ source: 'a', target: 'b', access: 'read', steps: [] }],
    };
    assert.throws(
      () => parseBaseline(bad, 'b.json'),
      (err: unknown) => err instanceof InputError && err.location.jsonPath === '$.accepted[0].reason',
    );
  });
});

describe('diffAnalyses with path possibility checks', () => {
  it('does not call a path new when every step of it was possible before (it only became the best one)', () => {
    const diff = diffAnalyses(before, after, { possibleBefore: (p) => p.target === toAdmin.target });
    assert.equal(diff.appeared.length, 0);
    assert.equal(diff.verdict.regression, false);
  });

  it('does not call a path vanished when it is still possible after', () => {
    const diff = diffAnalyses(after, before, { possibleAfter: () => true });
    assert.equal(diff.vanished.length, 0);
  });
});

describe('enabling statements of attached managed policies', () => {
  const POLICY = 'arn:aws:iam::111122223333:policy/runner';
  const managed = (s: ReturnType<typeof snapshotWithRunner>, attached: boolean) => {
    const copy = structuredClone(s);
    copy.accounts[0].iam.policies.push({
      arn: POLICY,
      name: 'runner',
      path: '/',
      awsManaged: false,
      defaultVersionId: 'v1',
      versions: [
        {
          versionId: 'v1',
          isDefault: true,
          document: { Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] },
        },
      ],
      origin: 'dump',
    });
    if (attached) copy.accounts[0].iam.roles[0].attachedPolicies.push(POLICY);
    return copy;
  };
  it('calls an unchanged statement of a newly attached policy "attached"', () => {
    const viaManaged: AttackPath = {
      ...toAdmin,
      hops: toAdmin.hops.map((h, i) =>
        i === 1
          ? {
              ...h,
              evidence: [
                {
                  action: 'iam:PassRole',
                  resource: h.to,
                  statements: [
                    { policyId: POLICY, policyType: 'identity' as const, statement: 0, versionId: 'v1' },
                  ],
                },
              ],
            }
          : h,
      ),
    };
    const withPath = analysis([readOrders, viaManaged], after.sources);
    const diff = diffAnalyses(before, withPath, {
      beforeSnapshot: managed(snapshotWithRunner(null), false),
      afterSnapshot: managed(snapshotWithRunner(null), true),
    });
    assert.deepEqual(
      diff.appeared[0].enabledBy.map((e) => [e.ref.policyId, e.change]),
      [[POLICY, 'attached']],
    );
  });
});

describe('enabling statements of a policy the hop cites for another principal', () => {
  // The ECS execution role injects a secret with its own AdministratorAccess: the hop starts at the
  // task role, which never had that policy. The policy was attached to the execution role all along.
  const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';
  const withExecRole = (s: ReturnType<typeof snapshotWithRunner>) => {
    const copy = structuredClone(s);
    copy.accounts[0].iam.roles.push({
      ...copy.accounts[0].iam.roles[0],
      arn: 'arn:aws:iam::111122223333:role/exec',
      name: 'exec',
      inlinePolicies: [],
      attachedPolicies: [ADMIN_POLICY],
    });
    copy.accounts[0].iam.policies.push({
      arn: ADMIN_POLICY,
      name: 'AdministratorAccess',
      path: '/',
      awsManaged: true,
      defaultVersionId: 'v1',
      versions: [
        {
          versionId: 'v1',
          isDefault: true,
          document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        },
      ],
      origin: 'dump',
    });
    return copy;
  };
  it('does not call it "attached" when its attachments did not change', () => {
    const path: AttackPath = {
      ...toAdmin,
      hops: toAdmin.hops.map((h, i) =>
        i === 1
          ? {
              ...h,
              evidence: [
                ...h.evidence,
                {
                  action: 'secretsmanager:GetSecretValue',
                  resource: h.to,
                  statements: [
                    {
                      policyId: ADMIN_POLICY,
                      policyType: 'identity' as const,
                      statement: 0,
                      versionId: 'v1',
                    },
                  ],
                },
              ],
            }
          : h,
      ),
    };
    const diff = diffAnalyses(before, analysis([readOrders, path], after.sources), {
      beforeSnapshot: withExecRole(
        snapshotWithRunner([{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]),
      ),
      afterSnapshot: withExecRole(
        snapshotWithRunner([
          { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' },
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
        ]),
      ),
    });
    assert.deepEqual(
      diff.appeared[0].enabledBy.map((e) => [e.ref.policyId, e.change]),
      [[INLINE, 'modified']],
    );
  });
});

describe('causes: the new paths grouped by the change that enables them', () => {
  const runner = (statements: Record<string, unknown>[]) => snapshotWithRunner(statements);
  const log = { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' };
  const pass = { Sid: 'Pass', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };
  const run = { Sid: 'Run', Effect: 'Allow', Action: 'ecs:RunTask', Resource: '*' };
  const read = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
  // A path whose second hop cites the given statements of the runner policy.
  const pathVia = (target: string, score: number, statements: number[]): AttackPath => ({
    ...toAdmin,
    target,
    targetKind: target.startsWith('admin:') ? 'Admin' : 'S3Bucket',
    access: target.startsWith('admin:') ? 'admin' : 'read',
    score,
    hops: [
      toAdmin.hops[0],
      {
        ...toAdmin.hops[1],
        to: target,
        evidence: statements.map((statement) => ({
          action: 'x',
          resource: target,
          statements: [{ policyId: INLINE, policyType: 'identity' as const, statement }],
        })),
      },
    ],
  });

  it('names each changed statement in exactly one cause; statements needed by the same paths form one cause', () => {
    const paths = [
      pathVia(`admin:${ACCOUNT}`, 50, [1, 2]),
      pathVia('arn:aws:s3:::a', 9, [1, 2]),
      pathVia('arn:aws:s3:::b', 3, [3]),
    ];
    const diff = diffAnalyses(before, analysis([readOrders, ...paths], after.sources), {
      beforeSnapshot: runner([log]),
      afterSnapshot: runner([log, pass, run, read]),
    });
    assert.deepEqual(
      diff.causes.map((c) => [
        c.kind,
        c.statements.map((s) => s.ref.statement),
        c.paths.length,
        c.pathsToAdmin,
      ]),
      [
        ['statement', [1, 2], 2, 1],
        ['statement', [3], 1, 0],
      ],
    );
    // The worst path first within a cause.
    assert.equal(diff.causes[0].paths[0], diff.appeared.find((c) => c.toAdmin)!.key);
    const named = diff.causes.flatMap((c) => c.statements.map((s) => s.ref.statement));
    assert.equal(new Set(named).size, named.length);
  });

  it('a statement also needed by other paths is its own cause (removing it closes more)', () => {
    const paths = [pathVia(`admin:${ACCOUNT}`, 50, [1, 2]), pathVia('arn:aws:s3:::a', 9, [1])];
    const diff = diffAnalyses(before, analysis([readOrders, ...paths], after.sources), {
      beforeSnapshot: runner([log]),
      afterSnapshot: runner([log, pass, run]),
    });
    assert.deepEqual(
      diff.causes.map((c) => [c.statements.map((s) => s.ref.statement), c.paths.length]),
      [
        [[1], 2],
        [[2], 1],
      ],
    );
  });

  it('paths no changed statement enables form one unattributed cause; accepted paths none', () => {
    const diff = diffAnalyses(before, after);
    assert.deepEqual(
      diff.causes.map((c) => [c.kind, c.paths.length]),
      [['unattributed', 1]],
    );
    const accepted = diffAnalyses(before, after, { baseline: baselineFromAnalysis(after) });
    assert.deepEqual(accepted.causes, []);
  });

  it('lists the changed statements no new path cites, and nothing without snapshots', () => {
    const diff = diffAnalyses(before, before, {
      beforeSnapshot: runner([log]),
      afterSnapshot: runner([log, pass]),
    });
    assert.deepEqual(
      diff.unopened.map((c) => [
        c.policyId,
        c.statements.map((s) => [s.statement, s.sid, s.change, s.principals]),
      ]),
      [[INLINE, [[1, 'Pass', 'modified', ['arn:aws:iam::111122223333:role/web-task']]]]],
    );
    assert.deepEqual(diffAnalyses(before, before).unopened, []);
  });
});
