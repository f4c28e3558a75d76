// Every node of the attack graph, and the structural edges (facts of the configuration that are not
// attacker steps): ownership, task definition → roles, service → task definition, user → group, …
import type { Account, Tags } from '../snapshot/types.js';
import type { GraphDraft } from './draft.js';
import { credentialNodeId, findingHolder, type Inventory } from './inventory.js';
import type { NodeAttributes, NodeKind } from './model.js';
import { sensitivityFromTags } from './sensitivity.js';

export interface NodeOptions {
  /** Sensitivity multiplier from a resource's tags (1 = normal; default: ./sensitivity.ts rules). */
  sensitivity?: (tags: Tags) => number;
}

export function adminNodeId(account: string): string {
  return `admin:${account}`;
}

const secondaryLabels: Partial<Record<NodeKind, string[]>> = {
  AWSUser: ['AWSPrincipal'],
  AWSGroup: ['AWSPrincipal'],
  AWSRole: ['AWSPrincipal'],
};

type Props = Record<string, NodeAttributes['props'][string] | undefined>;

export function addNodes(inv: Inventory, draft: GraphDraft, options: NodeOptions = {}): void {
  const sensitivity = options.sensitivity ?? ((tags: Tags) => sensitivityFromTags(tags));
  const add = (
    id: string,
    kind: NodeKind,
    name: string,
    account: Account,
    region?: string,
    tags?: Tags | null,
    props: Props = {},
  ) => {
    const clean: NodeAttributes['props'] = {};
    for (const [k, v] of Object.entries(props)) if (v !== undefined) clean[k] = v;
    draft.addNode({
      id,
      kind,
      labels: [kind, ...(secondaryLabels[kind] ?? [])],
      name,
      account: account.id,
      ...(region ? { region } : {}),
      sensitivity: tags ? sensitivity(tags) : 1,
      props: clean,
    });
    if (kind !== 'AWSAccount' && kind !== 'Admin') draft.addStructural('RESOURCE', account.id, id);
  };

  for (const account of inv.accounts) {
    add(account.id, 'AWSAccount', account.name ?? account.id, account, undefined, null, {
      partition: account.partition,
    });
    add(adminNodeId(account.id), 'Admin', `admin of ${account.id}`, account);
    draft.addStructural('RESOURCE', account.id, adminNodeId(account.id));
  }
  for (const { item: p } of [...inv.policies.values()].map((item) => ({ item }))) {
    const owner = p.arn.split(':')[4];
    const account = inv.accountById.get(owner) ?? inv.accounts[0];
    if (account)
      add(p.arn, 'AWSPolicy', p.name, account, undefined, null, { awsManaged: p.awsManaged, path: p.path });
  }
  for (const { item: g, account } of inv.groups.values())
    add(g.arn, 'AWSGroup', g.name, account, undefined, null, { path: g.path });
  for (const { item: r, account } of inv.roles.values()) {
    add(r.arn, 'AWSRole', r.name, account, undefined, r.tags, {
      path: r.path,
      serviceLinked: r.serviceLinked,
      permissionsBoundary: r.permissionsBoundary,
    });
    r.attachedPolicies.forEach((p) => draft.addStructural('POLICY', r.arn, p));
  }
  for (const user of inv.users.values()) {
    const { item: u, account } = user;
    add(u.arn, 'AWSUser', u.name, account, undefined, u.tags, {
      path: u.path,
      permissionsBoundary: u.permissionsBoundary,
      accessKeyCount: u.accessKeys?.length,
      hasLoginProfile: u.hasLoginProfile,
    });
    u.attachedPolicies.forEach((p) => draft.addStructural('POLICY', u.arn, p));
    inv.userGroups(user).forEach((g) => draft.addStructural('MEMBER_AWS_GROUP', u.arn, g));
  }
  for (const { item: g } of inv.groups.values())
    g.attachedPolicies.forEach((p) => draft.addStructural('POLICY', g.arn, p));

  for (const { item: k, account } of inv.keys.values()) {
    add(k.arn, 'KMSKey', k.aliases[0] ?? k.id, account, k.region, null, {
      keyManager: k.keyManager,
      aliases: k.aliases,
    });
  }
  for (const { item: sg, account } of inv.securityGroups.values()) {
    add(sg.arn, 'EC2SecurityGroup', sg.name, account, sg.region, null, { groupId: sg.id, vpcId: sg.vpcId });
  }
  const sgArn = (id: string) => inv.securityGroups.get(id)?.item.arn ?? id;

  for (const { item: b, account } of inv.buckets.values()) {
    add(b.arn, 'S3Bucket', b.name, account, b.region, b.tags, {});
    const key = b.encryption?.kmsKeyId
      ? inv.resolveKey(b.encryption.kmsKeyId, account, b.region ?? account.regions[0] ?? '')
      : undefined;
    if (key) draft.addStructural('ENCRYPTED_BY', b.arn, key.arn);
  }
  for (const { item: s, account } of inv.secrets.values()) {
    add(s.arn, 'SecretsManagerSecret', s.name, account, s.region, s.tags, { owningService: s.owningService });
    const key = inv.resolveKey(s.kmsKeyId, account, s.region);
    if (key) draft.addStructural('ENCRYPTED_BY', s.arn, key.arn);
  }
  for (const { item: p, account } of inv.parameters.values()) {
    add(p.arn, 'SSMParameter', p.name, account, p.region, null, { type: p.type });
    const key = p.type === 'SecureString' ? inv.resolveKey(p.keyId, account, p.region) : undefined;
    if (key) draft.addStructural('ENCRYPTED_BY', p.arn, key.arn);
  }
  for (const { item: d, account } of inv.databases.values()) {
    const db = d.db;
    add(db.arn, d.kind === 'instance' ? 'RDSInstance' : 'RDSCluster', db.id, account, db.region, db.tags, {
      engine: db.engine,
      iamAuth: db.iamAuth,
      endpoint: db.endpoint?.address,
    });
    db.securityGroupIds.forEach((id) => draft.addStructural('MEMBER_OF_SECURITY_GROUP', db.arn, sgArn(id)));
    const key = db.kmsKeyId ? inv.resolveKey(db.kmsKeyId, account, db.region) : undefined;
    if (key) draft.addStructural('ENCRYPTED_BY', db.arn, key.arn);
  }
  for (const { item: f, account } of inv.functions.values()) {
    add(f.arn, 'AWSLambda', f.name, account, f.region, f.tags, {
      runtime: f.runtime,
      urlAuthType: f.url?.authType,
    });
    draft.addStructural('HAS_EXECUTION_ROLE', f.arn, f.roleArn);
  }

  for (const { item: c, account } of inv.clusters.values())
    add(c.arn, 'AWSECSCluster', c.name, account, c.region, c.tags);
  for (const { item: td, account } of inv.taskDefinitions.values()) {
    add(td.arn, 'AWSECSTaskDefinition', `${td.family}:${td.revision}`, account, td.region, td.tags, {
      family: td.family,
      revision: td.revision,
      compatibilities: td.requiresCompatibilities,
    });
    if (td.taskRoleArn) draft.addStructural('HAS_TASK_ROLE', td.arn, td.taskRoleArn);
    if (td.executionRoleArn) draft.addStructural('HAS_EXECUTION_ROLE', td.arn, td.executionRoleArn);
    for (const c of td.containers) {
      const id = `${td.arn}#container/${c.name}`;
      add(id, 'AWSECSContainerDefinition', c.name, account, td.region, null, { image: c.image });
      draft.addStructural('HAS_CONTAINER_DEFINITION', td.arn, id);
    }
  }
  for (const { item: s, account } of inv.services.values()) {
    add(s.arn, 'AWSECSService', s.name, account, s.region, s.tags, {
      enableExecuteCommand: s.enableExecuteCommand,
    });
    draft.addStructural('HAS_TASK_DEFINITION', s.arn, s.taskDefinitionArn);
    draft.addStructural('IN_CLUSTER', s.arn, s.clusterArn);
    s.network?.securityGroups.forEach((id) =>
      draft.addStructural('MEMBER_OF_SECURITY_GROUP', s.arn, sgArn(id)),
    );
  }
  for (const { item: t, account } of inv.tasks.values()) {
    add(t.arn, 'AWSECSTask', t.arn.split('/').pop() ?? t.arn, account, t.region, t.tags, {
      enableExecuteCommand: t.enableExecuteCommand,
      taskRoleOverride: t.overrides?.taskRoleArn,
    });
    draft.addStructural('HAS_TASK_DEFINITION', t.arn, t.taskDefinitionArn);
    draft.addStructural('IN_CLUSTER', t.arn, t.clusterArn);
    if (t.overrides?.taskRoleArn) draft.addStructural('HAS_TASK_ROLE', t.arn, t.overrides.taskRoleArn);
  }

  for (const account of inv.accounts) {
    for (const i of account.ec2Instances) {
      add(i.arn, 'EC2Instance', i.id, account, i.region, i.tags, {
        ssmManaged: i.ssmManaged,
        state: i.state,
      });
      i.securityGroupIds.forEach((id) => draft.addStructural('MEMBER_OF_SECURITY_GROUP', i.arn, sgArn(id)));
      const profile = account.iam.instanceProfiles.find((p) => p.arn === i.instanceProfileArn);
      profile?.roles.forEach((r) => draft.addStructural('HAS_EXECUTION_ROLE', i.arn, r));
    }
    for (const r of account.ecrRepositories)
      add(r.arn, 'ECRRepository', r.name, account, r.region, null, { tagMutability: r.tagMutability });
    for (const s of account.cloudformationStacks) {
      add(s.id, 'CloudFormationStack', s.name, account, s.region, null, {});
      if (s.roleArn) draft.addStructural('HAS_EXECUTION_ROLE', s.id, s.roleArn);
    }
    for (const p of account.codebuildProjects) {
      add(p.arn, 'CodeBuildProject', p.name, account, p.region, null, {});
      if (p.serviceRole) draft.addStructural('HAS_EXECUTION_ROLE', p.arn, p.serviceRole);
    }
    for (const e of account.glueDevEndpoints) {
      const id = `arn:${account.partition}:glue:${e.region}:${account.id}:devEndpoint/${e.name}`;
      add(id, 'GlueDevEndpoint', e.name, account, e.region, null, {});
      if (e.roleArn) draft.addStructural('HAS_EXECUTION_ROLE', id, e.roleArn);
    }
    for (const n of account.sagemakerNotebooks) {
      add(n.arn, 'SageMakerNotebook', n.name, account, n.region, null, { rootAccess: n.rootAccess });
      if (n.roleArn) draft.addStructural('HAS_EXECUTION_ROLE', n.arn, n.roleArn);
    }
  }

  for (const f of inv.snapshot.credentialFindings) {
    const account = inv.accountById.get(f.account) ?? inv.accounts[0];
    if (!account) continue;
    add(credentialNodeId(f), 'Credential', `${f.variable} (${f.kind})`, account, f.region, null, {
      credentialKind: f.kind,
      fingerprint: f.fingerprint,
      variable: f.variable,
      holder: findingHolder(f),
      accessKeyId: f.accessKeyId,
      target: f.target,
    });
  }
}
