// Writes the pictures of the HTML report in docs/images/: the demo report in headless Chromium as it
// opens (the top source drawn, the best path to its worst asset highlighted), at 1400×900
// (`report-demo.png`, the README's picture) and at 1024×768 (`report-demo-1024x768.png`); and the
// source with the largest graph (route-optimizer) selected, at 1400×900
// (`report-demo-largest.png`).
//   node --import tsx scripts/screenshot-report.ts   (Chromium: BLASTMAP_CHROMIUM or /usr/bin/chromium)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';
import { launchReportBrowser, waitForReport } from '../test/support/report-browser.js';

const SHOTS = [
  { path: 'docs/images/report-demo.png', width: 1400, height: 900, largest: false },
  { path: 'docs/images/report-demo-1024x768.png', width: 1024, height: 768, largest: false },
  { path: 'docs/images/report-demo-largest.png', width: 1400, height: 900, largest: true },
];
const chromium = process.env.BLASTMAP_CHROMIUM ?? '/usr/bin/chromium';
const dir = await mkdtemp(join(tmpdir(), 'blastmap-screenshot-'));
try {
  const html = join(dir, 'demo.html');
  const code = await runCli(['report', 'examples/demo', '-o', html], processIo());
  if (code !== 0) throw new Error(`blastmap report exited ${code}`);
  const browser = await launchReportBrowser(chromium);
  try {
    await mkdir('docs/images', { recursive: true });
    for (const shot of SHOTS) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.goto(pathToFileURL(html).href);
      await waitForReport(page);
      if (shot.largest) {
        const largest = await page.evaluate(`(() => {
          const d = JSON.parse(document.getElementById('blastmap-data').textContent);
          let best = 0;
          d.sources.forEach((s, i) => { if (s.nodes.length > d.sources[best].nodes.length) best = i; });
          return best;
        })()`);
        await page.evaluate(`window.blastmapReport.selectSource(${largest})`);
      }
      await page.screenshot({ path: shot.path });
      await page.close();
      process.stderr.write(`wrote ${shot.path}\n`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
