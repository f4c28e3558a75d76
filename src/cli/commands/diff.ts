// `blastmap diff <before> <after>` and `blastmap diff <input> --terraform-plan plan.json`: which attack
// paths a change opens or closes, with a verdict for CI (exit 1 on regression by the chosen rule).
import { parseArgs } from 'node:util';
import { DIFF_RULES, diffAnalyses, type DiffRule } from '../../queries/diff.js';
import { renderDiffJson } from '../../report/diff-json.js';
import { renderDiffMarkdown } from '../../report/diff-markdown.js';
import { renderSarif } from '../../report/sarif.js';
import { InputError } from '../../snapshot/errors.js';
import { analyseSnapshot, applyPlanFile, loadSnapshot, readBaseline, sarifAnchors } from '../diff-input.js';
import type { Command } from '../io.js';
import { emit, maxHops } from '../output-options.js';

const usage = `Usage: blastmap diff <before> <after> [options]
       blastmap diff <dump|snapshot> --terraform-plan plan.json [options]

Compares the attack paths of two states of an account (dumps or snapshots), or of an account before
and after a Terraform plan (\`terraform show -json plan.out > plan.json\`). Lists the paths that
appeared and vanished, each source's blast radius before → after, the newly reachable assets, and
the changed policy statements that enable each new path.

Options:
  --format markdown|json|sarif   (default markdown: a pull-request comment)
  --fail-on RULE                 new-admin-path (default) | new-path | radius-increase
  --threshold N                  for radius-increase: fail when a source's radius grows by more than N (default 0)
  --baseline FILE                accepted paths (\`blastmap baseline\`) that --fail-on ignores
  --terraform-plan FILE          apply this plan's IAM-relevant changes to the input
  --terraform-dir DIR            the configuration's root, to locate resources in .tf files (default: the plan's folder)
  --account ID                   account the plan deploys to (default: the one its ARNs name)
  --max-hops N                   longest path, in steps (default 6)
  -o, --output FILE              write the report to FILE
  --markdown-output FILE         also write the Markdown report to FILE (same run, no second analysis)
  --json-output FILE             also write the JSON report to FILE
  --sarif-output FILE            also write the SARIF log to FILE

Exit codes: 0 no regression by the rule, 1 regression, 2 unusable input.
`;

type DiffFormat = 'markdown' | 'json' | 'sarif';

function diffFormat(value: string | undefined): DiffFormat {
  const v = value ?? 'markdown';
  if (v === 'markdown' || v === 'json' || v === 'sarif') return v;
  throw new InputError(`unknown --format '${v}'`, {}, { hint: 'one of markdown, json, sarif' });
}

function rule(value: string | undefined): DiffRule {
  const v = value ?? 'new-admin-path';
  if ((DIFF_RULES as readonly string[]).includes(v)) return v as DiffRule;
  throw new InputError(`unknown --fail-on '${v}'`, {}, { hint: DIFF_RULES.join(', ') });
}

function threshold(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`--threshold must be a number ≥ 0, not '${value}'`);
  return n;
}

export const command: Command = {
  name: 'diff',
  summary: 'compare attack paths before/after a change (two inputs, or an input and a Terraform plan)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        threshold: { type: 'string' },
        baseline: { type: 'string' },
        'terraform-plan': { type: 'string' },
        'terraform-dir': { type: 'string' },
        account: { type: 'string' },
        'max-hops': { type: 'string' },
        output: { type: 'string', short: 'o' },
        'markdown-output': { type: 'string' },
        'json-output': { type: 'string' },
        'sarif-output': { type: 'string' },
      },
    });
    const planPath = values['terraform-plan'];
    const expected = planPath ? 1 : 2;
    if (positionals.length !== expected) {
      throw new InputError(
        planPath
          ? 'with --terraform-plan, diff takes one input: the dump or snapshot the plan applies to'
          : 'diff takes two inputs (before and after), or one input and --terraform-plan',
        {},
        { hint: 'blastmap diff before/ after/   or   blastmap diff dump/ --terraform-plan plan.json' },
      );
    }
    const format = diffFormat(values.format);
    const failOn = rule(values['fail-on']);
    const limit = threshold(values.threshold);
    const hops = maxHops(values['max-hops']);
    const baseline = values.baseline ? await readBaseline(values.baseline, io.cwd) : undefined;

    const beforeSnapshot = await loadSnapshot(positionals[0]);
    let afterSnapshot;
    let plan;
    if (planPath) {
      const overlay = await applyPlanFile(beforeSnapshot, planPath, {
        cwd: io.cwd,
        ...(values['terraform-dir'] ? { terraformDir: values['terraform-dir'] } : {}),
        ...(values.account ? { account: values.account } : {}),
      });
      afterSnapshot = overlay.snapshot;
      plan = overlay.summary;
    } else {
      afterSnapshot = await loadSnapshot(positionals[1]);
    }
    const before = analyseSnapshot(beforeSnapshot, hops);
    const after = analyseSnapshot(afterSnapshot, hops);
    const diff = diffAnalyses(before.result, after.result, {
      failOn,
      threshold: limit,
      ...(baseline ? { baseline } : {}),
      beforeSnapshot,
      afterSnapshot,
      ...(plan ? { plan } : {}),
      possibleBefore: before.possible,
      possibleAfter: after.possible,
    });
    const wantsSarif = format === 'sarif' || Boolean(values['sarif-output']);
    const anchors = wantsSarif
      ? await sarifAnchors(diff, {
          cwd: io.cwd,
          ...(planPath ? { planPath } : { afterPath: positionals[1] }),
          afterSnapshot,
        })
      : { fallbackUri: '' };
    const render = (f: DiffFormat): string =>
      f === 'json'
        ? renderDiffJson(diff)
        : f === 'sarif'
          ? renderSarif(diff, anchors)
          : renderDiffMarkdown(diff);
    for (const f of ['markdown', 'json', 'sarif'] as const) {
      const file = values[`${f}-output`];
      if (file) await emit(render(f), file, io);
    }
    await emit(render(format), values.output, io);
    return diff.verdict.regression ? 1 : 0;
  },
};
