// `blastmap report <dump|snapshot> -o report.html`: the visual report (one self-contained HTML file),
// or one source's paths as Graphviz DOT / Mermaid (`--from ARN --format dot|mermaid`).
import { basename } from 'node:path';
import { analyze } from '../../queries/analyze.js';
import { filterAnalysis } from '../../queries/filter-sources.js';
import { sourceSubgraphs } from '../../queries/source-subgraphs.js';
import { renderDot, renderMermaid } from '../../report/graph-text.js';
import { renderHtml } from '../../report/html/render-html.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import {
  filterOptions,
  inputCommand,
  maxHopsOption,
  reportOptions,
  sourceOptions,
} from '../input-command.js';
import { wholeNumber } from '../option-specs.js';
import { emit } from '../output-options.js';
import { sourceFilter } from '../source-filter.js';

export const command = inputCommand({
  name: 'report',
  usage: ['<input> -o report.html [options]', '<input> --from <source> --format dot|mermaid [-o FILE]'],
  description: `Writes one self-contained HTML file (works offline: scripts and styles inlined, no network): the
sources ranked by blast radius, coverage gaps on top, each source's attack graph with the evidence
behind every step, and a search over principals and assets. With --format dot or mermaid, writes the
attack paths of one source (--from) as a Graphviz or Mermaid graph instead.`,
  arityError: {
    message: 'report takes one input: a dump folder or a snapshot file',
    hint: 'blastmap report ./dump -o report.html',
  },
  options: {
    ...sourceOptions(),
    maxHops: maxHopsOption(),
    paths: wholeNumber('--paths <n>', 'paths drawn per source, its best ones', {
      min: 1,
    }),
    ...filterOptions(),
    ...reportOptions(['html', 'dot', 'mermaid'] as const, 'html'),
  },
  epilog: '--paths defaults to 100 in HTML and to every path in dot and mermaid. -o is required for html.',
  async run(input, _rest, values, io) {
    const format = values.format;
    // A big account's top source can reach thousands of assets: drawing its best paths keeps the
    // file small and the graph readable; the JSON report has every path.
    const perSource = values.paths ?? (format === 'html' ? 100 : undefined);
    if (format === 'html' && !values.output) {
      throw new InputError('the HTML report needs an output file', {}, { hint: 'add -o report.html' });
    }
    if (format !== 'html' && values.from?.length !== 1) {
      throw new InputError(
        `--format ${format} draws the paths of one source`,
        {},
        {
          hint: `add one --from ARN (a task definition or principal), e.g. --from arn:aws:ecs:…:task-definition/web:3`,
        },
      );
    }
    const prepared = await prepareAnalysis(input, {
      graph: { allTaskDefinitions: values.allTaskDefinitions },
    });
    const filter = sourceFilter(values, prepared.snapshot);
    const result = filterAnalysis(
      analyze(prepared.built, prepared.snapshot, {
        from: values.from,
        allTaskDefinitions: values.allTaskDefinitions,
        maxHops: values.maxHops,
        dataVersions: prepared.dataVersions,
      }),
      filter,
    );
    const subgraphs = sourceSubgraphs(prepared.built.graph, result, { maxPathsPerSource: perSource });
    let text: string;
    if (format === 'html') {
      text = renderHtml(result, subgraphs, {
        title: basename(input),
        settings: { 'max hops': String(values.maxHops) },
      });
    } else {
      const sub = subgraphs.sources[0];
      if (!sub) throw new InputError(`the filters leave no source to draw: ${values.from![0]} is not kept`);
      text = format === 'dot' ? renderDot(subgraphs, sub) : renderMermaid(subgraphs, sub);
    }
    await emit(text, values.output, io);
    return 0;
  },
});
