// aws:RequestedRegion of IAM requests: IAM is served from one Region per partition.
// Ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html
// ("IAM … global services with a single endpoint that is physically located in the us-east-1 Region.
// Because all requests to these services are made to the us-east-1 Region, the requests would be denied
// without the NotAction element").
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ECS_TASKS,
  FULL_AWS_ACCESS,
  type OrgPolicy,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  denyStmt,
  orgDump,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
} from '../support/scenario-dump.js';

const M = '999999999999';
const A = '111111111111';
const SRC = roleArn(A, 'src');
const full: OrgPolicy = {
  id: 'p-FullAWSAccess',
  document: FULL_AWS_ACCESS,
  targets: ['r-root', 'ou-work', A],
};
const dump = (regions: string[]) => ({
  ...accountDump({ id: M }),
  ...orgDump({
    management: M,
    rootAccounts: [M],
    ous: { 'ou-work': [A] },
    scps: [
      full,
      {
        id: 'p-region',
        document: policyDoc(denyStmt('*', '*', { StringNotEquals: { 'aws:RequestedRegion': regions } })),
        targets: ['ou-work'],
      },
    ],
  }),
  ...accountDump({
    id: A,
    roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('iam:PutRolePolicy', SRC))] }],
  }),
});

describe('aws:RequestedRegion of IAM requests', function () {
  this.timeout(60000);
  after(removeDumps);

  it('a region SCP (eu-west-1 only) that forgot IAM denies iam:PutRolePolicy: no path at all', async () => {
    assert.equal(reaches(await analyzeDump(dump(['eu-west-1']), [SRC]), SRC, `admin:${A}`), false);
  });

  it('the same SCP allowing us-east-1 too leaves the self-grant certain', async () => {
    const report = await analyzeDump(dump(['eu-west-1', 'us-east-1']), [SRC]);
    assert.deepEqual(chains(report, SRC, `admin:${A}`), [['iam-put-role-policy-self']]);
    assert.ok(reachesCertainly(report, SRC, `admin:${A}`));
  });
});
