// Three-valued logic with evidence: a gate or a policy set is true, false or unknown, and an
// unknown value carries the condition keys it depends on. AND/OR follow Kleene: false wins an AND,
// true wins an OR; only when the result is unknown do the keys of the unknown operands travel on.
import type { Truth } from './conditions/evaluate.js';

export interface Tri {
  truth: Truth;
  keys: string[];
}

export const T: Tri = { truth: true, keys: [] };
export const F: Tri = { truth: false, keys: [] };

export function unknown(keys: string[]): Tri {
  return { truth: 'unknown', keys };
}

export function and(...items: Tri[]): Tri {
  let keys: string[] | undefined;
  for (const item of items) {
    if (item.truth === false) return F;
    if (item.truth === 'unknown') (keys ??= []).push(...item.keys);
  }
  return keys ? unknown([...new Set(keys)]) : T;
}

export function or(...items: Tri[]): Tri {
  let keys: string[] | undefined;
  for (const item of items) {
    if (item.truth === true) return T;
    if (item.truth === 'unknown') (keys ??= []).push(...item.keys);
  }
  return keys ? unknown([...new Set(keys)]) : F;
}

export function not(item: Tri): Tri {
  return item.truth === 'unknown' ? item : item.truth ? F : T;
}

/** `and(a, b)` for hot paths: no rest array, and no new value when an operand is definite. An
 *  unknown result carries the same keys as `and`'s (possibly repeated: every consumer dedupes). */
export function and2(a: Tri, b: Tri): Tri {
  if (a.truth === false || b.truth === false) return F;
  if (a.truth === true) return b;
  if (b.truth === true) return a;
  return unknown([...new Set([...a.keys, ...b.keys])]);
}

/** `or(a, b)` for hot paths (see and2). */
export function or2(a: Tri, b: Tri): Tri {
  if (a.truth === true || b.truth === true) return T;
  if (a.truth === false) return b;
  if (b.truth === false) return a;
  return unknown([...new Set([...a.keys, ...b.keys])]);
}
