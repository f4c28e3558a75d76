// Environment values are classified by the shared classifier (the dump reader's) and replaced by a
// redaction marker BEFORE anything is written: no value from the account reaches the disk.
import type { CredentialFinding } from '../../snapshot/types.js';
import { classifyEnvironment } from '../classify-secrets.js';
import { formatRedactionMarker } from '../redaction-marker.js';

export interface EnvironmentRedactor {
  /** The marker that replaces `value` of variable `name` seen at `location`. */
  marker(
    name: string,
    value: string | undefined,
    region: string,
    location: CredentialFinding['location'],
  ): string;
}

export function createRedactor(account: string, fingerprintKey: Buffer): EnvironmentRedactor {
  return {
    marker(name, value, region, location) {
      const { findings } = classifyEnvironment([{ name, value: value ?? '' }], {
        account,
        region,
        location,
        fingerprintKey,
      });
      const hit = findings[0];
      return formatRedactionMarker(
        hit
          ? { kind: hit.kind, fingerprint: hit.fingerprint, accessKeyId: hit.accessKeyId, target: hit.target }
          : {},
      );
    },
  };
}
