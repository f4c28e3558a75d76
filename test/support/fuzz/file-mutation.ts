// One edit of a dump folder: a JSON edit inside a file (most cases), the file's bytes broken
// (empty, truncated, a byte-order mark, invalid UTF-8, UTF-16, two documents), the file renamed
// oddly, removed, replaced by a folder, a stray file beside it, or the account folder misnamed.
import fc from 'fast-check';
import { BROKEN_TEXTS, type BrokenText, brokenBytes } from './broken-bytes.js';
import { type JsonMutation, applyMutation, jsonMutation } from './json-mutation.js';
import { toJsonText } from './json-tree.js';
import { type OddName, oddName, renameOdd } from './odd-file-names.js';

/** A file as the fuzzer holds it: a JSON tree, raw bytes, or a folder. */
export type DumpEntry = { kind: 'json'; value: unknown } | { kind: 'bytes'; data: Buffer } | { kind: 'dir' };
/** Relative path (`111111111111/iam/…json`) → entry. */
export type DumpTree = Map<string, DumpEntry>;

export type FileMutation =
  | { kind: 'json'; file: number; edits: JsonMutation[] }
  | { kind: 'bytes'; file: number; broken: BrokenText; cut: number }
  | { kind: 'rename'; file: number; name: OddName }
  | { kind: 'remove'; file: number }
  | { kind: 'folder'; file: number }
  | { kind: 'stray'; file: number; name: OddName }
  | { kind: 'account-folder'; name: string };

const file = fc.nat();

export const fileMutation: fc.Arbitrary<FileMutation> = fc.oneof(
  {
    weight: 16,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      file,
      edits: fc.array(jsonMutation, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bytes' as const),
      file,
      broken: fc.constantFrom(...BROKEN_TEXTS),
      cut: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), file, name: oddName }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), file }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('folder' as const), file }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stray' as const), file, name: oddName }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('account-folder' as const),
      name: fc.constantFrom(
        '11111111111',
        '1111111111111',
        'prod',
        '111111111111 ',
        '１１１１１１１１１１１１',
        '111111111111.json',
        '.111111111111',
      ),
    }),
  },
);

/** The bytes of an entry as written to disk. */
export function entryBytes(entry: DumpEntry): Buffer | undefined {
  if (entry.kind === 'dir') return undefined;
  return entry.kind === 'bytes' ? entry.data : Buffer.from(toJsonText(entry.value), 'utf8');
}

const files = (tree: DumpTree) => [...tree.keys()].filter((k) => tree.get(k)!.kind !== 'dir').sort();

/** Applies `m` to the tree in place. */
export function applyFileMutation(tree: DumpTree, m: FileMutation): void {
  if (m.kind === 'account-folder') {
    for (const [k, v] of [...tree]) {
      const slash = k.indexOf('/');
      tree.delete(k);
      tree.set(`${m.name}${k.slice(slash)}`, v);
    }
    return;
  }
  const all = files(tree);
  if (!all.length) return;
  const target = all[m.file % all.length];
  const entry = tree.get(target)!;
  const folder = target.slice(0, target.lastIndexOf('/'));
  const base = target.slice(target.lastIndexOf('/') + 1);
  switch (m.kind) {
    case 'json':
      if (entry.kind === 'json') {
        let value = entry.value;
        for (const edit of m.edits) value = applyMutation(value, edit);
        tree.set(target, { kind: 'json', value });
      }
      return;
    case 'bytes':
      tree.set(target, {
        kind: 'bytes',
        data: brokenBytes(entryBytes(entry)!.toString('utf8'), m.broken, m.cut),
      });
      return;
    case 'rename':
      tree.delete(target);
      tree.set(`${folder}/${renameOdd(base, m.name)}`, entry);
      return;
    case 'remove':
      tree.delete(target);
      return;
    case 'folder':
      tree.set(target, { kind: 'dir' });
      return;
    case 'stray':
      tree.set(`${folder}/${renameOdd(base, m.name)}`, { kind: 'bytes', data: entryBytes(entry)! });
      return;
  }
}
