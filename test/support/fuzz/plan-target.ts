// Target 3, the Terraform overlay: `blastmap diff <snapshot> --terraform-plan plan.json` with the
// repository's plans (the demo's and the module workload's, moved to the fixture account) edited
// or broken, beside their .tf files (which the overlay reads to locate resources).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { BROKEN_TEXTS, type BrokenText, brokenBytes } from './broken-bytes.js';
import { FUZZ_ACCOUNT } from './dump-units.js';
import { type JsonMutation, applyMutation, jsonMutation } from './json-mutation.js';
import { toJsonText } from './json-tree.js';
import { type Outcome, type Workspace, judge, quietIo } from './outcome.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/terraform');

export interface PlanBase {
  /** The plan's folder in the workspace, with the .tf files. */
  folder: string;
  plan: string;
}

/** Copies each fixture plan (account ids replaced by the fixture account's) and its .tf files. */
export function planBases(workspace: Workspace): PlanBase[] {
  const bases: PlanBase[] = [];
  for (const set of readdirSync(FIXTURES)) {
    const root = path.join(FIXTURES, set);
    const entries = readdirSync(root, { recursive: true, withFileTypes: true });
    const tf = entries.filter((e) => e.isFile() && e.name.endsWith('.tf'));
    for (const plan of entries.filter((e) => e.isFile() && e.name.endsWith('.json'))) {
      const folder = `plans/${set}-${plan.name.replace(/\.json$/, '')}`;
      for (const f of tf) {
        const full = path.join(f.parentPath, f.name);
        workspace.keep(path.join(folder, path.relative(root, full)), readFileSync(full));
      }
      const text = readFileSync(path.join(plan.parentPath, plan.name), 'utf8').replace(
        /\b\d{12}\b/g,
        FUZZ_ACCOUNT,
      );
      bases.push({ folder: path.join(workspace.root, folder), plan: text });
    }
  }
  return bases;
}

export interface PlanCase {
  plan: number;
  edits: JsonMutation[];
  broken: BrokenText | null;
  cut: number;
  format: number;
}

export const planCase: fc.Arbitrary<PlanCase> = fc.record({
  plan: fc.nat(),
  edits: fc.array(jsonMutation, { minLength: 1, maxLength: 3 }),
  broken: fc.option(fc.constantFrom(...BROKEN_TEXTS), { nil: null, freq: 10 }),
  cut: fc.nat(),
  format: fc.nat(),
});

type RunCli = (argv: string[], io: ReturnType<typeof quietIo>) => Promise<number>;

export async function runPlanCase(
  c: PlanCase,
  bases: PlanBase[],
  snapshotFile: string,
  workspace: Workspace,
  runCli: RunCli,
): Promise<Outcome> {
  const dir = workspace.caseFolder();
  const base = bases[c.plan % bases.length];
  let value: unknown = JSON.parse(base.plan);
  for (const edit of c.edits) value = applyMutation(value, edit);
  const text = toJsonText(value);
  const plan = path.join(base.folder, 'fuzz.plan.json');
  writeFileSync(plan, c.broken ? brokenBytes(text, c.broken, c.cut) : text);
  const format = ['markdown', 'json', 'sarif'][c.format % 3];
  const io = quietIo(dir);
  const args = [
    'diff',
    snapshotFile,
    '--terraform-plan',
    plan,
    '--account',
    FUZZ_ACCOUNT,
    '--format',
    format,
  ];
  const code = await runCli(args, io);
  // Exit 1 is diff's verdict "regression", not a failure.
  return judge('terraform-plan', code, io.err.join(''), [plan, snapshotFile, base.folder], [1]);
}
