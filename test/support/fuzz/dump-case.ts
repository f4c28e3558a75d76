// A dump-reader case: the fixture's authorization details plus one or two units (dump-units.ts),
// then one to three edits of the folder (file-mutation.ts).
import fc from 'fast-check';
import { type DumpUnit, FUZZ_ACCOUNT, fuzzAuthorizationDetails } from './dump-units.js';
import { type DumpTree, type FileMutation, applyFileMutation, fileMutation } from './file-mutation.js';

export interface DumpCase {
  units: number[];
  edits: FileMutation[];
}

export const dumpCase: fc.Arbitrary<DumpCase> = fc.record({
  units: fc.uniqueArray(fc.nat(), { minLength: 0, maxLength: 2 }),
  edits: fc.array(fileMutation, { minLength: 1, maxLength: 3 }),
});

function parsed(text: string): DumpTree extends Map<string, infer E> ? E : never {
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'bytes', data: Buffer.from(text) };
  }
}

/** The folder of a case, before it is written. */
export function dumpTree(c: DumpCase, units: DumpUnit[], gaad = fuzzAuthorizationDetails()): DumpTree {
  const tree: DumpTree = new Map();
  tree.set(`${FUZZ_ACCOUNT}/iam/get-account-authorization-details.json`, parsed(gaad));
  for (const index of c.units) {
    for (const [rel, text] of units[index % units.length].files)
      tree.set(`${FUZZ_ACCOUNT}/${rel}`, parsed(text));
  }
  for (const edit of c.edits) applyFileMutation(tree, edit);
  return tree;
}
