// A file's bytes broken the ways real files break: empty, truncated, a byte-order mark, trailing
// garbage, two documents in one file, invalid UTF-8, UTF-16, NUL bytes.
export const BROKEN_TEXTS = [
  'empty',
  'whitespace',
  'null',
  'array',
  'string',
  'truncated',
  'bom',
  'trailing-garbage',
  'two-documents',
  'invalid-utf8',
  'utf16',
  'nul-bytes',
] as const;
export type BrokenText = (typeof BROKEN_TEXTS)[number];

/** `text` broken the way `how` says (`cut` picks the position). */
export function brokenBytes(text: string, how: BrokenText, cut: number): Buffer {
  const at = cut % Math.max(1, text.length);
  switch (how) {
    case 'empty':
      return Buffer.alloc(0);
    case 'whitespace':
      return Buffer.from(' \n\t\n');
    case 'null':
      return Buffer.from('null');
    case 'array':
      return Buffer.from('[]');
    case 'string':
      return Buffer.from('"x"');
    case 'truncated':
      return Buffer.from(text.slice(0, at));
    case 'bom':
      return Buffer.from(`\ufeff${text}`);
    case 'trailing-garbage':
      return Buffer.from(`${text}\n}garbage`);
    case 'two-documents':
      return Buffer.from(`${text}\n${text}`);
    case 'invalid-utf8':
      return Buffer.concat([
        Buffer.from(text.slice(0, at)),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from(text.slice(at)),
      ]);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'nul-bytes':
      return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.alloc(3), Buffer.from(text.slice(at))]);
  }
}
