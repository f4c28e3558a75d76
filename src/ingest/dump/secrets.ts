// Regional Secrets Manager files: the secret list (metadata only) and each secret's resource policy.
import type { Secret } from '../../snapshot/types.js';
import { normalizeSecretPolicy, normalizeSecrets } from '../normalize/secrets.js';
import { type DumpContext, fileName, readWith } from './context.js';

export async function readSecrets(dc: DumpContext, region: string): Promise<Secret[]> {
  const base = `${region}/secretsmanager`;
  const secrets =
    (await readWith(
      dc,
      {
        path: `${base}/list-secrets`,
        region,
        service: 'secretsmanager',
        operation: 'list-secrets',
        paginated: true,
      },
      normalizeSecrets,
    )) ?? [];
  for (const secret of secrets) {
    const policy = await readWith(
      dc,
      {
        path: `${base}/get-resource-policy/${fileName(secret.name)}`,
        region,
        service: 'secretsmanager',
        operation: 'get-resource-policy',
        resource: secret.arn,
        noneCodes: ['ResourceNotFoundException'],
      },
      (raw, ctx) => normalizeSecretPolicy(raw, ctx, secret.arn),
    );
    if (policy !== undefined) secret.resourcePolicy = policy;
  }
  return secrets;
}
