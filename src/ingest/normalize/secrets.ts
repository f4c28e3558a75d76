// Secrets Manager and SSM Parameter Store: list-secrets, get-resource-policy, describe-parameters.
//
//   normalizeSecrets(raw, ctx): Secret[]
//   normalizeSecretPolicy(raw, ctx, secretArn): PolicyDocumentJson | null | undefined
//       (no `ResourcePolicy` field = the secret has no policy = null; undecodable = undefined + gap)
//   normalizeParameters(raw, ctx): SsmParameter[]   (metadata only: values are never read)
import type { PolicyDocumentJson, Secret, SsmParameter } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

export function normalizeSecrets(raw: unknown, ctx: NormalizeContext): Secret[] {
  return eachItem(ctx, new Json(raw).list('SecretList'), (s) => {
    const secret: Secret = {
      arn: s.str('ARN'),
      name: s.str('Name'),
      region: ctx.region ?? 'unknown',
      tags: s.tags('Tags'),
    };
    const key = s.optStr('KmsKeyId');
    if (key) secret.kmsKeyId = key;
    const owner = s.optStr('OwningService');
    if (owner) secret.owningService = owner;
    const description = s.optStr('Description');
    if (description) secret.description = description;
    const rotation = s.optBool('RotationEnabled');
    if (rotation !== undefined) secret.rotationEnabled = rotation;
    return secret;
  });
}

export function normalizeSecretPolicy(
  raw: unknown,
  ctx: NormalizeContext,
  secretArn: string,
): PolicyDocumentJson | null | undefined {
  const root = new Json(raw);
  if (!root.has('ResourcePolicy')) return null;
  return readPolicyDocument(ctx, root.get('ResourcePolicy'), secretArn) ?? undefined;
}

export function normalizeParameters(raw: unknown, ctx: NormalizeContext): SsmParameter[] {
  return eachItem(ctx, new Json(raw).list('Parameters'), (p) => {
    const name = p.str('Name');
    const region = ctx.region ?? 'unknown';
    const parameter: SsmParameter = {
      name,
      arn:
        p.optStr('ARN') ??
        `arn:${ctx.partition}:ssm:${region}:${ctx.account}:parameter${name.startsWith('/') ? '' : '/'}${name}`,
      region,
      type: p.optStr('Type') ?? 'String',
    };
    for (const [key, field] of [
      ['KeyId', 'keyId'],
      ['Tier', 'tier'],
      ['Description', 'description'],
    ] as const) {
      const value = p.optStr(key);
      if (value) parameter[field] = value;
    }
    return parameter;
  });
}
