import { strict as assert } from 'node:assert';
import { explainPath } from '../../src/queries/explain-path.js';
import { whoCan } from '../../src/queries/who-can.js';
import { renderExplainJson, renderWhoCanJson } from '../../src/report/json.js';
import { renderExplainMarkdown, renderWhoCanMarkdown } from '../../src/report/markdown.js';
import { renderExplainTable, renderWhoCanTable } from '../../src/report/table.js';
import { B, BUCKET, SAFE, WEB, demoGraph } from '../queries/hand-graph.js';

const partial = {
  partial: true,
  gaps: [
    {
      service: 'iam',
      operation: 'get-account-authorization-details',
      code: 'AccessDenied',
      message: 'denied',
    },
  ],
};
const complete = { partial: false, gaps: [] };

describe('who-can and explain reports', () => {
  it('start with the coverage in every format', () => {
    const who = whoCan(demoGraph(), BUCKET, { sources: [WEB, SAFE] });
    const ex = explainPath(demoGraph(), WEB, `admin:${B}`);
    assert.match(renderWhoCanTable(who, partial), /^PARTIAL VIEW: 1 coverage gap/);
    assert.match(renderExplainTable(ex, partial), /^PARTIAL VIEW: 1 coverage gap/);
    assert.match(renderWhoCanMarkdown(who, partial), /\n> \*\*⚠ PARTIAL VIEW/);
    assert.match(renderExplainMarkdown(ex, complete), /\n> Coverage: complete/);
    assert.deepEqual(Object.keys(JSON.parse(renderWhoCanJson(who, partial))), [
      'coverage',
      'target',
      'targetKind',
      'reachedBy',
    ]);
    assert.equal(JSON.parse(renderExplainJson(ex, partial)).coverage.partial, true);
  });

  it('list each source with its best path, and each step of an explained path', () => {
    const who = renderWhoCanTable(whoCan(demoGraph(), BUCKET, { sources: [WEB, SAFE] }), complete);
    assert.match(who, /Who can reach bucket customer-data \(arn:aws:s3:::customer-data\): 1 source/);
    assert.match(
      who,
      /task-def web:3 —\[ecs-task-metadata-creds\]→ role app-task —\[s3-identity-read\]→ bucket customer-data/,
    );
    const ex = renderExplainTable(explainPath(demoGraph(), WEB, `admin:${B}`), complete);
    assert.match(ex, /Best path: 3 steps, admin access, score 72\.25/);
    assert.match(
      ex,
      /3\. iam-put-role-policy-self: iam:PutRolePolicy on admin:222222222222 — granted by .*#inline\/self statement 0/,
    );
    assert.match(
      renderExplainTable(explainPath(demoGraph(), SAFE, `admin:${B}`), complete),
      /no path within the hop limit/,
    );
  });
});
