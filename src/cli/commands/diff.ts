// `blastmap diff <before> <after>` and `blastmap diff <input> --terraform-plan plan.json`: which attack
// paths a change opens or closes, with a verdict for CI (exit 1 on regression by the chosen rule).
import { DIFF_RULES, diffAnalyses, type DiffRule } from '../../queries/diff.js';
import { withCauseFixes } from '../../queries/fixes/cause-fixes.js';
import { analyserFor } from '../../queries/fixes/reanalyse.js';
import { renderDiffJson } from '../../report/diff-json.js';
import { renderDiffMarkdown } from '../../report/diff-markdown.js';
import { renderSarif } from '../../report/sarif.js';
import { InputError } from '../../snapshot/errors.js';
import { defineCommand } from '../command-spec.js';
import { analyseSnapshot, applyPlanFile, loadSnapshot, readBaseline, sarifAnchors } from '../diff-input.js';
import { INPUT_ARGUMENT, maxHopsOption, reportOptions } from '../input-command.js';
import { accountId, choice, decimal, outputFile, text, wholeNumber } from '../option-specs.js';
import { defaultFixBudget, FIXES_HELP } from '../fix-budget.js';
import { emit } from '../output-options.js';

const DIFF_FORMATS = ['markdown', 'json', 'sarif'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

export const command = defineCommand({
  name: 'diff',
  usage: ['<before> <after> [options]', '<input> --terraform-plan plan.json [options]'],
  description: `Compares the attack paths of two states of an account (dumps or snapshots), or of an account before
and after a Terraform plan (\`terraform show -json plan.out > plan.json\`). Lists the paths that
appeared and vanished, each source's blast radius before → after, the newly reachable assets, and
the changed policy statements that enable each new path.`,
  arguments: [
    {
      ...INPUT_ARGUMENT,
      name: '<before>',
      description: 'the state before: a dump folder or a snapshot file',
    },
    { name: '[after]', description: 'the state after (not with --terraform-plan)' },
  ],
  arityError: {
    message: 'diff takes two inputs (before and after), or one input and --terraform-plan',
    hint: 'blastmap diff before/ after/   or   blastmap diff dump/ --terraform-plan plan.json',
  },
  options: {
    ...reportOptions(DIFF_FORMATS, 'markdown'),
    failOn: choice('--fail-on <rule>', 'what makes exit code 1', DIFF_RULES, 'new-admin-path' as DiffRule),
    threshold: decimal(
      '--threshold <n>',
      'for radius-increase: fail when a radius grows by more than N (default 0)',
    ),
    baseline: text('--baseline <file>', 'accepted paths (blastmap baseline) that --fail-on ignores'),
    terraformPlan: text('--terraform-plan <file>', "apply this plan's IAM-relevant changes to the input"),
    terraformDir: text(
      '--terraform-dir <dir>',
      "the configuration's root, to locate resources in .tf files (default: the plan's folder)",
    ),
    account: accountId('--account <id>', 'account the plan deploys to (default: the one its ARNs name)'),
    maxHops: maxHopsOption(),
    fixes: wholeNumber('--fixes <n>', FIXES_HELP, { min: 0 }),
    markdownOutput: outputFile(
      'also write the Markdown report to FILE (same run)',
      '--markdown-output <file>',
    ),
    jsonOutput: outputFile('also write the JSON report to FILE', '--json-output <file>'),
    sarifOutput: outputFile('also write the SARIF log to FILE', '--sarif-output <file>'),
  },
  epilog: 'Exit codes: 0 no regression by the rule, 1 regression, 2 unusable input.',
  async run(positionals, values, io) {
    const planPath = values.terraformPlan;
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
    const hops = values.maxHops;
    const baseline = values.baseline ? await readBaseline(values.baseline, io.cwd) : undefined;

    const beforeSnapshot = await loadSnapshot(positionals[0]);
    let afterSnapshot;
    let plan;
    if (planPath) {
      const overlay = await applyPlanFile(beforeSnapshot, planPath, {
        cwd: io.cwd,
        ...(values.terraformDir ? { terraformDir: values.terraformDir } : {}),
        ...(values.account ? { account: values.account } : {}),
      });
      afterSnapshot = overlay.snapshot;
      plan = overlay.summary;
    } else {
      afterSnapshot = await loadSnapshot(positionals[1]);
    }
    const before = analyseSnapshot(beforeSnapshot, hops);
    const after = analyseSnapshot(afterSnapshot, hops);
    const compared = diffAnalyses(before.result, after.result, {
      failOn: values.failOn,
      threshold: values.threshold ?? 0,
      ...(baseline ? { baseline } : {}),
      beforeSnapshot,
      afterSnapshot,
      ...(plan ? { plan } : {}),
      possibleBefore: before.possible,
      possibleAfter: after.possible,
      afterModel: after.model,
    });
    // Each cause's fix is verified by analysing the after side again with that cause undone.
    const budget = values.fixes ?? defaultFixBudget(afterSnapshot, io);
    const diff = budget
      ? withCauseFixes(compared, {
          after: after.snapshot,
          afterResult: after.result,
          analyse: analyserFor({ analyze: { maxHops: hops } }),
          budget,
        })
      : compared;
    const wantsSarif = values.format === 'sarif' || Boolean(values.sarifOutput);
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
    const also = { markdown: values.markdownOutput, json: values.jsonOutput, sarif: values.sarifOutput };
    for (const f of DIFF_FORMATS) {
      const file = also[f];
      if (file) await emit(render(f), file, io);
    }
    await emit(render(values.format), values.output, io);
    return diff.verdict.regression ? 1 : 0;
  },
});
