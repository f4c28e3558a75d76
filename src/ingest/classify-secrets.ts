// Environment values are classified here and then dropped: the only place a value is ever held.
//
//   classifyEnvironment(variables, where): { environment, findings }
//     variables: `[{ name, value }]` (ECS) or `{ NAME: value }` (Lambda `Environment.Variables`)
//     where:     account, region and the location the values were seen at
//   returns the variables as `EnvironmentVariable`s (name + credential kind, never the value) and one
//   `CredentialFinding` per credential-like value (kind, keyed fingerprint, the key id for AWS key ids,
//   the target host for connection strings).
//
// Free text that can hold a credential (commands, tags, descriptions) is scrubbed by src/ingest/scrub/.
//
// Shared by the dump reader and the live collector. Rules are ordered: the first that matches wins.
// A value that is a redaction marker (src/ingest/redaction-marker.ts, written by the live collector in
// place of the value) carries the classification the collector made; it is taken as it is.
import { createHmac } from 'node:crypto';
import type { CredentialFinding, CredentialKind, EnvironmentVariable } from '../snapshot/types.js';
import { parseRedactionMarker } from './redaction-marker.js';

export type RawEnvironment = { name?: string; value?: string }[] | Record<string, string | undefined>;

export interface EnvironmentLocation {
  account: string;
  region?: string;
  location: CredentialFinding['location'];
  /** The key fingerprints are made with (src/ingest/fingerprint-key.ts). */
  fingerprintKey: Buffer;
}

export interface Classification {
  kind: CredentialKind;
  accessKeyId?: string;
  target?: string;
}

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z2-7]{16}$/;
// scheme://user:password@host — the password must be non-empty and not a placeholder.
const CONNECTION_STRING = /^[a-z][a-z0-9+.-]*:\/\/([^:/?#@\s]*):([^@\s/]+)@(?:\[([^\]]+)\]|([^/?#:@\s,]+))/i;
const KNOWN_TOKENS: RegExp[] = [
  /^gh[pousr]_[A-Za-z0-9]{20,}$/, // GitHub
  /^github_pat_[A-Za-z0-9_]{20,}$/,
  /^xox[abposr]-[A-Za-z0-9-]{10,}$/, // Slack
  /^(sk|rk)_live_[A-Za-z0-9]{10,}$/, // Stripe
  /^glpat-[A-Za-z0-9_-]{20}$/, // GitLab
  /^npm_[A-Za-z0-9]{36}$/,
  /^AIza[0-9A-Za-z_-]{35}$/, // Google API key
  /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, // JWT
];
const SECRET_KEY_SHAPE = /^[A-Za-z0-9/+=]{40}$/;
const PASSWORD_NAME = /PASSWORD|PASSWD|PWD|(^|_)PASS($|_)/i;
const SECRET_NAME = /SECRET/i;
const TOKEN_NAME = /TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|AUTH/i;
const CREDENTIAL_NAME = /SECRET|PRIVATE[_-]?KEY|CREDENTIAL|SIGNING[_-]?KEY|ENCRYPTION[_-]?KEY/i;

export function isPlaceholder(value: string): boolean {
  // References and templates are not credentials: `${DB_PASS}`, `{{x}}`, ARNs of secrets, `changeme`.
  // (`$DB_PASS` is not taken as a reference: a real password may start with `$`.)
  return (
    /^\$\{.*\}$|^\{\{.*\}\}$|^<.*>$|^arn:/.test(value) ||
    /^(changeme|xxx+|\*+|none|null|true|false)$/i.test(value)
  );
}

/** Shannon entropy in bits per character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function looksRandom(value: string): boolean {
  return value.length >= 16 && !/\s/.test(value) && entropy(value) >= 3.5;
}

/** The credential kind a (name, value) pair looks like, or undefined. Pure; never keeps the value. */
export function classifyValue(name: string, value: string): Classification | undefined {
  const v = value.trim();
  if (v === '' || isPlaceholder(v)) return undefined;
  if (PRIVATE_KEY.test(v)) return { kind: 'private-key' };
  if (ACCESS_KEY_ID.test(v)) return { kind: 'aws-access-key-id', accessKeyId: v };
  const conn = CONNECTION_STRING.exec(v);
  if (conn && !isPlaceholder(conn[2])) return { kind: 'connection-string', target: conn[3] ?? conn[4] };
  if (KNOWN_TOKENS.some((re) => re.test(v))) return { kind: 'token' };
  if (
    SECRET_KEY_SHAPE.test(v) &&
    (SECRET_NAME.test(name) || (/[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v)))
  ) {
    return { kind: 'aws-secret-access-key' };
  }
  if (PASSWORD_NAME.test(name)) return { kind: 'password' };
  if (TOKEN_NAME.test(name) && looksRandom(v)) return { kind: 'token' };
  if (CREDENTIAL_NAME.test(name) && (looksRandom(v) || v.length >= 8)) return { kind: 'generic-secret' };
  return undefined;
}

/**
 * First 12 hex characters of HMAC-SHA-256 under `key`: equal values match across findings and runs on
 * one machine; without the key a guess cannot be confirmed (an unkeyed hash of a weak password can).
 */
export function fingerprint(value: string, key: Buffer): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 12);
}

export function classifyEnvironment(
  variables: RawEnvironment | undefined | null,
  where: EnvironmentLocation,
): { environment: EnvironmentVariable[]; findings: CredentialFinding[] } {
  const pairs: [string, string][] = Array.isArray(variables)
    ? variables
        .filter((v) => typeof v?.name === 'string')
        .map((v) => [v.name as string, typeof v.value === 'string' ? v.value : ''])
    : Object.entries(variables ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : '']);
  const environment: EnvironmentVariable[] = [];
  const findings: CredentialFinding[] = [];
  for (const [name, value] of pairs) {
    const marker = parseRedactionMarker(value);
    const hit: (Classification & { fingerprint?: string }) | undefined = marker
      ? marker.kind && {
          kind: marker.kind,
          fingerprint: marker.fingerprint,
          accessKeyId: marker.accessKeyId,
          target: marker.target,
        }
      : classifyValue(name, value);
    if (!hit) {
      environment.push({ name });
      continue;
    }
    environment.push({ name, credential: hit.kind });
    const finding: CredentialFinding = {
      account: where.account,
      ...(where.region ? { region: where.region } : {}),
      location: where.location,
      variable: name,
      kind: hit.kind,
      fingerprint: hit.fingerprint ?? fingerprint(value.trim(), where.fingerprintKey),
    };
    if (hit.accessKeyId) finding.accessKeyId = hit.accessKeyId;
    if (hit.target) finding.target = hit.target;
    findings.push(finding);
  }
  return { environment, findings };
}
