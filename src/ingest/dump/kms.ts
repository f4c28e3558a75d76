// Regional KMS files: the key list, and per key its metadata and key policy; aliases when the dump
// has `kms/list-aliases.json` (an optional extra of the layout: its absence is not a gap).
import type { KmsKey } from '../../snapshot/types.js';
import { normalizeAliases, normalizeKey, normalizeKeyList, normalizeKeyPolicy } from '../normalize/kms.js';
import { type DumpContext, fileName, readWith } from './context.js';
import { warnDescribedOther } from './described-other.js';

export async function readKms(dc: DumpContext, region: string): Promise<KmsKey[]> {
  const base = `${region}/kms`;
  const listed =
    (await readWith(
      dc,
      { path: `${base}/list-keys`, region, service: 'kms', operation: 'list-keys', paginated: true },
      normalizeKeyList,
    )) ?? [];
  const aliasesFile = `${dc.account}/${base}/list-aliases`;
  const hasAliases = [`${aliasesFile}.json`, `${aliasesFile}.1.json`, `${aliasesFile}.error.json`].some((f) =>
    dc.files.has(f),
  );
  const aliases = hasAliases
    ? ((await readWith(
        dc,
        { path: `${base}/list-aliases`, region, service: 'kms', operation: 'list-aliases', paginated: true },
        normalizeAliases,
      )) ?? new Map<string, string[]>())
    : new Map<string, string[]>();
  const keys: KmsKey[] = [];
  for (const item of listed) {
    const { id, arn } = item;
    const spec = (operation: string) => ({
      path: `${base}/${operation}/${fileName(id)}`,
      region,
      service: 'kms',
      operation,
      resource: arn,
    });
    const described = await readWith(dc, spec('describe-key'), normalizeKey);
    const key = described ?? { arn, id, region, aliases: [] };
    if (described && described.id !== id && described.arn !== arn) {
      warnDescribedOther(dc, item, 'key', arn, spec('describe-key').path, described.arn);
    }
    key.aliases = [...(aliases.get(id) ?? [])].sort();
    const policy = await readWith(dc, spec('get-key-policy'), (raw, ctx) =>
      normalizeKeyPolicy(raw, ctx, arn),
    );
    if (policy !== undefined) key.policy = policy;
    keys.push(key);
  }
  return keys;
}
