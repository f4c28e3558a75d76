// Scenario suite: correctness-review findings — edges that rest on resources the snapshot does not
// hold, self-grants under a permissions boundary.
// Refs: https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html (a job runs as the
// jobRoleArn of a registered job definition: without one naming the role there is no path);
// https://docs.aws.amazon.com/apprunner/latest/api/API_UpdateService.html (an existing service keeps its
// instance role); access_policies_boundaries.html ("an entity's permissions boundary allows it to perform
// only the actions that are allowed by both its identity-based policies and its permissions boundaries").
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyArn,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustService,
  type Report,
} from '../support/scenario-dump.js';

const A = '111111111111';
const SRC = roleArn(A, 'src');
const ADMIN_A = `admin:${A}`;

type Hop = { technique: string; conditional: boolean; conditionKeys?: string[] };
const hopsOf = (report: Report, technique: string): Hop[] =>
  report.paths.flatMap((p) => p.hops as Hop[]).filter((h) => h.technique === technique);

describe('scenarios: an edge that rests on an uncollected resource is conditional', function () {
  this.timeout(30_000);
  after(removeDumps);

  it('batch:SubmitJob alone is no certain way into a role that trusts ecs-tasks (no job definition is known)', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('batch:SubmitJob'))] },
          { name: 'ops-admin-task', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
        ],
      }),
      [SRC],
    );
    assert.equal(reachesCertainly(report, SRC, ADMIN_A), false);
    const hops = hopsOf(report, 'batch-submit-existing');
    assert.ok(hops.length, 'the possible path is still reported');
    for (const h of hops) {
      assert.equal(h.conditional, true);
      assert.ok(h.conditionKeys?.includes('blastmap:AssumedResource'));
    }
    const asset = report.sources[0].assets.find((a) => a.id === ADMIN_A);
    assert.equal(asset?.conditional, true);
  });

  it('apprunner:UpdateService reaches an App Runner instance role only if a service uses it: conditional', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('apprunner:UpdateService'))] },
          { name: 'runner', trust: trustService('tasks.apprunner.amazonaws.com'), inline: [ADMIN_POLICY] },
        ],
      }),
      [SRC],
    );
    assert.equal(reachesCertainly(report, SRC, ADMIN_A), false);
    assert.ok(hopsOf(report, 'apprunner-update').every((h) => h.conditional));
  });

  it('registering the job definition with the role yourself (PassRole + RegisterJobDefinition + SubmitJob) stays certain', async () => {
    const report = await analyzeDump(
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(allowStmt(['iam:PassRole', 'batch:RegisterJobDefinition', 'batch:SubmitJob'])),
            ],
          },
          { name: 'ops-admin-task', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
        ],
      }),
      [SRC],
    );
    assert.ok(reachesCertainly(report, SRC, ADMIN_A), JSON.stringify(chains(report, SRC, ADMIN_A)));
  });
});

describe('scenarios: what a principal grants itself stays inside its permissions boundary', function () {
  this.timeout(30_000);
  after(removeDumps);

  const bounded = (boundaryActions: string[], selfActions: string[]) =>
    accountDump({
      id: A,
      policies: [{ name: 'bnd', document: policyDoc(allowStmt(boundaryActions)) }],
      roles: [
        {
          name: 'src',
          trust: ECS_TASKS,
          boundary: policyArn(A, 'bnd'),
          inline: [policyDoc(allowStmt(selfActions, SRC))],
        },
      ],
    });

  for (const action of ['iam:PutRolePolicy', 'iam:AttachRolePolicy']) {
    it(`${action} on self under an s3-only boundary is not account admin`, async () => {
      const report = await analyzeDump(bounded(['s3:*', action], [action]), [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_A), false, JSON.stringify(chains(report, SRC, ADMIN_A)));
    });
  }

  it('iam:PutUserPolicy on self under a boundary is not account admin for a user', async () => {
    const bob = `arn:aws:iam::${A}:user/bob`;
    const report = await analyzeDump(
      accountDump({
        id: A,
        policies: [{ name: 'bnd', document: policyDoc(allowStmt(['s3:*', 'iam:PutUserPolicy'])) }],
        users: [
          {
            name: 'bob',
            boundary: policyArn(A, 'bnd'),
            inline: [policyDoc(allowStmt('iam:PutUserPolicy', bob))],
          },
        ],
      }),
      [bob],
    );
    assert.equal(reaches(report, bob, ADMIN_A), false);
  });

  it('a boundary that itself allows everything leaves the self-grant admin (certain)', async () => {
    const report = await analyzeDump(bounded(['*'], ['iam:PutRolePolicy']), [SRC]);
    assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-put-role-policy-self']]);
  });

  it('rewriting another role under a limiting boundary, then assuming it, is not admin', async () => {
    const tgt = roleArn(A, 'tgt');
    const dump = (boundaryActions: string[]) =>
      accountDump({
        id: A,
        policies: [{ name: 'tb', document: policyDoc(allowStmt(boundaryActions)) }],
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['iam:PutRolePolicy', 'sts:AssumeRole'], tgt))],
          },
          {
            name: 'tgt',
            trust: policyDoc({ Effect: 'Allow', Principal: { AWS: SRC }, Action: 'sts:AssumeRole' }),
            boundary: policyArn(A, 'tb'),
          },
        ],
      });
    assert.equal(reaches(await analyzeDump(dump(['s3:*']), [SRC]), SRC, ADMIN_A), false);
    assert.ok(reachesCertainly(await analyzeDump(dump(['*']), [SRC]), SRC, ADMIN_A));
  });
});
