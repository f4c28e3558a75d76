// The HTML report's per-source graph, read in a real headless Chromium: on the demo's three largest
// sources no two labels' boxes intersect (node labels with each other and with edge labels, edge
// labels with each other), the best path to the worst asset is highlighted as the page opens, the
// assets reached only through admin are counted on the admin node instead of drawn, the legend and
// the evidence panel speak in users' words (each SCP named by its level: root, OU, account), the
// sidebar shows whole names, and a source's top fix is one line.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { generateSyntheticSnapshot } from '../../bench/synthetic/generate.js';
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

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes of every node label and edge label drawn, in page pixels, and of every node's frame. */
async function labelBoxes(page: Page): Promise<{ nodes: Box[]; edges: Box[]; frames: Box[] }> {
  return (await page.evaluate(`(() => {
    const box = (e) => { const r = e.getBoundingClientRect(); return { text: e.textContent, x: r.left, y: r.top, w: r.width, h: r.height }; };
    return {
      nodes: [...document.querySelectorAll('#graph g.node text.node-label')].map(box),
      edges: [...document.querySelectorAll('#graph g.edge text.edge-label')].map(box),
      frames: [...document.querySelectorAll('#graph g.node rect.node-box')].map(box),
    };
  })()`)) as { nodes: Box[]; edges: Box[]; frames: Box[] };
}

function intersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function overlaps(a: Box[], b: Box[], same: boolean): string[] {
  const found: string[] = [];
  a.forEach((p, i) =>
    b.forEach((q, j) => {
      if ((!same || j > i) && intersect(p, q)) found.push(`"${p.text}" × "${q.text}"`);
    }),
  );
  return found;
}

interface DemoJson {
  sources: {
    id: string;
    score: number;
    assets: { id: string; score: number; subsumedBy?: string }[];
  }[];
}

describe('HTML report graph in headless Chromium', function () {
  this.timeout(180000);
  let browser: ReportBrowser;
  let dir: string;
  let demoFile: string;
  let demo: DemoJson;
  let data: {
    strings: string[];
    nodes: [number, string, number, string, number][];
    edges: unknown[][];
    sources: { node: number; nodes: number[] }[];
  };

  before(async function () {
    const executable = serviceUrl(this, 'BLASTMAP_CHROMIUM', 'Chromium (scripts/services/chromium.sh)');
    dir = await mkdtemp(join(tmpdir(), 'blastmap-html-graph-'));
    demoFile = join(dir, 'demo.html');
    let io = captureIo();
    assert.equal(await runCli(['report', 'examples/demo', '-o', demoFile], io), 0, io.err.join(''));
    io = captureIo();
    assert.equal(await runCli(['analyze', 'examples/demo', '--format', 'json'], io), 0, io.err.join(''));
    demo = JSON.parse(io.out.join('')) as DemoJson;
    const html = await readFile(demoFile, 'utf8');
    data = JSON.parse(/<script type="application\/json" id="blastmap-data">(.*?)<\/script>/s.exec(html)![1]);
    browser = await launchReportBrowser(executable);
  });

  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const nodeId = (i: number) => data.strings[data.nodes[i][2]];

  it('draws the three largest sources with no two labels intersecting', async () => {
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    const largest = data.sources
      .map((s, i) => ({ i, size: s.nodes.length }))
      .sort((a, b) => b.size - a.size || a.i - b.i)
      .slice(0, 3);
    assert.equal(largest.length, 3);
    for (const { i } of largest) {
      await page.evaluate(`window.blastmapReport.selectSource(${i})`);
      const drawnCount = Number(await page.evaluate('window.blastmapReport.renderedNodeCount()'));
      const { nodes, edges, frames } = await labelBoxes(page);
      const name = nodeId(data.sources[i].node);
      assert.ok(nodes.length >= 3 && nodes.length === drawnCount, `${name}: ${nodes.length} node labels`);
      assert.ok(edges.length >= nodes.length - 1, `${name}: every step is labelled`);
      for (const b of [...nodes, ...edges]) assert.ok(b.w > 0 && b.h > 0, `"${b.text}" has a size`);
      // Each node label sits inside its own node's frame, so frames apart means labels apart.
      nodes.forEach((n, k) => {
        const f = frames[k];
        assert.ok(
          n.x >= f.x && n.x + n.w <= f.x + f.w + 0.5 && n.y >= f.y - 0.5 && n.y + n.h <= f.y + f.h + 0.5,
          `${name}: label "${n.text}" overflows its node`,
        );
      });
      assert.deepEqual(overlaps(nodes, nodes, true), [], `${name}: node labels overlap`);
      assert.deepEqual(overlaps(frames, frames, true), [], `${name}: nodes overlap`);
      assert.deepEqual(overlaps(edges, frames, false), [], `${name}: an edge label covers a node`);
      assert.deepEqual(overlaps(edges, edges, true), [], `${name}: edge labels overlap`);
    }
    assert.deepEqual(watch.consoleErrors, []);
    await page.close();
  });

  it('keeps labels apart on a graph of over 100 nodes too (the big-graph node placement)', async () => {
    // A synthetic account (the benchmarks' generator at a small scale) whose top source draws its
    // 100 best paths.
    const snapshotFile = join(dir, 'synthetic.json');
    await writeFile(
      snapshotFile,
      JSON.stringify(
        generateSyntheticSnapshot({ roles: 300, taskDefinitions: 60, resources: 1200, seed: 1 }),
      ),
    );
    const file = join(dir, 'synthetic.html');
    const io = captureIo();
    assert.equal(await runCli(['report', snapshotFile, '-o', file], io), 0, io.err.join(''));
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(pathToFileURL(file).href);
    await waitForReport(page);
    const { nodes, edges, frames } = await labelBoxes(page);
    assert.ok(nodes.length > 100, `the top source draws ${nodes.length} nodes`);
    assert.deepEqual(overlaps(nodes, nodes, true), []);
    assert.deepEqual(overlaps(frames, frames, true), []);
    assert.deepEqual(overlaps(edges, frames, false), []);
    assert.deepEqual(overlaps(edges, edges, true), []);
    assert.deepEqual(watch.consoleErrors, []);
    await page.close();
  });

  it('highlights the best path to the worst asset as the page opens', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    const top = demo.sources[0];
    // The worst asset of the top source that is not counted through admin.
    const worst = top.assets.filter((a) => !a.subsumedBy).reduce((m, a) => (a.score > m.score ? a : m));
    assert.equal(worst.id, 'admin:222222222222');
    const lit = (await page.evaluate(
      `[...document.querySelectorAll('#graph g.edge.hl')].map(g => Number(g.getAttribute('data-edge')))`,
    )) as number[];
    assert.ok(lit.length >= 2, `highlighted steps: ${lit.length}`);
    // The lit steps chain from the source to the worst asset.
    const ends = lit.map((e) => [data.edges[e][0], data.edges[e][1]] as [number, number]);
    let at = data.sources[0].node;
    const order: number[] = [];
    for (let k = 0; k < ends.length; k++) {
      const next = ends.findIndex(([f], j) => f === at && !order.includes(j));
      assert.ok(next >= 0, `no lit step leaves ${nodeId(at)}`);
      order.push(next);
      at = ends[next][1];
    }
    assert.equal(nodeId(at), worst.id);
    assert.deepEqual(
      lit.sort(),
      ((await page.evaluate('window.blastmapReport.highlightedEdges()')) as number[]).sort(),
    );
    // Other steps are dimmed, and the panel names the highlighted path.
    assert.equal(await page.locator('#graph g.edge:not(.hl):not(.dim)').count(), 0);
    assert.match(
      await page.locator('#evidence').innerText(),
      /Highlighted: the best path to Admin of 222222222222/,
    );
    await page.close();
  });

  it('counts the assets reached only through admin on the admin node, and says so in the panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    const k = demo.sources.findIndex((s) => s.id.includes('dispatch-worker'));
    const subsumed = demo.sources[k].assets.filter((a) => a.subsumedBy === 'admin:222222222222');
    assert.ok(subsumed.length >= 10, `dispatch-worker has ${subsumed.length} assets through admin`);
    await page.evaluate(`window.blastmapReport.selectSource(${k})`);
    const labels = await page.locator('#graph g.node text.node-label').allTextContents();
    assert.ok(
      labels.includes(`Admin of 222222222222 (+${subsumed.length} assets in it)`),
      labels.join(' | '),
    );
    assert.ok(
      labels.length <= data.sources[k].nodes.length - subsumed.length,
      `drawn: ${labels.join(' | ')}`,
    );
    const drawnIds = (await page.evaluate(
      `[...document.querySelectorAll('#graph g.node')].map(g => Number(g.getAttribute('data-node')))`,
    )) as number[];
    for (const a of subsumed) {
      assert.ok(!drawnIds.map(nodeId).includes(a.id), `${a.id} is drawn although reached through admin`);
    }
    const panel = await page.locator('#evidence').innerText();
    assert.match(panel, new RegExp(`every asset of the account, through admin: ${subsumed.length}`));
    assert.doesNotMatch(panel, /via admin/i);
    await page.close();
  });

  it('has a legend in users\u2019 words and names each SCP level in the evidence', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    const legend = await page.locator('#legend').innerText();
    assert.match(legend, /IAM role/);
    assert.match(legend, /ECS task definition/);
    assert.match(legend, /gets full control/);
    assert.doesNotMatch(legend, /\b(AWS[A-Z]\w+|S3Bucket|Admin\)|CAN_[A-Z]+|HAS_[A-Z_]+)\b/);
    // The step of label-printer's path that writes its own role's policy: allowed by FullAWSAccess
    // at the root, the Workloads OU and the account.
    await page.evaluate(`window.blastmapReport.selectNode('admin:222222222222')`);
    await page.locator('#evidence ol.path button', { hasText: 'iam-put-role-policy-self' }).click();
    const panel = await page.locator('#evidence').innerText();
    assert.match(panel, /SCP at root r-nw01 \(lets through\)\s+\S*p-FullAWSAccess statement 0/);
    assert.match(
      panel,
      /SCP at OU Workloads \(ou-nw01-wkld0001\) \(lets through\)\s+\S*p-FullAWSAccess statement 0/,
    );
    assert.match(
      panel,
      /SCP at account 222222222222 \(northwind-prod\) \(lets through\)\s+\S*p-FullAWSAccess statement 0/,
    );
    assert.doesNotMatch(panel, /^scp \(lets through\)/m);
    await page.close();
  });

  it('shows whole source names in the sidebar and the top fix in one line, as text', async () => {
    const graph = evilGraph();
    const result = analyze({ graph, sources: [EVIL_SOURCE] }, emptySnapshot());
    const summary = `remove statement 0 of <b>${EVIL_NAME}</b>`;
    result.sources[0].fixes = [
      {
        change: { kind: 'remove-statement', policyId: 'p', statement: '0', summary },
        radiusBefore: result.sources[0].score,
        radiusAfter: 1.5,
        removesPaths: [],
        remainingPaths: [],
      },
    ];
    const file = join(dir, 'fix.html');
    await writeFile(file, renderHtml(result, sourceSubgraphs(graph, result)));
    const page = await browser.context.newPage();
    const watch = watchPage(page);
    await page.goto(pathToFileURL(file).href);
    await waitForReport(page);
    const fixLine = `fix: ${summary} (radius ${result.sources[0].score.toFixed(2)} \u2192 1.50)`;
    assert.equal(await page.locator('button.source .source-fix').first().textContent(), fixLine);
    assert.equal(await page.locator('#evidence p.fix').textContent(), fixLine);
    assert.equal(await page.locator('#evidence b, #sources b').count(), 0, 'the summary is text');
    // The long hostile name is shown whole (wrapped), and the full id is the button's tooltip.
    const name = page.locator('button.source .source-name').first();
    assert.ok(((await name.textContent()) ?? '').includes(EVIL_NAME));
    const clipped = await name.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
    assert.equal(clipped, false, 'the source name is cut off');
    assert.equal(await page.locator('button.source').first().getAttribute('title'), EVIL_SOURCE);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.dialogs, []);
    await page.close();
  });

  it('shows whole names for every demo source at 1024×768', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(pathToFileURL(demoFile).href);
    await waitForReport(page);
    const clipped = await page.evaluate(
      `[...document.querySelectorAll('button.source .source-name')].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)`,
    );
    assert.deepEqual(clipped, []);
    await page.close();
  });
});
