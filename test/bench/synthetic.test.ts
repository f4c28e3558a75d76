import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { generateSyntheticSnapshot, MAIN_ACCOUNT } from '../../bench/synthetic/generate.js';

describe('synthetic snapshot generator', () => {
  const scale = { roles: 200, taskDefinitions: 40, resources: 400, seed: 7 };

  it('produces the requested counts', () => {
    const s = generateSyntheticSnapshot(scale);
    const main = s.accounts.find((a) => a.id === MAIN_ACCOUNT)!;
    assert.equal(main.iam.roles.length, 200 + 1, 'roles plus the shared execution role');
    assert.equal(main.ecs.taskDefinitions.length, 40);
    const resources =
      main.s3Buckets.length +
      main.secrets.filter((x) => x.owningService !== 'rds').length +
      main.ssmParameters.length +
      main.lambda.length +
      main.rds.instances.length +
      main.kmsKeys.length;
    assert.equal(resources, 400);
    assert.ok(main.ecs.services.length > 0 && main.ecs.services.length < 40);
  });

  it('is a valid snapshot (docs/snapshot.schema.json)', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../docs/snapshot.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid: boolean = validate(generateSyntheticSnapshot(scale));
    assert.ok(valid, ajv.errorsText(validate.errors));
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = JSON.stringify(generateSyntheticSnapshot(scale));
    assert.equal(JSON.stringify(generateSyntheticSnapshot(scale)), a);
    assert.notEqual(JSON.stringify(generateSyntheticSnapshot({ ...scale, seed: 8 })), a);
  });

  it('mixes the policy shapes the engine must handle', () => {
    const text = JSON.stringify(generateSyntheticSnapshot({ ...scale, roles: 2000 }));
    for (const needle of [
      '"NotAction"',
      '"Condition"',
      '"Effect":"Deny"',
      'iam:PassedToService',
      'ecs-tasks.amazonaws.com',
      'lambda.amazonaws.com',
      'arn:aws:iam::100000000002:root',
      'iam:PassRole',
    ]) {
      assert.ok(text.includes(needle), needle);
    }
  });
});
