// SARIF that GitHub code scanning can use, end to end through `blastmap diff`: a Terraform-plan diff
// and a diff of two dump folders, each validated against the official SARIF 2.1.0 schema and
// GitHub's documented ingestion rules, and anchored where a reviewer fixes the change: the `.tf`
// resource block, or the line of the dump file that holds the granting policy, relative to the
// repository (the working directory).
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { captureIo } from '../support/capture-io.js';
import { githubSarifProblems } from '../support/github-sarif-rules.js';
import { sarifValidator } from '../support/sarif-schema.js';

const { runCli } = await import('../../src/cli/run.js');

const DEMO = resolve('examples/demo');
const PLAN = 'test/fixtures/terraform/demo/add-passrole.plan.json';
const TRACKING_ROLE = 'arn:aws:iam::222222222222:role/tracking-api-task';

interface SarifLog {
  runs: {
    tool: {
      driver: {
        informationUri: string;
        rules: { id: string; helpUri: string; properties: Record<string, string> }[];
      };
    };
    results: {
      ruleId: string;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number };
        };
      }[];
      partialFingerprints: Record<string, string>;
      properties: { toAdmin: boolean; access: string; 'security-severity': string };
    }[];
  }[];
}

async function sarif(cwd: string, ...args: string[]): Promise<{ code: number; log: SarifLog; err: string }> {
  const io = captureIo();
  io.cwd = cwd;
  const code = await runCli(['diff', ...args, '--format', 'sarif'], io);
  return { code, log: JSON.parse(io.out.join('')) as SarifLog, err: io.err.join('') };
}

function assertIngestible(log: SarifLog) {
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.deepEqual(githubSarifProblems(log), []);
}

function lineOf(file: string, pattern: RegExp): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => pattern.test(l)) + 1
  );
}

describe('diff SARIF for code scanning', function () {
  this.timeout(120_000);

  it('a Terraform-plan diff: valid, ingestible, at the .tf line of the resource, relative to the repository', async () => {
    const r = await sarif(process.cwd(), DEMO, '--terraform-plan', PLAN);
    assert.equal(r.code, 1, r.err);
    assertIngestible(r.log);
    const admin = r.log.runs[0].results.find((x) => x.properties.toAdmin);
    assert.ok(admin);
    assert.deepEqual(admin.locations[0].physicalLocation, {
      artifactLocation: { uri: 'test/fixtures/terraform/demo/iam.tf', uriBaseId: '%SRCROOT%' },
      region: {
        startLine: lineOf(
          'test/fixtures/terraform/demo/iam.tf',
          /^resource "aws_iam_role_policy" "tracking_api_read_config"/,
        ),
      },
    });
  });

  it('a Terraform-plan diff run from another folder: the plan fallback and .tf files stay inside the repository', async () => {
    const r = await sarif(resolve('test'), DEMO, '--terraform-plan', resolve(PLAN));
    assertIngestible(r.log);
    const uris = r.log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('fixtures/terraform/demo/iam.tf'), uris.join(', '));
  });

  describe('two dump folders', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'blastmap-sarif-dumps-'));
      cpSync(DEMO, join(dir, 'before'), { recursive: true });
      cpSync(DEMO, join(dir, 'after'), { recursive: true });
      // After: the tracking-api task role gains an inline policy to run tasks with any role.
      const page = join(dir, 'after/222222222222/iam/get-account-authorization-details.1.json');
      const gaad = JSON.parse(readFileSync(page, 'utf8')) as {
        RoleDetailList: { Arn: string; RolePolicyList: unknown[] }[];
      };
      const role = gaad.RoleDetailList.find((x) => x.Arn === TRACKING_ROLE);
      assert.ok(role, 'the demo has the tracking-api task role on page 1');
      role.RolePolicyList.push({
        PolicyName: 'ci-run-tasks',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'RunAnything',
              Effect: 'Allow',
              Action: ['iam:PassRole', 'ecs:RunTask', 'ecs:RegisterTaskDefinition'],
              Resource: '*',
            },
          ],
        },
      });
      writeFileSync(page, `${JSON.stringify(gaad, null, 2)}\n`);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('valid, ingestible, at the line of the granting policy in the after dump, relative to the repository', async () => {
      const r = await sarif(dir, join(dir, 'before'), join(dir, 'after'));
      assert.equal(r.code, 1, r.err);
      assertIngestible(r.log);
      const admin = r.log.runs[0].results.find((x) => x.properties.toAdmin);
      assert.ok(admin);
      const page = 'after/222222222222/iam/get-account-authorization-details.1.json';
      assert.deepEqual(admin.locations[0].physicalLocation, {
        artifactLocation: { uri: page, uriBaseId: '%SRCROOT%' },
        region: { startLine: lineOf(join(dir, page), /"PolicyName": "ci-run-tasks"/) },
      });
    });

    it('the same change gives the same fingerprints, wherever the dumps are', async () => {
      const one = await sarif(dir, join(dir, 'before'), join(dir, 'after'));
      const two = await sarif(join(dir, 'after'), join(dir, 'before'), join(dir, 'after'));
      const prints = (log: SarifLog) => log.runs[0].results.map((x) => x.partialFingerprints).sort();
      assert.deepEqual(prints(one.log), prints(two.log));
      assert.notDeepEqual(
        one.log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri),
        two.log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri),
      );
    });
  });
});
