import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { analyze } from '../../src/queries/analyze.js';
import { pathJson, renderJson, renderJsonChunks } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import type { AnalysisResult, AttackPath, PathHop } from '../../src/queries/types.js';
import { emptySnapshot } from '../queries/fixture-snapshot.js';
import { SAFE, WEB, demoGraph } from '../queries/hand-graph.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'));
const gap = {
  service: 's3api',
  operation: 'get-bucket-policy',
  resource: 'customer-data',
  code: 'AccessDenied',
  message: 'denied',
};

/** The report's path lines, as written (the chunks joined), without the list's commas. */
function pathLines(r: AnalysisResult): string[] {
  return [...renderJsonChunks(r)]
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('    {"source"'))
    .map((l) => l.trim().replace(/,$/, ''));
}

function result(gaps = [gap]) {
  return analyze({ graph: demoGraph(), sources: [WEB, SAFE] }, emptySnapshot(gaps));
}

describe('reports', () => {
  it('writes JSON that follows docs/report.schema.json', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    const json = JSON.parse(renderJson(result()));
    const valid: boolean = validate(json);
    assert.ok(valid, ajv.errorsText(validate.errors));
    assert.deepEqual(Object.keys(json), ['schemaVersion', 'coverage', 'dataVersions', 'sources', 'paths']);
    assert.deepEqual(Object.keys(json.sources[0].assets[0]), [
      'id',
      'kind',
      'access',
      'hops',
      'conditional',
      'score',
    ]);
  });

  it('rejects a report that breaks the contract (the schema is not vacuous)', () => {
    const validate = new Ajv().compile(schema);
    const json = JSON.parse(renderJson(result()));
    json.paths[0].access = 'root';
    assert.equal(validate(json), false);
  });

  it('gives byte-identical JSON for the same input, whatever order the graph was built in', () => {
    const a = renderJson(result());
    const b = renderJson(analyze({ graph: demoGraph(), sources: [SAFE, WEB] }, emptySnapshot([gap])));
    assert.equal(a, b);
  });

  it('writes each path as one line, the same whether paths share hop objects or not', () => {
    const shared = result();
    const hops = shared.paths.flatMap((p) => p.hops);
    assert.ok(new Set(hops).size < hops.length, 'the analysis shares hops between paths');
    // A hop seen once, twice and three times: each line is that path's own JSON.
    assert.deepEqual(
      pathLines(shared),
      shared.paths.map((p) => JSON.stringify(pathJson(p))),
    );
    const copied = JSON.parse(JSON.stringify(shared)) as typeof shared; // no object shared
    assert.equal(renderJson(copied), renderJson(shared));
  });

  it('writes each path as its own JSON whatever the order in which shared hops come back', () => {
    const base = result();
    const [a, b, c, d, e] = base.paths.flatMap((p) => p.hops).filter((h, i, all) => all.indexOf(h) === i);
    assert.ok(e, 'the demo has five distinct hops');
    const path = (hops: PathHop[], score = 1.5): AttackPath => ({ ...base.paths[0], score, hops });
    // First sights batched before, between and after hops seen before; a path without hops; a
    // head member missing and a score that is not a finite number (written as JSON.stringify does).
    const paths = [
      path([a, b]),
      path([c, a, d]),
      path([]),
      path([a]),
      path([e, b, c, d], 100),
      path([b, a, e, c]),
      { ...path([d, a], NaN), access: undefined as unknown as AttackPath['access'] },
    ];
    const mixed = { ...base, paths };
    assert.deepEqual(
      pathLines(mixed),
      paths.map((p) => JSON.stringify(pathJson(p))),
    );
    const json = JSON.parse(renderJson(mixed));
    assert.equal(json.paths.length, paths.length);
    assert.equal(json.paths[6].score, null);
    assert.equal('access' in json.paths[6], false);
    assert.equal(renderJson({ ...base, paths: [] }).includes('  "paths": []\n}'), true);
  });

  it('puts the PARTIAL VIEW banner and the gaps before the ranking in the table', () => {
    const text = renderTable(result());
    const lines = text.split('\n');
    assert.match(lines[0], /^PARTIAL VIEW: 1 coverage gap/);
    assert.match(lines[1], /s3api get-bucket-policy customer-data: AccessDenied/);
    assert.ok(text.indexOf('PARTIAL VIEW') < text.indexOf('Sources ranked'));
    // The credential hop is said once for the source; the path goes on from the task role.
    assert.match(
      text,
      /^ {3}task-def web:3 —\[ecs-task-metadata-creds\]→ role app-task \(step 1 of the paths below\)/m,
    );
    assert.match(
      text,
      /^ +role app-task —\[sts-assume-role-cross-account\]→ role deploy \(222222222222\) —\[iam-put-role-policy-self\]→ Admin of 222222222222$/m,
    );
    assert.match(
      text,
      /iam:PutRolePolicy on admin:222222222222 — granted by arn:aws:iam::222222222222:role\/deploy#inline\/self statement 0/,
    );
    assert.match(text, /^\s+1\s+\d+\.\d\d\s+█+\s+task-def web:3/m);
    assert.match(text, /^\s+2\s+0\.00\s+task-def safe:1/m);
  });

  it('says the view is complete when there are no gaps', () => {
    assert.match(renderTable(result([])), /^Coverage: complete/);
    assert.doesNotMatch(renderTable(result([])), /PARTIAL VIEW/);
  });

  it('renders Markdown with the warning first, a ranking table and the paths', () => {
    const md = renderMarkdown(result());
    const firstContent = md.split('\n').find((l) => l.startsWith('>'))!;
    assert.match(firstContent, /PARTIAL VIEW/);
    assert.match(md, /\| 1 \| `task-def web:3` \| AWSECSTaskDefinition \| 111111111111 \|/);
    assert.match(md, /- \*\*Admin of 222222222222\*\* \(admin, score 72\.25, 3 steps\)/);
    assert.match(md, /3\. `iam-put-role-policy-self`: iam:PutRolePolicy/);
  });
});
