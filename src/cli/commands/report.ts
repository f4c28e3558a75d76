// `blastmap report <dump|snapshot> -o report.html`: the visual report (one self-contained HTML file),
// or one source's paths as Graphviz DOT / Mermaid (`--from ARN --format dot|mermaid`).
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../queries/analyze.js';
import { sourceSubgraphs } from '../../queries/source-subgraphs.js';
import { renderDot, renderMermaid } from '../../report/graph-text.js';
import { renderHtml } from '../../report/html/render-html.js';
import { InputError } from '../../snapshot/errors.js';
import { prepareAnalysis } from '../analysis-input.js';
import type { Command } from '../io.js';
import { emit, maxHops } from '../output-options.js';

const usage = `Usage: blastmap report <dump-folder|snapshot.json> -o report.html [options]
       blastmap report <dump-folder|snapshot.json> --from ARN --format dot|mermaid [-o FILE]

Writes one self-contained HTML file (works offline: scripts and styles inlined, no network): the
sources ranked by blast radius, coverage gaps on top, each source's attack graph with the evidence
behind every step, and a search over principals and assets. With --format dot or mermaid, writes the
attack paths of one source (--from) as a Graphviz or Mermaid graph instead.

Options:
  --from ARN                 analyse this principal or task definition (repeatable) instead of the defaults
  --all-task-definitions     analyse every task definition, used or not
  --max-hops N               longest path, in steps (default 6)
  --paths N                  paths drawn per source, its best ones (default 100 in HTML, all in dot/mermaid)
  --format html|dot|mermaid  (default html)
  -o, --output FILE          write to FILE (required for html; dot and mermaid default to stdout)
`;

type GraphFormat = 'html' | 'dot' | 'mermaid';

function graphFormat(value: string | undefined): GraphFormat {
  const v = value ?? 'html';
  if (v === 'html' || v === 'dot' || v === 'mermaid') return v;
  throw new InputError(`unknown --format '${v}'`, {}, { hint: 'one of html, dot, mermaid' });
}

export const command: Command = {
  name: 'report',
  summary: 'write a self-contained HTML report (or one source as DOT / Mermaid)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'max-hops': { type: 'string' },
        from: { type: 'string', multiple: true },
        'all-task-definitions': { type: 'boolean', default: false },
        paths: { type: 'string' },
      },
    });
    if (positionals.length !== 1) {
      throw new InputError(
        'report takes one input: a dump folder or a snapshot file',
        {},
        { hint: 'blastmap report ./dump -o report.html' },
      );
    }
    const format = graphFormat(values.format);
    const hops = maxHops(values['max-hops']);
    // A big account's top source can reach thousands of assets: drawing its best paths keeps the
    // file small and the graph readable; the JSON report has every path.
    const perSource =
      values.paths === undefined ? (format === 'html' ? 100 : undefined) : Number(values.paths);
    if (perSource !== undefined && (!Number.isInteger(perSource) || perSource < 1))
      throw new InputError(`--paths must be a whole number from 1, not '${values.paths}'`);
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
    const prepared = await prepareAnalysis(positionals[0], {
      graph: { allTaskDefinitions: values['all-task-definitions'] },
    });
    const result = analyze(prepared.built, prepared.snapshot, {
      from: values.from,
      allTaskDefinitions: values['all-task-definitions'],
      maxHops: hops,
      dataVersions: prepared.dataVersions,
    });
    const subgraphs = sourceSubgraphs(prepared.built.graph, result, { maxPathsPerSource: perSource });
    let text: string;
    if (format === 'html') {
      text = renderHtml(result, subgraphs, {
        title: basename(positionals[0]),
        settings: { 'max hops': String(hops) },
      });
    } else {
      const sub = subgraphs.sources[0];
      text = format === 'dot' ? renderDot(subgraphs, sub) : renderMermaid(subgraphs, sub);
    }
    await emit(text, values.output, io);
    return 0;
  },
};
