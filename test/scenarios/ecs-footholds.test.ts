// Scenario suite: what a Fargate foothold holds and which ECS / Lambda doors open.
// Refs: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html (containers get
// the task role's credentials; none without taskRoleArn), .../secrets-envvar-secrets-manager.html (the
// execution role reads secrets[].valueFrom and ECS injects the values into the container),
// .../APIReference/API_TaskOverride.html (overrides.taskRoleArn replaces the task role of that task),
// .../ecs-exec.html (ECS Exec works only on tasks launched with enableExecuteCommand),
// https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html (AuthType NONE still needs a resource-based
// policy allowing lambda:InvokeFunctionUrl to "*").
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import {
  ADMIN_POLICY,
  ECS_TASKS,
  accountDump,
  allowStmt,
  analyzeDump,
  chains,
  policyDoc,
  reaches,
  reachesCertainly,
  roleArn,
  trustService,
} from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const ADMIN_A = `admin:${A}`;
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;
const TD = `arn:aws:ecs:${R}:${A}:task-definition/web:1`;
const TASK = `arn:aws:ecs:${R}:${A}:task/c/abc`;
const SECRET = `arn:aws:secretsmanager:${R}:${A}:secret:prod/db-AbCdEf`;

interface EcsSpec {
  taskRole?: string;
  execRole?: string;
  injectSecret?: boolean;
  execEnabled?: boolean;
  /** enableExecuteCommand of the running task (default: execEnabled). */
  taskExecEnabled?: boolean;
  overrideTaskRole?: string;
  runningTask?: boolean;
}

/** One cluster, one service running `web:1`, optionally one running task of it. */
function ecsFiles(spec: EcsSpec): Record<string, unknown> {
  const container = {
    name: 'app',
    image: 'nginx',
    essential: true,
    environment: [],
    ...(spec.injectSecret ? { secrets: [{ name: 'DB_PASSWORD', valueFrom: SECRET }] } : {}),
  };
  const files: Record<string, unknown> = {
    [`${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
    [`${R}/ecs/describe-clusters.json`]: {
      clusters: [
        { clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
      ],
      failures: [],
    },
    [`${R}/ecs/describe-task-definition/web%3A1.json`]: {
      taskDefinition: {
        taskDefinitionArn: TD,
        family: 'web',
        revision: 1,
        status: 'ACTIVE',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        containerDefinitions: [container],
        ...(spec.taskRole ? { taskRoleArn: spec.taskRole } : {}),
        ...(spec.execRole ? { executionRoleArn: spec.execRole } : {}),
      },
      tags: [],
    },
    [`${R}/ecs/describe-services/c.json`]: {
      services: [
        {
          serviceArn: `arn:aws:ecs:${R}:${A}:service/c/web`,
          serviceName: 'web',
          clusterArn: CLUSTER,
          status: 'ACTIVE',
          desiredCount: 1,
          runningCount: 1,
          launchType: 'FARGATE',
          taskDefinition: TD,
          enableExecuteCommand: !!spec.execEnabled,
          networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } },
        },
      ],
      failures: [],
    },
    [`${R}/secretsmanager/list-secrets.json`]: { SecretList: [{ ARN: SECRET, Name: 'prod/db', Tags: [] }] },
    [`${R}/secretsmanager/get-resource-policy/prod%2Fdb.json`]: { ARN: SECRET, Name: 'prod/db' },
  };
  if (spec.runningTask)
    files[`${R}/ecs/describe-tasks/c.json`] = {
      tasks: [
        {
          taskArn: TASK,
          clusterArn: CLUSTER,
          taskDefinitionArn: TD,
          lastStatus: 'RUNNING',
          desiredStatus: 'RUNNING',
          launchType: 'FARGATE',
          group: 'service:web',
          enableExecuteCommand: !!(spec.taskExecEnabled ?? spec.execEnabled),
          overrides: {
            containerOverrides: [{ name: 'app' }],
            ...(spec.overrideTaskRole ? { taskRoleArn: spec.overrideTaskRole } : {}),
          },
          containers: [{ name: 'app' }],
        },
      ],
      failures: [],
    };
  return files;
}

describe('scenarios: ECS footholds and Lambda URLs', function () {
  this.timeout(30000);
  after(removeDumps);

  it('a task definition without taskRoleArn gives no role credentials, but the injected secret is held', async () => {
    const dump = accountDump({
      id: A,
      roles: [
        {
          name: 'exec',
          trust: ECS_TASKS,
          inline: [policyDoc(allowStmt(['secretsmanager:GetSecretValue', 'iam:*']))],
        },
      ],
      files: ecsFiles({ execRole: roleArn(A, 'exec'), injectSecret: true }),
    });
    const report = await analyzeDump(dump);
    assert.deepEqual(
      report.sources.map((s) => s.id),
      [TD],
    );
    assert.deepEqual(chains(report, TD, SECRET), [['ecs-exec-role-secret-injection']]);
    // The execution role is used by the ECS agent, never exposed to the container: its iam:* is no foothold.
    assert.equal(reaches(report, TD, ADMIN_A), false);
  });

  it('a running task whose overrides set taskRoleArn holds the override role, not the definition’s', async () => {
    const dump = accountDump({
      id: A,
      roles: [
        { name: 'task', trust: ECS_TASKS, inline: [policyDoc(allowStmt('s3:GetObject'))] },
        { name: 'ovr', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
      ],
      files: ecsFiles({
        taskRole: roleArn(A, 'task'),
        runningTask: true,
        overrideTaskRole: roleArn(A, 'ovr'),
      }),
    });
    const report = await analyzeDump(dump);
    assert.deepEqual(chains(report, TASK, ADMIN_A), [['ecs-task-metadata-creds', 'admin-equivalent']]);
    assert.equal(report.paths.find((p) => p.source === TASK)?.hops[0].to, roleArn(A, 'ovr'));
    assert.equal(reaches(report, TD, ADMIN_A), false);
  });

  describe('ecs:ExecuteCommand', () => {
    const ATT = roleArn(A, 'att');
    const dump = (execEnabled: boolean) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'att',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['ecs:ExecuteCommand', 'ecs:DescribeTasks']))],
          },
          { name: 'ovr', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
        ],
        files: ecsFiles({ taskRole: roleArn(A, 'ovr'), runningTask: true, execEnabled }),
      });

    it('does not fire into a service and task with enableExecuteCommand false', async () => {
      assert.equal(reaches(await analyzeDump(dump(false), [ATT]), ATT, ADMIN_A), false);
    });

    it('fires into a task launched with enableExecuteCommand true', async () => {
      const report = await analyzeDump(dump(true), [ATT]);
      assert.deepEqual(chains(report, ATT, ADMIN_A), [['ecs-execute-command', 'admin-equivalent']]);
    });

    // ecs-exec.html: the task role must allow ssmmessages:CreateControlChannel, CreateDataChannel,
    // OpenControlChannel and OpenDataChannel, or the managed SSM agent cannot open the session.
    const weakDump = (taskRoleActions: string[]) =>
      accountDump({
        id: A,
        roles: [
          {
            name: 'att',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['ecs:ExecuteCommand', 'ecs:DescribeTasks']))],
          },
          { name: 'weak', trust: ECS_TASKS, inline: [policyDoc(allowStmt(taskRoleActions))] },
        ],
        files: ecsFiles({ taskRole: roleArn(A, 'weak'), runningTask: true, execEnabled: true }),
      });

    it('does not fire into a task whose role cannot open SSM message channels', async () => {
      const report = await analyzeDump(weakDump(['iam:PutRolePolicy']), [ATT]);
      assert.equal(reaches(report, ATT, ADMIN_A), false, JSON.stringify(chains(report, ATT, ADMIN_A)));
    });

    it('fires once the task role allows the four ssmmessages actions', async () => {
      const report = await analyzeDump(weakDump(['iam:PutRolePolicy', 'ssmmessages:*']), [ATT]);
      assert.deepEqual(chains(report, ATT, ADMIN_A), [['ecs-execute-command', 'iam-put-role-policy-self']]);
    });

    it('does not fire when the service enables exec but its running task was launched without it', async () => {
      const dumpOff = accountDump({
        id: A,
        roles: [
          {
            name: 'att',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['ecs:ExecuteCommand', 'ecs:DescribeTasks']))],
          },
          { name: 'ovr', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
        ],
        files: ecsFiles({
          taskRole: roleArn(A, 'ovr'),
          runningTask: true,
          execEnabled: true,
          taskExecEnabled: false,
        }),
      });
      assert.equal(reaches(await analyzeDump(dumpOff, [ATT]), ATT, ADMIN_A), false);
    });

    it('with the service flag on and no running task collected, fires on the stated assumption', async () => {
      const noTasks = accountDump({
        id: A,
        roles: [
          {
            name: 'att',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['ecs:ExecuteCommand', 'ecs:DescribeTasks']))],
          },
          { name: 'ovr', trust: ECS_TASKS, inline: [ADMIN_POLICY] },
        ],
        files: ecsFiles({ taskRole: roleArn(A, 'ovr'), execEnabled: true }),
      });
      const report = await analyzeDump(noTasks, [ATT]);
      assert.deepEqual(chains(report, ATT, ADMIN_A), [['ecs-execute-command', 'admin-equivalent']]);
      const hop = report.paths[0].hops[0] as { assumptions?: string[] };
      assert.ok(hop.assumptions?.some((a) => a.includes('started after enableExecuteCommand')));
    });
  });

  describe('Lambda function URL', () => {
    const FN = `arn:aws:lambda:${R}:${A}:function:hook`;
    const SRC = roleArn(A, 'src');
    const dump = (authType: string | undefined, publicPolicy: boolean) =>
      accountDump({
        id: A,
        roles: [
          { name: 'src', trust: ECS_TASKS },
          { name: 'fnrole', trust: trustService('lambda.amazonaws.com'), inline: [ADMIN_POLICY] },
        ],
        files: {
          [`${R}/lambda/list-functions.json`]: {
            Functions: [
              {
                FunctionName: 'hook',
                FunctionArn: FN,
                Runtime: 'nodejs20.x',
                Role: roleArn(A, 'fnrole'),
                Handler: 'i.h',
              },
            ],
          },
          [`${R}/lambda/get-function-url-config/hook${authType ? '' : '.error'}.json`]: authType
            ? { FunctionUrl: 'https://x.lambda-url.eu-west-1.on.aws/', FunctionArn: FN, AuthType: authType }
            : { error: { code: 'ResourceNotFoundException', message: 'no url' } },
          [`${R}/lambda/get-policy/hook${publicPolicy ? '' : '.error'}.json`]: publicPolicy
            ? {
                Policy: JSON.stringify(
                  policyDoc({
                    Effect: 'Allow',
                    Principal: '*',
                    Action: 'lambda:InvokeFunctionUrl',
                    Resource: FN,
                    Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
                  }),
                ),
              }
            : { error: { code: 'ResourceNotFoundException', message: 'no policy' } },
        },
      });

    it('AuthType NONE without the public resource policy is not invocable by a principal without lambda rights', async () => {
      assert.equal(reaches(await analyzeDump(dump('NONE', false), [SRC]), SRC, FN), false);
    });

    it('AuthType NONE with the public InvokeFunctionUrl statement is invocable by anyone', async () => {
      const report = await analyzeDump(dump('NONE', true), [SRC]);
      assert.deepEqual(chains(report, SRC, FN), [['lambda-invoke-existing']]);
      // lambda:FunctionUrlAuthType is the URL's AuthType (NONE): the statement's condition holds.
      assert.ok(reachesCertainly(report, SRC, FN));
    });

    it('with AuthType AWS_IAM the console\'s public "FunctionUrlAuthType NONE" statement never matches', async () => {
      const report = await analyzeDump(dump('AWS_IAM', true), [SRC]);
      assert.equal(reaches(report, SRC, FN), false, JSON.stringify(chains(report, SRC, FN)));
    });
  });
});
