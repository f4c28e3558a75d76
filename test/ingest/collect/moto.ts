// The moto server the collector tests talk to: its URL, a reset between tests, request
// authentication on/off, and SDK settings that keep every call on loopback with dummy credentials.
import type { Context } from 'mocha';
import { serviceUrl } from '../../support/services.js';

export const REGION = 'eu-west-1';
export const DUMMY_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** Environment for the collector under test: dummy keys, no metadata probing, few retries. */
export function motoEnvironment(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: REGION,
    // moto answers an API it does not implement with HTTP 500, which the SDK retries as transient.
    AWS_MAX_ATTEMPTS: '2',
  };
}

export function motoUrl(ctx: Context): string {
  return serviceUrl(ctx, 'BLASTMAP_MOTO_URL', 'moto server');
}

async function post(url: string, path: string, body?: string): Promise<void> {
  const res = await fetch(`${url}${path}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`moto ${path}: HTTP ${res.status}`);
}

export const resetMoto = (url: string): Promise<void> => post(url, '/moto-api/reset');

/** From the next request on, moto authenticates and authorizes every call (IAM policies apply). */
export const enableMotoAuth = (url: string): Promise<void> => post(url, '/moto-api/reset-auth', '0');
export const disableMotoAuth = (url: string): Promise<void> => post(url, '/moto-api/reset-auth', 'inf');

/** SDK client config for seeding: the emulator, dummy keys, path-style S3. */
export function seedConfig(url: string, credentials = DUMMY_CREDENTIALS) {
  return { endpoint: url, region: REGION, credentials, forcePathStyle: true, maxAttempts: 1 };
}
