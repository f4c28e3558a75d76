// scrubAwsResponse(body): every free-text field of an AWS response that can hold a credential,
// scrubbed in place (src/ingest/scrub/credential-forms.ts), by field name, in any service's response.
// The live collector runs it on every response before writing it; the dump reader on every file it
// reads. Environment variables are not touched here: the shared classifier reads them (and the
// collector replaces their values by redaction markers).
//
//   Tags / tags / TagList / TagSet        tag values, by tag key
//   Description / description             free text
//   command / entryPoint (string arrays)  argv (ECS container and health-check commands, overrides)
//   image / ImageUri                      image references (userinfo)
//   valueFrom                             secrets[] and secretOptions[]: ARN or parameter name only
//   dockerLabels / options / driverOpts / labels / Labels   named values (log driver options …)
//
// Iterative, not recursive: a hostile file nested ten thousand levels deep must not overflow the stack.
import { scrubArgv, scrubImage, scrubNamedValue, scrubText, scrubValueFrom } from './credential-forms.js';

type JsonObject = Record<string, unknown>;

const TAG_KEYS = new Set(['Tags', 'tags', 'TagList', 'TagSet']);
const TEXT_KEYS = new Set(['Description', 'description']);
const ARGV_KEYS = new Set(['command', 'entryPoint']);
const IMAGE_KEYS = new Set(['image', 'ImageUri']);
const NAMED_VALUE_KEYS = new Set(['dockerLabels', 'options', 'driverOpts', 'labels', 'Labels']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scrubNamedMap(map: JsonObject): void {
  for (const [name, value] of Object.entries(map)) {
    if (typeof value === 'string') map[name] = scrubNamedValue(name, value);
  }
}

function scrubTags(tags: unknown): void {
  if (isObject(tags)) return scrubNamedMap(tags);
  if (!Array.isArray(tags)) return;
  for (const tag of tags) {
    if (!isObject(tag)) continue;
    for (const [keyField, valueField] of [
      ['Key', 'Value'],
      ['key', 'value'],
    ] as const) {
      const key = tag[keyField];
      const value = tag[valueField];
      if (typeof value === 'string')
        tag[valueField] = scrubNamedValue(typeof key === 'string' ? key : '', value);
    }
  }
}

/** Scrubs one field of `owner` by its name; true when the field was handled (not to be walked further). */
function scrubField(owner: JsonObject, key: string): boolean {
  const value = owner[key];
  if (TAG_KEYS.has(key)) {
    scrubTags(value);
    return true;
  }
  if (typeof value === 'string') {
    if (TEXT_KEYS.has(key)) owner[key] = scrubText(value);
    else if (IMAGE_KEYS.has(key)) owner[key] = scrubImage(value);
    else if (key === 'valueFrom') owner[key] = scrubValueFrom(value);
    return true;
  }
  if (ARGV_KEYS.has(key) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    owner[key] = scrubArgv(value as string[]);
    return true;
  }
  if (NAMED_VALUE_KEYS.has(key) && isObject(value)) {
    scrubNamedMap(value);
    return false; // a nested object inside is walked too
  }
  return false;
}

/** Scrubs `body` in place and returns it. */
export function scrubAwsResponse<T>(body: T): T {
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (isObject(node)) {
      for (const key of Object.keys(node)) {
        if (scrubField(node, key)) continue;
        const child = node[key];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return body;
}
