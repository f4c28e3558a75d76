// A parsed JSON document as a tree the fuzzer edits in place: every path in it, reading and writing
// at a path, and two values plain JSON cannot hold but a file can: a key written twice, and a
// nesting deeper than a recursive JSON.stringify can write. `toJsonText` writes both.
export type Path = (string | number)[];

/** `"key": first, "key": second` in the enclosing object (JSON.parse keeps the second). */
export class DuplicateKey {
  constructor(
    readonly first: unknown,
    readonly second: unknown,
  ) {}
}

/** `inner` wrapped in `depth` arrays (or objects `{"a": …}`), written without recursion. */
export class DeepNesting {
  constructor(
    readonly depth: number,
    readonly inner: unknown,
    readonly shape: 'array' | 'object',
  ) {}
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  typeof v === 'object' && v !== null && !(v instanceof DuplicateKey) && !(v instanceof DeepNesting);

/** Every path in the tree, root first, in document order (markers are leaves). */
export function allPaths(root: unknown): Path[] {
  const out: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    out.push(path);
    if (!isContainer(value)) continue;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
  }
  return out;
}

export function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) v = isContainer(v) ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** Replaces the value at `path` (the root when `path` is empty); returns the new root. */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent[key as number] = value;
  // defineProperty, not `=`: a key such as "__proto__" must become a member, as JSON.parse makes it.
  else if (isContainer(parent))
    Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
  return root;
}

/** Removes the member or item at `path` (not the root). */
export function removeAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isContainer(parent)) delete (parent as Record<string, unknown>)[key as string];
}

/** JSON text of the tree, writing DuplicateKey and DeepNesting markers as a file would hold them. */
export function toJsonText(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value instanceof DeepNesting) {
    const open = value.shape === 'array' ? '[' : '{"a":';
    const close = value.shape === 'array' ? ']' : '}';
    out.push(open.repeat(value.depth));
    write(value.inner, out);
    out.push(close.repeat(value.depth));
  } else if (value instanceof DuplicateKey) {
    write(value.second, out); // outside an object (e.g. an array item) only the kept value is written
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i) out.push(',');
      write(v === undefined ? null : v, out);
    });
    out.push(']');
  } else if (typeof value === 'object' && value !== null) {
    out.push('{');
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const members = v instanceof DuplicateKey ? [v.first, v.second] : [v];
      for (const m of members) {
        if (!first) out.push(',');
        first = false;
        out.push(JSON.stringify(k), ':');
        write(m, out);
      }
    }
    out.push('}');
  } else out.push(JSON.stringify(value) ?? 'null');
}
