// Scenario suite: invoking Lambda functions from a Fargate task role — other accounts' functions
// through their resource policy, and function URLs.
// Refs: https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html (a function's
// resource-based policy can grant another account lambda:InvokeFunction);
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// (the caller's identity policy must allow too);
// https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html (AuthType AWS_IAM: the caller needs
// lambda:InvokeFunctionUrl from its identity policy, or from the resource policy for another account).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustService,
} from '../support/scenario-dump.js';

const A = '111111111111';
const B = '222222222222';
const R = 'eu-west-1';
const FN = `arn:aws:lambda:${R}:${A}:function:hook`;

function functionFiles(policy: object | undefined, url?: string): Record<string, unknown> {
  return {
    [`${R}/lambda/list-functions.json`]: {
      Functions: [
        {
          FunctionName: 'hook',
          FunctionArn: FN,
          Runtime: 'nodejs20.x',
          Role: roleArn(A, 'fnrole'),
          Handler: 'i.h',
        },
      ],
    },
    [`${R}/lambda/get-policy/hook${policy ? '' : '.error'}.json`]: policy
      ? { Policy: JSON.stringify(policy) }
      : { error: { code: 'ResourceNotFoundException', message: 'no policy' } },
    [`${R}/lambda/get-function-url-config/hook${url ? '' : '.error'}.json`]: url
      ? { FunctionUrl: 'https://x.lambda-url.eu-west-1.on.aws/', FunctionArn: FN, AuthType: url }
      : { error: { code: 'ResourceNotFoundException', message: 'no url' } },
  };
}

describe('scenarios: Lambda invocation', function () {
  this.timeout(30000);
  after(removeDumps);

  describe("another account's function", () => {
    const srcB = roleArn(B, 'src');
    const grantB = (action: string) =>
      policyDoc({
        Sid: 'x',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${B}:root` },
        Action: action,
        Resource: FN,
      });
    const dump = (policy: object | undefined, actions: string[], url?: string) => ({
      ...accountDump({
        id: A,
        roles: [{ name: 'fnrole', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] }],
        files: functionFiles(policy, url),
      }),
      ...accountDump({
        id: B,
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: actions.length ? [policyDoc(allowStmt(actions))] : [] },
        ],
      }),
    });

    it('resource policy granting the caller account + identity lambda:InvokeFunction: invoke', async () => {
      const report = await analyzeDump(dump(grantB('lambda:InvokeFunction'), ['lambda:InvokeFunction']), [
        srcB,
      ]);
      assert.deepEqual(chains(report, srcB, FN), [['lambda-invoke-existing']]);
      assert.ok(reachesCertainly(report, srcB, FN));
    });

    it('resource policy grant without the identity permission: no invoke', async () => {
      const report = await analyzeDump(dump(grantB('lambda:InvokeFunction'), ['sqs:ListQueues']), [srcB]);
      assert.equal(reaches(report, srcB, FN), false);
    });

    it('identity permission without a resource policy: no invoke', async () => {
      const report = await analyzeDump(dump(undefined, ['lambda:*']), [srcB]);
      assert.equal(reaches(report, srcB, FN), false);
    });

    it('resource policy granting only lambda:GetFunction: no invoke, and no code change', async () => {
      const report = await analyzeDump(dump(grantB('lambda:GetFunction'), ['lambda:*']), [srcB]);
      assert.equal(
        chains(report, srcB, FN).some((c) => c.includes('lambda-invoke-existing')),
        false,
      );
      assert.equal(reaches(report, srcB, `admin:${A}`), false);
    });

    it('AWS_IAM function URL: lambda:InvokeFunctionUrl granted to the caller account + identity permission invokes', async () => {
      const report = await analyzeDump(
        dump(grantB('lambda:InvokeFunctionUrl'), ['lambda:InvokeFunctionUrl'], 'AWS_IAM'),
        [srcB],
      );
      assert.deepEqual(chains(report, srcB, FN), [['lambda-invoke-existing']]);
    });
  });

  describe('same account', () => {
    const SRC = roleArn(A, 'src');
    const dump = (resource: string) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('lambda:InvokeFunction', resource))],
          },
          { name: 'fnrole', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
        ],
        files: functionFiles(undefined),
      });

    it('InvokeFunction on the unqualified function ARN invokes it', async () => {
      const report = await analyzeDump(dump(FN), [SRC]);
      assert.deepEqual(chains(report, SRC, FN), [['lambda-invoke-existing']]);
    });

    it('InvokeFunction on another function does not invoke it', async () => {
      const report = await analyzeDump(dump(`arn:aws:lambda:${R}:${A}:function:hook-other`), [SRC]);
      assert.equal(reaches(report, SRC, FN), false);
    });
  });
});
