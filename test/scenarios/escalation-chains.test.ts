// Scenario suite: multi-step privilege escalation and lateral movement between principals.
// Refs: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html (PassRole is checked
// for the caller of CreateFunction, whatever role it came from),
// https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html (the function runs with
// its execution role),
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html (a user added to a group
// gets the group's policies), .../API_CreateAccessKey.html (at most two keys per user),
// .../API_CreateLoginProfile.html / API_UpdateLoginProfile.html (console password of a user),
// .../API_SetDefaultPolicyVersion.html (the chosen version becomes the one in force),
// .../API_CreatePolicyVersion.html (at most five versions: delete one before creating another),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#ck_PolicyARN
// (iam:PolicyArn limits which managed policy AttachRolePolicy / AttachUserPolicy may attach;
// iam:PermissionsBoundary is the boundary a CreateRole request sets),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html (delegating role
// creation under a mandatory boundary: the new role's permissions never exceed it),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (an access key acts
// as its user), https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html (the exec agent
// uses the task role for the ssmmessages channels), .../APIReference/API_AccessKeyMetadata.html (Status Inactive: not valid for API calls).
import { strict as assert } from 'node:assert';
import { removeDumps } from '../support/dump.js';
import type { DumpSpec } from '../support/dump.js';
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
  trustAws,
  trustService,
} from '../support/scenario-dump.js';
import type { AccountDef, Doc } from '../support/scenario-dump.js';

const A = '111111111111';
const R = 'eu-west-1';
const ADMIN_A = `admin:${A}`;
const SRC = roleArn(A, 'src');
const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`;
const groupArn = (name: string) => `arn:aws:iam::${A}:group/${name}`;
const ADMIN_MANAGED = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const CLUSTER = `arn:aws:ecs:${R}:${A}:cluster/c`;
const TD = `arn:aws:ecs:${R}:${A}:task-definition/web:1`;

type Gaad = {
  UserDetailList: { UserName: string; GroupList: string[] }[];
  GroupDetailList: object[];
};

/** Adds IAM groups (with members) to an account dump's authorization details. */
function withGroups(
  spec: DumpSpec,
  groups: { name: string; inline?: Doc[]; managed?: string[]; members: string[] }[],
): DumpSpec {
  const gaad = spec[`${A}/iam/get-account-authorization-details.json`] as Gaad;
  for (const g of groups) {
    gaad.GroupDetailList.push({
      Path: '/',
      GroupName: g.name,
      GroupId: `AGPA${g.name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
      Arn: groupArn(g.name),
      GroupPolicyList: (g.inline ?? []).map((d, i) => ({ PolicyName: `inline-${i}`, PolicyDocument: d })),
      AttachedManagedPolicies: (g.managed ?? []).map((a) => ({
        PolicyName: a.split('/').pop(),
        PolicyArn: a,
      })),
    });
    for (const m of g.members) gaad.UserDetailList.find((u) => u.UserName === m)!.GroupList.push(g.name);
  }
  return spec;
}

/** IAM files of the users: their access keys (ids only) and whether they have a console password. */
function userFiles(
  users: { name: string; keys: string[]; console: boolean; inactive?: boolean }[],
): DumpSpec {
  const out: DumpSpec = {};
  for (const u of users) {
    out[`iam/list-access-keys/${u.name}.json`] = {
      AccessKeyMetadata: u.keys.map((k) => ({
        UserName: u.name,
        AccessKeyId: k,
        Status: u.inactive ? 'Inactive' : 'Active',
        CreateDate: '2025-01-01T00:00:00Z',
      })),
    };
    if (u.console)
      out[`iam/get-login-profile/${u.name}.json`] = {
        LoginProfile: { UserName: u.name, CreateDate: '2025-01-01T00:00:00Z', PasswordResetRequired: false },
      };
    else
      out[`iam/get-login-profile/${u.name}.error.json`] = {
        error: { code: 'NoSuchEntity', message: `Login Profile for User ${u.name} cannot be found.` },
      };
  }
  return out;
}

/** A Fargate task definition (used by a service) whose environment holds a leaked access key id. */
function leakedKeyTask(): DumpSpec {
  return {
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
        containerDefinitions: [
          {
            name: 'app',
            image: 'nginx',
            essential: true,
            environment: [
              { name: 'AWS_ACCESS_KEY_ID', value: KEY_ID },
              { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
            ],
          },
        ],
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
          launchType: 'FARGATE',
          taskDefinition: TD,
          enableExecuteCommand: false,
        },
      ],
      failures: [],
    },
  };
}

const account = (def: Omit<AccountDef, 'id'>) => accountDump({ id: A, ...def });

describe('scenarios: escalation chains between principals', function () {
  this.timeout(60000);
  after(removeDumps);

  describe('role chaining into a service role', () => {
    const lambdaAdmin = {
      name: 'fn-admin',
      trust: trustService('lambda.amazonaws.com'),
      inline: [ADMIN_POLICY],
    };
    const midPolicy = (passTo: string) =>
      policyDoc(
        allowStmt('iam:PassRole', roleArn(A, passTo), {
          StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' },
        }),
        allowStmt(['lambda:CreateFunction', 'lambda:InvokeFunction']),
      );

    it('task role → assume mid → PassRole + CreateFunction + InvokeFunction → the admin function role', async () => {
      const dump = account({
        roles: [
          { name: 'src', trust: ECS_TASKS },
          { name: 'mid', trust: trustAws(SRC), inline: [midPolicy('fn-admin')] },
          lambdaAdmin,
        ],
      });
      const report = await analyzeDump(dump, [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [
        ['sts-assume-role', 'lambda-create-function-passrole', 'admin-equivalent'],
      ]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });

    it('the chained role may pass only another role: no way to the admin function role', async () => {
      const dump = account({
        roles: [
          { name: 'src', trust: ECS_TASKS },
          { name: 'mid', trust: trustAws(SRC), inline: [midPolicy('fn-small')] },
          lambdaAdmin,
          {
            name: 'fn-small',
            trust: trustService('lambda.amazonaws.com'),
            inline: [policyDoc(allowStmt('s3:GetObject', 'arn:aws:s3:::logs/*'))],
          },
        ],
        files: {
          's3api/list-buckets.json': {
            Buckets: [{ Name: 'logs', CreationDate: '2025-01-01T00:00:00Z', BucketRegion: R }],
          },
          's3api/get-bucket-policy/logs.error.json': {
            error: { code: 'NoSuchBucketPolicy', message: 'none' },
          },
        },
      });
      const report = await analyzeDump(dump, [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_A), false);
      // …while the role it may pass is reached (its bucket read is reported through it).
      assert.deepEqual(chains(report, SRC, 'arn:aws:s3:::logs'), [
        ['sts-assume-role', 'lambda-create-function-passrole', 's3-identity-read'],
      ]);
    });

    it('the task role itself holding PassRole does not lend it to the chained session', async () => {
      // src may pass fn-admin but not create functions; mid may create functions but pass nothing.
      const dump = account({
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('iam:PassRole', roleArn(A, 'fn-admin')))],
          },
          {
            name: 'mid',
            trust: trustAws(SRC),
            inline: [policyDoc(allowStmt(['lambda:CreateFunction', 'lambda:InvokeFunction']))],
          },
          lambdaAdmin,
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });
  });

  describe('a leaked access key of an IAM user', () => {
    const leaked = (userInline: Doc[], groups: Parameters<typeof withGroups>[1], extraUsers: string[] = []) =>
      withGroups(
        account({
          users: [{ name: 'ci', inline: userInline }, ...extraUsers.map((name) => ({ name }))],
          files: {
            ...leakedKeyTask(),
            ...userFiles([
              { name: 'ci', keys: [KEY_ID], console: false },
              ...extraUsers.map((name) => ({ name, keys: [], console: false })),
            ]),
          },
        }),
        groups,
      );

    it('the user adds itself to an admin group: task definition → key → user → group → admin', async () => {
      const dump = leaked(
        [policyDoc(allowStmt('iam:AddUserToGroup', groupArn('admins')))],
        [{ name: 'admins', managed: [ADMIN_MANAGED], members: [] }],
      );
      const report = await analyzeDump(dump, [TD]);
      assert.deepEqual(chains(report, TD, ADMIN_A), [
        ['ecs-taskdef-plaintext-env', 'credential-use', 'iam-add-user-to-group'],
      ]);
      assert.ok(reachesCertainly(report, TD, ADMIN_A));
    });

    it('an inactive leaked key is no way in (AWS refuses requests signed with it)', async () => {
      const dump = withGroups(
        account({
          users: [{ name: 'ci', inline: [policyDoc(allowStmt('iam:AddUserToGroup', groupArn('admins')))] }],
          files: {
            ...leakedKeyTask(),
            ...userFiles([{ name: 'ci', keys: [KEY_ID], console: false, inactive: true }]),
          },
        }),
        [{ name: 'admins', managed: [ADMIN_MANAGED], members: [] }],
      );
      assert.equal(reaches(await analyzeDump(dump, [TD]), TD, ADMIN_A), false);
    });

    it('a user under an s3-only boundary gains no admin by joining the admin group', async () => {
      const dump = withGroups(
        account({
          users: [
            {
              name: 'ci',
              inline: [policyDoc(allowStmt('iam:AddUserToGroup', groupArn('admins')))],
              boundary: `arn:aws:iam::${A}:policy/s3-only`,
            },
          ],
          policies: [{ name: 's3-only', document: policyDoc(allowStmt(['s3:*', 'iam:AddUserToGroup'])) }],
          files: { ...leakedKeyTask(), ...userFiles([{ name: 'ci', keys: [KEY_ID], console: false }]) },
        }),
        [{ name: 'admins', managed: [ADMIN_MANAGED], members: [] }],
      );
      assert.equal(reaches(await analyzeDump(dump, [TD]), TD, ADMIN_A), false);
    });

    it('AddUserToGroup scoped to another group does not open the admin group', async () => {
      const dump = leaked(
        [policyDoc(allowStmt('iam:AddUserToGroup', groupArn('readers')))],
        [
          { name: 'admins', managed: [ADMIN_MANAGED], members: [] },
          { name: 'readers', managed: [READ_ONLY], members: [] },
        ],
      );
      assert.equal(reaches(await analyzeDump(dump, [TD]), TD, ADMIN_A), false);
    });

    it('joining a group that may rewrite its members’ policies (iam:PutUserPolicy on users) is admin', async () => {
      // Not `*` or `iam:*`, but once a member the user puts an admin inline policy on itself.
      const dump = leaked(
        [policyDoc(allowStmt('iam:AddUserToGroup', groupArn('user-admins')))],
        [
          {
            name: 'user-admins',
            inline: [policyDoc(allowStmt('iam:PutUserPolicy', `arn:aws:iam::${A}:user/*`))],
            members: [],
          },
        ],
      );
      const report = await analyzeDump(dump, [TD]);
      assert.ok(reachesCertainly(report, TD, ADMIN_A), JSON.stringify(chains(report, TD, ADMIN_A)));
    });

    it('a group scoping iam:PutUserPolicy to user/${aws:username}: its member’s own name fills it in', async () => {
      const dump = leaked(
        [policyDoc(allowStmt('iam:AddUserToGroup', groupArn('self-service')))],
        [
          {
            name: 'self-service',
            inline: [policyDoc(allowStmt('iam:PutUserPolicy', `arn:aws:iam::${A}:user/\${aws:username}`))],
            members: [],
          },
        ],
      );
      const report = await analyzeDump(dump, [TD]);
      const path = report.paths.find((p) => p.source === TD && p.target === ADMIN_A);
      assert.ok(path, 'no path to admin');
      const join = path.hops.find((h) => h.technique === 'iam-add-user-to-group');
      assert.ok(join && !join.conditional);
      assert.deepEqual(
        (join as unknown as { assumptions: string[] }).assumptions.filter((a) => a.includes('conditions')),
        [],
      );
    });

    it('the group the user is already in lets it put an admin policy on itself (iam-put-user-policy-self)', async () => {
      const dump = leaked(
        [],
        [
          {
            name: 'devs',
            inline: [policyDoc(allowStmt('iam:PutUserPolicy', userArn('ci')))],
            members: ['ci'],
          },
        ],
      );
      assert.deepEqual(chains(await analyzeDump(dump, [TD]), TD, ADMIN_A), [
        ['ecs-taskdef-plaintext-env', 'credential-use', 'iam-put-user-policy-self'],
      ]);
    });

    it('a role cannot add itself to a group (AddUserToGroup takes a user)', async () => {
      const dump = withGroups(
        account({
          roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('iam:AddUserToGroup'))] }],
          users: [{ name: 'ci' }],
          files: userFiles([{ name: 'ci', keys: [], console: false }]),
        }),
        [{ name: 'admins', managed: [ADMIN_MANAGED], members: [] }],
      );
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });
  });

  describe('other users’ credentials', () => {
    const withAdminUser = (srcPolicy: object, keys: string[], console: boolean) =>
      account({
        roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(srcPolicy)] }],
        users: [{ name: 'ops', managed: [ADMIN_MANAGED] }],
        files: userFiles([{ name: 'ops', keys, console }]),
      });

    it('iam:CreateAccessKey on an admin user with one key: admin', async () => {
      const report = await analyzeDump(
        withAdminUser(allowStmt('iam:CreateAccessKey', userArn('ops')), ['AKIAOPSKEY1EXAMPLE23'], false),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-create-access-key', 'admin-equivalent']]);
    });

    it('iam:CreateAccessKey on a user who already has two keys: nothing without DeleteAccessKey', async () => {
      const keys = ['AKIAOPSKEY1EXAMPLE23', 'AKIAOPSKEY2EXAMPLE23'];
      const report = await analyzeDump(
        withAdminUser(allowStmt('iam:CreateAccessKey', userArn('ops')), keys, false),
        [SRC],
      );
      assert.equal(reaches(report, SRC, ADMIN_A), false);
      const rotate = await analyzeDump(
        withAdminUser(allowStmt(['iam:CreateAccessKey', 'iam:DeleteAccessKey'], userArn('ops')), keys, false),
        [SRC],
      );
      assert.deepEqual(chains(rotate, SRC, ADMIN_A), [['iam-rotate-access-key', 'admin-equivalent']]);
    });

    it('CreateLoginProfile works only on a user without a console password, UpdateLoginProfile only with one', async () => {
      const create = allowStmt('iam:CreateLoginProfile', userArn('ops'));
      const update = allowStmt('iam:UpdateLoginProfile', userArn('ops'));
      const r1 = await analyzeDump(withAdminUser(create, [], false), [SRC]);
      assert.deepEqual(chains(r1, SRC, ADMIN_A), [['iam-create-login-profile', 'admin-equivalent']]);
      // console sign-in would ask for an MFA device the dump does not list: stated, not decided
      const hop = r1.paths.find((p) => p.target === ADMIN_A)!.hops[0] as unknown as { assumptions: string[] };
      assert.ok(hop.assumptions.some((x) => x.includes('MFA device')));
      const r2 = await analyzeDump(withAdminUser(create, [], true), [SRC]);
      assert.equal(reaches(r2, SRC, ADMIN_A), false);
      const r3 = await analyzeDump(withAdminUser(update, [], true), [SRC]);
      assert.deepEqual(chains(r3, SRC, ADMIN_A), [['iam-update-login-profile', 'admin-equivalent']]);
      const r4 = await analyzeDump(withAdminUser(update, [], false), [SRC]);
      assert.equal(reaches(r4, SRC, ADMIN_A), false);
    });
  });

  describe('rewriting a role, then borrowing it through a service', () => {
    const cluster = {
      [`${R}/ecs/list-clusters.json`]: { clusterArns: [CLUSTER] },
      [`${R}/ecs/describe-clusters.json`]: {
        clusters: [
          { clusterArn: CLUSTER, clusterName: 'c', status: 'ACTIVE', registeredContainerInstancesCount: 0 },
        ],
        failures: [],
      },
    };
    const worker = (srcPolicy: Doc, trust = ECS_TASKS, boundary?: string) =>
      account({
        roles: [
          { name: 'src', trust: ECS_TASKS, inline: [srcPolicy] },
          { name: 'worker', trust, ...(boundary ? { boundary } : {}) },
        ],
        policies: [{ name: 's3-only', document: policyDoc(allowStmt('s3:*')) }],
        files: cluster,
      });
    const WORKER = roleArn(A, 'worker');
    const runAs = ['ecs:RegisterTaskDefinition', 'ecs:RunTask'];

    it('PutRolePolicy + PassRole on a powerless ecs-tasks role, then RunTask: admin', async () => {
      const report = await analyzeDump(
        worker(policyDoc(allowStmt(['iam:PutRolePolicy', 'iam:PassRole'], WORKER), allowStmt(runAs))),
        [SRC],
      );
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-rewrite-role-then-run-task']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });

    it('without PassRole on that role: nothing', async () => {
      const report = await analyzeDump(
        worker(policyDoc(allowStmt('iam:PutRolePolicy', WORKER), allowStmt(runAs))),
        [SRC],
      );
      assert.equal(reaches(report, SRC, ADMIN_A), false);
    });

    it('a role under an s3-only boundary stays bounded: no admin', async () => {
      const dump = worker(
        policyDoc(allowStmt(['iam:PutRolePolicy', 'iam:PassRole'], WORKER), allowStmt(runAs)),
        ECS_TASKS,
        `arn:aws:iam::${A}:policy/s3-only`,
      );
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('AttachRolePolicy of AdministratorAccess + PassRole to Lambda + CreateFunction + Invoke: admin', async () => {
      const lambdaTrust = trustService('lambda.amazonaws.com');
      const attach = (policyArn: string) =>
        worker(
          policyDoc(
            allowStmt('iam:AttachRolePolicy', WORKER, { ArnEquals: { 'iam:PolicyArn': policyArn } }),
            allowStmt('iam:PassRole', WORKER),
            allowStmt(['lambda:CreateFunction', 'lambda:InvokeFunction']),
          ),
          lambdaTrust,
        );
      assert.deepEqual(chains(await analyzeDump(attach(ADMIN_MANAGED), [SRC]), SRC, ADMIN_A), [
        ['iam-rewrite-role-then-create-function'],
      ]);
      assert.equal(reaches(await analyzeDump(attach(READ_ONLY), [SRC]), SRC, ADMIN_A), false);
    });
  });

  describe('taking over an ECS service by turning on ECS Exec', () => {
    // src may update the service and exec into its tasks; the service's role may put a policy on itself.
    const service = (taskRolePolicies: Doc[]) => {
      const files = leakedKeyTask();
      const td = files[`${R}/ecs/describe-task-definition/web%3A1.json`] as {
        taskDefinition: { taskRoleArn?: string; containerDefinitions: { environment: object[] }[] };
      };
      td.taskDefinition.taskRoleArn = roleArn(A, 'svc');
      td.taskDefinition.containerDefinitions[0].environment = [];
      return account({
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['ecs:UpdateService', 'ecs:ExecuteCommand', 'ecs:DescribeTasks']))],
          },
          { name: 'svc', trust: ECS_TASKS, inline: taskRolePolicies },
        ],
        files,
      });
    };
    const selfGrant = policyDoc(allowStmt('iam:PutRolePolicy', roleArn(A, 'svc')));
    const ssmMessages = policyDoc(
      allowStmt([
        'ssmmessages:CreateControlChannel',
        'ssmmessages:CreateDataChannel',
        'ssmmessages:OpenControlChannel',
        'ssmmessages:OpenDataChannel',
      ]),
    );

    it('the service role may open the SSM channels: update service, exec, then its self-grant', async () => {
      const report = await analyzeDump(service([selfGrant, ssmMessages]), [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['ecs-update-service', 'iam-put-role-policy-self']]);
    });

    it('it may not (no ssmmessages permissions): the exec agent cannot connect, no path', async () => {
      const report = await analyzeDump(service([selfGrant]), [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_A), false, JSON.stringify(chains(report, SRC, ADMIN_A)));
    });
  });

  describe('rewriting policies', () => {
    it('iam:PutRolePolicy on self is admin in one step', async () => {
      const dump = account({
        roles: [{ name: 'src', trust: ECS_TASKS, inline: [policyDoc(allowStmt('iam:PutRolePolicy', SRC))] }],
      });
      assert.deepEqual(chains(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), [['iam-put-role-policy-self']]);
    });

    it('iam:PutRolePolicy on another role only is not self-escalation', async () => {
      const dump = account({
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt('iam:PutRolePolicy', roleArn(A, 'other')))],
          },
          { name: 'other', trust: ECS_TASKS },
        ],
      });
      assert.equal(reaches(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), false);
    });

    it('AttachRolePolicy on a role the task role may assume, then assume it (2 steps in one edge)', async () => {
      const dump = account({
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [policyDoc(allowStmt(['iam:AttachRolePolicy', 'sts:AssumeRole'], roleArn(A, 'ops')))],
          },
          { name: 'ops', trust: trustAws(`arn:aws:iam::${A}:root`) },
        ],
      });
      assert.deepEqual(chains(await analyzeDump(dump, [SRC]), SRC, ADMIN_A), [
        ['iam-attach-role-policy-then-assume'],
      ]);
    });

    it('AttachRolePolicy limited by iam:PolicyArn to a read-only policy is no admin', async () => {
      // The attacker picks the policy ARN of the request; this condition rules AdministratorAccess out.
      const dump = account({
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt('iam:AttachRolePolicy', SRC, { ArnEquals: { 'iam:PolicyArn': READ_ONLY } }),
              ),
            ],
          },
        ],
      });
      const report = await analyzeDump(dump, [SRC]);
      assert.equal(reaches(report, SRC, ADMIN_A), false, JSON.stringify(chains(report, SRC, ADMIN_A)));
    });

    it('AttachRolePolicy limited by iam:PolicyArn to AdministratorAccess is admin, with certainty', async () => {
      const dump = account({
        roles: [
          {
            name: 'src',
            trust: ECS_TASKS,
            inline: [
              policyDoc(
                allowStmt('iam:AttachRolePolicy', SRC, { ArnEquals: { 'iam:PolicyArn': ADMIN_MANAGED } }),
              ),
            ],
          },
        ],
      });
      const report = await analyzeDump(dump, [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-attach-role-policy-self']]);
      assert.ok(reachesCertainly(report, SRC, ADMIN_A));
    });

    describe('creating a role (iam:CreateRole + PutRolePolicy / AttachRolePolicy, then assume it)', () => {
      // The delegated-administration pattern: roles may be created only with a given boundary.
      const creator = (boundaryDoc: Doc | undefined) =>
        account({
          roles: [
            {
              name: 'src',
              trust: ECS_TASKS,
              inline: [
                policyDoc(
                  allowStmt(
                    ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:AttachRolePolicy'],
                    `arn:aws:iam::${A}:role/app-*`,
                    boundaryDoc
                      ? { StringEquals: { 'iam:PermissionsBoundary': `arn:aws:iam::${A}:policy/guard` } }
                      : undefined,
                  ),
                ),
              ],
            },
          ],
          policies: boundaryDoc ? [{ name: 'guard', document: boundaryDoc }] : [],
        });

      it('without a condition: a new admin role, certain', async () => {
        const report = await analyzeDump(creator(undefined), [SRC]);
        assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-create-role-and-attach']]);
        assert.ok(reachesCertainly(report, SRC, ADMIN_A));
      });

      it('only with an s3-only boundary: the new role is bounded, no admin', async () => {
        const report = await analyzeDump(creator(policyDoc(allowStmt('s3:*'))), [SRC]);
        assert.equal(reaches(report, SRC, ADMIN_A), false, JSON.stringify(chains(report, SRC, ADMIN_A)));
      });

      it('only with a boundary that allows everything: admin (the boundary limits nothing)', async () => {
        const report = await analyzeDump(creator(ADMIN_POLICY), [SRC]);
        assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-create-role-and-attach']]);
      });
    });

    it('SetDefaultPolicyVersion back to an admin version of a policy attached to self', async () => {
      const spec = account({
        roles: [{ name: 'src', trust: ECS_TASKS, managed: [`arn:aws:iam::${A}:policy/app`] }],
        policies: [
          {
            name: 'app',
            document: policyDoc(allowStmt('iam:SetDefaultPolicyVersion', `arn:aws:iam::${A}:policy/app`)),
          },
        ],
      });
      const gaad = spec[`${A}/iam/get-account-authorization-details.json`] as {
        Policies: { PolicyVersionList: object[] }[];
      };
      gaad.Policies[0].PolicyVersionList.push({
        Document: ADMIN_POLICY,
        VersionId: 'v0',
        IsDefaultVersion: false,
      });
      const report = await analyzeDump(spec, [SRC]);
      assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-set-default-policy-version']]);
      // Without the older admin version the same permission gains nothing.
      gaad.Policies[0].PolicyVersionList.pop();
      assert.equal(reaches(await analyzeDump(spec, [SRC]), SRC, ADMIN_A), false);
    });

    describe('CreatePolicyVersion on a policy that already has five versions', () => {
      const full = (actions: string[]) => {
        const spec = account({
          roles: [{ name: 'src', trust: ECS_TASKS, managed: [`arn:aws:iam::${A}:policy/app`] }],
          policies: [
            { name: 'app', document: policyDoc(allowStmt(actions, `arn:aws:iam::${A}:policy/app`)) },
          ],
        });
        const gaad = spec[`${A}/iam/get-account-authorization-details.json`] as {
          Policies: { PolicyVersionList: object[] }[];
        };
        for (const v of ['v2', 'v3', 'v4', 'v5'])
          gaad.Policies[0].PolicyVersionList.push({
            Document: policyDoc(allowStmt('s3:GetObject')),
            VersionId: v,
            IsDefaultVersion: false,
          });
        return spec;
      };

      it('cannot create a sixth one: no path', async () => {
        const report = await analyzeDump(full(['iam:CreatePolicyVersion']), [SRC]);
        assert.equal(reaches(report, SRC, ADMIN_A), false, JSON.stringify(chains(report, SRC, ADMIN_A)));
      });

      it('may delete an old version first: admin', async () => {
        const report = await analyzeDump(full(['iam:CreatePolicyVersion', 'iam:DeletePolicyVersion']), [SRC]);
        assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-create-policy-version']]);
      });
    });

    describe('SetDefaultPolicyVersion on a policy of another role', () => {
      const ops = (trust: ReturnType<typeof trustAws>, setOn: string, adminVersionOn = 'app') => {
        const spec = account({
          roles: [
            {
              name: 'src',
              trust: ECS_TASKS,
              inline: [
                policyDoc(allowStmt('iam:SetDefaultPolicyVersion', `arn:aws:iam::${A}:policy/${setOn}`)),
                policyDoc(allowStmt('sts:AssumeRole', roleArn(A, 'ops'))),
              ],
            },
            {
              name: 'ops',
              trust,
              managed: [`arn:aws:iam::${A}:policy/app`, `arn:aws:iam::${A}:policy/logs`],
            },
          ],
          policies: [
            { name: 'app', document: policyDoc(allowStmt('s3:GetObject')) },
            { name: 'logs', document: policyDoc(allowStmt('logs:*')) },
          ],
        });
        const gaad = spec[`${A}/iam/get-account-authorization-details.json`] as {
          Policies: { PolicyName: string; PolicyVersionList: object[] }[];
        };
        gaad.Policies.find((p) => p.PolicyName === adminVersionOn)!.PolicyVersionList.push({
          Document: ADMIN_POLICY,
          VersionId: 'v0',
          IsDefaultVersion: false,
        });
        return spec;
      };

      it('a role the caller may assume: restore its admin version, then assume it', async () => {
        const report = await analyzeDump(ops(trustAws(SRC), 'app'), [SRC]);
        assert.deepEqual(chains(report, SRC, ADMIN_A), [['iam-set-default-policy-version-then-assume']]);
        assert.ok(reachesCertainly(report, SRC, ADMIN_A));
      });

      it('a role that does not trust the caller: nothing', async () => {
        const report = await analyzeDump(ops(trustAws(roleArn(A, 'ci')), 'app'), [SRC]);
        assert.equal(reaches(report, SRC, ADMIN_A), false);
      });

      it('SetDefaultPolicyVersion only on the role’s other policy (no admin version): nothing', async () => {
        const report = await analyzeDump(ops(trustAws(SRC), 'logs'), [SRC]);
        assert.equal(reaches(report, SRC, ADMIN_A), false);
      });
    });
  });
});
