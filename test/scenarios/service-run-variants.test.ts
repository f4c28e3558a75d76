// Scenario suite: every create/update × start/trigger combination of a service that runs code as a
// role it is given (issue 21, class 7). Glue: a job is created (CreateJob) or an existing one is
// changed (UpdateJob, whose JobUpdate may set Role), and it runs on StartJobRun or on a trigger
// created with StartOnCreation (CreateTrigger); each needs iam:PassRole of the role.
// Ref: https://docs.aws.amazon.com/glue/latest/webapi/API_UpdateJob.html (JobUpdate.Role),
// https://docs.aws.amazon.com/glue/latest/webapi/API_CreateTrigger.html (Actions[].JobName,
// StartOnCreation), https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsglue.html
// (glue:CreateTrigger acts on a trigger resource, glue:UpdateJob on the job).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyDoc,
  roleArn,
  trustService,
} from '../support/scenario-dump.js';

const A = '111111111111';
const REGION = 'eu-west-1';
const SRC = roleArn(A, 'src');
const GLUE_ROLE = roleArn(A, 'etl');
const GLUE_TRUST = trustService('glue.amazonaws.com');

function dump(actions: string[], jobs: object[]) {
  return accountDump({
    id: A,
    roles: [
      { name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt(actions))] },
      { name: 'etl', trust: GLUE_TRUST, managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
    ],
    files: { [`${REGION}/glue/get-jobs.json`]: { Jobs: jobs } },
  });
}
const NIGHTLY = { Name: 'nightly', Role: GLUE_ROLE };

/** Whether the source becomes the Glue role through glue-job. */
async function becomesGlueRole(actions: string[], jobs: object[] = [NIGHTLY]): Promise<boolean> {
  const report = await analyzeDump(dump(actions, jobs), [SRC]);
  return chains(report, SRC, `admin:${A}`).some((c) => c[0] === 'glue-job');
}

describe('scenarios: Glue job create/update × start/trigger', function () {
  this.timeout(60000);
  after(removeDumps);

  for (const [label, actions] of [
    ['CreateJob + StartJobRun', ['iam:PassRole', 'glue:CreateJob', 'glue:StartJobRun']],
    ['CreateJob + CreateTrigger', ['iam:PassRole', 'glue:CreateJob', 'glue:CreateTrigger']],
    ['UpdateJob + StartJobRun (existing job)', ['iam:PassRole', 'glue:UpdateJob', 'glue:StartJobRun']],
    ['UpdateJob + CreateTrigger (existing job)', ['iam:PassRole', 'glue:UpdateJob', 'glue:CreateTrigger']],
  ] as const) {
    it(`${label}: becomes the job's chosen role`, async () => {
      assert.equal(await becomesGlueRole([...actions]), true);
    });
  }

  it('near-miss: UpdateJob + CreateTrigger without a job to update (none listed) opens nothing', async () => {
    assert.equal(await becomesGlueRole(['iam:PassRole', 'glue:UpdateJob', 'glue:CreateTrigger'], []), false);
  });

  it('near-miss: UpdateJob + CreateTrigger without iam:PassRole opens nothing', async () => {
    assert.equal(await becomesGlueRole(['glue:UpdateJob', 'glue:CreateTrigger']), false);
  });
});
