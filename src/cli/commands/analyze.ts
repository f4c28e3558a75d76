// `blastmap analyze <dump|snapshot>`: every source's blast radius, ranked, with explained paths.
import { analyze } from '../../queries/analyze.js';
import { filterAnalysis } from '../../queries/filter-sources.js';
import { computeFixes } from '../../queries/fixes/compute.js';
import { analyserFor } from '../../queries/fixes/reanalyse.js';
import { renderJsonChunks } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderTable } from '../../report/table.js';
import { useColor } from '../../report/terminal-style.js';
import { graphOptions, prepareAnalysis } from '../analysis-input.js';
import {
  TEXT_FORMATS,
  filterOptions,
  inputCommand,
  maxHopsOption,
  reportOptions,
  sourceOptions,
} from '../input-command.js';
import { wholeNumber } from '../option-specs.js';
import { defaultFixBudget, FIXES_HELP } from '../fix-budget.js';
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
    paths: wholeNumber(
      '--paths <n>',
      'paths shown per source (default: table 1 for the top 3 sources — with --paths or --top, for every source shown; markdown 3)',
      { min: 0 },
    ),
    fixes: wholeNumber('--fixes <n>', FIXES_HELP, { min: 0 }),
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
    const filtered = filterAnalysis(full, filter);
    // Each fix is verified by analysing the changed snapshot again, as this analysis was run.
    const budget = values.fixes ?? defaultFixBudget(prepared.snapshot, io);
    const result = budget
      ? computeFixes(prepared.snapshot, filtered, {
          budget,
          analyse: analyserFor({
            graph: graphOptions({ allTaskDefinitions: values.allTaskDefinitions }),
            analyze: {
              from: filtered.sources.map((s) => s.id),
              maxHops: values.maxHops,
              dataVersions: prepared.dataVersions,
            },
          }),
        }).result
      : filtered;
    if (values.format === 'json') {
      await emitChunks(renderJsonChunks(result), values.output, io);
      return 0;
    }
    const text =
      values.format === 'markdown'
        ? renderMarkdown(result, { pathsPerSource: values.paths })
        : renderTable(result, {
            pathsPerSource: values.paths,
            // The default table fits one screen; asking for paths or a top N shows them all.
            detailedSources: values.paths !== undefined || values.top !== undefined ? Infinity : undefined,
            color: !values.output && useColor(io.stdoutIsTty ?? false, io.env),
          });
    await emit(text, values.output, io);
    return 0;
  },
});
