// IAM: AWS-managed policies (`arn:aws:iam::aws:policy/…`) and AWS-reserved roles (path
// `/aws-reserved/`, e.g. IAM Identity Center roles) can be read but never changed by a customer,
// whatever the customer's policies allow. The trust and permissions policies of a service-linked
// role (path `/aws-service-role/`) are defined by its service: a customer may delete the role or
// edit its description, not rewrite its policies.
import { isMutating, type ServiceRules } from './service-rules.js';

const SERVICE_LINKED_ROLE_POLICY_CHANGES = new Set([
  'iam:attachrolepolicy',
  'iam:detachrolepolicy',
  'iam:putrolepolicy',
  'iam:deleterolepolicy',
  'iam:updateassumerolepolicy',
  'iam:putrolepermissionsboundary',
  'iam:deleterolepermissionsboundary',
  'iam:deleterole',
]);

// (Module constants: literals in the rule would be new RegExps on every request.)
const MANAGED_POLICY_ARN = /^arn:[^:]+:iam::aws:policy\//;
const RESERVED_ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\/aws-reserved\//;
const SERVICE_LINKED_ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\/aws-service-role\//;

export const iamRules: ServiceRules = {
  service: 'iam',
  implicitDeny: (req) => {
    if (!isMutating(req.catalog)) return undefined;
    if (MANAGED_POLICY_ARN.test(req.resource)) return 'AWS-managed policies are immutable';
    if (RESERVED_ROLE_ARN.test(req.resource)) return 'AWS-reserved roles are immutable';
    if (SERVICE_LINKED_ROLE_ARN.test(req.resource) && SERVICE_LINKED_ROLE_POLICY_CHANGES.has(req.action)) {
      return 'the policies of a service-linked role are defined by its service';
    }
    return undefined;
  },
};
