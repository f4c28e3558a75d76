// Per-service rules that AWS's general evaluation logic does not capture, each in its own file
// behind this one interface, so the gate sequence in evaluate.ts stays one readable procedure.
import type { CatalogAction } from '../catalog.js';
import { iamRules } from './iam.js';
import { kmsRules } from './kms.js';
import { s3Rules } from './s3.js';
import { stsRules } from './sts.js';

export interface ServiceRequest {
  /** Lower-cased `service:action`. */
  action: string;
  service: string;
  resource: string;
  catalog?: CatalogAction;
}

export interface ServiceRules {
  service: string;
  /** The request is allowed whatever the policies say (e.g. sts:GetCallerIdentity). */
  alwaysAllowed?(req: ServiceRequest): boolean;
  /** The kind of resource policy governing the request, when the service has a stricter one
   *  (role trust policies, KMS key policies must allow even within one account). */
  resourcePolicyType?(req: ServiceRequest): 'trust' | 'key' | undefined;
  /** A reason the request is implicitly denied whatever the policies say, if any. */
  implicitDeny?(req: ServiceRequest): string | undefined;
}

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

/** Whether the catalog action changes something (access levels other than List and Read). */
export function isMutating(action: CatalogAction | undefined): boolean {
  if (!action) return false;
  for (const level of action.accessLevels) if (level !== 'List' && level !== 'Read') return true;
  return false;
}
