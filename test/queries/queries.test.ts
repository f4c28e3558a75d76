import { strict as assert } from 'node:assert';
import { attackPaths } from '../../src/queries/attack-paths.js';
import { blastRadius } from '../../src/queries/blast-radius.js';
import { explainPath } from '../../src/queries/explain-path.js';
import { whoCan } from '../../src/queries/who-can.js';
import {
  A,
  APP,
  B,
  BUCKET,
  DB,
  DB_SECRET,
  DEPLOY,
  OPS,
  OTHER_SECRET,
  SAFE,
  WEB,
  demoGraph,
  emptyGraph,
  node,
  step,
} from './hand-graph.js';

describe('queries on a hand-built graph', () => {
  it('finds a 3-step cross-account path from a task definition to admin of another account', () => {
    const paths = attackPaths(demoGraph(), WEB);
    const admin = paths.filter((p) => p.target === `admin:${B}`);
    assert.equal(admin.length, 1);
    assert.deepEqual(
      admin[0].hops.map((h) => [h.from, h.technique, h.to]),
      [
        [WEB, 'ecs-task-metadata-creds', APP],
        [APP, 'sts-assume-role-cross-account', DEPLOY],
        [DEPLOY, 'iam-put-role-policy-self', `admin:${B}`],
      ],
    );
    assert.equal(admin[0].access, 'admin');
    assert.equal(admin[0].targetKind, 'Admin');
    assert.equal(paths[0].target, `admin:${B}`, 'account admin ranks first');
  });

  it('never lists a path that visits a node twice, although ops and app-task form a cycle', () => {
    for (const p of attackPaths(demoGraph(), WEB, { k: 10 })) {
      const nodes = [p.source, ...p.hops.map((h) => h.to)];
      assert.equal(new Set(nodes).size, nodes.length, nodes.join(' → '));
    }
  });

  it('keeps at most k paths per target and is deterministic', () => {
    const g = emptyGraph();
    node(g, 's', 'AWSRole', A);
    node(g, 'b', 'S3Bucket', A);
    for (const m of ['m1', 'm2', 'm3', 'm4']) {
      node(g, m, 'AWSRole', A);
      step(g, 's', m, 'CAN_BECOME', 'sts-assume-role');
      step(g, m, 'b', 'CAN_READ', 's3-identity-read', { access: 'read' });
    }
    const two = attackPaths(g, 's', { k: 2 });
    assert.equal(two.length, 2);
    assert.deepEqual(
      two.map((p) => p.hops[0].to),
      ['m1', 'm2'],
      'equal-cost paths tie-break on their text',
    );
    assert.deepEqual(attackPaths(g, 's', { k: 2 }), two);
  });

  it('bounds paths by max hops', () => {
    const paths = attackPaths(demoGraph(), WEB, { maxHops: 2 });
    assert.ok(!paths.some((p) => p.target === `admin:${B}`));
    assert.ok(paths.some((p) => p.target === BUCKET));
    assert.ok(paths.every((p) => p.hops.length <= 2));
  });

  it('finds the fewest-hops path even when k cheaper, longer paths reach the same node', () => {
    const g = emptyGraph();
    node(g, 's', 'AWSRole', A);
    node(g, 'x', 'AWSRole', A);
    node(g, 'b', 'S3Bucket', A);
    node(g, 'm', 'AWSRole', A);
    node(g, 'n', 'AWSRole', A);
    step(g, 's', 'm', 'CAN_BECOME', 'sts-assume-role');
    step(g, 'm', 'n', 'CAN_BECOME', 'sts-assume-role');
    step(g, 'n', 'x', 'CAN_BECOME', 'sts-assume-role');
    step(g, 's', 'x', 'CAN_BECOME', 'iam-update-assume-role-policy', { effort: 10 });
    step(g, 'x', 'b', 'CAN_READ', 's3-identity-read', { access: 'read' });
    const paths = attackPaths(g, 's', { k: 1, maxHops: 2 });
    assert.equal(paths.length, 1);
    assert.deepEqual(
      paths[0].hops.map((h) => h.technique),
      ['iam-update-assume-role-policy', 's3-identity-read'],
    );
  });

  it('gives each asset its best-scoring access, fewest hops and conditional flag', () => {
    const { radius, paths } = blastRadius(demoGraph(), WEB);
    const bucket = radius.assets.find((a) => a.id === BUCKET)!;
    // read in 2 steps: 1 × 4 (read) × 2 (sensitive) × 0.85 = 6.8; write via the conditional
    // ops role in 3 steps: 1 × 6 × 2 × 0.85² × 0.5 = 4.34 — read wins.
    assert.deepEqual(bucket, {
      id: BUCKET,
      kind: 'S3Bucket',
      access: 'read',
      hops: 2,
      conditional: false,
      score: 6.8,
    });
    const adminB = radius.assets.find((a) => a.id === `admin:${B}`)!;
    assert.equal(adminB.score, 72.25); // 100 × 0.85²
    assert.equal(radius.assets[0].id, `admin:${B}`);
    // each asset's score is the score of the path beside it
    radius.assets.forEach((a, i) => {
      assert.equal(paths[i].target, a.id);
      assert.equal(paths[i].score, a.score);
    });
    const sum = radius.assets.filter((a) => !a.subsumedBy).reduce((s, a) => s + a.score, 0);
    assert.equal(radius.score, Math.round(sum * 100) / 100);
    assert.equal(radius.kind, 'AWSECSTaskDefinition');
    assert.equal(radius.account, A);
  });

  it('counts the assets of an account once when the source becomes admin of that account', () => {
    const g = emptyGraph();
    node(g, 's', 'AWSRole', A);
    node(g, 'boss', 'AWSRole', A);
    node(g, `admin:${A}`, 'Admin', A);
    node(g, 'bucket-a', 'S3Bucket', A);
    node(g, 'bucket-b', 'S3Bucket', B);
    node(g, 'cond-admin', 'AWSRole', B);
    node(g, `admin:${B}`, 'Admin', B);
    step(g, 's', 'boss', 'CAN_BECOME', 'sts-assume-role');
    step(g, 'boss', `admin:${A}`, 'CAN_ADMINISTER', 'admin-equivalent');
    step(g, 's', 'bucket-a', 'CAN_READ', 's3-identity-read', { access: 'read' });
    step(g, 's', 'bucket-b', 'CAN_READ', 's3-identity-read', { access: 'read' });
    step(g, 's', 'cond-admin', 'CAN_BECOME', 'sts-assume-role', { conditional: true });
    step(g, 'cond-admin', `admin:${B}`, 'CAN_ADMINISTER', 'admin-equivalent');
    const { radius } = blastRadius(g, 's');
    const byId = new Map(radius.assets.map((a) => [a.id, a]));
    assert.equal(byId.get('bucket-a')!.subsumedBy, `admin:${A}`);
    assert.equal(byId.get('bucket-a')!.score, 4, 'still listed with its own score');
    // admin of B is only conditional: an unconditional read in B still counts on its own
    assert.equal(byId.get('bucket-b')!.subsumedBy, undefined);
    assert.equal(radius.score, 85 + 42.5 + 4); // admin A (2 steps) + conditional admin B + bucket-b
  });

  it('marks an asset reached only through a conditional step as conditional', () => {
    const g = demoGraph();
    const { radius } = blastRadius(g, OPS);
    assert.equal(radius.assets.find((a) => a.id === BUCKET)!.conditional, false);
    const fromApp = blastRadius(g, APP, {
      scoring: { accessWeight: { admin: 10, write: 100, read: 1, invoke: 1 } },
    });
    const bucket = fromApp.radius.assets.find((a) => a.id === BUCKET)!;
    assert.equal(bucket.access, 'write');
    assert.equal(bucket.conditional, true);
  });

  it('follows a secret holding database credentials onward, but not a secret it can only write', () => {
    const { radius } = blastRadius(demoGraph(), WEB);
    const ids = radius.assets.map((a) => a.id);
    assert.ok(ids.includes(DB_SECRET));
    assert.deepEqual(
      radius.assets.find((a) => a.id === DB),
      { id: DB, kind: 'RDSInstance', access: 'admin', hops: 2, conditional: false, score: 12.75 },
    );
    assert.ok(ids.includes(OTHER_SECRET));
    assert.ok(!ids.includes(`admin:${A}`), 'writing a secret does not reveal it');
  });

  it('gives a task whose role can do nothing an empty radius', () => {
    const { radius } = blastRadius(demoGraph(), SAFE);
    assert.deepEqual(radius.assets, []);
    assert.equal(radius.score, 0);
  });

  it('answers who can reach an asset, from given sources or from every principal', () => {
    const g = demoGraph();
    const fromSources = whoCan(g, `admin:${B}`, { sources: [WEB, SAFE] });
    assert.deepEqual(
      fromSources.reachedBy.map((r) => [r.source, r.hops]),
      [[WEB, 3]],
    );
    const all = whoCan(g, `admin:${B}`);
    assert.deepEqual(
      all.reachedBy.map((r) => r.source),
      [DEPLOY, APP, WEB, OPS], // web:3 and ops tie (3 steps): ids order them
    );
    assert.equal(all.reachedBy[0].path.hops.length, 1);
    assert.deepEqual(whoCan(g, DB, { sources: [SAFE] }).reachedBy, []);
  });

  it('explains the best path step by step with its evidence', () => {
    const ex = explainPath(demoGraph(), WEB, `admin:${B}`);
    assert.ok(ex.best);
    assert.equal(ex.best.hops.length, 3);
    assert.equal(ex.best.hops[2].evidence[0].action, 'iam:PutRolePolicy');
    assert.equal(ex.best.hops[2].evidence[0].statements[0].policyId, `${DEPLOY}#inline/self`);
    assert.equal(ex.best.score, 72.25);
    assert.equal(explainPath(demoGraph(), SAFE, `admin:${B}`).best, null);
    const toRole = explainPath(demoGraph(), WEB, DEPLOY);
    assert.equal(toRole.best?.access, undefined);
    assert.equal(toRole.best?.hops.length, 2);
  });
});
