// `blastmap explain <input> <source> <target>`: the best path between two nodes, step by step.
import { parseArgs } from 'node:util';
import { coverageOf } from '../../queries/coverage.js';
import { explainPath } from '../../queries/explain-path.js';
import { resolveNode } from '../../queries/resolve-node.js';
import { renderExplainJson } from '../../report/json.js';
import { renderExplainMarkdown } from '../../report/markdown.js';
import { renderExplainTable } from '../../report/table.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import type { Command } from '../io.js';
import { OUTPUT_OPTIONS, emit, maxHops, reportFormat } from '../output-options.js';

const usage = `Usage: blastmap explain <dump-folder|snapshot.json> <source-arn> <target-arn> [options]

Shows the best attack path from a source (task definition or principal) to a target (an asset,
admin:<account-id>, or a principal), each step with the permission and the statement granting it.

Options:
  --max-hops N               longest path, in steps (default 6)
  --format table|json|markdown  (default table)
  -o, --output FILE          write the report to FILE
`;

export const command: Command = {
  name: 'explain',
  summary: 'explain the best attack path from a source to a target, step by step',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...OUTPUT_OPTIONS },
    });
    if (positionals.length !== 3) {
      throw new InputError(
        'explain takes an input, a source ARN and a target ARN',
        {},
        {
          hint: 'blastmap explain ./dump arn:aws:ecs:…:task-definition/web:3 admin:111111111111',
        },
      );
    }
    const format = reportFormat(values.format);
    const hops = maxHops(values['max-hops']);
    const prepared = await prepareAnalysis(positionals[0]);
    const graph = prepared.built.view;
    const source = resolveNode(graph, positionals[1], 'source');
    const target = resolveNode(graph, positionals[2], 'target');
    const result = explainPath(graph, source, target, { maxHops: hops });
    const coverage = coverageOf(prepared.snapshot);
    const text =
      format === 'json'
        ? renderExplainJson(result, coverage)
        : format === 'markdown'
          ? renderExplainMarkdown(result, coverage)
          : renderExplainTable(result, coverage);
    await emit(text, values.output, io);
    return 0;
  },
};
