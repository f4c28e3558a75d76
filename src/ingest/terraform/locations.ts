// Where a planned resource is declared. Terraform's JSON plan names each resource's module and the
// module's source, but not the file or line; those come from finding the `resource "type" "name"`
// block in the module's .tf files. A resource that cannot be located points at the plan file.
import { posix } from 'node:path';
import type { ResourceChange } from './plan.js';
import type { SourceLocation } from './types.js';

export interface TerraformFile {
  /** Path relative to the Terraform root, `/`-separated (e.g. `modules/app/iam.tf`). */
  path: string;
  text: string;
}

export function locateResources(
  entries: { change: ResourceChange; moduleSources: string[] }[],
  files: TerraformFile[],
  planFile: string,
): Record<string, SourceLocation> {
  const locations: Record<string, SourceLocation> = {};
  for (const { change, moduleSources } of entries) {
    const dir = moduleDirectory(moduleSources);
    const found = dir === undefined ? undefined : findBlock(files, dir, change.type, change.name);
    locations[change.address] = found ?? { file: planFile };
  }
  return locations;
}

/** Directory of a module relative to the root, or undefined when a source is not a local path. */
function moduleDirectory(sources: string[]): string | undefined {
  let dir = '.';
  for (const source of sources) {
    if (!source.startsWith('./') && !source.startsWith('../')) return undefined;
    dir = posix.normalize(posix.join(dir, source));
  }
  return dir;
}

function findBlock(
  files: TerraformFile[],
  dir: string,
  type: string,
  name: string,
): SourceLocation | undefined {
  const candidates = files
    .filter((f) => posix.dirname(posix.normalize(f.path)) === dir && f.path.endsWith('.tf'))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const file of candidates) {
    const lines = file.text.split(/\r?\n/);
    const index = lines.findIndex((line) => {
      // One fixed expression, the names compared as text (a long name from a plan is no pattern).
      const m = RESOURCE_HEADER.exec(line);
      return m !== null && m[1] === type && m[2] === name;
    });
    if (index >= 0) return { file: posix.normalize(file.path), line: index + 1 };
  }
  return undefined;
}

/** `resource "TYPE" "NAME"` at the start of a line (names hold no quote). */
const RESOURCE_HEADER = /^\s*resource\s+"([^"]*)"\s+"([^"]*)"/;
