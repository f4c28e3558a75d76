// `blastmap baseline <dump|snapshot> -o FILE`: every current attack path as an accepted entry, for a
// reviewer to confirm (each reason starts as a placeholder) before `diff --baseline` ignores them.
import { baselineFromAnalysis } from '../../queries/baseline.js';
import { analyseSnapshot, applyPlanFile, loadSnapshot } from '../diff-input.js';
import { inputCommand, maxHopsOption } from '../input-command.js';
import { accountId, outputFile, text } from '../option-specs.js';
import { emit } from '../output-options.js';

export const command = inputCommand({
  name: 'baseline',
  description: `Writes every current attack path as an accepted entry of a baseline file. Review it: replace each
"TODO: reviewed by …" reason with why the path is acceptable, delete the entries that are not, and
commit it. \`blastmap diff --baseline FILE\` then ignores the accepted paths when deciding --fail-on.
With --terraform-plan, the paths are those of the input with the plan applied (--account: the account
the plan deploys to, when the input holds several and the plan does not say).`,
  arityError: {
    message: 'baseline takes one input: a dump folder or a snapshot file',
    hint: 'blastmap baseline ./dump -o blastmap-baseline.json',
  },
  options: {
    terraformPlan: text(
      '--terraform-plan <file>',
      'apply this plan (terraform show -json) to the input first',
    ),
    account: accountId('--account <id>', 'account the plan deploys to (default: the one its ARNs name)'),
    maxHops: maxHopsOption(),
    output: outputFile('write the baseline to FILE instead of standard output'),
  },
  async run(input, _rest, values, io) {
    let snapshot = await loadSnapshot(input);
    const plan = values.terraformPlan;
    const account = values.account ? { account: values.account } : {};
    if (plan) snapshot = (await applyPlanFile(snapshot, plan, { cwd: io.cwd, ...account })).snapshot;
    const side = analyseSnapshot(snapshot, values.maxHops);
    const baseline = baselineFromAnalysis(side.result);
    await emit(`${JSON.stringify(baseline, null, 2)}\n`, values.output, io);
    return 0;
  },
});
