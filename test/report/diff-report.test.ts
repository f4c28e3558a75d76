// The diff renderers: Markdown for a PR comment, stable JSON, and SARIF 2.1.0 validated against the
// official schema with ajv.
import { strict as assert } from 'node:assert';
import { diffAnalyses } from '../../src/queries/diff.js';
import { baselineFromAnalysis } from '../../src/queries/baseline.js';
import { renderDiffJson } from '../../src/report/diff-json.js';
import { renderDiffMarkdown, DIFF_COMMENT_MARKER } from '../../src/report/diff-markdown.js';
import { readFileSync } from 'node:fs';
import { MAX_RESULTS, PROJECT_URI, renderSarif, securitySeverity } from '../../src/report/sarif.js';
import { githubSarifProblems } from '../support/github-sarif-rules.js';
import { sarifValidator } from '../support/sarif-schema.js';
import {
  after,
  before,
  snapshotWithRunner,
  toAdmin,
  analysis,
  readOrders,
} from '../support/diff-fixtures.js';
import type { PlanOverlaySummary } from '../../src/ingest/terraform/types.js';

const passRole = {
  Sid: 'PassTaskRoles',
  Effect: 'Allow',
  Action: ['iam:PassRole', 'ecs:RunTask'],
  Resource: '*',
};
const plan: PlanOverlaySummary = {
  planFile: 'infra/plan.json',
  formatVersion: '1.2',
  applied: [
    {
      address: 'aws_iam_role_policy.runner',
      type: 'aws_iam_role_policy',
      action: 'update',
      effect: 'inline policy runner on role web-task',
      policyId: 'arn:aws:iam::111122223333:role/web-task#inline/runner',
      ids: ['arn:aws:iam::111122223333:role/web-task'],
    },
  ],
  unknowns: [
    {
      address: 'aws_iam_role.new',
      attribute: 'arn',
      treatment: 'placeholder arn:aws:iam::111122223333:role/new',
    },
  ],
  unsupported: [
    { address: 'aws_sqs_queue.q', type: 'aws_sqs_queue', action: 'create', reason: 'not interpreted' },
  ],
  locations: { 'aws_iam_role_policy.runner': { file: 'infra/iam.tf', line: 12 } },
};

function regression() {
  return diffAnalyses(before, after, {
    beforeSnapshot: snapshotWithRunner([{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }]),
    afterSnapshot: snapshotWithRunner([
      { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' },
      passRole,
    ]),
    plan,
  });
}

describe('diff reports', () => {
  it('Markdown puts the verdict and the counts first and each new path in a collapsible section', () => {
    const md = renderDiffMarkdown(regression());
    const lines = md.split('\n');
    assert.equal(lines[0], DIFF_COMMENT_MARKER);
    assert.equal(lines[1], '## ❌ blastmap: 1 new path to admin');
    assert.match(lines[3], /^\*\*1 new attack path \(1 to admin\) · 0 vanished/);
    assert.match(
      md,
      /<summary>🔴 <b>task-def web:3<\/b> → <b>Admin of 111122223333<\/b> \(admin, 3 steps\)<\/summary>/,
    );
    assert.match(md, /2\. `ecs-register-taskdef-run-task`: iam:PassRole on/);
    assert.match(
      md,
      /modified statement 1 "PassTaskRoles" of inline policy runner of role web-task — `aws_iam_role_policy.runner` \(`infra\/iam.tf:12`\)/,
    );
    assert.match(md, /\| `aws_iam_role.new` \| `arn` \| placeholder/);
    assert.match(
      md,
      /\| `task-def web:3` \| 4\.00 \| 54\.00 \| \+50\.00 \| Admin of 111122223333 \(admin\) \| 0 \|/,
    );
  });

  it('Markdown for a narrowing change says so and lists the vanished paths', () => {
    const md = renderDiffMarkdown(diffAnalyses(after, before));
    assert.match(md.split('\n')[1], /^## ✅ blastmap: no new path to admin$/);
    assert.match(md, /<summary>✂️ 1 vanished path<\/summary>/);
    assert.ok(!md.includes('### New attack paths'));
  });

  it('JSON is byte-identical for the same inputs and keeps the verdict first', () => {
    const a = renderDiffJson(regression());
    const b = renderDiffJson(regression());
    assert.equal(a, b);
    const parsed = JSON.parse(a);
    assert.deepEqual(Object.keys(parsed).slice(0, 3), ['format', 'schemaVersion', 'verdict']);
    assert.equal(parsed.appeared[0].enabledBy[0].terraformAddress, 'aws_iam_role_policy.runner');
    assert.deepEqual(Object.keys(parsed.appeared[0].enabledBy[0].statement), [
      'Action',
      'Effect',
      'Resource',
      'Sid',
    ]);
  });

  describe('SARIF', () => {
    const validate = sarifValidator();

    it('validates against the official SARIF 2.1.0 schema: a regression, no change, a baseline-accepted (suppressed) path', () => {
      const accepted = diffAnalyses(before, after, { baseline: baselineFromAnalysis(after) });
      assert.equal(accepted.appeared[0].acceptedReason, 'TODO: reviewed by …');
      for (const diff of [regression(), diffAnalyses(before, before), accepted]) {
        const log = JSON.parse(renderSarif(diff, { fallbackUri: 'infra/plan.json' }));
        assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      }
    });

    it('the validator does reject a broken log (the check can fail)', () => {
      const log = JSON.parse(renderSarif(regression(), { fallbackUri: 'infra/plan.json' }));
      log.runs[0].results[0].level = 'fatal';
      assert.equal(validate(log), false);
    });

    it('reports one result per new path, under the rule of the step a changed statement enables, at the Terraform resource', () => {
      const log = JSON.parse(renderSarif(regression(), { fallbackUri: 'infra/plan.json' }));
      const run = log.runs[0];
      const ruleIds: string[] = run.tool.driver.rules.map((r: { id: string }) => r.id);
      assert.equal(new Set(ruleIds).size, ruleIds.length);
      assert.ok(ruleIds.includes('ecs-register-taskdef-run-task'));
      assert.equal(run.results.length, 1);
      const result = run.results[0];
      assert.equal(result.ruleId, 'ecs-register-taskdef-run-task');
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.level, 'error');
      assert.deepEqual(result.locations[0].physicalLocation, {
        artifactLocation: { uri: 'infra/iam.tf', uriBaseId: '%SRCROOT%' },
        region: { startLine: 12 },
      });
      assert.match(
        result.message.text,
        /^New attack path to admin: task-def web:3 reaches Admin of 111122223333/,
      );
    });

    it('gives each result a security-severity from its path score: a new admin path above a new bucket read', () => {
      const diff = diffAnalyses(analysis([], []), after);
      const log = JSON.parse(renderSarif(diff, { fallbackUri: 'plan.json' }));
      const results = log.runs[0].results;
      const admin = results.find((x: { properties: { toAdmin: boolean } }) => x.properties.toAdmin);
      const read = results.find((x: { properties: { access: string } }) => x.properties.access === 'read');
      assert.equal(admin.properties['security-severity'], securitySeverity(toAdmin.score).toFixed(1));
      assert.equal(read.properties['security-severity'], securitySeverity(readOrders.score).toFixed(1));
      assert.ok(Number(admin.properties['security-severity']) > Number(read.properties['security-severity']));
      // GitHub's bands: admin of an account (score 100, or 50 one hop later) high or critical, a read low.
      assert.ok(securitySeverity(100) === 10 && securitySeverity(72.25) >= 9);
      assert.ok(securitySeverity(50) >= 7 && securitySeverity(3.4) < 4);
      // The rule (which GitHub reads) carries the highest severity of its results in this log.
      const rules = log.runs[0].tool.driver.rules;
      const rule = rules[admin.ruleIndex];
      assert.equal(rule.properties['security-severity'], admin.properties['security-severity']);
      assert.deepEqual(githubSarifProblems(log), []);
      assert.ok(validate(log), JSON.stringify(validate.errors));
    });

    it('links the tool and every rule to documentation: informationUri and helpUri to the technique entry', () => {
      const log = JSON.parse(renderSarif(regression(), { fallbackUri: 'infra/plan.json' }));
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.informationUri, PROJECT_URI);
      const doc = readFileSync(new URL('../../docs/techniques.md', import.meta.url), 'utf8');
      for (const rule of driver.rules) {
        assert.equal(rule.helpUri, `${PROJECT_URI}/blob/main/docs/techniques.md#${rule.id}`);
        assert.ok(doc.includes(`<a id="${rule.id}"></a>`), `docs/techniques.md has an entry for ${rule.id}`);
      }
    });

    it("keeps the most severe results within code scanning's 25,000 per run, and says how many it left out", () => {
      const diff = diffAnalyses(analysis([], []), after);
      const many = Array.from({ length: MAX_RESULTS }, (_x, i) => ({
        ...diff.appeared.find((c) => !c.toAdmin)!,
        key: `read-${i}`,
      }));
      const admin = diff.appeared.find((c) => c.toAdmin)!;
      const log = JSON.parse(
        renderSarif({ ...diff, appeared: [...many, admin] }, { fallbackUri: 'plan.json' }),
      );
      const run = log.runs[0];
      assert.equal(run.results.length, MAX_RESULTS);
      assert.ok(run.results.some((x: { properties: { toAdmin: boolean } }) => x.properties.toAdmin));
      assert.equal(run.properties.omittedResults, 1);
      assert.deepEqual(githubSarifProblems(log), []);
    });

    it('is byte-identical for the same inputs, whatever the order of the input paths', () => {
      const shuffled = analysis([toAdmin, ...after.paths.filter((p) => p !== toAdmin)], after.sources);
      const one = renderSarif(diffAnalyses(before, after), { fallbackUri: 'plan.json' });
      const two = renderSarif(diffAnalyses(before, shuffled), { fallbackUri: 'plan.json' });
      assert.equal(one, two);
      assert.ok(!/"\d{4}-\d{2}-\d{2}T/.test(one), 'no timestamps');
    });
  });
});
