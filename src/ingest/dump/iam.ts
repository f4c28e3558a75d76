// Account-level IAM files: the authorization details (required, possibly paged), and per user the
// access key ids and the login profile.
import type { IamData } from '../../snapshot/types.js';
import { normalizeAccessKeys, normalizeAuthorizationDetails } from '../normalize/iam.js';
import { type DumpContext, fileName, readWith } from './context.js';

export const GAAD = 'iam/get-account-authorization-details';

/** Undefined when the authorization details are absent or unusable (a gap is recorded). */
export async function readIam(dc: DumpContext): Promise<IamData | undefined> {
  const iam = await readWith(
    dc,
    { path: GAAD, service: 'iam', operation: 'get-account-authorization-details', paginated: true },
    normalizeAuthorizationDetails,
  );
  if (!iam) return undefined;
  for (const user of iam.users) {
    const keys = await readWith(
      dc,
      {
        path: `iam/list-access-keys/${fileName(user.name)}`,
        service: 'iam',
        operation: 'list-access-keys',
        resource: user.arn,
      },
      normalizeAccessKeys,
    );
    if (keys) user.accessKeys = keys;
    const profile = await readWith(
      dc,
      {
        path: `iam/get-login-profile/${fileName(user.name)}`,
        service: 'iam',
        operation: 'get-login-profile',
        resource: user.arn,
        noneCodes: ['NoSuchEntity'],
      },
      () => true,
    );
    if (profile !== undefined) user.hasLoginProfile = profile === true;
  }
  return iam;
}
