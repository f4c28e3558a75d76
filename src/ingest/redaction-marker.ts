// The marker the live collector writes in place of an environment value, so a collected dump keeps
// the AWS response shape without holding any value. The dump reader recognises it and restores the
// classification the collector made (kind, fingerprint, key id, target) without seeing the value.
//
//   <redacted>                                        not credential-like
//   <redacted:KIND:FINGERPRINT>                       credential-like (KIND = CredentialKind)
//   <redacted:aws-access-key-id:FINGERPRINT:key=AKIA…>   key ids are not secret and link to the user
//   <redacted:connection-string:FINGERPRINT:target=HOST> HOST is encodeURIComponent-ed
import type { CredentialKind } from '../snapshot/types.js';
import { decodeUriPart, encodeUriPart } from '../snapshot/well-formed.js';

export interface RedactedValue {
  /** Absent: the value did not look like a credential. */
  kind?: CredentialKind;
  fingerprint?: string;
  accessKeyId?: string;
  target?: string;
}

const KINDS: ReadonlySet<string> = new Set<CredentialKind>([
  'aws-access-key-id',
  'aws-secret-access-key',
  'password',
  'connection-string',
  'private-key',
  'token',
  'generic-secret',
]);

export function formatRedactionMarker(value: RedactedValue): string {
  if (!value.kind || !value.fingerprint) return '<redacted>';
  const parts = ['redacted', value.kind, value.fingerprint];
  if (value.accessKeyId) parts.push(`key=${value.accessKeyId}`);
  if (value.target) parts.push(`target=${encodeUriPart(value.target)}`);
  return `<${parts.join(':')}>`;
}

/** The classification carried by a marker, or undefined when `text` is not a marker (a real value). */
export function parseRedactionMarker(text: string): RedactedValue | undefined {
  if (text === '<redacted>') return {};
  const m = /^<redacted:([a-z-]+):([0-9a-f]{12})((?::[a-z]+=[^:>]*)*)>$/.exec(text);
  if (!m || !KINDS.has(m[1]!)) return undefined;
  const out: RedactedValue = { kind: m[1] as CredentialKind, fingerprint: m[2] };
  for (const extra of (m[3] ?? '').split(':').filter(Boolean)) {
    const eq = extra.indexOf('=');
    const key = extra.slice(0, eq);
    const val = extra.slice(eq + 1);
    if (key === 'key') out.accessKeyId = val;
    else if (key === 'target') out.target = decodeUriPart(val);
  }
  return out;
}
