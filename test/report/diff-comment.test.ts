// The pull-request comment grouped by cause: each enabling change named once with its paths and its
// verified fix, never longer than GitHub's comment limit whatever the input, and the changes that
// open no path with what blocks each, all account-controlled text escaped.
import { strict as assert } from 'node:assert';
import { diffAnalyses, type DiffResult } from '../../src/queries/diff.js';
import type { SeenChange } from '../../src/queries/diff-seen-changes.js';
import type { Fix } from '../../src/queries/fix-types.js';
import type { AttackPath } from '../../src/queries/types.js';
import { renderDiffJson } from '../../src/report/diff-json.js';
import { GITHUB_COMMENT_LIMIT, renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import {
  ACCOUNT,
  INLINE,
  TASKDEF,
  TASK_ROLE,
  after,
  analysis,
  before,
  readOrders,
  snapshotWithRunner,
  toAdmin,
} from '../support/diff-fixtures.js';

const log = { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' };
const passRole = {
  Sid: 'PassTaskRoles',
  Effect: 'Allow',
  Action: ['iam:PassRole', 'ecs:RunTask'],
  Resource: '*',
};

function regression(): DiffResult {
  return diffAnalyses(before, after, {
    beforeSnapshot: snapshotWithRunner([log]),
    afterSnapshot: snapshotWithRunner([log, passRole]),
  });
}

const fix: Fix = {
  change: {
    kind: 'narrow-statement',
    policyId: INLINE,
    statement: '1',
    actions: ['iam:PassRole'],
    summary: 'remove iam:PassRole from statement 1 of inline policy runner on role web-task',
  },
  radiusBefore: 120,
  radiusAfter: 0,
  removesPaths: [{ source: TASKDEF, target: `admin:${ACCOUNT}`, access: 'admin' }],
  remainingPaths: [],
};

function balanced(md: string): boolean {
  return (md.match(/<details>/g) ?? []).length === (md.match(/<\/details>/g) ?? []).length;
}

describe('diff comment by cause', () => {
  it('names the enabling statement once, with the paths it opens', () => {
    const md = renderDiffMarkdown(regression());
    assert.match(md, /#### 1\. 🔴 1 changed statement → 1 new path \(1 to admin\)/);
    assert.equal(md.split('modified statement 1 "PassTaskRoles"').length - 1, 1);
    assert.match(md, /- from \*\*task-def web:3\*\*: admin ×1 \(Admin of 111122223333\)/);
  });

  it('renders the verified fix of a cause when one is given, in the Markdown and the JSON', () => {
    const diff = regression();
    diff.causes[0].fix = fix;
    const md = renderDiffMarkdown(diff);
    assert.match(
      md,
      /\*\*Verified fix:\*\* remove iam:PassRole from statement 1 of inline policy runner on role web-task — radius 120 → 0 \(removes 1 path\)/,
    );
    const json = JSON.parse(renderDiffJson(diff));
    assert.equal(json.causes[0].fix.change.kind, 'narrow-statement');
    assert.equal(json.causes[0].fix.radiusAfter, 0);
    assert.ok(!renderDiffMarkdown(regression()).includes('Verified fix'));
  });

  it('escapes account-controlled text in a cause, its fix and the reasons a change opens no path', () => {
    const evil = '<img src=x onerror=alert(1)>`](javascript:x)';
    const diff = diffAnalyses(before, after, {
      beforeSnapshot: snapshotWithRunner([log]),
      afterSnapshot: snapshotWithRunner([log, { ...passRole, Sid: evil }]),
    });
    diff.causes[0].fix = { ...fix, change: { ...fix.change, summary: evil } };
    diff.unopened = [
      {
        effect: `inline policy ${evil} on role x`,
        statements: [
          {
            statement: 0,
            sid: evil,
            change: 'added',
            statementJson: {},
            principals: [TASK_ROLE],
            blockers: [
              {
                kind: 'denied',
                principal: TASK_ROLE,
                action: 'iam:PassRole',
                resource: `arn:aws:iam::${ACCOUNT}:role/${evil}`,
                gates: ['boundary'],
                policies: [`arn:aws:iam::${ACCOUNT}:policy/${evil}`],
              },
            ],
          },
        ],
      },
    ];
    const md = renderDiffMarkdown(diff);
    assert.ok(!md.includes('<img'), md);
    assert.ok(!/[^\\]\]\(javascript/.test(md), md);
  });

  it('says which changes were seen and what blocks each, and claims no reason it does not know', () => {
    const change = (blockers: SeenChange['statements'][number]['blockers']): SeenChange => ({
      address: 'aws_iam_role_policy.runner',
      effect: 'inline policy runner on role web-task',
      policyId: INLINE,
      statements: [
        {
          statement: 1,
          sid: 'PassTaskRoles',
          change: 'modified',
          statementJson: {},
          principals: [TASK_ROLE],
          blockers,
        },
      ],
    });
    const quiet = diffAnalyses(before, before);
    quiet.unopened = [
      change([
        {
          kind: 'denied',
          principal: TASK_ROLE,
          action: 'iam:PassRole',
          resource: `arn:aws:iam::${ACCOUNT}:role/data-admin`,
          gates: ['boundary'],
          policies: [`arn:aws:iam::${ACCOUNT}:policy/workload-boundary`],
        },
      ]),
      change([
        {
          kind: 'missing',
          principal: TASK_ROLE,
          action: 'iam:PassRole',
          needs: ['ecs:RunTask'],
          techniques: ['ecs-run-task-override'],
        },
      ]),
      change([
        {
          kind: 'untrusted',
          principal: TASK_ROLE,
          role: `arn:aws:iam::${ACCOUNT}:role/data-admin`,
          services: ['ecs-tasks.amazonaws.com'],
        },
      ]),
      change([{ kind: 'unknown' }]),
    ];
    const md = renderDiffMarkdown(quiet);
    assert.match(md, /### IAM changes seen \(4\): none opens a new path/);
    assert.match(
      md,
      /- `aws_iam_role_policy\.runner`: inline policy runner on role web-task\n {2}- modified statement 1 "PassTaskRoles": `iam:PassRole` on role data-admin — blocked by the permissions boundary `policy workload-boundary`/,
    );
    assert.match(md, /`iam:PassRole` allowed, but no `ecs:RunTask`\n/);
    assert.match(
      md,
      /`iam:PassRole` on role data-admin allowed, but its trust policy does not admit `ecs-tasks\.amazonaws\.com`/,
    );
    assert.match(md, /"PassTaskRoles": opens no path \(no technique completes\)\n/);
  });

  describe('a large generated diff', () => {
    // 600 sources × 5 paths, each source's paths enabled by its own changed statement, with long
    // names; plus 2,000 vanished paths and 600 radius rows.
    const N = 600;
    const longName = 'x'.repeat(400);
    const roleOf = (i: number) => `arn:aws:iam::${ACCOUNT}:role/${longName}-${i}`;
    const sourceOf = (i: number) => `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/${longName}-${i}:1`;
    const paths: AttackPath[] = [];
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < 5; j++) {
        const target = j === 0 ? `admin:${ACCOUNT}` : `arn:aws:s3:::bucket-${longName}-${i}-${j}`;
        paths.push({
          source: sourceOf(i),
          target,
          targetKind: j === 0 ? 'Admin' : 'S3Bucket',
          access: j === 0 ? 'admin' : 'read',
          score: 50 - j + i / N,
          hops: [
            { ...toAdmin.hops[0], from: sourceOf(i), to: roleOf(i) },
            {
              ...toAdmin.hops[1],
              from: roleOf(i),
              to: target,
              evidence: [
                {
                  action: 'iam:PassRole',
                  resource: target,
                  statements: [
                    { policyId: `${roleOf(i)}#inline/p`, policyType: 'identity', statement: 0, sid: `S${i}` },
                  ],
                },
              ],
            },
          ],
        });
      }
    }
    const vanished = Array.from({ length: 2000 }, (_, k) => ({
      ...readOrders,
      target: `arn:aws:s3:::gone-${longName}-${k}`,
    }));
    const sources = (n: number, score: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: sourceOf(i),
        kind: 'AWSECSTaskDefinition' as const,
        account: ACCOUNT,
        score,
        assets: [],
      }));
    const baseSnapshot = snapshotWithRunner(null);
    const withRoles = (statements: boolean) => {
      const s = structuredClone(baseSnapshot);
      for (let i = 0; i < N; i++)
        s.accounts[0].iam.roles.push({
          ...s.accounts[0].iam.roles[0],
          arn: roleOf(i),
          name: `${longName}-${i}`,
          inlinePolicies: statements
            ? [
                {
                  name: 'p',
                  document: {
                    Statement: [{ Sid: `S${i}`, Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }],
                  },
                },
              ]
            : [],
        });
      return s;
    };
    const diff = diffAnalyses(analysis(vanished, sources(N, 1)), analysis(paths, sources(N, 90)), {
      beforeSnapshot: withRoles(false),
      afterSnapshot: withRoles(true),
    });

    it('stays within 65,536 characters, says what it left out and where the full detail is', () => {
      assert.equal(diff.causes.length, N);
      const md = renderDiffMarkdown(diff);
      assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `${md.length} characters`);
      assert.ok(md.length > GITHUB_COMMENT_LIMIT / 2, 'it uses the room it has');
      assert.match(
        md,
        /Shortened to fit the 65,536-character comment limit \(GitHub's\): \d+ causes left out\./,
      );
      assert.match(md, /The JSON \(`--json-output`\) and SARIF \(`--sarif-output`\) reports hold every path/);
      assert.ok(balanced(md), 'every <details> is closed');
      assert.match(md, /### Blast radius by source/, 'the causes leave room for the radius table');
      // The worst cause is shown first and in full.
      assert.match(md, /#### 1\. 🔴 1 changed statement → 5 new paths \(1 to admin\)/);
    });

    it('stays within a smaller limit too, and every cause it shows is named once', () => {
      for (const limit of [20_000, 3_000]) {
        const md = renderDiffMarkdown(diff, { maxChars: limit });
        assert.ok(md.length <= limit, `${md.length} > ${limit}`);
        assert.ok(balanced(md));
        const sids = [...md.matchAll(/modified statement 0 "(S\d+)"/g)].map((m) => m[1]);
        assert.equal(new Set(sids).size, sids.length);
      }
    });
  });
});
