// `blastmap explain <input> <source> <target>`: the best path between two nodes, step by step.
import { coverageOf } from '../../queries/coverage.js';
import { explainPath } from '../../queries/explain-path.js';
import { resolveNode } from '../../queries/resolve-node.js';
import { renderExplainJson } from '../../report/json.js';
import { renderExplainMarkdown } from '../../report/markdown.js';
import { renderExplainTable } from '../../report/table.js';
import { prepareAnalysis } from '../analysis-input.js';
import { TEXT_FORMATS, inputCommand, maxHopsOption, reportOptions } from '../input-command.js';
import { emit } from '../output-options.js';

export const command = inputCommand({
  name: 'explain',
  description: `Shows the best attack path from a source (task definition or principal) to a target (an asset,
admin:<account-id>, or a principal), each step with the permission and the statement granting it.
Source and target are ARNs, or short names when unique (web:3, a role name, a bucket name).`,
  arguments: [
    { name: '<source>', description: 'task definition or principal: ARN or unique short name' },
    { name: '<target>', description: 'asset, admin:<account-id> or principal: ARN or unique short name' },
  ],
  arityError: {
    message: 'explain takes an input, a source ARN and a target ARN',
    hint: 'blastmap explain ./dump arn:aws:ecs:…:task-definition/web:3 admin:111111111111',
  },
  options: { maxHops: maxHopsOption(), ...reportOptions(TEXT_FORMATS, 'table') },
  async run(input, [sourceName, targetName], values, io) {
    const prepared = await prepareAnalysis(input);
    const graph = prepared.built.view;
    const source = resolveNode(graph, sourceName, 'source');
    const target = resolveNode(graph, targetName, 'target');
    const result = explainPath(graph, source, target, { maxHops: values.maxHops });
    const coverage = coverageOf(prepared.snapshot);
    const text =
      values.format === 'json'
        ? renderExplainJson(result, coverage)
        : values.format === 'markdown'
          ? renderExplainMarkdown(result, coverage)
          : renderExplainTable(result, coverage);
    await emit(text, values.output, io);
    return 0;
  },
});
