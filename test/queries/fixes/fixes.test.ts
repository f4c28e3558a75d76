// Verified fixes: a task whose role can make itself admin through one statement, a near-miss where
// two independent statements each grant admin (one change is not enough), a statement that also
// grants what the task needs (narrowed, not removed), and the fix for a diff's enabling statement.
import { strict as assert } from 'node:assert';
import { buildAttackGraph } from '../../../src/graph/build.js';
import { buildAccessModel } from '../../../src/policy/access-model.js';
import { analyze } from '../../../src/queries/analyze.js';
import { diffAnalyses } from '../../../src/queries/diff.js';
import { applyChanges } from '../../../src/queries/fixes/apply-change.js';
import { computeFixes } from '../../../src/queries/fixes/compute.js';
import { fixForCause } from '../../../src/queries/fixes/fix-for-cause.js';
import { analyserFor } from '../../../src/queries/fixes/reanalyse.js';
import type { AnalysisResult } from '../../../src/queries/types.js';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { SnapshotBuilder, allow, doc } from '../../support/snapshot-builder.js';

const A = '111111111111';
const ADMIN = `admin:${A}`;
const ROLE = `arn:aws:iam::${A}:role/web`;
const BUCKET = 'arn:aws:s3:::orders';

function analyseSnapshot(snapshot: Snapshot): AnalysisResult {
  return analyze(buildAttackGraph(snapshot, buildAccessModel(snapshot)), snapshot);
}

/** A Fargate service whose task role has the given inline policies, and a bucket it reads. */
function account(...inline: ReturnType<typeof doc>[]) {
  const b = new SnapshotBuilder();
  const a = b.account(A);
  a.bucket('orders');
  const role = a.role('web', { inline });
  const td = a.taskDefinition('web', { taskRole: role });
  a.service('web', td);
  return { snapshot: b.snapshot, td };
}

const readOrders = () => doc(allow('s3:GetObject', `${BUCKET}/*`));
const selfPut = () => doc(allow('iam:PutRolePolicy', ROLE));
const selfAttach = () => doc(allow('iam:AttachRolePolicy', ROLE));

function reaches(result: AnalysisResult, source: string, target: string): boolean {
  return result.paths.some((p) => p.source === source && p.target === target);
}

describe('verified fixes', () => {
  it('removes the one statement behind a path to admin, and the re-analysis finds no path', () => {
    const { snapshot, td } = account(readOrders(), selfPut());
    const result = analyseSnapshot(snapshot);
    assert.ok(reaches(result, td, ADMIN), 'the scenario has a path to admin');
    const { result: fixed } = computeFixes(snapshot, result, { analyse: analyserFor() });
    const top = fixed.sources[0].fixes![0];
    assert.equal(top.change.kind, 'remove-statement');
    assert.equal(top.change.policyId, `${ROLE}#inline/inline-1`);
    assert.equal(top.change.statementIndex, 0);
    assert.ok(top.radiusAfter < top.radiusBefore, `${top.radiusAfter} < ${top.radiusBefore}`);
    assert.equal(top.radiusBefore, result.sources[0].score);
    assert.equal(top.adminRemains, false);
    assert.deepEqual(top.removesPaths, [{ source: td, target: ADMIN, access: 'admin' }]);
    assert.ok(top.remainingPaths.some((p) => p.target === BUCKET));
    // Independently: the changed snapshot, analysed from scratch, has no path to admin, and the
    // input snapshot was not touched.
    const after = analyseSnapshot(applyChanges(snapshot, [top.change]));
    assert.equal(reaches(after, td, ADMIN), false);
    assert.equal(after.sources[0].score, top.radiusAfter);
    assert.ok(reaches(analyseSnapshot(snapshot), td, ADMIN));
    // Account-wide, the same change comes first.
    assert.equal(fixed.fixes![0].change.summary, top.change.summary);
  });

  it('near-miss: two statements that each grant admin need two changes, and says so', () => {
    const { snapshot, td } = account(readOrders(), selfPut(), selfAttach());
    const result = analyseSnapshot(snapshot);
    const { result: fixed } = computeFixes(snapshot, result, { analyse: analyserFor() });
    const fixes = fixed.sources[0].fixes!;
    const top = fixes[0];
    assert.equal(top.changes!.length, 2, top.change.summary);
    assert.deepEqual(top.changes!.map((c) => c.policyId).sort(), [
      `${ROLE}#inline/inline-1`,
      `${ROLE}#inline/inline-2`,
    ]);
    assert.equal(top.adminRemains, false);
    assert.match(top.change.summary, /^2 changes: /);
    // Each change alone is verified to leave the path to admin.
    const singles = fixes.filter(
      (f) => f.changes!.length === 1 && f.change.policyId?.includes('#inline/inline-'),
    );
    assert.ok(singles.length >= 1, 'a single change is listed too, with the admin path it leaves');
    for (const f of singles) {
      assert.equal(f.adminRemains, true, f.change.summary);
      assert.ok(f.remainingPaths.some((p) => p.target === ADMIN));
      assert.ok(reaches(analyseSnapshot(applyChanges(snapshot, [f.change])), td, ADMIN));
    }
    assert.equal(reaches(analyseSnapshot(applyChanges(snapshot, top.changes!)), td, ADMIN), false);
  });

  it('narrows a statement that also grants what the task uses, keeping that access', () => {
    const { snapshot, td } = account(
      doc(allow(['s3:GetObject', 'iam:PutRolePolicy'], ['*'])),
      doc(allow('sqs:SendMessage', '*')),
    );
    const result = analyseSnapshot(snapshot);
    const { result: fixed } = computeFixes(snapshot, result, { analyse: analyserFor() });
    const top = fixed.sources[0].fixes![0];
    assert.equal(top.change.kind, 'narrow-statement');
    assert.deepEqual(top.change.actions, ['iam:PutRolePolicy']);
    assert.equal(top.adminRemains, false);
    const after = analyseSnapshot(applyChanges(snapshot, [top.change]));
    assert.equal(reaches(after, td, ADMIN), false);
    assert.ok(reaches(after, td, BUCKET), 'the bucket read stays');
  });

  it('spends no more re-analyses than the budget, and lists fixes in a fixed order', () => {
    const { snapshot } = account(readOrders(), selfPut(), selfAttach());
    const result = analyseSnapshot(snapshot);
    let runs = 0;
    const analyse = analyserFor();
    const counted = (s: Snapshot) => (runs++, analyse(s));
    const { stats } = computeFixes(snapshot, result, { analyse: counted, budget: 1 });
    assert.equal(runs, 1);
    assert.equal(stats.verified, 1);
    const a = computeFixes(snapshot, result, { analyse }).result;
    const b = computeFixes(snapshot, result, { analyse }).result;
    assert.deepEqual(a, b);
  });
});

describe('fixForCause', () => {
  it('reverts the statement a change added and verifies the new admin path is gone', () => {
    const before = account(readOrders()).snapshot;
    const { snapshot: after, td } = account(readOrders(), selfPut());
    const beforeResult = analyseSnapshot(before);
    const afterResult = analyseSnapshot(after);
    const diff = diffAnalyses(beforeResult, afterResult, { beforeSnapshot: before, afterSnapshot: after });
    const toAdmin = diff.appeared.find((c) => c.toAdmin)!;
    assert.ok(toAdmin, 'the diff opens a path to admin');
    const cause = toAdmin.enabledBy.find((e) => e.ref.policyId === `${ROLE}#inline/inline-1`)!;
    const fix = fixForCause(after, afterResult, cause, analyserFor())!;
    assert.equal(fix.change.kind, 'remove-statement');
    assert.equal(fix.adminRemains, false);
    assert.ok(fix.radiusAfter < fix.radiusBefore);
    assert.deepEqual(fix.removesPaths, [{ source: td, target: ADMIN, access: 'admin' }]);
    assert.equal(fix.radiusAfter, beforeResult.sources[0].score);
  });

  it('detaches a policy whose attachment is the change', () => {
    const b = new SnapshotBuilder();
    const a = b.account(A);
    const policy = a.policy('self-admin', selfPut());
    const role = a.role('web', { attached: [policy] });
    a.service('web', a.taskDefinition('web', { taskRole: role }));
    const after = b.snapshot;
    const afterResult = analyseSnapshot(after);
    const fix = fixForCause(
      after,
      afterResult,
      {
        ref: { policyId: policy, policyType: 'identity', statement: 0, versionId: 'v1' },
        change: 'attached',
      },
      analyserFor(),
    )!;
    assert.equal(fix.change.kind, 'detach-policy');
    assert.equal(fix.change.principal, role);
    assert.equal(fix.adminRemains, false);
  });

  it('gives nothing for a statement no path cites', () => {
    const { snapshot } = account(readOrders());
    const fix = fixForCause(
      snapshot,
      analyseSnapshot(snapshot),
      { ref: { policyId: `${ROLE}#inline/nope`, policyType: 'identity', statement: 0 }, change: 'added' },
      analyserFor(),
    );
    assert.equal(fix, undefined);
  });
});
