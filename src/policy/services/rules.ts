// Per-service rules that AWS's general evaluation logic does not capture, each in its own file
// behind one interface (service-rules.ts), so the gate sequence in evaluate.ts stays one readable
// procedure. This file lists them.
import { iamRules } from './iam.js';
import { kmsRules } from './kms.js';
import { s3Rules } from './s3.js';
import type { ServiceRules } from './service-rules.js';
import { stsRules } from './sts.js';

// Each with all of its fields, in one order: one object shape for the per-request lookups.
const RULES = new Map<string, ServiceRules>(
  [stsRules, kmsRules, iamRules, s3Rules].map((r) => [
    r.service,
    {
      service: r.service,
      alwaysAllowed: r.alwaysAllowed,
      resourcePolicyType: r.resourcePolicyType,
      implicitDeny: r.implicitDeny,
    },
  ]),
);

export function rulesFor(service: string): ServiceRules | undefined {
  return RULES.get(service);
}
