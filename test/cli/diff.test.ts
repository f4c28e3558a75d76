// End to end on the demo account: `blastmap diff` with Terraform plans, in all three formats, and
// `blastmap baseline`. Each diff analyses the account twice, so the scenarios share their runs.
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDump } from '../../src/ingest/read-dump.js';
import { applyTerraformPlan } from '../../src/ingest/terraform/apply-plan.js';
import { parsePlan } from '../../src/ingest/terraform/plan.js';
import { writeSnapshot } from '../../src/ingest/write-snapshot.js';
import { captureIo } from '../support/capture-io.js';
import { sarifValidator } from '../support/sarif-schema.js';

// Loaded with import() like the commands themselves: mocha require()s test files, and a statically
// imported run.ts would hold a second copy of InputError that the commands' errors are not instances of.
const { runCli } = await import('../../src/cli/run.js');

const DEMO = 'examples/demo';
const ADD = 'test/fixtures/terraform/demo/add-passrole.plan.json';
const NARROW = 'test/fixtures/terraform/demo/narrow-label-printer.plan.json';
const ADMIN = 'admin:222222222222';
const TRACKING = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/tracking-api:14';

async function diff(...args: string[]) {
  const io = captureIo();
  const code = await runCli(['diff', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('blastmap diff on the demo account', function () {
  this.timeout(180_000);

  describe('a plan that gives the tracking-api task role iam:PassRole + ecs:RunTask + ecs:RegisterTaskDefinition', () => {
    it('exits 1 and shows the new path to admin with the enabling statements, as Markdown', async () => {
      const r = await diff(DEMO, '--terraform-plan', ADD);
      assert.equal(r.code, 1, r.err);
      assert.match(r.out, /^<!-- blastmap-diff -->\n## ❌ blastmap: 1 new path to admin\n/);
      assert.match(r.out, /<summary>🔴 <b>task-def tracking-api:14<\/b> → <b>Admin of 222222222222<\/b>/);
      assert.match(r.out, /—\[ecs-register-taskdef-run-task\]→ role data-admin-task/);
      assert.match(
        r.out,
        /modified statement 3 "PassTaskRoles" of inline policy read-config of role tracking-api-task — `aws_iam_role_policy.tracking_api_read_config` \(`test\/fixtures\/terraform\/demo\/iam.tf:\d+`\)/,
      );
    });

    it('fits one GitHub comment and names each enabling statement once, with the paths it opens', async () => {
      const r = await diff(DEMO, '--terraform-plan', ADD);
      assert.ok(r.out.length <= 65_536, `${r.out.length} characters`);
      for (const sid of ['LaunchReportJobs', 'PassTaskRoles'])
        assert.equal(r.out.split(`"${sid}" of inline policy`).length - 1, 1, `${sid} named once`);
      assert.match(r.out, /#### 1\. 🔴 2 changed statements → 25 new paths \(1 to admin\)/);
      assert.match(r.out, /- from \*\*task-def tracking-api:14\*\*: admin ×17 \(Admin of 222222222222, /);
      assert.match(r.out, /reports hold every path, step and statement in full/);
      assert.ok(!r.out.includes('…and'), 'nothing cut off');
      assert.equal(r.out.split('**Verified fix:**').length - 1, 1, 'one verified fix line for the one cause');
    });

    it('exits 1 with the same path as JSON', async () => {
      const r = await diff(DEMO, '--terraform-plan', ADD, '--format', 'json');
      assert.equal(r.code, 1, r.err);
      const json = JSON.parse(r.out);
      assert.equal(json.verdict.regression, true);
      const admin = json.appeared.filter((c: { path: { target: string } }) => c.path.target === ADMIN);
      assert.equal(admin.length, 1);
      assert.equal(admin[0].path.source, TRACKING);
      assert.deepEqual(
        admin[0].enabledBy.map(
          (e: { ref: { sid?: string; statement: number } }) => e.ref.sid ?? e.ref.statement,
        ),
        ['LaunchReportJobs', 'PassTaskRoles'],
      );
      assert.deepEqual(
        json.causes.map((c: { statements: { ref: { sid: string } }[]; paths: string[] }) => [
          c.statements.map((e) => e.ref.sid),
          c.paths.length,
        ]),
        [[['LaunchReportJobs', 'PassTaskRoles'], json.appeared.length]],
      );
      assert.deepEqual(json.unopened, []);
      // The cause carries its verified fix: undoing one of its statements, analysed again.
      const fix = json.causes[0].fix;
      assert.ok(fix, 'the cause has a verified fix');
      assert.ok(fix.radiusAfter < fix.radiusBefore, `${fix.radiusBefore} → ${fix.radiusAfter}`);
      assert.ok(['LaunchReportJobs', 'PassTaskRoles'].includes(fix.change.statement), fix.change.statement);
      const radius = json.radius.find((x: { source: string }) => x.source === TRACKING);
      assert.ok(radius.after > radius.before);
      assert.ok(radius.newlyReachable.some((n: { id: string }) => n.id === ADMIN));
    });

    it('exits 1 with a valid SARIF 2.1.0 log whose admin result points at the Terraform resource', async () => {
      const r = await diff(DEMO, '--terraform-plan', ADD, '--format', 'sarif');
      assert.equal(r.code, 1, r.err);
      interface SarifResult {
        ruleId: string;
        level: string;
        properties: { toAdmin: boolean };
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        }[];
      }
      const log = JSON.parse(r.out) as { runs: { results: SarifResult[] }[] };
      const validate = sarifValidator();
      assert.equal(validate(log), true, JSON.stringify(validate.errors));
      const admin = log.runs[0].results.filter((x) => x.properties.toAdmin);
      assert.equal(admin.length, 1);
      assert.equal(admin[0].ruleId, 'ecs-register-taskdef-run-task');
      assert.equal(admin[0].level, 'error');
      assert.equal(
        admin[0].locations[0].physicalLocation.artifactLocation.uri,
        'test/fixtures/terraform/demo/iam.tf',
      );
      assert.ok(admin[0].locations[0].physicalLocation.region.startLine > 0);
    });
  });

  describe('plans whose IAM changes open no path say which changes were seen and what blocks each', () => {
    it('PassRole + RunTask on a role under a permissions boundary: blocked by the boundary', async () => {
      const r = await diff(
        DEMO,
        '--terraform-plan',
        'test/fixtures/terraform/demo/boundary-blocks-passrole.plan.json',
        '--fail-on',
        'new-path',
      );
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /## ✅ blastmap: no new attack path/);
      assert.match(
        r.out,
        /### IAM changes seen \(1\): none opens a new path\n\n- `aws_iam_role_policy\.invoice_renderer`: inline policy render-invoices on role invoice-renderer-task\n/,
      );
      assert.match(
        r.out,
        /modified statement 4 "PassTaskRoles": `iam:PassRole` on role [\w-]+ — blocked by the permissions boundary `policy northwind-workload-boundary`/,
      );
      assert.match(
        r.out,
        /modified statement 3 "LaunchReportJobs": `ecs:RegisterTaskDefinition` on \\\* — blocked by the permissions boundary/,
      );
    });

    it('PassRole alone: allowed, but no ecs:RunTask (nor anything else a technique needs with it)', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'blastmap-quiet-'));
      try {
        const md = join(dir, 'comment.md');
        const r = await diff(
          DEMO,
          '--terraform-plan',
          'test/fixtures/terraform/demo/passrole-only.plan.json',
          '--fail-on',
          'new-path',
          '--format',
          'json',
          '--markdown-output',
          md,
        );
        assert.equal(r.code, 0, r.err);
        const json = JSON.parse(r.out);
        assert.equal(json.summary.appeared, 0);
        const [statement] = json.unopened[0].statements;
        assert.equal(statement.sid, 'PassTaskRoles');
        assert.equal(statement.blockers[0].kind, 'missing');
        assert.ok(statement.blockers[0].needs.includes('ecs:RunTask'));
        assert.ok(statement.blockers[0].techniques.includes('ecs-run-task-override'));
        assert.match(
          await readFile(md, 'utf8'),
          /"PassTaskRoles": `iam:PassRole` allowed, but no .*`ecs:RunTask`/,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  it('a plan that only narrows a policy exits 0 and reports the vanished path to admin', async () => {
    // Nothing in this plan names its account (no ARN, no assume_role, no caller identity): --account does.
    const r = await diff(
      DEMO,
      '--terraform-plan',
      NARROW,
      '--account',
      '222222222222',
      '--format',
      'json',
      '--fail-on',
      'new-path',
    );
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.summary.appeared, 0);
    assert.deepEqual(
      json.vanished.map((c: { path: { source: string; target: string } }) => [
        c.path.source.split('/').pop(),
        c.path.target,
      ]),
      [['label-printer:7', ADMIN]],
    );
    assert.ok(json.radius.some((x: { delta: number }) => x.delta < 0));
  });

  it('a baseline written with the plan applied makes the same plan pass --fail-on new-path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-baseline-'));
    try {
      const file = join(dir, 'baseline.json');
      const io = captureIo();
      assert.equal(
        await runCli(['baseline', DEMO, '--terraform-plan', ADD, '-o', file], io),
        0,
        io.err.join(''),
      );
      const baseline = JSON.parse(await readFile(file, 'utf8'));
      assert.ok(baseline.accepted.length > 0);
      assert.ok(baseline.accepted.every((e: { reason: string }) => e.reason === 'TODO: reviewed by …'));
      const r = await diff(
        DEMO,
        '--terraform-plan',
        ADD,
        '--fail-on',
        'new-path',
        '--baseline',
        file,
        '--format',
        'json',
      );
      assert.equal(r.code, 0, r.err);
      const json = JSON.parse(r.out);
      assert.equal(json.summary.appeared, 0);
      assert.ok(json.summary.accepted > 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('two snapshot files: the same verdict without a plan, SARIF located at the after input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blastmap-two-'));
    try {
      const base = await readDump(DEMO);
      const plan = parsePlan(JSON.parse(await readFile(ADD, 'utf8')), ADD);
      const before = join(dir, 'before.json');
      const after = join(dir, 'after.json');
      await writeSnapshot(before, base);
      await writeSnapshot(after, applyTerraformPlan(base, plan, { planFile: ADD }).snapshot);
      // Run from the folder that holds them (the repository root in CI): located relative to it.
      const io = captureIo();
      io.cwd = dir;
      const code = await runCli(['diff', before, after, '--format', 'sarif'], io);
      const r = { code, out: io.out.join(''), err: io.err.join('') };
      assert.equal(r.code, 1, r.err);
      const result = JSON.parse(r.out).runs[0].results.find(
        (x: { properties: { toAdmin: boolean } }) => x.properties.toAdmin,
      );
      assert.deepEqual(result.locations[0].physicalLocation, {
        artifactLocation: { uri: 'after.json', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1 },
      });
      assert.match(
        result.message.text,
        /Enabled by modified statement \d "(LaunchReportJobs|PassTaskRoles)"/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a plan with values unknown until apply reports them, keeps secrets out, and marks what they enable conditional', async () => {
    const r = await diff(
      DEMO,
      '--terraform-plan',
      'test/fixtures/terraform/workload/plan.json',
      '--format',
      'json',
    );
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes('Tr0ub4dor'), 'no secret value in the report');
    const json = JSON.parse(r.out);
    const treatments = json.plan.unknowns.map(
      (u: { attribute: string; treatment: string }) => `${u.attribute}: ${u.treatment}`,
    );
    assert.ok(treatments.includes('arn: placeholder arn:aws:iam::222222222222:role/label-exporter-task'));
    assert.ok(treatments.some((t: string) => t.startsWith('policy: conservative')));
    const stripe = json.appeared.filter((c: { path: { target: string } }) =>
      c.path.target.includes('stripe-api-key'),
    );
    assert.ok(stripe.length > 0);
    assert.ok(stripe.every((c: { conditional: boolean }) => c.conditional));
    const newTask = json.radius.find((x: { source: string }) =>
      x.source.endsWith('task-definition/label-exporter:1'),
    );
    assert.equal(newTask.before, null);
    assert.ok(newTask.after > 0);
    assert.deepEqual(
      json.plan.unsupported.map((u: { type: string }) => u.type),
      ['aws_iam_openid_connect_provider', 'aws_sqs_queue'],
    );
    // The new task definition's paths cite no changed statement: their cause is the plan change that
    // registered it, named once (not again among the changes that open no path).
    const settings = json.causes.flatMap((c: { settings: { address: string }[] }) =>
      c.settings.map((x) => x.address),
    );
    assert.ok(settings.includes('module.label_exporter.aws_ecs_task_definition.exporter'), settings.join());
    const quiet = json.unopened.map((c: { address: string }) => c.address);
    assert.deepEqual(
      quiet.filter((a: string) => settings.includes(a)),
      [],
    );
    assert.ok(quiet.includes('aws_iam_user_group_membership.maria_ops'), quiet.join());
  });

  describe('unusable input exits 2 with one line', () => {
    it('a plan file that is not a Terraform plan', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'blastmap-plan-'));
      try {
        const file = join(dir, 'plan.json');
        await writeFile(file, JSON.stringify({ resource_changes: [] }));
        const r = await diff(DEMO, '--terraform-plan', file);
        assert.equal(r.code, 2);
        assert.match(r.err, /^blastmap diff: .*plan\.json: \$\.format_version: missing format_version/);
        assert.equal(r.err.trim().split('\n').length, 1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('a wrong number of inputs, an unknown rule', async () => {
      const one = await diff(DEMO);
      assert.equal(one.code, 2, one.err);
      assert.equal((await diff(DEMO, DEMO, '--fail-on', 'any')).code, 2);
      assert.equal((await diff(DEMO, DEMO, '--format', 'html')).code, 2);
    });
  });
});
