// WORK IN PROGRESS (not run by mocha: not a .test.ts file). Query frames and the :play guide fetch
// did not pass yet on this machine; see the h8-neo4j report.
// Neo4j Browser as an analyst meets it: the Browser that scripts/services/neo4j.sh serves, in
// Debian's Chromium, connects (auth disabled in tests), runs every saved query of cypher/ as a user
// pastes it (`:param` lines, then the query) and shows rows; `:play` opens the blastmap guide, one
// slide per saved query. A screenshot of a path goes to test-output/ (docs/images/ has a copy).
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { prepareAnalysis } from '../../src/cli/analysis-input.js';
import { renderBrowserGuide } from '../../src/neo4j/browser-guide.js';
import { CYPHER_DIR, savedQueries, type SavedQuery } from '../../src/neo4j/cypher-files.js';
import { pushGraph } from '../../src/neo4j/push.js';
import { analyze } from '../../src/queries/analyze.js';
import { launchReportBrowser, watchPage, type ReportBrowser } from '../support/report-browser.js';
import { serviceUrl } from '../support/services.js';
import { clearDatabase, neo4jUri, testDriver } from './server.js';

const DEMO = fileURLToPath(new URL('../../examples/demo', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** Types text into the Browser's editor and runs it; returns the new (topmost) result frame. */
async function run(page: Page, text: string, before: number) {
  const editor = page.locator('#monaco-main-editor, .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  const frames = page.locator('[data-testid="frame"]');
  await page.waitForFunction(
    `document.querySelectorAll('[data-testid="frame"]').length > ${before}`,
    undefined,
    {
      timeout: 60_000,
    },
  );
  return frames.first();
}

describe('Neo4j Browser served by scripts/services/neo4j.sh (real Neo4j 5, Chromium)', function () {
  this.timeout(300_000);
  let uri: string;
  let browserUrl: string;
  let guideUrl: string;
  let chromium: string;
  let driver: Driver;
  let browser: ReportBrowser;
  let queries: SavedQuery[];

  before(async function () {
    uri = neo4jUri(this);
    browserUrl = serviceUrl(this, 'NEO4J_BROWSER_URL', 'Neo4j Browser (scripts/services/neo4j.sh)');
    guideUrl = serviceUrl(
      this,
      'BLASTMAP_NEO4J_GUIDE_URL',
      'the Browser guide server (scripts/services/neo4j.sh)',
    );
    chromium = serviceUrl(this, 'BLASTMAP_CHROMIUM', 'Chromium (scripts/services/chromium.sh)');
    assert.match(browserUrl, /^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);
    driver = testDriver(uri);
    await clearDatabase(driver);
    const prepared = await prepareAnalysis(DEMO);
    await pushGraph(
      {
        graph: prepared.built.graph,
        sources: prepared.built.sources,
        accounts: prepared.snapshot.accounts.map((a) => a.id),
        ranking: analyze(prepared.built, prepared.snapshot).sources,
      },
      { uri },
    );
    queries = await savedQueries();
    browser = await launchReportBrowser(chromium);
  });
  after(async () => {
    await browser?.close();
    await driver?.close();
  });

  async function connectedPage(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${browserUrl}?dbms=${encodeURIComponent(uri)}&preselectAuthMethod=NO_AUTH`);
    await page.getByText('You have a working connection').waitFor({ timeout: 120_000 });
    return page;
  }

  it('connects and runs every saved query as pasted (parameters, then the query), each showing rows', async () => {
    const page = await connectedPage();
    const watch = watchPage(page);
    const frames = page.locator('[data-testid="frame"]');
    await mkdir(OUT, { recursive: true });
    for (const q of queries) {
      for (const p of q.params) {
        const frame = await run(page, `:param ${p.name} => ${p.expression}`, await frames.count());
        await frame.getByText('Successfully set your parameter').waitFor({ timeout: 60_000 });
      }
      // On one line, as Browser's single-line editor runs it (the statement has no comments).
      const frame = await run(page, q.statement.replace(/\s*\n\s*/g, ' '), await frames.count());
      const status = frame.locator('[data-testid="frameStatusbar"]');
      await status.getByText(/Started streaming \d+ records?/).waitFor({ timeout: 120_000 });
      const count = Number(/Started streaming (\d+) record/.exec(await status.innerText())![1]);
      assert.ok(count > 0, `${q.name}: ${count} rows in Neo4j Browser`);
      if (q.name.startsWith('03-')) await page.screenshot({ path: `${OUT}neo4j-browser.png` });
    }
    assert.deepEqual(watch.dialogs, []);
  });

  it(':play opens the blastmap guide: an introduction and one slide per saved query, runnable', async () => {
    // The served guide is the one the saved queries make (scripts/write-browser-guide.ts).
    assert.equal(
      await readFile(`${CYPHER_DIR}guide/blastmap.html`, 'utf8'),
      renderBrowserGuide(queries),
      'cypher/guide/blastmap.html is out of date: node --import tsx scripts/write-browser-guide.ts',
    );
    const page = await connectedPage();
    const frame = await run(page, `:play ${guideUrl}`, await page.locator('[data-testid="frame"]').count());
    await frame
      .getByText('blastmap: what an attacker in your containers can reach')
      .waitFor({ timeout: 60_000 });
    const slides = await frame.locator('slide').count();
    assert.equal(slides, queries.length + 1);
    // Each saved query is on its slide, as runnable code.
    const code = await frame.locator('pre.runnable').allTextContents();
    for (const q of queries) assert.ok(code.includes(q.statement), `${q.name} in the guide`);
  });
});
