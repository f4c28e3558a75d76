/* eslint-disable no-control-regex -- these tests look for terminal escape sequences (ESC) in the output */
// Issue 16 §2, on the bundled demo: the default table is one screen and ends with a summary; no output
// names the stand-in resources the admin-equivalent check asks about; assets implied by admin are
// summarised; the credential hop is said once per source; gaps are grouped by kind; colour only on
// a terminal without NO_COLOR.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/queries/analyze.js';
import type { AnalysisResult } from '../../src/queries/types.js';
import { prepareAnalysis } from '../../src/cli/analysis-input.js';
import { gapLines } from '../../src/report/coverage-text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { useColor } from '../../src/report/terminal-style.js';
import { captureIo } from '../support/capture-io.js';

const { runCli } = await import('../../src/cli/run.js');

const DEMO = 'examples/demo';
const ADD = 'test/fixtures/terraform/demo/add-passrole.plan.json';
const DISPATCH = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/dispatch-worker:22';
const PROBE = /admin-probe/i;

async function cli(...args: string[]): Promise<string> {
  const io = captureIo();
  const code = await runCli(args, io);
  assert.ok(code === 0 || code === 1, `${args.join(' ')} exited ${code}: ${io.err.join('')}`);
  return io.out.join('');
}

describe('outputs for a person (issue 16 §2, the demo)', function () {
  this.timeout(240_000);
  let table: string;
  let result: AnalysisResult;

  before(async () => {
    table = await cli('analyze', DEMO);
    const prepared = await prepareAnalysis(DEMO, {});
    result = analyze(prepared.built, prepared.snapshot, { dataVersions: prepared.dataVersions });
  });

  it('the default table fits one screen (≤ 60 lines) and ends with a summary naming the worst source', () => {
    const lines = table.trimEnd().split('\n');
    assert.ok(lines.length <= 60, `${lines.length} lines`);
    const summary = lines.findIndex((l) => l === 'Summary');
    assert.ok(summary > 0, 'a Summary block');
    assert.match(
      lines[summary + 1],
      /^ {2}worst source: task-def label-printer:7 \(radius \d+\.\d\d, admin of 222222222222\)$/,
    );
    assert.ok(lines.slice(summary).some((l) => /--top N and --paths N show more/.test(l)));
  });

  it('--paths and --top show more than the default', async () => {
    const more = await cli('analyze', DEMO, '--paths', '3');
    assert.ok(more.split('\n').length > table.split('\n').length);
    assert.match(more, /^11\. task-def public-web:48 /m);
    const top = await cli('analyze', DEMO, '--top', '5');
    assert.match(top, /^5\. task-def legacy-importer:3 /m);
    assert.doesNotMatch(top, /^6\. /m);
  });

  it('says the credential-endpoint hop once per source, not on every path', async () => {
    const full = await cli('analyze', DEMO, '--paths', '3');
    const blocks = full.split(/\n(?=\d+\. task-def )/).slice(1);
    assert.ok(blocks.length >= 5);
    for (const block of blocks) {
      const hops = block.match(/ecs-task-metadata-creds/g) ?? [];
      assert.ok(hops.length <= 1, `${hops.length} credential hops in\n${block}`);
    }
  });

  it('summarises the assets a source reaches only through admin, and JSON keeps them all', async () => {
    const dispatch = result.sources.find((s) => s.id === DISPATCH)!;
    const subsumed = dispatch.assets.filter((a) => a.subsumedBy === 'admin:222222222222').length;
    assert.ok(subsumed >= 15, `${subsumed} subsumed assets`);
    const line = `admin of 222222222222 — so every asset in it; ${subsumed} listed in JSON`;
    const full = await cli('analyze', DEMO, '--paths', '50');
    const block = full.split(/\n(?=\d+\. task-def )/).find((b) => b.includes('dispatch-worker:22  radius'))!;
    assert.ok(block.includes(line), block);
    const listed = (block.match(/^ {4} *\d+\.\d\d {2}\w+ +/gm) ?? []).length;
    assert.equal(
      listed,
      dispatch.assets.length - subsumed,
      'only the assets not implied by admin are listed',
    );
    assert.ok(renderMarkdown(result, { pathsPerSource: 50 }).includes(line));
    const json = JSON.parse(await cli('analyze', DEMO, '--format', 'json'));
    const jsonDispatch = json.sources.find((s: { id: string }) => s.id === DISPATCH);
    assert.equal(jsonDispatch.assets.length, dispatch.assets.length);
  });

  it("explains admin-equivalent in the policy's own words", () => {
    assert.match(
      table,
      /admin-equivalent: AdministratorAccess attached to role ops-admin-task \(arn:aws:iam::aws:policy\/AdministratorAccess v1 statement 0: Allow \* on \*\)/,
    );
  });

  it('no output format names an internal probe resource', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-probe-'));
    try {
      const html = join(dir, 'report.html');
      await cli('report', DEMO, '-o', html);
      const outputs: Record<string, string> = {
        table: await cli('analyze', DEMO, '--paths', '50'),
        markdown: await cli('analyze', DEMO, '--format', 'markdown', '--paths', '50'),
        json: await cli('analyze', DEMO, '--format', 'json'),
        html: await readFile(html, 'utf8'),
        'diff markdown': await cli('diff', DEMO, '--terraform-plan', ADD),
        'diff json': await cli('diff', DEMO, '--terraform-plan', ADD, '--format', 'json'),
        sarif: await cli('diff', DEMO, '--terraform-plan', ADD, '--format', 'sarif'),
        explain: await cli('explain', DEMO, 'dispatch-worker:22', 'admin:222222222222'),
        'explain json': await cli(
          'explain',
          DEMO,
          'dispatch-worker:22',
          'admin:222222222222',
          '--format',
          'json',
        ),
        'who-can': await cli('who-can', DEMO, 'admin:222222222222'),
        'who-can markdown': await cli('who-can', DEMO, 'admin:222222222222', '--format', 'markdown'),
      };
      for (const [format, text] of Object.entries(outputs)) {
        assert.ok(text.length > 200, `${format} output is empty`);
        assert.doesNotMatch(text, PROBE, format);
      }
      // The admin step is in these outputs, with the scope the check stands for.
      assert.match(outputs.json, /"resource": ?"arn:aws:iam::222222222222:role\/\*"/);
      assert.match(outputs.explain, /admin-equivalent/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('no edge of the graph (what Neo4j receives) carries a probe resource', async () => {
    const prepared = await prepareAnalysis(DEMO, {});
    const graph = prepared.built.graph;
    let admin = 0;
    graph.forEachEdge((_e, attrs) => {
      if (attrs.technique === 'admin-equivalent') admin++;
      for (const ev of attrs.evidence) assert.doesNotMatch(ev.resource, PROBE);
    });
    assert.ok(admin > 0);
  });

  it("renders a source's top fix and the top fixes when the result has them", () => {
    const top = result.sources[0];
    const fix = {
      change: {
        kind: 'remove-statement' as const,
        policyId: 'arn:aws:iam::222222222222:role/label-printer-task#inline/self-manage-policies',
        statement: 'SelfManage',
        summary: 'remove statement "SelfManage" of label-printer-task#inline/self-manage-policies',
      },
      radiusBefore: top.score,
      radiusAfter: 9.5,
      removesPaths: [{ source: top.id, target: 'admin:222222222222', access: 'admin' as const }],
      remainingPaths: [],
    };
    const withFix: AnalysisResult = {
      ...result,
      sources: [{ ...top, fixes: [fix] }, ...result.sources.slice(1)],
      fixes: [fix],
    };
    const text = renderTable(withFix);
    const line = `remove statement "SelfManage" of label-printer-task#inline/self-manage-policies — radius ${top.score.toFixed(2)} → 9.50, removes 1 path`;
    assert.ok(text.includes(`   fix: ${line}`), text);
    assert.ok(text.includes(`  top fixes: 1. ${line}`), text);
    assert.ok(text.trimEnd().split('\n').length <= 60);
    const md = renderMarkdown(withFix);
    assert.ok(md.includes(`**Fix:** remove statement "SelfManage"`), md);
    assert.match(md, /## Top fixes\n\n1\. remove statement/);
    // Without fixes, no fix line.
    assert.doesNotMatch(renderTable(result), /fix:/);
  });
});

describe('gap banners group by kind', () => {
  const gap = (user: string) => ({
    account: '222222222222',
    service: 'iam',
    operation: 'get-login-profile',
    resource: `arn:aws:iam::222222222222:user/${user}`,
    code: 'NotCollected',
    message: 'file absent from the dump',
  });

  it('44 missing login profiles are one line, with where each is listed', () => {
    const gaps = [
      ...Array.from({ length: 44 }, (_, i) => gap(`user-${i}`)),
      {
        account: '222222222222',
        service: 's3api',
        operation: 'list-buckets',
        code: 'NotCollected',
        message: 'file absent from the dump',
      },
    ];
    const lines = gapLines({ partial: true, gaps });
    assert.deepEqual(lines, [
      '44 × iam get-login-profile [222222222222]: NotCollected — file absent from the dump, e.g. arn:aws:iam::222222222222:user/user-0',
      's3api list-buckets [222222222222]: NotCollected — file absent from the dump',
      '`blastmap inventory` and the JSON report (coverage.gaps) list each one',
    ]);
  });

  it('even three of a kind are one line (no per-item lines below the old threshold)', () => {
    const lines = gapLines({ partial: true, gaps: [gap('a'), gap('b'), gap('c')] });
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^3 × iam get-login-profile/);
  });

  it('an authorization-details file alone gives one banner line per kind in table and markdown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-authz-'));
    try {
      const iam = join(dir, '222222222222', 'iam');
      const { mkdir, copyFile } = await import('node:fs/promises');
      await mkdir(iam, { recursive: true });
      for (const part of ['1', '2']) {
        const name = `get-account-authorization-details.${part}.json`;
        await copyFile(join(DEMO, '222222222222', 'iam', name), join(iam, name));
      }
      const text = await cli('analyze', dir);
      const banner = text.split('\n\n')[0].split('\n');
      assert.match(banner[0], /^PARTIAL VIEW: /);
      assert.ok(
        banner.some((l) => /^ {2}! 3 × iam get-login-profile \[222222222222\]: NotCollected/.test(l)),
        text,
      );
      assert.equal(banner.filter((l) => /get-login-profile/.test(l)).length, 1);
      const md = await cli('analyze', dir, '--format', 'markdown');
      assert.equal((md.match(/get-login-profile/g) ?? []).length, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('colour in the table', () => {
  it('only on a terminal, never with NO_COLOR', () => {
    assert.equal(useColor(true, {}), true);
    assert.equal(useColor(true, { NO_COLOR: '1' }), false);
    assert.equal(useColor(false, {}), false);
    assert.equal(useColor(true, { NO_COLOR: '' }), true);
  });

  it('the CLI colours stdout on a TTY, keeps names escaped, and writes plain text otherwise', async () => {
    const io = { ...captureIo(), stdoutIsTty: true };
    assert.equal(await runCli(['analyze', DEMO, '--top', '2'], io), 0);
    const colored = io.out.join('');
    assert.match(colored, /\x1b\[1;33mPARTIAL VIEW/);
    assert.match(colored, /\x1b\[31m +\d+\.\d\d {2}admin /);
    const plainIo = { ...captureIo({ NO_COLOR: '1' }), stdoutIsTty: true };
    await runCli(['analyze', DEMO, '--top', '2'], plainIo);
    assert.doesNotMatch(plainIo.out.join(''), /\x1b/);
    assert.equal(colored.replace(/\x1b\[[0-9;]*m/g, ''), plainIo.out.join(''));
  });

  it('an account name with an escape sequence stays escaped in colour', () => {
    const hostile: AnalysisResult = {
      schemaVersion: 1,
      dataVersions: {},
      coverage: { partial: false, gaps: [] },
      sources: [
        {
          id: 'arn:aws:ecs:eu-west-1:1:task-definition/x\x1b[2J:1',
          kind: 'AWSECSTaskDefinition',
          account: '1\x1b]0;pwn\x07',
          score: 1,
          assets: [],
        },
      ],
      paths: [],
    };
    const text = renderTable(hostile, { color: true });
    assert.doesNotMatch(text.replace(/\x1b\[[0-9;]*m/g, ''), /\x1b/);
    assert.match(text, /\\x1b\[2J/);
  });
});
