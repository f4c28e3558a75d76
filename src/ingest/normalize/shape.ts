// Reading raw AWS responses defensively: every accessor knows its JSON path, so a wrong type becomes
// a `ShapeError` naming `$.RoleDetailList[3].RoleName` instead of a crash deep in the analysis.
// Accepts both CLI JSON (dates as strings) and SDK v3 objects (dates as `Date`).

export class ShapeError extends Error {
  constructor(
    readonly jsonPath: string,
    message: string,
  ) {
    super(message);
    this.name = 'ShapeError';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' || typeof value === 'undefined'
    ? `an ${typeof value}`
    : `a ${typeof value}`;
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A JSON value together with its path from the document root. */
export class Json {
  constructor(
    readonly value: unknown,
    readonly path = '$',
  ) {}

  isObject(): boolean {
    return typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value);
  }

  private object(): Record<string, unknown> {
    if (!this.isObject())
      throw new ShapeError(this.path, `expected an object, found ${describe(this.value)}`);
    return this.value as Record<string, unknown>;
  }

  /** The member `key` (its value may be undefined). Throws if this is not an object. */
  get(key: string): Json {
    return new Json(this.object()[key], childPath(this.path, key));
  }

  has(key: string): boolean {
    return this.object()[key] !== undefined && this.object()[key] !== null;
  }

  keys(): string[] {
    return Object.keys(this.object());
  }

  /** Items of an array member; absent or null = empty. */
  list(key: string): Json[] {
    return this.get(key).items();
  }

  items(): Json[] {
    if (this.value === undefined || this.value === null) return [];
    if (!Array.isArray(this.value))
      throw new ShapeError(this.path, `expected an array, found ${describe(this.value)}`);
    return this.value.map((v, i) => new Json(v, childPath(this.path, i)));
  }

  str(key: string): string {
    const v = this.get(key);
    if (typeof v.value !== 'string')
      throw new ShapeError(v.path, `expected a string, found ${describe(v.value)}`);
    return v.value;
  }

  /** A resource name the reader builds a file name from: a string that is not empty (AWS names
   *  never are; an empty one would name no file and no resource). */
  name(key: string): string {
    const v = this.str(key);
    if (v === '') throw new ShapeError(this.get(key).path, 'expected a name, found an empty string');
    return v;
  }

  optStr(key: string): string | undefined {
    const v = this.get(key);
    if (v.value === undefined || v.value === null) return undefined;
    if (typeof v.value !== 'string')
      throw new ShapeError(v.path, `expected a string, found ${describe(v.value)}`);
    return v.value;
  }

  /** A timestamp: ISO string from the CLI or `Date` from the SDK. */
  optDate(key: string): string | undefined {
    const v = this.get(key);
    if (v.value instanceof Date) return v.value.toISOString();
    return this.optStr(key);
  }

  optNum(key: string): number | undefined {
    const v = this.get(key);
    if (v.value === undefined || v.value === null) return undefined;
    if (typeof v.value !== 'number')
      throw new ShapeError(v.path, `expected a number, found ${describe(v.value)}`);
    return v.value;
  }

  optBool(key: string): boolean | undefined {
    const v = this.get(key);
    if (v.value === undefined || v.value === null) return undefined;
    if (typeof v.value !== 'boolean')
      throw new ShapeError(v.path, `expected a boolean, found ${describe(v.value)}`);
    return v.value;
  }

  bool(key: string, fallback: boolean): boolean {
    return this.optBool(key) ?? fallback;
  }

  /** An array of strings; absent = empty. */
  strings(key: string): string[] {
    return this.list(key).map((item) => {
      if (typeof item.value !== 'string') {
        throw new ShapeError(item.path, `expected a string, found ${describe(item.value)}`);
      }
      return item.value;
    });
  }

  /** AWS tag lists: `[{Key, Value}]` (most services) or `[{key, value}]` (ECS); absent = `{}`. */
  tags(key: string): Record<string, string> {
    const tags: Record<string, string> = {};
    const v = this.get(key);
    if (v.isObject()) {
      // Lambda and a few others return a plain map.
      for (const k of v.keys()) tags[k] = v.str(k);
      return tags;
    }
    for (const item of v.items()) {
      const name = item.optStr('Key') ?? item.str('key');
      tags[name] = item.optStr('Value') ?? item.optStr('value') ?? '';
    }
    return tags;
  }
}
