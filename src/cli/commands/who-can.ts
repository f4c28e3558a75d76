// `blastmap who-can <input> <asset>`: which sources reach an asset, each with its best path; and
// `blastmap who-can <input> --action A [--resource R]`: which principals the policies allow A (on R),
// each with its granting statements (a policy decision, not a path search).
import { askWhoCanAction } from '../access-questions.js';
import { analysisSources } from '../../queries/analyze.js';
import { coverageOf } from '../../queries/coverage.js';
import { isAssetKind } from '../../queries/edge-semantics.js';
import { filterWhoCan } from '../../queries/filter-sources.js';
import { resolveNode } from '../../queries/resolve-node.js';
import { whoCan } from '../../queries/who-can.js';
import { renderWhoCanJson } from '../../report/json.js';
import { renderWhoCanMarkdown } from '../../report/markdown.js';
import { renderWhoCanTable } from '../../report/table.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import { TEXT_FORMATS, filterOptions, inputCommand, maxHopsOption, reportOptions } from '../input-command.js';
import { contextPairs, flag, list, text } from '../option-specs.js';
import { emit } from '../output-options.js';
import { sourceFilter } from '../source-filter.js';

export const command = inputCommand({
  name: 'who-can',
  usage: ['<input> <asset> [options]', '<input> --action <action> [--resource <arn>] [options]'],
  description: `With an asset (an S3 bucket, database, function, secret, parameter, KMS key, or admin:<account-id>;
an ARN or a unique short name): lists the sources that reach it through attack paths, and the best
path from each.

With --action: lists every user and role whose policies allow that action (on --resource, or on
some resource when none is given), each with the statements that grant it and the condition keys
it depends on; roles show the task definitions that run with them. JSON: docs/access-question.schema.json.`,
  arguments: [{ name: '[asset]', description: 'the asset reached: ARN or unique short name' }],
  arityError: {
    message: 'who-can takes an input and an asset ARN, or an input and --action',
    hint: 'blastmap who-can ./dump arn:aws:s3:::my-bucket   or   blastmap who-can ./dump --action s3:GetObject',
  },
  options: {
    action: text('--action <action>', 'list the principals allowed this action (service:Action)'),
    resource: text('--resource <arn>', 'with --action: on this resource (ARN or unique short name)'),
    context: contextPairs('--context <key=value>', 'with --action: a request context value (repeatable)'),
    from: list('--from <source>', 'consider these sources (repeatable; default: task definitions in use)'),
    allPrincipals: flag('--all-principals', 'consider every user, role, task definition and task'),
    maxHops: maxHopsOption(),
    ...filterOptions(),
    ...reportOptions(TEXT_FORMATS, 'table'),
  },
  async run(input, [asset], values, io) {
    if (values.action !== undefined) {
      if (asset !== undefined) {
        throw new InputError(
          'who-can takes an asset or --action, not both',
          {},
          { hint: 'with --action, name the resource with --resource' },
        );
      }
      return askWhoCanAction(input, values, io);
    }
    if (asset === undefined) {
      throw new InputError(
        'who-can takes an input and an asset ARN',
        {},
        { hint: 'blastmap who-can ./dump arn:aws:s3:::my-bucket   or   --action s3:GetObject' },
      );
    }
    for (const [given, name] of [
      [values.resource, '--resource'],
      [values.context, '--context'],
    ] as const) {
      if (given !== undefined)
        throw new InputError(`${name} goes with --action`, {}, { hint: 'add --action service:Action' });
    }
    const prepared = await prepareAnalysis(input);
    const { graph } = prepared.built;
    const filter = sourceFilter(values, prepared.snapshot);
    const target = resolveNode(graph, asset, 'asset', isAssetKind);
    const sources = values.allPrincipals ? undefined : analysisSources(prepared.built, { from: values.from });
    const result = filterWhoCan(whoCan(graph, target, { sources, maxHops: values.maxHops }), filter);
    const coverage = coverageOf(prepared.snapshot);
    const text =
      values.format === 'json'
        ? renderWhoCanJson(result, coverage)
        : values.format === 'markdown'
          ? renderWhoCanMarkdown(result, coverage)
          : renderWhoCanTable(result, coverage);
    await emit(text, values.output, io);
    return 0;
  },
});
