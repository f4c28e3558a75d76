// `blastmap analyze <dump|snapshot>`: every source's blast radius, ranked, with explained paths.
import { analyze } from '../../queries/analyze.js';
import { filterAnalysis } from '../../queries/filter-sources.js';
import { renderJsonChunks } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderTable } from '../../report/table.js';
import { prepareAnalysis } from '../analysis-input.js';
import {
  TEXT_FORMATS,
  filterOptions,
  inputCommand,
  maxHopsOption,
  reportOptions,
  sourceOptions,
} from '../input-command.js';
import { wholeNumber } from '../option-specs.js';
import { emit, emitChunks } from '../output-options.js';
import { sourceFilter } from '../source-filter.js';

export const command = inputCommand({
  name: 'analyze',
  description: `Ranks the sources (by default: task definitions used by an ECS service or a running task) by blast
radius, and shows each one's top attack paths step by step with the statements that grant them.
JSON follows docs/report.schema.json.`,
  arityError: {
    message: 'analyze takes one input: a dump folder or a snapshot file',
    hint: 'blastmap analyze ./dump',
  },
  options: {
    ...sourceOptions(),
    maxHops: maxHopsOption(),
    paths: wholeNumber('--paths <n>', 'paths shown per source in table and markdown', { min: 0, default: 3 }),
    ...filterOptions(),
    ...reportOptions(TEXT_FORMATS, 'table'),
  },
  async run(input, _rest, values, io) {
    const prepared = await prepareAnalysis(input, {
      graph: { allTaskDefinitions: values.allTaskDefinitions },
    });
    const filter = sourceFilter(values, prepared.snapshot);
    const full = analyze(prepared.built, prepared.snapshot, {
      from: values.from,
      allTaskDefinitions: values.allTaskDefinitions,
      maxHops: values.maxHops,
      dataVersions: prepared.dataVersions,
    });
    const result = filterAnalysis(full, filter);
    if (values.format === 'json') {
      await emitChunks(renderJsonChunks(result), values.output, io);
      return 0;
    }
    const text =
      values.format === 'markdown'
        ? renderMarkdown(result, { pathsPerSource: values.paths })
        : renderTable(result, { pathsPerSource: values.paths });
    await emit(text, values.output, io);
    return 0;
  },
});
