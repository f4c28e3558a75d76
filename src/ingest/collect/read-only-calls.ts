// The collector's single call table: every SDK command it can send, with the IAM action it needs.
// Clients refuse anything else (clients.ts); test/ingest/collect/read-only-calls.test.ts checks every
// row against the IAM action catalog; docs/collector-policy.json is this table's action column.
import type { CollectorCall } from './call-spec.js';
import { cloudformationCalls } from './cloudformation.js';
import { codebuildCalls } from './codebuild.js';
import { ec2Calls } from './ec2.js';
import { ecrCalls } from './ecr.js';
import { ecsCalls } from './ecs.js';
import { glueCalls } from './glue.js';
import { iamCalls } from './iam.js';
import { kmsCalls } from './kms.js';
import { lambdaCalls } from './lambda.js';
import { organizationsCalls } from './organizations.js';
import { rdsCalls } from './rds.js';
import { s3Calls } from './s3.js';
import { sagemakerCalls } from './sagemaker.js';
import { secretsManagerCalls } from './secrets-manager.js';
import { ssmCalls } from './ssm.js';
import { credentialCalls, stsCalls } from './sts.js';

/** Calls that read the account. */
export const READ_CALLS: readonly CollectorCall[] = [
  ...stsCalls,
  ...iamCalls,
  ...s3Calls,
  ...organizationsCalls,
  ...ecsCalls,
  ...lambdaCalls,
  ...rdsCalls,
  ...secretsManagerCalls,
  ...ssmCalls,
  ...kmsCalls,
  ...ec2Calls,
  ...ecrCalls,
  ...cloudformationCalls,
  ...codebuildCalls,
  ...glueCalls,
  ...sagemakerCalls,
];

/** `sts:AssumeRole`, sent only with --org-role: it obtains credentials and changes nothing. */
export const CREDENTIAL_CALLS: readonly CollectorCall[] = credentialCalls;

/** Command class names the clients let through. */
export function allowedCommandNames(): Set<string> {
  return new Set([...READ_CALLS, ...CREDENTIAL_CALLS].map((c) => c.command.name));
}
