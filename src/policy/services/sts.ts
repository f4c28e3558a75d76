// STS: assuming a role is governed by the role's trust policy, which (like a KMS key policy) must
// allow even within one account; a trust policy naming the account only delegates to the caller's
// IAM policies. sts:GetCallerIdentity needs no permission and cannot be denied.
import type { ServiceRules } from './service-rules.js';

const TRUST_ACTIONS = new Set([
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
]);

// (A module constant: a literal in the rule would be a new RegExp on every request.)
const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\//;

export const stsRules: ServiceRules = {
  service: 'sts',
  alwaysAllowed: (req) => req.action === 'sts:getcalleridentity',
  resourcePolicyType: (req) =>
    TRUST_ACTIONS.has(req.action) && ROLE_ARN.test(req.resource) ? 'trust' : undefined,
};
