// The interface of a service's own rules (each service file implements it; rules.ts lists them).
import type { CatalogAction } from '../catalog.js';

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

/** Whether the catalog action changes something (access levels other than List and Read). */
export function isMutating(action: CatalogAction | undefined): boolean {
  if (!action) return false;
  for (const level of action.accessLevels) if (level !== 'List' && level !== 'Read') return true;
  return false;
}
