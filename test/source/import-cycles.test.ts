// No import cycle inside src/: every module can be read (and loaded) after the modules it imports.
// Type-only imports count too (a cycle of types still ties the files to each other), and so do
// re-exports and dynamic `import()` of a relative path.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The relative specifiers a file imports: `import … from`, `export … from`, side-effect imports
 *  and `import('…')`, with comments removed first so a commented-out import does not count. */
export function importedSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const p of patterns) for (const m of code.matchAll(p)) out.push(m[1]);
  return out.filter((s) => s.startsWith('.'));
}

/** The file a relative `.js` specifier names (TypeScript ESM: `./x.js` is `./x.ts`). */
function target(from: string, spec: string): string {
  return resolve(dirname(from), spec.replace(/\.js$/, '.ts'));
}

/** Every elementary cycle's first appearance in a depth-first walk (each as a file list). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('source layout: import cycles', () => {
  it('finds a cycle when there is one, and none in a chain', () => {
    assert.deepEqual(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
      [['a', 'b', 'c', 'a']],
    );
    assert.deepEqual(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
      [],
    );
  });

  it('reads type-only, re-export, side-effect and dynamic imports, not comments', () => {
    const text = [
      "import type { A } from './a.js';",
      "import {\n  b,\n  type B,\n} from '../b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "import { g } from 'node:fs';",
      "// import { h } from './h.js';",
      "/* import { i } from './i.js'; */",
    ].join('\n');
    assert.deepEqual(importedSpecifiers(text).sort(), [
      '../b.js',
      './a.js',
      './c.js',
      './d.js',
      './e.js',
      './f.js',
    ]);
  });

  it('src/ has no import cycle', () => {
    const files = sourceFiles(SRC);
    const known = new Set(files);
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const deps = importedSpecifiers(readFileSync(file, 'utf8'))
        .map((spec) => target(file, spec))
        .filter((dep) => known.has(dep));
      graph.set(file, [...new Set(deps)].sort());
    }
    assert.ok(graph.size > 100, `read ${graph.size} files under src/`);
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
    assert.deepEqual(cycles, []);
  });
});
