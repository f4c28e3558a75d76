// IAM: AWS-managed policies (`arn:aws:iam::aws:policy/…`) and AWS-reserved roles (path
// `/aws-reserved/`, e.g. IAM Identity Center roles) can be read but never changed by a customer,
// whatever the customer's policies allow.
import { isMutating, type ServiceRules } from './rules.js';

export const iamRules: ServiceRules = {
  service: 'iam',
  implicitDeny: (req) => {
    if (!isMutating(req.catalog)) return undefined;
    if (/^arn:[^:]+:iam::aws:policy\//.test(req.resource)) return 'AWS-managed policies are immutable';
    if (/^arn:[^:]+:iam::\d{12}:role\/aws-reserved\//.test(req.resource))
      return 'AWS-reserved roles are immutable';
    return undefined;
  },
};
