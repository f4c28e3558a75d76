// Lambda tags (LambdaFunction.tags is optional): list-functions returns no
// tags, so a condition on aws:ResourceTag of a function is unknown, not "untagged".
// Refs: https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html (FunctionConfiguration has
// no tags; GetFunction and ListTags return them); https://docs.aws.amazon.com/lambda/latest/dg/attribute-based-access-control.html
// (aws:ResourceTag/${TagKey} conditions on lambda:InvokeFunction).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustService,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const SRC = roleArn(A, 'src');
const FN = `arn:aws:lambda:${R}:${A}:function:hook`;

describe('Lambda tags are not collected by list-functions', function () {
  this.timeout(30000);
  after(removeDumps);

  it('InvokeFunction allowed when aws:ResourceTag/team = pay: a conditional path, not none', async () => {
    const dump = accountDump({
      id: A,
      roles: [
        {
          name: 'src',
          trust: ECS_TASKS,
          inline: [
            policyDoc(
              allowStmt('lambda:InvokeFunction', '*', { StringEquals: { 'aws:ResourceTag/team': 'pay' } }),
            ),
          ],
        },
        { name: 'fnrole', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
      ],
      files: {
        [`${R}/lambda/list-functions.json`]: {
          Functions: [
            { FunctionName: 'hook', FunctionArn: FN, Runtime: 'python3.12', Role: roleArn(A, 'fnrole') },
          ],
        },
        [`${R}/lambda/get-policy/hook.error.json`]: {
          error: { code: 'ResourceNotFoundException', message: 'x' },
        },
      },
    });
    const report = await analyzeDump(dump, [SRC]);
    assert.ok(reaches(report, SRC, FN));
    assert.equal(reachesCertainly(report, SRC, FN), false);
  });
});
