// The key of credential fingerprints. A fingerprint is HMAC-SHA-256(key, value) cut to 12 hex
// characters: without the key, a report's fingerprint cannot confirm a guessed password offline.
//
//   fingerprintKey(env): Buffer
//     1. $BLASTMAP_FINGERPRINT_KEY, when set and not empty (CI: a repository secret, so a baseline
//        made on one runner and a diff made on another agree);
//     2. otherwise the per-user key file `blastmap/fingerprint.key` under $XDG_CONFIG_HOME (default
//        ~/.config), created on first use with 32 random bytes, mode 0600 in a 0700 folder.
//   The same value fingerprints the same on one machine across runs (what `diff` needs); the key is
//   never written into a dump, a snapshot, a report or Neo4j.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { InputError } from '../snapshot/errors.js';

export const FINGERPRINT_KEY_ENV = 'BLASTMAP_FINGERPRINT_KEY';

/** Where the per-user key file lives for this environment. */
export function fingerprintKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME || path.join(env.HOME || homedir(), '.config');
  return path.join(config, 'blastmap', 'fingerprint.key');
}

export function fingerprintKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env[FINGERPRINT_KEY_ENV];
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const file = fingerprintKeyFile(env);
  try {
    const existing = readKey(file);
    if (existing) return existing;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      // `wx`: two runs starting at once both end up with the one key that was written first.
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const written = readKey(file);
    if (written) return written;
  } catch (err) {
    throw new InputError(
      `fingerprint key file unusable (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      { file },
      { hint: `set ${FINGERPRINT_KEY_ENV} to a secret string instead` },
    );
  }
  throw new InputError('fingerprint key file is empty', { file }, { hint: 'delete it to make a new key' });
}

function readKey(file: string): Buffer | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return text ? Buffer.from(text, 'utf8') : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
