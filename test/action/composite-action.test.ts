// The GitHub action (action.yml) run the way the runner runs a composite action: its steps executed
// with bash in a simulated runner environment (test/support/actions-runner.ts), from a copy of this
// repository as the action's checkout (`github.action_path`), on a pull_request event, against the
// demo account and real Terraform plans. The action builds blastmap from that checkout itself
// (`npm ci` from the lockfile + `npm run build`); the one step not run is actions/setup-node: the
// test uses this machine's Node.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDump } from '../../src/ingest/read-dump.js';
import { applyTerraformPlan } from '../../src/ingest/terraform/apply-plan.js';
import { parsePlan } from '../../src/ingest/terraform/plan.js';
import { writeSnapshot } from '../../src/ingest/write-snapshot.js';
import { load } from 'js-yaml';
import { readAction, runCompositeAction, type CompositeRun } from '../support/actions-runner.js';
import { sarifValidator } from '../support/sarif-schema.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PLANS = join(REPO, 'test/fixtures/terraform/demo');
const SETUP_NODE = /^actions\/setup-node@[0-9a-f]{40}$/;

const event = {
  action: 'synchronize',
  number: 42,
  pull_request: {
    number: 42,
    head: { ref: 'feature/pass-role', sha: '1'.repeat(40) },
    base: { ref: 'main', sha: '2'.repeat(40) },
  },
  repository: { full_name: 'northwind/infra' },
};

describe('the GitHub action, run as the runner runs a composite action', function () {
  this.timeout(900_000);
  let root: string;
  let actionPath: string;
  let workspace: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'blastmap-action-'));
    // The action's checkout: the repository's files as git sees them (tracked and new, not ignored).
    actionPath = join(root, 'action');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: REPO,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((f) => f && existsSync(join(REPO, f)));
    for (const f of files) {
      mkdirSync(dirname(join(actionPath, f)), { recursive: true });
      cpSync(join(REPO, f), join(actionPath, f));
    }
    // The workflow's workspace: the account dump, the PR's plan and its .tf file, snapshots.
    workspace = join(root, 'workspace');
    cpSync(join(REPO, 'examples/demo'), join(workspace, 'account-dump'), { recursive: true });
    mkdirSync(join(workspace, 'infra'));
    cpSync(join(PLANS, 'iam.tf'), join(workspace, 'infra/iam.tf'));
    cpSync(join(PLANS, 'add-passrole.plan.json'), join(workspace, 'infra/plan.json'));
    cpSync(join(PLANS, 'narrow-label-printer.plan.json'), join(workspace, 'infra/narrow.plan.json'));
    writeFileSync(join(workspace, 'infra/not-a-plan.json'), '{"hello": "world"}\n');
    const base = await readDump(join(REPO, 'examples/demo'));
    const plan = parsePlan(
      JSON.parse(readFileSync(join(PLANS, 'add-passrole.plan.json'), 'utf8')),
      'plan.json',
    );
    mkdirSync(join(workspace, 'snapshots'));
    await writeSnapshot(join(workspace, 'snapshots/before.json'), base);
    await writeSnapshot(
      join(workspace, 'snapshots/after.json'),
      applyTerraformPlan(base, plan, { planFile: 'plan.json' }).snapshot,
    );
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  function run(inputs: Record<string, string>, name: string): Promise<CompositeRun> {
    const runnerTemp = join(root, `runner-temp-${name}`);
    mkdirSync(runnerTemp);
    return runCompositeAction({
      actionPath,
      inputs,
      workspace,
      runnerTemp,
      eventName: 'pull_request',
      event,
      repository: 'northwind/infra',
    });
  }

  function step(r: CompositeRun, name: RegExp) {
    const s = r.steps.find((x) => name.test(x.name));
    assert.ok(s, `no step ${String(name)}`);
    return s;
  }

  function onlySetupNodeIsNotRun(r: CompositeRun) {
    for (const s of r.steps.filter((x) => x.outcome === 'not-run')) {
      if (SETUP_NODE.test(s.uses ?? '')) continue;
      // The one other `uses:` step is GitHub's SARIF uploader, which needs GitHub: it gets a valid log.
      assert.match(s.uses ?? '', /^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/);
      assert.equal(s.with?.['category'], 'blastmap');
      const validate = sarifValidator();
      const log = JSON.parse(readFileSync(s.with?.['sarif_file'] ?? '', 'utf8'));
      assert.ok(validate(log), JSON.stringify(validate.errors));
    }
  }

  it('a plan that opens a path to admin: builds from its checkout, writes comment, SARIF and summary, fails the job', async () => {
    const r = await run(
      { input: 'account-dump', 'terraform-plan': 'infra/plan.json', 'terraform-dir': 'infra' },
      'regression',
    );
    const build = step(r, /^Build blastmap/);
    assert.equal(build.outcome, 'success', build.stderr);
    assert.ok(existsSync(join(actionPath, 'dist/cli/main.js')), 'built dist/ inside the action checkout');
    const diff = step(r, /^Diff attack paths$/);
    assert.equal(diff.outcome, 'success', diff.stderr);
    assert.deepEqual(
      { code: r.outputs['exit-code'], regression: r.outputs['regression'] },
      { code: '1', regression: 'true' },
    );

    const report = readFileSync(r.outputs['markdown-file'], 'utf8');
    assert.match(report, /^<!-- blastmap-diff -->\n## ❌ blastmap: /);
    assert.match(report, /tracking-api/);
    assert.ok(r.summary.includes(report), 'the job summary holds the report');
    assert.equal(readFileSync(r.outputs['comment-file'], 'utf8'), report, 'the comment is the report');
    const comment = step(r, /^Comment on the pull request$/);
    assert.equal(comment.outcome, 'success', comment.stderr);
    assert.ok(
      r.annotations.some((a) => a.level === 'warning' && a.message.includes(r.outputs['comment-file'])),
    );

    const json = JSON.parse(readFileSync(r.outputs['json-file'], 'utf8'));
    assert.equal(json.verdict.regression, true);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    const admin = sarif.runs[0].results.find(
      (x: { properties: { toAdmin: boolean } }) => x.properties.toAdmin,
    );
    assert.equal(admin.locations[0].physicalLocation.artifactLocation.uri, 'infra/iam.tf');
    assert.ok(admin.locations[0].physicalLocation.region.startLine > 0);
    onlySetupNodeIsNotRun(r);

    const fail = step(r, /^Fail on regression$/);
    assert.equal(fail.outcome, 'failure');
    assert.equal(fail.exitCode, 1);
    assert.ok(
      r.annotations.some((a) => a.level === 'error' && a.message.includes('--fail-on new-admin-path')),
    );
    assert.equal(r.exitCode, 1);
  });

  it('a plan that only narrows: exit-code 0, the job passes, and the second use reuses the build', async () => {
    // The plan names no account (no ARN, assume_role or caller identity): the `account` input does.
    const r = await run(
      { input: 'account-dump', 'terraform-plan': 'infra/narrow.plan.json', account: '222222222222' },
      'narrow',
    );
    assert.match(step(r, /^Build blastmap/).stdout, /already built/);
    assert.equal(r.outputs['exit-code'], '0');
    assert.equal(r.outputs['regression'], 'false');
    assert.match(r.summary, /^<!-- blastmap-diff -->\n## ✅ blastmap: no new path to admin$/m);
    assert.equal(step(r, /^Fail on regression$/).outcome, 'skipped');
    onlySetupNodeIsNotRun(r);
    assert.equal(r.exitCode, 0);
  });

  it('two snapshots (before, after), with fail: false, report the regression without failing', async () => {
    const r = await run(
      { input: 'snapshots/before.json', after: 'snapshots/after.json', fail: 'false', comment: 'false' },
      'two-snapshots',
    );
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(step(r, /^Comment on the pull request$/).outcome, 'skipped');
    assert.equal(step(r, /^Fail on regression$/).outcome, 'skipped');
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    assert.ok(sarif.runs[0].results.length > 0);
    for (const x of sarif.runs[0].results) {
      assert.equal(x.locations[0].physicalLocation.artifactLocation.uri, 'snapshots/after.json');
    }
    onlySetupNodeIsNotRun(r);
    assert.equal(r.exitCode, 0);
  });

  it('unusable input: exit-code 2, one line in the summary, no comment, no upload, the job fails', async () => {
    const r = await run({ input: 'account-dump', 'terraform-plan': 'infra/not-a-plan.json' }, 'bad-input');
    const diff = step(r, /^Diff attack paths$/);
    assert.equal(diff.outcome, 'failure');
    assert.equal(diff.exitCode, 2);
    assert.equal(r.outputs['exit-code'], '2');
    assert.equal(diff.stderr.trim().split('\n').length, 1, diff.stderr);
    assert.match(r.summary, /unusable input \(exit 2\)/);
    assert.match(r.summary, /not-a-plan\.json/);
    for (const name of [/^Comment/, /^Upload SARIF/, /^Fail on regression$/]) {
      assert.equal(step(r, name).outcome, 'skipped');
    }
    assert.equal(r.exitCode, 1);
  });
});

describe('action.yml supply chain', () => {
  const action = readAction(REPO);
  it('installs nothing by name: no npm install / npx / registry package, only npm ci from the checkout', () => {
    for (const s of action.runs.steps) {
      if (!s.run) continue;
      assert.doesNotMatch(s.run, /\bnpm\s+(install|i|add)\b|\bnpx\b|\byarn\s+add\b|\bpnpm\s+add\b/, s.name);
    }
    assert.ok(!('package' in (action.inputs ?? {})), 'no input naming a package to install');
    assert.ok(action.runs.steps.some((s) => /npm ci\b/.test(s.run ?? '')));
  });

  it('pins every third-party action to a full commit SHA', () => {
    const uses = action.runs.steps.map((s) => s.uses).filter((u): u is string => Boolean(u));
    assert.ok(uses.length > 0);
    for (const u of uses) assert.match(u, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, u);
  });

  it('runs on an LTS Node by default (22 or 24, not 20)', () => {
    assert.match(String(action.inputs?.['node-version']?.default), /^(22|24)$/);
  });
});

describe('the CI examples follow the same pattern', () => {
  const read = (f: string) => readFileSync(join(REPO, 'examples/ci', f), 'utf8');
  const byName = /\bnpm\s+(install|i|add)\b|\bnpx\b|blastmap@(latest|\d)/;

  it('GitHub workflow: actions pinned to commit SHAs, blastmap checked out at a reviewed commit and built', () => {
    const text = read('github-workflow.yml');
    assert.doesNotMatch(text, byName);
    const workflow = load(text) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string>; run?: string }[] }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    for (const u of steps.map((x) => x.uses).filter((x): x is string => Boolean(x))) {
      assert.match(u, /^(\.\/\.blastmap|[\w.-]+\/[\w./-]+@[0-9a-f]{40})$/, u);
    }
    const checkout = steps.find((x) => x.with?.['repository'] === 'blastmap/blastmap');
    assert.equal(checkout?.with?.['path'], '.blastmap');
    assert.ok(steps.some((x) => /git rev-parse HEAD\)" = "\$BLASTMAP_COMMIT"/.test(x.run ?? '')));
    assert.ok(steps.some((x) => /npm ci --ignore-scripts/.test(x.run ?? '')));
  });

  it('GitLab job: blastmap cloned at a checked commit and built from its lockfile, on an LTS Node image', () => {
    const text = read('gitlab-ci.yml');
    assert.doesNotMatch(text, byName);
    const job = (
      load(text) as Record<
        string,
        { image: string; variables: Record<string, string>; before_script: string[] }
      >
    )['blastmap'];
    assert.match(job.image, /^node:(22|24)\b/);
    assert.match(job.variables['BLASTMAP_COMMIT'], /^[0-9a-f]{40}$/);
    const script = job.before_script.join('\n');
    assert.match(
      script,
      /fetch -q --depth 1 https:\/\/github\.com\/blastmap\/blastmap\.git "\$BLASTMAP_COMMIT"/,
    );
    assert.match(script, /rev-parse HEAD\)" = "\$BLASTMAP_COMMIT"/);
    assert.match(script, /npm ci --ignore-scripts/);
  });
});
