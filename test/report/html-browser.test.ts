// The HTML report in a real headless Chromium: the demo report opens offline with no console error
// and no request but its own file, a click on a source draws its graph, clicks on a node and on a
// step show their evidence, and a name carrying <script> renders as text without running.
import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFile } from 'node:fs/promises';
import { analyze } from '../../src/queries/analyze.js';
import { sourceSubgraphs } from '../../src/queries/source-subgraphs.js';
import { renderHtml } from '../../src/report/html/render-html.js';
import { captureIo } from '../support/capture-io.js';
import { serviceUrl } from '../support/services.js';
import {
  launchReportBrowser,
  waitForReport,
  watchPage,
  type ReportBrowser,
} from '../support/report-browser.js';
import { emptySnapshot } from '../queries/fixture-snapshot.js';
import { evilGraph, EVIL_NAME, EVIL_SOURCE } from './evil-graph.js';

const { runCli } = await import('../../src/cli/run.js');

describe('HTML report in headless Chromium', function () {
  this.timeout(120000);
  let browser: ReportBrowser;
  let dir: string;
  let demoFile: string;
  let evilFile: string;

  before(async function () {
    const executable = serviceUrl(this, 'BLASTMAP_CHROMIUM', 'Chromium (scripts/services/chromium.sh)');
    dir = await mkdtemp(join(tmpdir(), 'blastmap-html-'));
    demoFile = join(dir, 'demo.html');
    const io = captureIo();
    assert.equal(await runCli(['report', 'examples/demo', '-o', demoFile], io), 0, io.err.join(''));
    const graph = evilGraph();
    const result = analyze({ graph, sources: [EVIL_SOURCE] }, emptySnapshot());
    evilFile = join(dir, 'evil.html');
    await writeFile(evilFile, renderHtml(result, sourceSubgraphs(graph, result)));
    browser = await launchReportBrowser(executable);
  });

  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens the demo report offline: no console error, no request but the file itself', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    const url = pathToFileURL(demoFile).href;
    await page.goto(url);
    await waitForReport(page);
    await page.waitForTimeout(300);
    assert.deepEqual(watch.requests, [url]);
    assert.deepEqual(watch.consoleErrors, []);
    // The demo's dump has coverage gaps: the banner says so before anything else.
    assert.match(await page.locator('#coverage').innerText(), /PARTIAL VIEW: 2 coverage gaps/);
    const html = await readFile(demoFile, 'utf8');
    const data = JSON.parse(
      /<script type="application\/json" id="blastmap-data">(.*?)<\/script>/s.exec(html)![1],
    );
    assert.equal(await page.locator('button.source').count(), data.sources.length);
    assert.ok(data.sources.length >= 5);
    await page.close();
  });

  it('draws the top source on click and shows the evidence of a clicked node and step', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    // Another source first, so the click on the top one visibly changes the graph.
    await page.locator('button.source').nth(1).click();
    const second = await page.evaluate('window.blastmapReport.renderedNodeCount()');
    await page.locator('button.source').nth(0).click();
    assert.equal(await page.evaluate('window.blastmapReport.selectedSource'), 0);
    assert.match((await page.locator('button.source').nth(0).getAttribute('class')) ?? '', /selected/);
    const top = await page.evaluate('window.blastmapReport.renderedNodeCount()');
    assert.ok(Number(top) > 1 && top !== second, `top source drew ${top} nodes, the second ${second}`);
    assert.equal(await page.locator('#graph svg g.node').count(), top, 'each drawn node is an SVG group');
    assert.match(await page.locator('#graph-title').innerText(), /label-printer:7/);
    assert.match(await page.locator('#evidence').innerText(), /Reached assets/);
    assert.match(await page.locator('#legend').innerText(), /Admin of an account/);

    // A real mouse click on the Admin node, where the SVG drew it.
    const adminIndex = await page.evaluate(
      `JSON.parse(document.getElementById('blastmap-data').textContent).nodes.findIndex(n => n[1] === 'Admin')`,
    );
    const at = (await page.evaluate(`window.blastmapReport.viewportPosition(${adminIndex})`)) as {
      x: number;
      y: number;
    };
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator('#evidence.node-evidence, #evidence .kv').first().waitFor();
    const nodePanel = await page.locator('#evidence').innerText();
    assert.match(nodePanel, /admin:222222222222/);
    assert.match(nodePanel, /Path from task-def label-printer:7/);

    // The path's second step, through the button the panel lists it with.
    await page.locator('#evidence ol.path button').nth(1).click();
    const edgePanel = await page.locator('#evidence').innerText();
    assert.match(edgePanel, /technique\s+iam-put-role-policy-self/);
    assert.match(edgePanel, /action\s+iam:PutRolePolicy/);
    assert.match(edgePanel, /label-printer-task#inline\/self-manage-policies statement 0 "SelfManage"/);
    assert.equal(await page.evaluate('window.blastmapReport.selected.kind'), 'edge');

    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/report-demo.png' });
    assert.deepEqual(watch.consoleErrors, []);
    await page.close();
  });

  it('finds principals and assets through the search box', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    await page.locator('#search').fill('ops-admin-task');
    const hit = page.locator('#search-results button').first();
    assert.match(await hit.innerText(), /role ops-admin-task/);
    await hit.click();
    assert.match(
      await page.locator('#evidence').innerText(),
      /arn:aws:iam::222222222222:role\/ops-admin-task/,
    );
    await page.close();
  });

  it('renders a name holding <script> as text, and nothing runs', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(pathToFileURL(evilFile).href);
    await waitForReport(page);
    await page.waitForTimeout(300);
    assert.ok((await page.locator('#sources').innerText()).includes(EVIL_NAME));
    await page.locator('#search').fill('alert');
    assert.ok((await page.locator('#search-results').innerText()).includes(EVIL_NAME));
    await page.locator('#search-results button').first().click();
    assert.ok((await page.locator('#evidence').innerText()).includes(EVIL_NAME));
    assert.deepEqual(watch.dialogs, []);
    assert.deepEqual(watch.consoleErrors, []);
    assert.equal(await page.evaluate('typeof window.pwned'), 'undefined');
    await page.close();
  });
});
