// `blastmap baseline <dump|snapshot> -o FILE`: every current attack path as an accepted entry, for a
// reviewer to confirm (each reason starts as a placeholder) before `diff --baseline` ignores them.
import { parseArgs } from 'node:util';
import { baselineFromAnalysis } from '../../queries/baseline.js';
import { InputError } from '../../snapshot/errors.js';
import { analyseSnapshot, applyPlanFile, loadSnapshot } from '../diff-input.js';
import type { Command } from '../io.js';
import { emit, maxHops } from '../output-options.js';

const usage = `Usage: blastmap baseline <dump-folder|snapshot.json> [--terraform-plan plan.json [--account ID]] [-o FILE] [--max-hops N]

Writes every current attack path as an accepted entry of a baseline file. Review it: replace each
"TODO: reviewed by …" reason with why the path is acceptable, delete the entries that are not, and
commit it. \`blastmap diff --baseline FILE\` then ignores the accepted paths when deciding --fail-on.
With --terraform-plan, the paths are those of the input with the plan applied (--account: the account
the plan deploys to, when the input holds several and the plan does not say).
`;

export const command: Command = {
  name: 'baseline',
  summary: 'write the current attack paths as a baseline of accepted paths for diff',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'max-hops': { type: 'string' },
        'terraform-plan': { type: 'string' },
        account: { type: 'string' },
      },
    });
    if (positionals.length !== 1) {
      throw new InputError(
        'baseline takes one input: a dump folder or a snapshot file',
        {},
        { hint: 'blastmap baseline ./dump -o blastmap-baseline.json' },
      );
    }
    let snapshot = await loadSnapshot(positionals[0]);
    const plan = values['terraform-plan'];
    const account = values.account ? { account: values.account } : {};
    if (plan) snapshot = (await applyPlanFile(snapshot, plan, { cwd: io.cwd, ...account })).snapshot;
    const side = analyseSnapshot(snapshot, maxHops(values['max-hops']));
    const baseline = baselineFromAnalysis(side.result);
    await emit(`${JSON.stringify(baseline, null, 2)}\n`, values.output, io);
    return 0;
  },
};
