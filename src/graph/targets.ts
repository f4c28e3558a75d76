// The target selectors named by technique records: for one actor, every place the technique can
// lead, with the resources its permissions are checked on.
import type { Account, EcsTaskDefinition } from '../snapshot/types.js';
import { probeBindings } from './admin-probe.js';
import { credentialNodeId, findingHolder } from './inventory.js';
import { identityPrefilter } from './identity-prefilter.js';
import { adminNodeId } from './nodes.js';
import type { Actor, Candidate, TechniqueContext } from './technique-context.js';
import type { TargetSelector } from './techniques/types.js';
import { serviceResourceBindings } from './service-resource-bindings.js';
import { serviceRoleTargets } from './service-role-targets.js';

// Every candidate has the same fields in the same order (absent ones undefined): the engine reads
// them at a few sites for every candidate, which stay monomorphic then.
const candidate = (
  to: string,
  bindings: Candidate['bindings'] = {},
  extra: Pick<Partial<Candidate>, 'edge' | 'access' | 'assumptions' | 'notes'> = {},
): Candidate => ({
  to,
  edge: extra.edge,
  access: extra.access,
  bindings,
  assumptions: extra.assumptions ?? [],
  notes: extra.notes ?? [],
});

/** Resources every selector shares, derived from the actor's account. */
export function accountBindings(ctx: TechniqueContext, actor: Actor): Candidate['bindings'] {
  const a = actor.account;
  const p = a.partition;
  const regions = a.regions.length ? [...a.regions].sort() : ['us-east-1'];
  const clusters = [...ctx.inv.clusters.values()].filter((c) => c.account.id === a.id).map((c) => c.item.arn);
  const taskDefinitions = [...ctx.inv.taskDefinitions.values()]
    .filter((t) => t.account.id === a.id)
    .map((t) => t.item.arn);
  return {
    self: [actor.id],
    any: ['*'],
    ...probeBindings(p, a.id),
    'new-role': [`arn:${p}:iam::${a.id}:role/*`],
    'new-task-definition': regions.map((r) => `arn:${p}:ecs:${r}:${a.id}:task-definition/*`),
    'new-service': regions.map((r) => `arn:${p}:ecs:${r}:${a.id}:service/*`),
    'new-function': regions.map((r) => `arn:${p}:lambda:${r}:${a.id}:function:*`),
    cluster: clusters,
    'task-definition': taskDefinitions,
    ...serviceResourceBindings(a),
  };
}

function sameAccount<T>(actor: Actor, entries: Iterable<{ item: T; account: Account }>): T[] {
  return [...entries].filter((e) => e.account.id === actor.account.id).map((e) => e.item);
}

function taskRoleOf(td: EcsTaskDefinition | undefined): string | undefined {
  return td?.taskRoleArn;
}

/** Selectors whose candidates depend only on the actor's account (not on who the actor is): the
 *  engine computes them once per account. The actor itself may appear as a candidate; an edge to
 *  oneself is never added. */
export const accountScopedSelectors: ReadonlySet<TargetSelector> = new Set<TargetSelector>([
  'account-admin',
  'new-role',
  'groups',
  'roles',
  'assumable-roles',
  'roles-cross-account',
  'roles-with-customer-policies',
  'roles-to-pass',
  'ecs-execution-role-secrets',
  'functions-to-swap',
  'users',
  'exec-enabled-tasks',
  'services',
  'repository-workloads',
  'functions',
  'function-assets',
  'function-credentials',
  'buckets',
  'secrets',
  'ssm-parameters',
  'kms-keys',
  'databases',
  'ec2-instances',
  'cfn-stacks',
  'codebuild-projects',
  'glue-dev-endpoints',
  'sagemaker-notebooks',
  'roles-trusting-service',
  'instance-profile-roles',
]);

export function selectTargets(ctx: TechniqueContext, selector: TargetSelector, actor: Actor): Candidate[] {
  const inv = ctx.inv;
  const admin = adminNodeId(actor.account.id);
  const p = actor.account.partition;
  switch (selector) {
    case 'account-admin':
      return [candidate(admin)];
    case 'self-attached-customer-policies': {
      const holder = inv.roles.get(actor.id)?.item ?? inv.users.get(actor.id)?.item;
      if (!holder) return [];
      const attached = [...holder.attachedPolicies];
      const user = inv.users.get(actor.id);
      if (user)
        for (const g of inv.userGroups(user)) attached.push(...inv.groups.get(g)!.item.attachedPolicies);
      return [...new Set(attached)]
        .filter((arn) => inv.policies.get(arn)?.awsManaged === false)
        .sort()
        .map((arn) => candidate(admin, { policy: [arn] }, { notes: [] }));
    }
    case 'own-groups': {
      const user = inv.users.get(actor.id);
      return user ? inv.userGroups(user).map((g) => candidate(admin, { target: [g] })) : [];
    }
    case 'groups':
      return sameAccount(actor, inv.groups.values()).map((g) => candidate(admin, { target: [g.arn] }));
    case 'new-role':
      return [candidate(admin)];
    case 'roles':
      return sameAccount(actor, inv.roles.values()).map((r) => candidate(r.arn, { target: [r.arn] }));
    case 'assumable-roles':
      return ctx
        .rolesTrustingAccount(actor.account.id)
        .filter((arn) => inv.roles.get(arn)?.account.id === actor.account.id)
        .map((arn) => candidate(arn, { target: [arn] }));
    case 'roles-cross-account':
      return ctx
        .rolesTrustingAccount(actor.account.id)
        .filter((arn) => inv.roles.get(arn)?.account.id !== actor.account.id)
        .map((arn) => candidate(arn, { target: [arn] }));
    case 'roles-with-customer-policies':
      return sameAccount(actor, inv.roles.values())
        .map((r) => ({
          r,
          policies: r.attachedPolicies.filter((a) => inv.policies.get(a)?.awsManaged === false).sort(),
        }))
        .filter(({ policies }) => policies.length > 0)
        .map(({ r, policies }) => candidate(r.arn, { target: [r.arn], policy: policies }));
    case 'roles-to-pass':
      return sameAccount(actor, inv.roles.values()).map((r) =>
        candidate(r.arn, { target: [r.arn], 'passed-role': [r.arn] }),
      );
    case 'ecs-execution-role-secrets':
      return executionRoleSecrets(ctx, actor);
    case 'functions-to-swap': {
      const functions = sameAccount(actor, inv.functions.values()).map((f) => f.arn);
      if (!functions.length) return [];
      return sameAccount(actor, inv.roles.values()).map((r) =>
        candidate(r.arn, { target: [r.arn], 'passed-role': [r.arn], function: functions }),
      );
    }
    case 'users':
      return sameAccount(actor, inv.users.values()).map((u) => candidate(u.arn, { target: [u.arn] }));
    case 'workload-task-role': {
      const role =
        actor.kind === 'task'
          ? inv.taskRoleOfTask(inv.tasks.get(actor.id)!.item)
          : taskRoleOf(inv.taskDefinitions.get(actor.id)?.item);
      if (!role) return [];
      const via = actor.kind === 'task' ? 'the running task (taskRoleArn override)' : 'the task definition';
      return [
        candidate(
          role,
          {},
          {
            notes: [
              {
                action: 'GET $AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
                resource: role,
                statements: [],
                note: `the container credentials endpoint serves the task role named by ${via}`,
              },
            ],
          },
        ),
      ];
    }
    case 'workload-credentials':
      return inv.snapshot.credentialFindings
        .filter((f) => findingHolder(f) === actor.id)
        .map((f) =>
          candidate(
            credentialNodeId(f),
            {},
            {
              notes: [
                {
                  action: 'read process environment',
                  resource: actor.id,
                  statements: [],
                  note: `${'container' in f.location ? `container ${f.location.container}, ` : ''}variable ${f.variable} holds a ${f.kind}`,
                },
              ],
            },
          ),
        );
    case 'workload-injected-secrets':
      return injectedSecrets(ctx, actor);
    case 'workload-host-role':
      return [];
    case 'exec-enabled-tasks': {
      const out: Candidate[] = [];
      for (const t of sameAccount(actor, inv.tasks.values())) {
        const role = inv.taskRoleOfTask(t);
        if (t.enableExecuteCommand && role) out.push(candidate(role, { target: [t.arn] }));
      }
      for (const s of sameAccount(actor, inv.services.values())) {
        const role = taskRoleOf(inv.taskDefinitions.get(s.taskDefinitionArn)?.item);
        if (!s.enableExecuteCommand || !role) continue;
        // Exec works only on tasks launched with the flag (ecs-exec.html): turning it on for a service
        // affects new tasks only. Collected running tasks decide (those with it on are covered above);
        // without any, the service's tasks are assumed to have started after the flag was set.
        if (serviceTaskItems(ctx, s.arn).length) continue;
        out.push(
          candidate(
            role,
            { target: serviceTasks(ctx, s.arn) },
            {
              assumptions: [`the running tasks of ${s.arn} were started after enableExecuteCommand was set`],
            },
          ),
        );
      }
      return out;
    }
    case 'services':
      return sameAccount(actor, inv.services.values()).flatMap((s) => {
        const role = taskRoleOf(inv.taskDefinitions.get(s.taskDefinitionArn)?.item);
        return role
          ? [
              candidate(role, {
                target: [s.arn],
                'service-tasks': serviceTasks(ctx, s.arn),
                'passed-role': [role],
              }),
            ]
          : [];
      });
    case 'repository-workloads': {
      const out: Candidate[] = [];
      for (const repo of actor.account.ecrRepositories) {
        if (!repo.uri) continue;
        const uses = (image: string | undefined) =>
          !!image &&
          (image.startsWith(`${repo.uri}:`) || image.startsWith(`${repo.uri}@`) || image === repo.uri);
        const mutable = repo.tagMutability === undefined ? ['tag mutability of the repository unknown'] : [];
        for (const { item: td } of inv.taskDefinitions.values()) {
          if (td.taskRoleArn && td.containers.some((c) => uses(c.image)))
            out.push(candidate(td.taskRoleArn, { target: [repo.arn] }, { assumptions: mutable }));
        }
        for (const { item: f } of inv.functions.values()) {
          if (uses(f.imageUri))
            out.push(candidate(f.roleArn, { target: [repo.arn] }, { assumptions: mutable }));
        }
      }
      return out;
    }
    case 'functions':
      return [...inv.functions.values()]
        .filter((f) => f.account.id === actor.account.id || f.item.resourcePolicy)
        .map(({ item: f }) =>
          candidate(f.roleArn, { target: [f.arn], 'invocable-function': invocations(f.arn) }),
        );
    case 'function-assets':
      return [...inv.functions.values()]
        .filter((f) => f.account.id === actor.account.id || f.item.resourcePolicy)
        .map(({ item: f }) =>
          candidate(f.arn, { target: [f.arn], 'invocable-function': invocations(f.arn) }),
        );
    case 'function-credentials':
      return inv.snapshot.credentialFindings
        .filter((f) => f.location.kind === 'lambda-environment')
        .map((f) => ({ f, fn: inv.functions.get(findingHolder(f)) }))
        .filter(({ fn }) => fn && (fn.account.id === actor.account.id || fn.item.resourcePolicy))
        .map(({ f }) => candidate(credentialNodeId(f), { function: [findingHolder(f)] }));
    case 'credential-targets':
      return credentialTargets(ctx, actor);
    case 'buckets':
      return [...inv.buckets.values()].map(({ item: b, account }) => {
        const key = b.encryption?.kmsKeyId
          ? inv.resolveKey(b.encryption.kmsKeyId, account, b.region ?? account.regions[0] ?? '')
          : undefined;
        // Objects under SSE-KMS decrypt only with a usable key: an AWS managed key (aws/s3, also when
        // SSE-KMS names no key) serves only its own account; a disabled key serves no one.
        const awsManaged = b.encryption?.algorithm.startsWith('aws:kms') === true && !key?.customer;
        const readable =
          !(awsManaged && account.id !== actor.account.id) && !(key?.known && !inv.keyCanDecrypt(key.arn));
        return candidate(
          b.arn,
          {
            target: [b.arn],
            objects: [`${b.arn}/*`],
            'readable-objects': readable ? [`${b.arn}/*`] : [],
            key: key?.customer ? [key.arn] : [],
          },
          {
            assumptions:
              key?.customer && !key.known ? [`the key policy of ${key.arn} was not collected`] : [],
          },
        );
      });
    case 'secrets':
      return [...inv.secrets.values()].map(({ item: s, account }) => {
        const key = inv.resolveKey(s.kmsKeyId, account, s.region);
        return candidate(
          s.arn,
          { target: [s.arn], key: key?.customer ? [key.arn] : [] },
          {
            assumptions:
              key?.customer && !key.known ? [`the key policy of ${key.arn} was not collected`] : [],
          },
        );
      });
    case 'ssm-parameters':
      return sameAccount(actor, inv.parameters.values()).map((prm) => {
        const key =
          prm.type === 'SecureString' ? inv.resolveKey(prm.keyId, actor.account, prm.region) : undefined;
        return candidate(prm.arn, {
          target: [prm.arn],
          'parameter-paths': parameterPaths(prm.arn, prm.name),
          key: key?.customer ? [key.arn] : [],
        });
      });
    case 'kms-keys':
      return [...inv.keys.values()]
        .filter(({ item: k }) => k.keyManager !== 'AWS')
        .map(({ item: k, account }) =>
          candidate(k.arn, {
            target: [k.arn],
            'decryptable-key': inv.keyCanDecrypt(k.arn) ? [k.arn] : [],
            // kms:PutKeyPolicy has no cross-account use (kms-api-permissions-reference.html).
            'own-key': account.id === actor.account.id ? [k.arn] : [],
          }),
        );
    case 'databases':
      return [...inv.databases.values()]
        .filter((d) => d.account.id === actor.account.id)
        .map(({ item: d, account }) => {
          const db = d.db;
          const users = [db.masterUsername, '*'].filter((u): u is string => !!u);
          const snapshotType = d.kind === 'instance' ? 'snapshot' : 'cluster-snapshot';
          return candidate(db.arn, {
            target: [db.arn],
            [d.kind === 'instance' ? 'db-instance' : 'db-cluster']: [db.arn],
            'db-user': users.map(
              (u) => `arn:${p}:rds-db:${db.region}:${account.id}:dbuser:${db.resourceId}/${u}`,
            ),
            'new-snapshot': [`arn:${p}:rds:${db.region}:${account.id}:${snapshotType}:*`],
          });
        });
    case 'ec2-instances':
      return actor.account.ec2Instances.flatMap((i) => {
        const profile = actor.account.iam.instanceProfiles.find((ip) => ip.arn === i.instanceProfileArn);
        return (profile?.roles ?? []).map((role) => candidate(role, { target: [i.arn] }));
      });
    case 'cfn-stacks':
      return actor.account.cloudformationStacks.flatMap((st) =>
        st.roleArn ? [candidate(st.roleArn, { target: [st.id] })] : [],
      );
    case 'codebuild-projects':
      return actor.account.codebuildProjects.flatMap((pr) =>
        pr.serviceRole ? [candidate(pr.serviceRole, { target: [pr.arn] })] : [],
      );
    case 'glue-dev-endpoints':
      return actor.account.glueDevEndpoints.flatMap((e) =>
        e.roleArn
          ? [
              candidate(e.roleArn, {
                target: [`arn:${p}:glue:${e.region}:${actor.account.id}:devEndpoint/${e.name}`],
              }),
            ]
          : [],
      );
    case 'roles-trusting-service':
    case 'instance-profile-roles':
      return serviceRoleTargets(ctx, selector, actor);
    case 'sagemaker-notebooks':
      return actor.account.sagemakerNotebooks.flatMap((n) =>
        n.roleArn ? [candidate(n.roleArn, { target: [n.arn] })] : [],
      );
  }
}

/** What lambda:InvokeFunction is authorized on: the unqualified ARN, or a version / alias ARN
 *  (`function:name:*` covers the qualified ones only). */
function invocations(functionArn: string): string[] {
  return [functionArn, `${functionArn}:*`];
}

/** The paths GetParametersByPath can name to return a parameter (/a/b/c → /a/b, /a and /), as
 *  parameter ARNs: the call is authorized on the path, not on the parameters it returns. A name
 *  outside any hierarchy (no leading slash) has none. */
function parameterPaths(parameterArn: string, name: string): string[] {
  if (!name.startsWith('/')) return [];
  const base = parameterArn.slice(0, parameterArn.indexOf(':parameter') + ':parameter'.length);
  const parts = name.split('/').slice(1, -1);
  const out = [`${base}/`];
  for (let i = 1; i <= parts.length; i++) out.push(`${base}/${parts.slice(0, i).join('/')}`);
  return out;
}

/** Tasks of a service in the snapshot; without any, every task of its cluster (the ARN pattern). */
/** The collected running tasks of a service. */
function serviceTaskItems(ctx: TechniqueContext, serviceArn: string) {
  const service = ctx.inv.services.get(serviceArn)!.item;
  return [...ctx.inv.tasks.values()]
    .filter(({ item: t }) => t.clusterArn === service.clusterArn && t.group === `service:${service.name}`)
    .map(({ item: t }) => t);
}

function serviceTasks(ctx: TechniqueContext, serviceArn: string): string[] {
  const service = ctx.inv.services.get(serviceArn)!.item;
  const tasks = serviceTaskItems(ctx, serviceArn).map((t) => t.arn);
  if (tasks.length) return tasks;
  const cluster = service.clusterArn.split('/').pop();
  const [, partition, , region, account] = service.arn.split(':');
  return [`arn:${partition}:ecs:${region}:${account}:task/${cluster}/*`];
}

function injectedSecrets(ctx: TechniqueContext, actor: Actor): Candidate[] {
  if (actor.kind !== 'task-definition') return [];
  const td = ctx.inv.taskDefinitions.get(actor.id)!.item;
  const out: Candidate[] = [];
  for (const container of td.containers) {
    for (const ref of container.secrets) {
      const target = resolveValueFrom(ctx, ref.valueFrom, actor.account, td.region);
      if (!target) continue;
      const action = target.includes(':secretsmanager:')
        ? 'secretsmanager:GetSecretValue'
        : 'ssm:GetParameters';
      const decision = td.executionRoleArn
        ? ctx.model.decide({ principal: td.executionRoleArn, action, resource: target })
        : undefined;
      out.push(
        candidate(
          target,
          {},
          {
            notes: [
              {
                action,
                resource: target,
                statements: decision?.allowedBy ?? [],
                note: `injected at task start by the execution role ${td.executionRoleArn ?? '(none)'} into container ${container.name} as ${ref.name}; the container holds the value`,
              },
            ],
          },
        ),
      );
    }
  }
  return out;
}

/** A `valueFrom`: a secret ARN (maybe with `:json-key:stage:version`), a parameter ARN, or a parameter name. */
function resolveValueFrom(
  ctx: TechniqueContext,
  valueFrom: string,
  account: Account,
  region: string,
): string | undefined {
  if (valueFrom.startsWith('arn:') && valueFrom.split(':')[2] === 'secretsmanager') {
    const base = valueFrom.split(':').slice(0, 7).join(':');
    if (ctx.inv.secrets.has(base)) return base;
    // A partial ARN (no random suffix) names the secret by name.
    for (const { item: s } of ctx.inv.secrets.values())
      if (s.arn.startsWith(`${base}-`) || s.arn === base) return s.arn;
    return undefined;
  }
  if (ctx.inv.parameters.has(valueFrom)) return valueFrom;
  const name = valueFrom.startsWith('arn:')
    ? valueFrom.replace(/^arn:[^:]+:ssm:[^:]*:\d*:parameter/, '')
    : valueFrom;
  const wanted = name.startsWith('/') ? name : `/${name}`;
  for (const { item: prm, account: owner } of ctx.inv.parameters.values()) {
    const own = prm.name.startsWith('/') ? prm.name : `/${prm.name}`;
    if (own === wanted && owner.id === account.id && prm.region === region) return prm.arn;
  }
  return undefined;
}

function credentialTargets(ctx: TechniqueContext, actor: Actor): Candidate[] {
  const inv = ctx.inv;
  const loginAssumption = (host: string) => `a network path to ${host}`;
  if (actor.kind === 'secret') {
    return [...inv.databases.values()]
      .filter(({ item: d }) => d.db.masterUserSecretArn === actor.id)
      .map(({ item: d }) =>
        candidate(
          d.db.arn,
          {},
          {
            edge: 'CAN_ADMINISTER',
            access: 'admin',
            assumptions: [loginAssumption(d.db.endpoint?.address ?? d.db.id)],
            notes: [
              {
                action: 'database login',
                resource: d.db.arn,
                statements: [],
                note: 'RDS-managed master user secret of this database',
              },
            ],
          },
        ),
      );
  }
  const findings = inv.snapshot.credentialFindings.filter((f) => credentialNodeId(f) === actor.id);
  const out: Candidate[] = [];
  for (const f of findings) {
    if (f.kind === 'aws-access-key-id' && f.accessKeyId) {
      const user = inv.accessKeyOwner.get(f.accessKeyId);
      if (!user) continue;
      const hasSecret = inv.snapshot.credentialFindings.some(
        (o) => o.kind === 'aws-secret-access-key' && findingHolder(o) === findingHolder(f),
      );
      out.push(
        candidate(
          user,
          {},
          {
            edge: 'CAN_BECOME',
            assumptions: hasSecret ? [] : ['the matching secret access key is available to the attacker'],
            notes: [
              {
                action: 'sign requests with the access key',
                resource: user,
                statements: [],
                note: `access key ${f.accessKeyId} belongs to this user`,
              },
            ],
          },
        ),
      );
    }
    if ((f.kind === 'connection-string' || f.kind === 'password') && f.target) {
      const host = f.target.toLowerCase();
      for (const { item: d } of inv.databases.values()) {
        if (d.db.endpoint?.address.toLowerCase() !== host) continue;
        out.push(
          candidate(
            d.db.arn,
            {},
            {
              edge: 'CAN_WRITE',
              access: 'write',
              assumptions: [loginAssumption(host)],
              notes: [
                {
                  action: 'database login',
                  resource: d.db.arn,
                  statements: [],
                  note: `the credential targets ${host}`,
                },
              ],
            },
          ),
        );
      }
    }
  }
  return out;
}

/** Every secret and parameter of the account, once per role that ecs-tasks may assume (the execution
 *  role the attacker would pass) and whose policies could allow reading it (the identity prefilter,
 *  sound: it drops only pairs no policy could allow); the permissions then decide. */
function executionRoleSecrets(ctx: TechniqueContext, actor: Actor): Candidate[] {
  const inv = ctx.inv;
  const roles: { arn: string; assumptions: string[] }[] = [];
  for (const r of sameAccount(actor, inv.roles.values())) {
    const d = ctx.serviceTrust(r.arn, 'ecs-tasks.amazonaws.com');
    if (d.outcome === 'Deny') continue;
    roles.push({
      arn: r.arn,
      assumptions:
        d.outcome === 'Conditional'
          ? [`the trust condition (${d.conditionKeys.join(', ')}) of ${r.arn} holds for the attacker's task`]
          : [],
    });
  }
  if (!roles.length) return [];
  const targets: {
    arn: string;
    ref: 'injected-secret' | 'injected-parameter';
    key: string[];
    note: string[];
  }[] = [];
  for (const { item: s, account } of inv.secrets.values()) {
    if (account.id !== actor.account.id) continue;
    const key = inv.resolveKey(s.kmsKeyId, account, s.region);
    targets.push({
      arn: s.arn,
      ref: 'injected-secret',
      key: key?.customer ? [key.arn] : [],
      note: key?.customer && !key.known ? [`the key policy of ${key.arn} was not collected`] : [],
    });
  }
  for (const prm of sameAccount(actor, inv.parameters.values())) {
    const key =
      prm.type === 'SecureString' ? inv.resolveKey(prm.keyId, actor.account, prm.region) : undefined;
    targets.push({ arn: prm.arn, ref: 'injected-parameter', key: key?.customer ? [key.arn] : [], note: [] });
  }
  const readAction = {
    'injected-secret': 'secretsmanager:GetSecretValue',
    'injected-parameter': 'ssm:GetParameters',
  };
  // One list per kind, shared by every role: the prefilter caches what it learns per list.
  const lists = (['injected-secret', 'injected-parameter'] as const).map(
    (ref) => [ref, targets.filter((t) => t.ref === ref).map((t) => t.arn)] as const,
  );
  const position = new Map(targets.map((t, i) => [t.arn, i]));
  const out: Candidate[] = [];
  for (const role of roles) {
    const prefilter = identityPrefilter(inv, role.arn, ctx.resourcePolicies);
    // The targets the role may read, in target order (without a pass over every target per role).
    const readable = new Set<number>();
    for (const [ref, arns] of lists) {
      if (arns.length)
        prefilter.filterResources(arns, [readAction[ref]]).forEach((arn) => readable.add(position.get(arn)!));
    }
    for (const i of [...readable].sort((a, b) => a - b)) {
      const t = targets[i];
      out.push(
        candidate(
          t.arn,
          { target: [t.arn], [t.ref]: [t.arn], key: t.key, 'passed-role': [role.arn] },
          { assumptions: [...role.assumptions, ...t.note] },
        ),
      );
    }
  }
  return out;
}
