// A fuzz run over the four targets, shared by the fixed-seed test and `npm run bench -- fuzz`:
// fast-check generates the cases (dump 4 : policy 4 : snapshot 2 : plan 1), each is run as a user
// runs blastmap (runCli with a captured CliIo, in this process), and every broken promise is
// counted with an example.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { type DumpCase, dumpCase, dumpTree } from './dump-case.js';
import { runDumpCase } from './dump-target.js';
import { dumpUnits, fuzzAuthorizationDetails } from './dump-units.js';
import { entryBytes } from './file-mutation.js';
import { type Outcome, Workspace, quietIo } from './outcome.js';
import { planBases, planCase, runPlanCase, type PlanCase } from './plan-target.js';
import { policyCase, runPolicyCase, type PolicyCase } from './policy-target.js';
import { runSnapshotCase, snapshotCase, type SnapshotCase } from './snapshot-target.js';

type FuzzCase =
  | { target: 'dump'; c: DumpCase; followUp: number }
  | { target: 'policy'; c: PolicyCase }
  | { target: 'snapshot'; c: SnapshotCase }
  | { target: 'terraform-plan'; c: PlanCase };

const WEIGHTS = { dump: 4, policy: 4, snapshot: 2, plan: 1 };

/** `only` restricts a run to one target (profiling one of them). */
export function fuzzCases(only?: FuzzCase['target']): fc.Arbitrary<FuzzCase> {
  const w = (target: FuzzCase['target'], weight: number) =>
    only === undefined || only === target ? weight : 0;
  return fc.oneof(
    {
      weight: w('dump', WEIGHTS.dump),
      arbitrary: fc.record({ target: fc.constant('dump' as const), c: dumpCase, followUp: fc.nat() }),
    },
    {
      weight: w('policy', WEIGHTS.policy),
      arbitrary: fc.record({ target: fc.constant('policy' as const), c: policyCase }),
    },
    {
      weight: w('snapshot', WEIGHTS.snapshot),
      arbitrary: fc.record({ target: fc.constant('snapshot' as const), c: snapshotCase }),
    },
    {
      weight: w('terraform-plan', WEIGHTS.plan),
      arbitrary: fc.record({ target: fc.constant('terraform-plan' as const), c: planCase }),
    },
  );
}

export interface Example {
  target: string;
  message: string;
  /** The generated case, as JSON (cut): enough to rebuild it. */
  input: string;
}

export interface TargetTally {
  cases: number;
  exit0: number;
  exit2: number;
  verdict: number;
  milliseconds: number;
  /** Process CPU time (every thread: file reads run on libuv's). */
  cpuMilliseconds: number;
}

export interface FuzzTally {
  seed: number;
  cases: number;
  internalErrors: number;
  unnamedExit2: number;
  silentDrops: number;
  ownSnapshotRefused: number;
  byTarget: Record<string, TargetTally>;
  examples: {
    internalErrors: Example[];
    unnamedExit2: Example[];
    silentDrops: Example[];
    ownSnapshotRefused: Example[];
  };
}

const EXAMPLES = 5;

function describeCase(fc: FuzzCase): string {
  let text: string;
  try {
    text = JSON.stringify(fc, (_k, v: unknown) =>
      typeof v === 'string' && v.length > 200 ? `${v.slice(0, 60)}…(${v.length})` : v,
    );
  } catch (err) {
    text = `(not describable: ${String(err)})`;
  }
  return text.length > 3000 ? `${text.slice(0, 3000)}…` : text;
}

/** Runs `cases` cases from `seed`; `onCase` sees each outcome (progress). */
export async function fuzzRun(options: {
  seed: number;
  cases: number;
  only?: FuzzCase['target'];
  onCase?: (done: number, tally: FuzzTally) => void;
}): Promise<FuzzTally> {
  // Loaded like the commands load it: a static import would hold a second InputError class.
  const { runCli } = await import('../../../src/cli/run.js');
  const { parsePolicy } = await import('../../../src/policy/parse/policy.js');
  const { analyseSnapshot } = await import('../../../src/cli/diff-input.js');
  const { renderJsonChunks } = await import('../../../src/report/json.js');
  const { renderTable } = await import('../../../src/report/table.js');
  const { renderMarkdown } = await import('../../../src/report/markdown.js');

  const workspace = new Workspace();
  try {
    const units = dumpUnits();
    const gaad = fuzzAuthorizationDetails();
    // The base snapshot: the fixture's whole account (every unit of it), written by `blastmap snapshot`.
    const full = dumpTree(
      { units: units.flatMap((u, i) => (u.name.startsWith('fixture:') ? [i] : [])), edits: [] },
      units,
      gaad,
    );
    for (const [rel, entry] of full)
      if (entry.kind !== 'dir') workspace.keep(`base/${rel}`, entryBytes(entry)!);
    const snapshotFile = path.join(workspace.root, 'base.snapshot.json');
    const made = quietIo(workspace.root);
    if ((await runCli(['snapshot', path.join(workspace.root, 'base'), '-o', snapshotFile], made)) !== 0)
      throw new Error(`the base snapshot could not be written: ${made.err.join('')}`);
    const baseText = readFileSync(snapshotFile, 'utf8');
    const baseSnapshot = JSON.parse(baseText) as Snapshot;
    const plans = planBases(workspace);
    const engine = {
      parsePolicy,
      analyse: (s: Snapshot) => {
        const side = analyseSnapshot(s, 6);
        for (const _chunk of renderJsonChunks(side.result));
        renderTable(side.result);
        renderMarkdown(side.result);
      },
    };

    const tally: FuzzTally = {
      seed: options.seed,
      cases: 0,
      internalErrors: 0,
      unnamedExit2: 0,
      silentDrops: 0,
      ownSnapshotRefused: 0,
      byTarget: {},
      examples: { internalErrors: [], unnamedExit2: [], silentDrops: [], ownSnapshotRefused: [] },
    };
    const record = (c: FuzzCase, o: Outcome, ms: number, cpu: number) => {
      tally.cases++;
      const t = (tally.byTarget[o.target] ??= {
        cases: 0,
        exit0: 0,
        exit2: 0,
        verdict: 0,
        milliseconds: 0,
        cpuMilliseconds: 0,
      });
      t.cases++;
      t.milliseconds += ms;
      t.cpuMilliseconds += cpu;
      if (o.code === 0) t.exit0++;
      else if (o.code === 2) t.exit2++;
      else if (!o.internalError) t.verdict++;
      const note = (kind: keyof FuzzTally['examples'], message: string) => {
        if (tally.examples[kind].length < EXAMPLES)
          tally.examples[kind].push({ target: o.target, message, input: describeCase(c) });
      };
      if (o.internalError) {
        tally.internalErrors++;
        note('internalErrors', o.internalError);
      }
      if (o.unnamedExit2) {
        tally.unnamedExit2++;
        note('unnamedExit2', o.unnamedExit2);
      }
      if (o.ownSnapshotRefused) {
        tally.ownSnapshotRefused++;
        note('ownSnapshotRefused', o.ownSnapshotRefused);
      }
      if (o.drops.length) {
        tally.silentDrops += o.drops.length;
        note('silentDrops', JSON.stringify(o.drops.slice(0, 3)));
      }
      options.onCase?.(tally.cases, tally);
    };

    await fc.assert(
      fc.asyncProperty(fuzzCases(options.only), async (c) => {
        // FUZZ_TRACE=file: the case about to run, for a case that takes the process down.
        if (process.env.FUZZ_TRACE) writeFileSync(process.env.FUZZ_TRACE, describeCase(c));
        const start = performance.now();
        const cpu = process.cpuUsage();
        let outcome: Outcome;
        try {
          switch (c.target) {
            case 'dump':
              outcome = await runDumpCase(c.c, units, gaad, workspace, runCli, c.followUp);
              break;
            case 'policy':
              outcome = runPolicyCase(c.c, baseSnapshot, engine);
              break;
            case 'snapshot':
              outcome = await runSnapshotCase(c.c, baseText, workspace, runCli);
              break;
            case 'terraform-plan':
              outcome = await runPlanCase(c.c, plans, snapshotFile, workspace, runCli);
              break;
          }
        } catch (err) {
          // runCli never throws; this is the harness or an escape from the CLI's own handler.
          outcome = {
            target: c.target,
            code: 1,
            drops: [],
            internalError: `thrown: ${err instanceof Error ? err.stack : String(err)}`,
          };
        }
        const used = process.cpuUsage(cpu);
        record(c, outcome, performance.now() - start, (used.user + used.system) / 1000);
        return true;
      }),
      { seed: options.seed, numRuns: options.cases },
    );
    return tally;
  } finally {
    workspace.remove();
  }
}
