// KMS: list-keys, describe-key, get-key-policy (and list-aliases when present).
//
//   normalizeKeyList(raw, ctx): ListedKey[]           ({ id, arn } and where the key is listed)
//   normalizeKey(raw, ctx, fallback): KmsKey            (describe-key; policy left undefined)
//   normalizeKeyPolicy(raw, ctx, keyArn): PolicyDocumentJson | undefined   ({ Policy: "<json string>" })
//   normalizeAliases(raw, ctx): Map<keyId, aliasName[]>
import type { KmsKey, PolicyDocumentJson } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

/** A key as list-keys names it, with where it is listed (to name it in a diagnostic). */
export interface ListedKey {
  id: string;
  arn: string;
  file?: string;
  jsonPath: string;
}

export function normalizeKeyList(raw: unknown, ctx: NormalizeContext): ListedKey[] {
  return eachItem(ctx, new Json(raw).list('Keys'), (k) => {
    const id = k.name('KeyId');
    return {
      id,
      arn: k.optStr('KeyArn') ?? `arn:${ctx.partition}:kms:${ctx.region}:${ctx.account}:key/${id}`,
      jsonPath: k.path,
      ...(ctx.file ? { file: ctx.file } : {}),
    };
  });
}

export function normalizeKey(raw: unknown, ctx: NormalizeContext): KmsKey {
  const m = new Json(raw).get('KeyMetadata');
  const key: KmsKey = { arn: m.str('Arn'), id: m.str('KeyId'), region: ctx.region ?? 'unknown', aliases: [] };
  for (const [k, field] of [
    ['KeyManager', 'keyManager'],
    ['KeyState', 'keyState'],
    ['KeyUsage', 'keyUsage'],
    ['Description', 'description'],
  ] as const) {
    const value = m.optStr(k);
    if (value) key[field] = value;
  }
  return key;
}

export function normalizeKeyPolicy(
  raw: unknown,
  ctx: NormalizeContext,
  keyArn: string,
): PolicyDocumentJson | undefined {
  return readPolicyDocument(ctx, new Json(raw).get('Policy'), keyArn) ?? undefined;
}

export function normalizeAliases(raw: unknown, ctx: NormalizeContext): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  eachItem(ctx, new Json(raw).list('Aliases'), (a) => {
    const target = a.optStr('TargetKeyId');
    if (target) byKey.set(target, [...(byKey.get(target) ?? []), a.str('AliasName')]);
    return undefined;
  });
  return byKey;
}
