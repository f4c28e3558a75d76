// KMS: a key's key policy must allow, even within one account; IAM policies count only when the
// key policy grants the account (`arn:aws:iam::<account>:root`). Aliases under `alias/aws/` belong
// to AWS-managed keys and cannot be created, changed or deleted by anyone.
import { isMutating, type ServiceRules } from './service-rules.js';

// (Module constants: a literal in a rule would be a new RegExp on every request.)
const KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//;
const AWS_ALIAS_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:alias\/aws\//;

export const kmsRules: ServiceRules = {
  service: 'kms',
  resourcePolicyType: (req) => (KEY_ARN.test(req.resource) ? 'key' : undefined),
  implicitDeny: (req) =>
    AWS_ALIAS_ARN.test(req.resource) && isMutating(req.catalog)
      ? 'aliases of AWS-managed keys (alias/aws/…) are immutable'
      : undefined,
};
