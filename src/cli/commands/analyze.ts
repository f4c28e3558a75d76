// `blastmap analyze <dump|snapshot>`: every source's blast radius, ranked, with explained paths.
import { parseArgs } from 'node:util';
import { analyze } from '../../queries/analyze.js';
import { renderJsonChunks } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderTable } from '../../report/table.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import type { Command } from '../io.js';
import { OUTPUT_OPTIONS, emit, emitChunks, maxHops, reportFormat } from '../output-options.js';

const usage = `Usage: blastmap analyze <dump-folder|snapshot.json> [options]

Ranks the sources (by default: task definitions used by an ECS service or a running task) by blast
radius, and shows each one's top attack paths step by step with the statements that grant them.

Options:
  --from ARN                 analyse this principal or task definition (repeatable) instead of the defaults
  --all-task-definitions     analyse every task definition, used or not
  --max-hops N               longest path, in steps (default 6)
  --paths N                  paths shown per source in table/markdown (default 3)
  --format table|json|markdown  (default table; JSON follows docs/report.schema.json)
  -o, --output FILE          write the report to FILE
`;

export const command: Command = {
  name: 'analyze',
  summary: 'rank ECS/Fargate tasks by blast radius, with explained attack paths',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...OUTPUT_OPTIONS,
        from: { type: 'string', multiple: true },
        'all-task-definitions': { type: 'boolean', default: false },
        paths: { type: 'string' },
      },
    });
    if (positionals.length !== 1) {
      throw new InputError(
        'analyze takes one input: a dump folder or a snapshot file',
        {},
        { hint: 'blastmap analyze ./dump' },
      );
    }
    const format = reportFormat(values.format);
    const hops = maxHops(values['max-hops']);
    const perSource = values.paths === undefined ? 3 : Number(values.paths);
    if (!Number.isInteger(perSource) || perSource < 0)
      throw new InputError(`--paths must be a whole number, not '${values.paths}'`);
    const prepared = await prepareAnalysis(positionals[0], {
      graph: { allTaskDefinitions: values['all-task-definitions'] },
    });
    const result = analyze(prepared.built, prepared.snapshot, {
      from: values.from,
      allTaskDefinitions: values['all-task-definitions'],
      maxHops: hops,
      dataVersions: prepared.dataVersions,
    });
    if (format === 'json') {
      await emitChunks(renderJsonChunks(result), values.output, io);
      return 0;
    }
    const text =
      format === 'markdown'
        ? renderMarkdown(result, { pathsPerSource: perSource })
        : renderTable(result, { pathsPerSource: perSource });
    await emit(text, values.output, io);
    return 0;
  },
};
