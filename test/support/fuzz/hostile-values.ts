// Values an input file can hold where a reader expects something else: every JSON type in place of
// every other, text that is valid JSON but not valid (or not printable) Unicode, names that are
// also JavaScript's own property names, and sizes far beyond what AWS returns.
import fc from 'fast-check';

/** A value of each JSON type, and the edge cases of each. */
export const wrongTypes: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e-308,
  2 ** 53 + 1,
  '',
  ' ',
  '0',
  'true',
  'null',
  [],
  [null],
  [[]],
  {},
  { '': null },
  [{}],
];

/** Text that JSON carries but a printer, encoder, file system or terminal may not. */
export const hostileTexts: string[] = [
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'prod\ud800',
  '\udc00x',
  '\u0000',
  'a\u0000b',
  '\u202eevil', // right-to-left override
  '\u200f\u2067x\u2069',
  '\u200b',
  '\ufeff',
  'e\u0301',
  '👩‍👩‍👧',
  '\n',
  'a\r\nb',
  '\t',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007',
  '\u0085\u2028\u2029',
  '%',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '..',
  '../../etc/passwd',
  '/',
  '*',
  '?',
  '${aws:username}',
  '<script>alert(1)</script>',
  '![x](https://example.com/x.png)',
  '`',
  "'",
  '"',
  '\\',
  'arn:aws:iam::*:role/*',
  'arn:aws:iam::999999999999:role/other-account',
  'arn:aws-cn:iam::111111111111:role/x',
  'arn:',
  'arn:::::',
  'arn:aws:iam::111111111111:role/',
  '111111111111',
  '-1',
  'NaN',
  '2026-13-45T99:99:99Z',
];

/** Keys that are also the names of JavaScript's own properties. */
export const hostileKeys: string[] = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
  ' ',
  'length',
];

/** Objects whose conversion to a string or number is not what a reader expects. */
export const hostileObjects: unknown[] = [
  { toString: 1 },
  { valueOf: 'x', toString: null },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: 1 } },
  { length: 3 },
];

/** Any UTF-16 code unit: lone surrogates and control characters included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A short string of arbitrary UTF-16 code units, or one of the hostile texts, or both joined. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileTexts) },
  { weight: 2, arbitrary: fc.string({ unit: anyUnit, maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...hostileTexts), fc.string({ unit: anyUnit, maxLength: 4 }))
      .map(([a, b]) => a + b),
  },
);

/** Strings far longer than AWS returns: 64 KB and (rarely) 1 MB. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(64 * 1024, 64 * 1024, 64 * 1024, 1024 * 1024),
    fc.constantFrom('A', 'é', ' ', '\ud83d\ude00', '%2'),
  )
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

/** A value to put where any other was: a wrong type, a hostile text or object, or a huge string. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...wrongTypes) },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(...hostileObjects) },
  // Rare: each one costs the whole pipeline a megabyte.
  {
    weight: 1,
    arbitrary: fc
      .constant(null)
      .chain(() => fc.oneof({ weight: 9, arbitrary: hostileString }, { weight: 1, arbitrary: hugeString })),
  },
);
