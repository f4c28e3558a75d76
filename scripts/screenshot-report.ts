// Writes docs/images/report-demo.png, the README's picture of the HTML report: the demo report in
// headless Chromium with its top source drawn and the step that makes it admin selected.
//   node --import tsx scripts/screenshot-report.ts   (Chromium: BLASTMAP_CHROMIUM or /usr/bin/chromium)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';
import { launchReportBrowser, waitForReport } from '../test/support/report-browser.js';

const OUT = 'docs/images/report-demo.png';
const chromium = process.env.BLASTMAP_CHROMIUM ?? '/usr/bin/chromium';
const dir = await mkdtemp(join(tmpdir(), 'blastmap-screenshot-'));
try {
  const html = join(dir, 'demo.html');
  const code = await runCli(['report', 'examples/demo', '-o', html], processIo());
  if (code !== 0) throw new Error(`blastmap report exited ${code}`);
  const browser = await launchReportBrowser(chromium);
  try {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(html).href);
    await waitForReport(page);
    await page.locator('button.source').first().click();
    // Select the Admin node (its path lights up), then the step that grants admin.
    await page.evaluate(`window.blastmapReport.selectNode('admin:222222222222')`);
    await page.locator('#evidence ol.path button').last().click();
    await page.waitForTimeout(300);
    await mkdir('docs/images', { recursive: true });
    await page.screenshot({ path: OUT });
    process.stderr.write(`wrote ${OUT}\n`);
  } finally {
    await browser.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
