// `blastmap can` and `blastmap who-can --action` on the demo account (examples/demo/README.md): the
// policy engine's decisions with their evidence, short names, and JSON valid against
// docs/access-question.schema.json.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { captureIo } from '../support/capture-io.js';

const { runCli } = await import('../../src/cli/run.js');

const DEMO = 'examples/demo';
const P = 'arn:aws:iam::222222222222:role/';
const TD = (name: string, region = 'eu-west-1') =>
  `arn:aws:ecs:${region}:222222222222:task-definition/${name}`;

const schema = JSON.parse(
  readFileSync(new URL('../../docs/access-question.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv({ allErrors: true }).compile(schema);

async function cli(argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Runs with --format json, checks the schema, returns the document. */
async function json(argv: string[]) {
  const r = await cli([...argv, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  // (A boolean, not validate's type guard, which would narrow the document to unknown.)
  const valid: boolean = validate(doc);
  assert.ok(valid, JSON.stringify(validate.errors));
  return doc;
}

async function oneLineError(argv: string[], pattern: RegExp) {
  const r = await cli(argv);
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, pattern);
}

describe('blastmap can', () => {
  it('allows dispatch-worker (by family:revision) to assume ci-deploy (by role name), naming the trust statement', async () => {
    const doc = await json(['can', DEMO, 'dispatch-worker:22', 'sts:AssumeRole', 'ci-deploy']);
    assert.equal(doc.question, 'can');
    assert.equal(doc.coverage.partial, true);
    assert.deepEqual(doc.request, {
      principal: `${P}dispatch-worker-task`,
      via: TD('dispatch-worker:22'),
      action: 'sts:AssumeRole',
      resource: `${P}ci-deploy`,
      context: {},
    });
    assert.equal(doc.decision.outcome, 'Allow');
    assert.ok(
      doc.decision.allowedBy.some(
        (s: { policyId: string; policyType: string }) =>
          s.policyId === `${P}ci-deploy#trust` && s.policyType === 'trust',
      ),
    );
    const text = await cli(['can', DEMO, 'dispatch-worker:22', 'sts:AssumeRole', 'ci-deploy']);
    assert.match(text.out, /^PARTIAL VIEW/);
    assert.match(
      text.out,
      /\nALLOW: role dispatch-worker-task \(the task role of task-def dispatch-worker:22\) → sts:AssumeRole on arn:aws:iam::222222222222:role\/ci-deploy\n/,
    );
    assert.match(
      text.out,
      /allowed by: trust policy arn:aws:iam::222222222222:role\/ci-deploy#trust statement 0/,
    );
  });

  it('route-optimizer → fleet-ops-admin is conditional on aws:SourceIp; --context settles it either way', async () => {
    const ask = (...extra: string[]) =>
      json(['can', DEMO, 'route-optimizer:5', 'sts:AssumeRole', 'fleet-ops-admin', ...extra]);
    const open = await ask();
    assert.equal(open.decision.outcome, 'Conditional');
    assert.deepEqual(open.decision.conditionKeys, ['aws:SourceIp']);
    const inside = await ask('--context', 'aws:SourceIp=203.0.113.5');
    assert.equal(inside.decision.outcome, 'Allow');
    assert.deepEqual(inside.request.context, { 'aws:SourceIp': '203.0.113.5' });
    const outside = await ask('--context', 'aws:SourceIp=10.0.0.1');
    assert.equal(outside.decision.outcome, 'Deny');
    assert.deepEqual(outside.decision.blockedBy, ['resource']);
    const text = await cli(['can', DEMO, 'route-optimizer:5', 'sts:AssumeRole', 'fleet-ops-admin']);
    assert.match(text.out, /conditional on: aws:SourceIp/);
  });

  it('denies what no statement allows, saying at which gate', async () => {
    const doc = await json(['can', DEMO, 'public-web:48', 'iam:CreateUser']);
    assert.equal(doc.request.resource, '*');
    assert.equal(doc.decision.outcome, 'Deny');
    assert.ok(doc.decision.blockedBy.includes('identity'));
    assert.deepEqual(
      doc.decision.allowedBy.filter((s: { policyType: string }) => s.policyType === 'identity'),
      [],
    );
  });

  it('a bucket named for an object action means its objects', async () => {
    const doc = await json(['can', DEMO, 'tracking-api:14', 's3:GetObject', 'northwind-customer-manifests']);
    assert.equal(doc.request.resource, 'arn:aws:s3:::northwind-customer-manifests/*');
    assert.equal(doc.decision.outcome, 'Allow');
  });

  it('unknown names and actions are one line with a did-you-mean', async () => {
    await oneLineError(
      ['can', DEMO, 'dispatch-worker:2', 's3:GetObject'],
      /principal 'dispatch-worker:2' is not in the input \(did you mean dispatch-worker:22/,
    );
    await oneLineError(
      ['can', DEMO, 'web:3', 's3:GetObjekt'],
      /unknown action 's3:GetObjekt' \(did you mean s3:GetObject/,
    );
    await oneLineError(['can', DEMO, 'ci-deploy', 's3:Get*'], /'s3:Get\*' is not an action name/);
    await oneLineError(
      ['can', DEMO, 'ci-deploy', 'sts:AssumeRole', 'fleet-ops-admn'],
      /resource 'fleet-ops-admn' is not in the input \(did you mean fleet-ops-admin/,
    );
  });
});

describe('blastmap who-can --action', () => {
  it('lists every principal allowed iam:PassRole on ops-admin-task, each with its granting statement', async () => {
    const doc = await json(['who-can', DEMO, '--action', 'iam:PassRole', '--resource', 'ops-admin-task']);
    assert.equal(doc.question, 'who-can-action');
    assert.equal(doc.request.resource, `${P}ops-admin-task`);
    const by = new Map(doc.principals.map((p: { principal: string }) => [p.principal, p]));
    const ci = by.get(`${P}ci-deploy`) as {
      outcome: string;
      conditionKeys: string[];
      allowedBy: { policyId: string; sid?: string }[];
    };
    assert.equal(ci.outcome, 'Conditional');
    assert.deepEqual(ci.conditionKeys, ['iam:PassedToService']);
    assert.ok(
      ci.allowedBy.some(
        (s) => s.policyId === 'arn:aws:iam::222222222222:policy/ecs-deploy' && s.sid === 'PassTaskRoles',
      ),
    );
    const admin = by.get(`${P}ops-admin-task`) as { outcome: string; taskDefinitions: string[] };
    assert.equal(admin.outcome, 'Allow');
    assert.deepEqual(admin.taskDefinitions, [TD('ops-maintenance:3')]);
    assert.ok(!by.has(`${P}public-web-task`), 'public-web may not pass roles');
    // Allow first, then Conditional.
    const outcomes = doc.principals.map((p: { outcome: string }) => p.outcome);
    assert.deepEqual(outcomes, [...outcomes].sort());
    assert.ok(doc.considered > doc.principals.length);

    const text = await cli(['who-can', DEMO, '--action', 'iam:PassRole', '--resource', 'ops-admin-task']);
    assert.match(
      text.out,
      /Conditional role ci-deploy +\(arn:aws:iam::222222222222:role\/ci-deploy\)\n +allowed by: identity policy arn:aws:iam::222222222222:policy\/ecs-deploy \(v1\) statement 2 "PassTaskRoles"/,
    );
  });

  it('--account and --top narrow the list', async () => {
    const all = await json(['who-can', DEMO, '--action', 'iam:PassRole']);
    const data = await json(['who-can', DEMO, '--action', 'iam:PassRole', '--account', '333333333333']);
    assert.ok(data.principals.length > 0 && data.principals.length < all.principals.length);
    assert.ok(data.principals.every((p: { account: string }) => p.account === '333333333333'));
    const top = await json(['who-can', DEMO, '--action', 'iam:PassRole', '--top', '2']);
    assert.deepEqual(top.principals, all.principals.slice(0, 2));
    assert.equal(top.allowedCount, all.principals.length);
    assert.equal(all.allowedCount, all.principals.length);
  });

  it('keeps the asset form, and refuses a mix of the two forms in one line', async () => {
    const reach = await cli(['who-can', DEMO, 'parcels-db', '--format', 'json']);
    assert.equal(reach.code, 0, reach.err);
    assert.equal(JSON.parse(reach.out).target, 'arn:aws:rds:eu-west-1:222222222222:db:parcels-db');
    await oneLineError(
      ['who-can', DEMO, 'parcels-db', '--action', 's3:GetObject'],
      /who-can takes an asset or --action, not both/,
    );
    await oneLineError(
      ['who-can', DEMO, '--action', 'iam:PassRole', '--min-score', '3'],
      /--min-score goes with an asset/,
    );
    await oneLineError(['who-can', DEMO, 'parcels-db', '--resource', 'x'], /--resource goes with --action/);
  });
});
