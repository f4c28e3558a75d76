// The HTML report as text: self-contained (no URL to fetch, a CSP that forbids the network), data
// embedded so no name can end its <script> element, deduplicated across sources, and free of every
// secret value seeded into the fixture dump.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../../src/queries/analyze.js';
import { sourceSubgraphs } from '../../src/queries/source-subgraphs.js';
import { checkInlineScript, cspHash, jsonForScript } from '../../src/report/html/embed.js';
import { renderHtml, reportData } from '../../src/report/html/render-html.js';
import { captureIo } from '../support/capture-io.js';
import { removeDumps, writeDump } from '../support/dump.js';
import { SEEDED_SECRETS, accountFiles } from '../support/dump-fixtures.js';
import { emptySnapshot } from '../queries/fixture-snapshot.js';
import { SAFE, WEB, demoGraph } from '../queries/hand-graph.js';
import { EVIL_NAME, EVIL_SOURCE, evilGraph } from './evil-graph.js';

const { runCli } = await import('../../src/cli/run.js');

function dataBlock(html: string): string {
  const m = /<script type="application\/json" id="blastmap-data">(.*?)<\/script>/s.exec(html);
  assert.ok(m, 'the page has its data block');
  return m[1];
}

function evilHtml(): string {
  const graph = evilGraph();
  const result = analyze({ graph, sources: [EVIL_SOURCE] }, emptySnapshot());
  return renderHtml(result, sourceSubgraphs(graph, result));
}

describe('HTML report (text)', () => {
  it('escapes <, >, &, U+2028 and U+2029 in embedded JSON, which still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
    const text = jsonForScript(value);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(text), value);
  });

  it('keeps a name holding </script> inside the data block: the page has exactly its own scripts', () => {
    const html = evilHtml();
    assert.equal(html.match(/<script/g)!.length, 4, 'data block, graphology, sigma, page script');
    assert.equal(html.match(/<\/script>/g)!.length, 4);
    assert.ok(!html.includes(EVIL_NAME), 'the raw name appears nowhere in the markup');
    const data = JSON.parse(dataBlock(html));
    assert.ok(
      data.nodes.some((n: number[]) => data.strings[n[2]].includes(EVIL_NAME)),
      'the name is in the data, intact',
    );
  });

  it('builds its frame (title, meta line, coverage banner) from escaped text only', () => {
    const hostile = '<img src=x onerror=alert(1)>"\'&\u001b[2K\u202e';
    const graph = evilGraph();
    const gap = {
      service: 's3api',
      operation: 'get-bucket-policy',
      resource: hostile,
      code: 'AccessDenied',
      message: hostile,
    };
    const result = analyze({ graph, sources: [EVIL_SOURCE] }, emptySnapshot([gap]));
    const html = renderHtml(result, sourceSubgraphs(graph, result), {
      title: `dump-${hostile}`,
      settings: { [`k${hostile}`]: `v${hostile}` },
    });
    const frame = html.slice(0, html.indexOf('<script type="application/json"'));
    assert.ok(!/<img|onerror="/.test(frame) && !frame.includes('\u001b') && !frame.includes('\u202e'));
    const shown = '&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;\\x1b[2K\\u202e';
    assert.ok(frame.includes(`<title>blastmap report: dump-${shown}</title>`), 'title');
    assert.ok(frame.includes(`k${shown} v${shown}`), 'meta line');
    assert.ok(frame.includes(`<li>s3api get-bucket-policy ${shown}: AccessDenied — ${shown}</li>`), 'banner');
  });

  it('refuses to inline code the HTML parser would cut short', () => {
    assert.throws(() => checkInlineScript('var s = "</script>";', 'x'), /cannot be inlined/);
    assert.throws(() => checkInlineScript('a <!-- b', 'x'), /cannot be inlined/);
    assert.equal(checkInlineScript('var a = 1 < 2;', 'x'), 'var a = 1 < 2;');
  });

  it('is self-contained: no external resource, and a CSP that allows only its own inline code', () => {
    const html = evilHtml();
    assert.doesNotMatch(html, /<(script|img|link|iframe)[^>]*\s(src|href)=/i);
    assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:|\/\/)|url\(\s*["']?(https?:|\/\/)|@import/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/
      .exec(html)![1]
      .replace(/&#39;/g, "'");
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|connect-src|https?:/);
    // Each inline script is allowed by its hash, and only those.
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]);
    assert.equal(scripts.length, 3);
    for (const s of scripts) assert.ok(csp.includes(cspHash(s)));
  });

  it('lists each edge once however many sources walk it, and each source points at its own', () => {
    const graph = demoGraph();
    const result = analyze({ graph, sources: [WEB, SAFE] }, emptySnapshot());
    const subgraphs = sourceSubgraphs(graph, result);
    const data = reportData(result, subgraphs);
    assert.equal(data.sources.length, 2);
    assert.equal(data.edges.length, subgraphs.edges.length);
    const keys = data.edges.map((e) => `${e[0]}>${e[1]}>${e[3]}`);
    assert.equal(new Set(keys).size, keys.length);
    // Evidence items are interned: no two entries are the same.
    const ev = data.evidence.map((e) => JSON.stringify(e));
    assert.equal(new Set(ev).size, ev.length);
    const web = data.sources.find((s) => data.strings[data.nodes[s.node][2] as number] === WEB)!;
    assert.ok(web.assets.length > 0 && web.edges.length > 0);
  });

  describe('from a dump with seeded secrets', () => {
    let html: string;
    before(async () => {
      const dir = await writeDump(accountFiles());
      const out = path.join(await writeDump({}), 'report.html');
      const io = captureIo();
      assert.equal(await runCli(['report', dir, '-o', out], io), 0, io.err.join(''));
      html = await readFile(out, 'utf8');
    });
    after(removeDumps);

    it('draws at least one source (the check below is not vacuous)', () => {
      assert.ok(JSON.parse(dataBlock(html)).sources.length > 0);
    });

    it('holds none of the seeded secret values, nor their first characters', () => {
      for (const [label, value] of Object.entries(SEEDED_SECRETS)) {
        if (label === 'accessKeyId') continue; // an access key id is an identifier, not a secret
        assert.ok(!html.includes(value), `${label} leaked into the HTML report`);
        assert.ok(!html.includes(value.slice(0, 10)), `start of ${label} leaked into the HTML report`);
      }
    });
  });
});
