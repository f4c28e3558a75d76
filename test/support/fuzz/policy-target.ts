// Target 4, the policy parser and engine: one policy document of the fixture snapshot (a trust,
// inline, managed, bucket, key, secret, function or organization policy) edited inside and given
// in an odd form, then read by the parser as every policy type and analysed as `diff` does
// (access model, attack graph, analysis) and rendered. In-process, without the schema check of a
// snapshot file: the engine must stand documents that only the dump reader's leniency lets through.
import fc from 'fast-check';
import { tooDeepAt } from '../../../src/ingest/dump/files.js';
import type { PolicyType } from '../../../src/policy/api.js';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { type JsonMutation, applyMutation, jsonMutation } from './json-mutation.js';
import { allPaths, getAt, setAt, toJsonText } from './json-tree.js';
import type { Outcome } from './outcome.js';
import { type PolicyEncoding, encodePolicy, policyDocumentIn } from './policy-encodings.js';

const TYPES: PolicyType[] = ['identity', 'resource', 'trust', 'key', 'boundary', 'session', 'scp', 'rcp'];

export interface PolicyCase {
  at: number;
  edits: JsonMutation[];
  encoding: PolicyEncoding;
  /** Analyse the snapshot too (one case in three: the parser alone costs far less). */
  analyse: boolean;
}

export const policyCase: fc.Arbitrary<PolicyCase> = fc.record({
  at: fc.nat(),
  edits: fc.array(jsonMutation, { minLength: 1, maxLength: 4 }),
  // The dump reader decodes strings and refuses what is not an object: the engine gets objects.
  encoding: fc.constantFrom<PolicyEncoding>('object', 'object', 'object', 'statement-object'),
  analyse: fc.constantFrom(true, false, false),
});

export interface PolicyEngine {
  parsePolicy: (doc: unknown, id: string, type: PolicyType) => unknown;
  analyse: (snapshot: Snapshot) => void;
}

export function runPolicyCase(c: PolicyCase, base: Snapshot, engine: PolicyEngine): Outcome {
  const snapshot = structuredClone(base);
  const slots = allPaths(snapshot).filter((p) => {
    const v = getAt(snapshot, p);
    return typeof v === 'object' && v !== null && !Array.isArray(v) && policyDocumentIn(v) !== undefined;
  });
  const slot = slots[c.at % slots.length];
  let doc: unknown = structuredClone(getAt(snapshot, slot));
  for (const edit of c.edits) doc = applyMutation(doc, edit);
  // An edit of the whole document that made it something else: that becomes its Statement.
  const object =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc)
      ? (doc as Record<string, unknown>)
      : { Version: '2012-10-17', Statement: doc };
  const encoded = encodePolicy(object, c.encoding, c.at);
  // As the reader would hand it over: parsed JSON (a key written twice, a deep nesting made real),
  // or refused as the reader refuses it (too deep to be walked).
  const text = toJsonText(encoded);
  const outcome: Outcome = { target: 'policy', code: 0, drops: [] };
  if (tooDeepAt(text) >= 0) return { ...outcome, code: 2 };
  const placed: unknown = JSON.parse(text);
  setAt(snapshot, slot, placed);
  try {
    for (const type of TYPES) engine.parsePolicy(placed, `fuzz#${type}`, type);
    if (c.analyse) engine.analyse(snapshot);
  } catch (err) {
    outcome.code = 1;
    outcome.internalError =
      `${slot.join('.')}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`.slice(0, 2000);
  }
  return outcome;
}
