// `blastmap who-can <input> <asset-arn>`: which sources reach an asset, each with its best path.
import { parseArgs } from 'node:util';
import { analysisSources } from '../../queries/analyze.js';
import { isAssetKind } from '../../queries/edge-semantics.js';
import { resolveNode } from '../../queries/resolve-node.js';
import { whoCan } from '../../queries/who-can.js';
import { coverageOf } from '../../queries/coverage.js';
import { renderWhoCanJson } from '../../report/json.js';
import { renderWhoCanMarkdown } from '../../report/markdown.js';
import { renderWhoCanTable } from '../../report/table.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import type { Command } from '../io.js';
import { OUTPUT_OPTIONS, emit, maxHops, reportFormat } from '../output-options.js';

const usage = `Usage: blastmap who-can <dump-folder|snapshot.json> <asset-arn> [options]

Lists the sources that reach an asset (an S3 bucket, database, function, secret, parameter, KMS key,
or admin:<account-id>) and the best path from each.

Options:
  --from ARN                 consider these sources (repeatable; default: task definitions in use)
  --all-principals           consider every user, role, task definition and task
  --max-hops N               longest path, in steps (default 6)
  --format table|json|markdown  (default table)
  -o, --output FILE          write the report to FILE
`;

export const command: Command = {
  name: 'who-can',
  summary: 'list the tasks (or principals) that reach an asset, with their best path',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...OUTPUT_OPTIONS,
        from: { type: 'string', multiple: true },
        'all-principals': { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 2) {
      throw new InputError(
        'who-can takes an input and an asset ARN',
        {},
        { hint: 'blastmap who-can ./dump arn:aws:s3:::my-bucket' },
      );
    }
    const format = reportFormat(values.format);
    const hops = maxHops(values['max-hops']);
    const prepared = await prepareAnalysis(positionals[0]);
    const { graph } = prepared.built;
    const target = resolveNode(graph, positionals[1], 'asset', isAssetKind);
    const sources = values['all-principals']
      ? undefined
      : analysisSources(prepared.built, { from: values.from });
    const result = whoCan(graph, target, { sources, maxHops: hops });
    const coverage = coverageOf(prepared.snapshot);
    const text =
      format === 'json'
        ? renderWhoCanJson(result, coverage)
        : format === 'markdown'
          ? renderWhoCanMarkdown(result, coverage)
          : renderWhoCanTable(result, coverage);
    await emit(text, values.output, io);
    return 0;
  },
};
