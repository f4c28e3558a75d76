// Neo4j Browser as an analyst meets it: the Browser that scripts/services/neo4j.sh serves, in
// Debian's Chromium, connects (auth disabled in tests) and opens the blastmap guide by itself
// (browser.post_connect_cmd); every saved query of cypher/ runs as a user pastes it (`:param`
// lines, then the query) and shows rows; `:play <guide url>` typed by hand opens the guide, one
// slide per saved query, and a query put in the editor from its slide runs. A screenshot of a path
// (saved query 08, cross-account paths) goes to
// test-output/neo4j-browser.png (docs/images/neo4j-browser.png is a copy).
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Locator, Page } from 'playwright-core';
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
const GUIDE_TITLE = 'blastmap: what an attacker in your containers can reach';

const frames = (page: Page) => page.locator('[data-testid="frame"]');

/**
 * Waits for a new frame on top of the stream (Browser adds each run's frame first). Callers close
 * the frames they are done with: Browser keeps at most 15 and drops the oldest.
 */
async function newFrame(page: Page, before: number): Promise<Locator> {
  // Browser's Content-Security-Policy forbids page.waitForFunction's eval: wait on a locator.
  await frames(page).nth(before).waitFor({ state: 'attached', timeout: 60_000 });
  return frames(page).first();
}

async function closeFrame(page: Page, frame: Locator): Promise<void> {
  const before = await frames(page).count();
  await frame.locator('button[title="Close"]').click();
  await frames(page)
    .nth(before - 1)
    .waitFor({ state: 'detached' });
}

/** Replaces the main editor's text with `text` and runs it, as typing and Ctrl+Enter do. */
async function run(page: Page, text: string): Promise<Locator> {
  const before = await frames(page).count();
  await page.locator('[data-testid="activeEditor"] .monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  return newFrame(page, before);
}

/** The number of records a Cypher frame reports ("Started streaming N records …"). */
async function streamedRecords(frame: Locator, what: string): Promise<number> {
  const status = frame.locator('[data-testid="frameStatusbar"]');
  try {
    // A query's frame opens on the view last used; the table view's status bar tells the records.
    const table = frame.locator('[data-testid="cypherFrameSidebarTable"]');
    await table
      .or(status.getByText(/Started streaming/))
      .first()
      .waitFor({ timeout: 120_000 });
    if (await table.count()) await table.click();
    await status.getByText(/Started streaming \d+ records?/).waitFor({ timeout: 120_000 });
  } catch (err) {
    // What the frame shows instead (an error, another status) is the useful part of the failure.
    await frame.page().screenshot({ path: `${OUT}neo4j-browser-failure.png` });
    const shown = (await frame.innerText()).slice(0, 600);
    throw new Error(`${what}: no "Started streaming" in its frame, which shows: ${shown}`, { cause: err });
  }
  const text = await status.innerText();
  const m = /Started streaming (\d+) record/.exec(text);
  assert.ok(m, `${what}: status bar says ${JSON.stringify(text)}`);
  return Number(m[1]);
}

async function setParams(page: Page, q: SavedQuery): Promise<void> {
  for (const p of q.params) {
    const frame = await run(page, `:param ${p.name} => ${p.expression}`);
    // The frame shows the parameters as JSON: `"source": "arn:…"`.
    await frame.getByText(`"${p.name}"`).first().waitFor({ timeout: 60_000 });
    await closeFrame(page, frame);
  }
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

  /** A page connected to the test server; Browser then opens blastmap's guide by itself. */
  async function connectedPage(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${browserUrl}?dbms=${encodeURIComponent(uri)}&preselectAuthMethod=NO_AUTH`);
    await page.getByText('You have a working connection').waitFor({ timeout: 120_000 });
    // The post-connect guide also tells that Browser has read the server's settings (the guide
    // host allow-list among them).
    await frames(page).first().getByText(GUIDE_TITLE).waitFor({ timeout: 60_000 });
    return page;
  }

  it('connects and runs every saved query as pasted (parameters, then the query), each showing rows', async () => {
    const page = await connectedPage();
    const watch = watchPage(page);
    await mkdir(OUT, { recursive: true });
    await page.locator('[data-testid="activeEditor"] .monaco-editor').first().click();
    await page.keyboard.insertText(':clear');
    await page.keyboard.press('Control+Enter');
    await frames(page).first().waitFor({ state: 'detached' });
    for (const q of queries) {
      await setParams(page, q);
      const frame = await run(page, q.statement);
      if (q.name.startsWith('08-')) {
        // Paths across accounts, on the graph view (Browser opens a frame on the view last used).
        await frame.locator('[data-testid="cypherFrameSidebarVisualization"]').click();
        await frame.getByText(/Displaying \d+ nodes?/).waitFor({ timeout: 120_000 });
        await page.waitForTimeout(3000); // let the force layout settle for the picture
        await frame.screenshot({ path: `${OUT}neo4j-browser.png` });
      }
      assert.ok((await streamedRecords(frame, q.name)) > 0, `${q.name}: rows in Neo4j Browser`);
      await closeFrame(page, frame);
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
    // Close the guide Browser opened by itself: the one under test is the one typed by hand.
    await frames(page).first().locator('button[title="Close"]').click();
    await page.locator('[data-testid="carousel"]').waitFor({ state: 'detached' });
    await run(page, `:play ${guideUrl}`);
    // Located by its content, since each run below adds a frame above it.
    const guide = frames(page).filter({ has: page.locator('[data-testid="carousel"]') });
    await guide.getByText(GUIDE_TITLE).waitFor({ timeout: 60_000 });
    assert.equal(await guide.count(), 1);
    const carousel = guide.locator('[data-testid="carousel"]');
    await carousel.getByText(`1 / ${queries.length + 1}`).waitFor();
    for (const [i, q] of queries.entries()) {
      await guide.locator('[data-testid="nextSlide"]').click();
      await carousel.getByText(`${i + 2} / ${queries.length + 1}`).waitFor();
      const blocks = guide.locator('pre.runnable');
      const code = await blocks.allTextContents();
      assert.deepEqual(
        code,
        [...q.params.map((p) => `:param ${p.name} => ${p.expression}`), q.statement],
        `${q.name}: its slide holds its parameters and query, runnable`,
      );
      // As an analyst does: click each block (it goes into the editor), run it.
      for (const [j, block] of (await blocks.all()).entries()) {
        await block.click();
        const before = await frames(page).count();
        await page.locator('[data-testid="editor-Run"]').click();
        const frame = await newFrame(page, before);
        if (j === code.length - 1) {
          assert.ok((await streamedRecords(frame, q.name)) > 0, `${q.name} run from the guide: rows`);
        } else {
          await frame.getByText(`"${q.params[j].name}"`).first().waitFor({ timeout: 60_000 });
        }
        await closeFrame(page, frame);
      }
    }
  });
});
