// File names a dump folder can hold instead of the layout's: other encodings of the resource name,
// other extensions, page and error suffixes, invisible and right-to-left characters, the longest
// name a file system allows. Each is a valid Linux file name (no `/`, no NUL, at most 255 bytes).
import fc from 'fast-check';

export const ODD_NAMES = [
  'double-encoded',
  'decoded',
  'upper-extension',
  'double-extension',
  'error-file',
  'page-1',
  'page-0',
  'trailing-space',
  'rtl',
  'zero-width',
  'lone-surrogate',
  'percent',
  'longest',
  'hidden',
  'no-extension',
] as const;
export type OddName = (typeof ODD_NAMES)[number];
export const oddName: fc.Arbitrary<OddName> = fc.constantFrom(...ODD_NAMES);

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `file` (a base name ending in `.json`) renamed the odd way. */
export function renameOdd(file: string, odd: OddName): string {
  const stem = file.replace(/\.json$/, '');
  const name = (() => {
    switch (odd) {
      case 'double-encoded':
        return `${encodeURIComponent(stem)}.json`;
      case 'decoded':
        return `${safeDecode(stem).replace(/\//g, '%2F')}.json`;
      case 'upper-extension':
        return `${stem}.JSON`;
      case 'double-extension':
        return `${stem}.json.json`;
      case 'error-file':
        return `${stem}.error.json`;
      case 'page-1':
        return `${stem}.1.json`;
      case 'page-0':
        return `${stem}.0.json`;
      case 'trailing-space':
        return `${stem} .json`;
      case 'rtl':
        return `\u202e${stem}.json`;
      case 'zero-width':
        return `${stem}\u200b.json`;
      case 'lone-surrogate':
        return `${stem}\ud800.json`; // written as U+FFFD by the file system layer
      case 'percent':
        return `${stem}%.json`;
      case 'longest':
        return `${stem}${'x'.repeat(255)}`.slice(0, 250) + '.json';
      case 'hidden':
        return `.${stem}.json`;
      case 'no-extension':
        return stem;
    }
  })();
  return Buffer.byteLength(name) > 255 ? name.slice(0, 120) : name;
}
