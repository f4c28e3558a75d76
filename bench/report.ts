// HTML report benchmark on the synthetic account of the analyze benchmark (5,000 roles, 1,000 task
// definitions, 20,000 resources): the report's size, how long `blastmap report` takes to write it,
// and how long headless Chromium takes to open it and draw the top source's graph (navigation start
// to the first graph drawn: ELK's layout turned into SVG). Needs Chromium: BLASTMAP_CHROMIUM, or /usr/bin/chromium
// (scripts/services/chromium.sh install).
//   npm run bench -- report [--seed N]
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../src/cli/run.js';
import { launchReportBrowser, waitForReport } from '../test/support/report-browser.js';
import { generateSyntheticSnapshot } from './synthetic/generate.js';

const BASE = { roles: 5000, taskDefinitions: 1000, resources: 20000 };

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--seed');
  const seed = i >= 0 ? Number(args[i + 1]) : 1;
  const chromium = process.env.BLASTMAP_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    process.stderr.write(
      `report bench: no Chromium at ${chromium} (run scripts/services/chromium.sh install)\n`,
    );
    process.exitCode = 1;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'blastmap-bench-report-'));
  try {
    const snapshotFile = join(dir, 'snapshot.json');
    await writeFile(snapshotFile, JSON.stringify(generateSyntheticSnapshot({ ...BASE, seed })));
    const htmlFile = join(dir, 'report.html');
    const silent = {
      stdout: () => {},
      stderr: (t: string) => void process.stderr.write(t),
      isTty: false,
      env: process.env,
      cwd: process.cwd(),
    };
    let t = performance.now();
    const code = await runCli(['report', snapshotFile, '-o', htmlFile], silent);
    const writeSeconds = (performance.now() - t) / 1000;
    if (code !== 0) throw new Error(`blastmap report exited ${code}`);
    const bytes = (await stat(htmlFile)).size;
    const html = await readFile(htmlFile, 'utf8');
    const data = JSON.parse(
      /<script type="application\/json" id="blastmap-data">(.*?)<\/script>/s.exec(html)![1],
    );
    const dataBytes = Buffer.byteLength(/id="blastmap-data">(.*?)<\/script>/s.exec(html)![1]);

    const browser = await launchReportBrowser(chromium);
    let loadSeconds: number;
    let readySeconds: number;
    try {
      const page = await browser.context.newPage();
      t = performance.now();
      await page.goto(pathToFileURL(htmlFile).href);
      await waitForReport(page);
      readySeconds = (performance.now() - t) / 1000;
      // performance.now() in the page counts from navigation start.
      loadSeconds = Number(await page.evaluate('window.blastmapReport.firstDrawMs')) / 1000;
    } finally {
      await browser.close();
    }
    const rows: [string, string][] = [
      ['roles / task defs / resources', `${BASE.roles} / ${BASE.taskDefinitions} / ${BASE.resources}`],
      ['sources in the report', String(data.sources.length)],
      [
        'nodes / edges / evidence items (deduplicated)',
        `${data.nodes.length} / ${data.edges.length} / ${data.evidence.length}`,
      ],
      [
        'report size',
        `${(bytes / 1e6).toFixed(2)} MB (data ${(dataBytes / 1e6).toFixed(2)} MB, libraries and page ${((bytes - dataBytes) / 1e6).toFixed(2)} MB)`,
      ],
      ['blastmap report (analysis + HTML)', `${writeSeconds.toFixed(2)} s`],
      ['first graph drawn (from navigation start)', `${loadSeconds.toFixed(2)} s`],
      ['report ready (goto → ready, seen by the driver)', `${readySeconds.toFixed(2)} s`],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
    console.log(
      JSON.stringify({
        bench: 'report',
        bytes,
        dataBytes,
        loadSeconds: Number(loadSeconds.toFixed(3)),
        writeSeconds: Number(writeSeconds.toFixed(3)),
        sources: data.sources.length,
        nodes: data.nodes.length,
        edges: data.edges.length,
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
