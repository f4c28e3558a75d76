// An index of the snapshot the graph builder and the technique engine look things up in: by ARN,
// by account, by the names AWS uses to cross-reference (group names, key aliases, SG ids).
import type {
  Account,
  CredentialFinding,
  EcsCluster,
  EcsService,
  EcsTask,
  EcsTaskDefinition,
  Group,
  KmsKey,
  LambdaFunction,
  ManagedPolicy,
  PolicyDocumentJson,
  RdsCluster,
  RdsInstance,
  Role,
  S3Bucket,
  Secret,
  SecurityGroup,
  Snapshot,
  SsmParameter,
  User,
} from '../snapshot/types.js';

export interface Owned<T> {
  item: T;
  account: Account;
}

export type Database = { kind: 'instance'; db: RdsInstance } | { kind: 'cluster'; db: RdsCluster };

/** Where a KMS key reference points: a customer key in the snapshot, an AWS-managed key, or unknown. */
export interface KeyRef {
  arn: string;
  customer: boolean;
  known: boolean;
}

const UNUSABLE_KEY_STATES = new Set([
  'Disabled',
  'PendingDeletion',
  'PendingImport',
  'PendingReplicaDeletion',
  'Unavailable',
]);

const byArn = <T extends { arn: string }>(a: T, b: T) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);

export class Inventory {
  readonly accounts: Account[];
  readonly accountById = new Map<string, Account>();
  readonly roles = new Map<string, Owned<Role>>();
  readonly users = new Map<string, Owned<User>>();
  readonly groups = new Map<string, Owned<Group>>();
  readonly policies = new Map<string, ManagedPolicy>();
  readonly taskDefinitions = new Map<string, Owned<EcsTaskDefinition>>();
  readonly clusters = new Map<string, Owned<EcsCluster>>();
  readonly services = new Map<string, Owned<EcsService>>();
  readonly tasks = new Map<string, Owned<EcsTask>>();
  readonly functions = new Map<string, Owned<LambdaFunction>>();
  readonly buckets = new Map<string, Owned<S3Bucket>>();
  readonly secrets = new Map<string, Owned<Secret>>();
  readonly parameters = new Map<string, Owned<SsmParameter>>();
  readonly keys = new Map<string, Owned<KmsKey>>();
  readonly databases = new Map<string, Owned<Database>>();
  readonly securityGroups = new Map<string, Owned<SecurityGroup>>();
  /** Access key id → user ARN. */
  readonly accessKeyOwner = new Map<string, string>();
  /** `<account>/<group-name>` → group ARN (users list their groups by name). */
  private readonly groupByName = new Map<string, string>();
  private readonly keyAlias = new Map<string, string>();

  constructor(readonly snapshot: Snapshot) {
    this.accounts = [...snapshot.accounts].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const account of this.accounts) {
      this.accountById.set(account.id, account);
      const own = <T>(item: T): Owned<T> => ({ item, account });
      for (const r of [...account.iam.roles].sort(byArn)) this.roles.set(r.arn, own(r));
      for (const u of [...account.iam.users].sort(byArn)) {
        this.users.set(u.arn, own(u));
        // An inactive key authenticates nothing: a leaked copy of it does not act as the user.
        for (const key of u.accessKeys ?? [])
          if (key.status !== 'Inactive') this.accessKeyOwner.set(key.id, u.arn);
      }
      for (const g of [...account.iam.groups].sort(byArn)) {
        this.groups.set(g.arn, own(g));
        this.groupByName.set(`${account.id}/${g.name}`, g.arn);
      }
      for (const p of [...account.iam.policies].sort(byArn))
        if (!this.policies.has(p.arn)) this.policies.set(p.arn, p);
      for (const c of [...account.ecs.clusters].sort(byArn)) this.clusters.set(c.arn, own(c));
      for (const s of [...account.ecs.services].sort(byArn)) this.services.set(s.arn, own(s));
      for (const t of [...account.ecs.taskDefinitions].sort(byArn)) this.taskDefinitions.set(t.arn, own(t));
      for (const t of [...account.ecs.tasks].sort(byArn)) this.tasks.set(t.arn, own(t));
      for (const f of [...account.lambda].sort(byArn)) this.functions.set(f.arn, own(f));
      for (const b of [...account.s3Buckets].sort(byArn)) this.buckets.set(b.arn, own(b));
      for (const s of [...account.secrets].sort(byArn)) this.secrets.set(s.arn, own(s));
      for (const p of [...account.ssmParameters].sort(byArn)) this.parameters.set(p.arn, own(p));
      for (const k of [...account.kmsKeys].sort(byArn)) {
        this.keys.set(k.arn, own(k));
        this.keyAlias.set(`${k.region}/${k.id}`, k.arn);
        for (const alias of k.aliases) this.keyAlias.set(`${k.region}/${alias}`, k.arn);
      }
      for (const db of [...account.rds.instances].sort(byArn))
        this.databases.set(db.arn, own({ kind: 'instance', db }));
      for (const db of [...account.rds.clusters].sort(byArn))
        this.databases.set(db.arn, own({ kind: 'cluster', db }));
      for (const sg of [...account.securityGroups].sort(byArn)) this.securityGroups.set(sg.id, own(sg));
    }
  }

  groupArn(account: string, name: string): string | undefined {
    return this.groupByName.get(`${account}/${name}`);
  }

  /** Groups of a user, as ARNs (names the snapshot does not hold are dropped). */
  userGroups(user: Owned<User>): string[] {
    return (
      user.item.groups
        .map((g) => (g.startsWith('arn:') ? g : this.groupArn(user.account.id, g)))
        // A group the snapshot does not hold (named by name or by ARN) has unknown policies: callers
        // compare this list with the user's to know.
        .filter((g): g is string => g !== undefined && this.groups.has(g))
        .sort()
    );
  }

  /** The task role a running task actually holds (a RunTask override wins over the task definition). */
  taskRoleOfTask(task: EcsTask): string | undefined {
    return task.overrides?.taskRoleArn ?? this.taskDefinitions.get(task.taskDefinitionArn)?.item.taskRoleArn;
  }

  /**
   * Resolve a key reference (key ARN, key id, alias ARN or alias name) as seen from a region.
   * Undefined means the service's default AWS-managed key.
   */
  resolveKey(ref: string | undefined, account: Account, region: string): KeyRef | undefined {
    if (!ref) return undefined;
    let arn: string | undefined;
    let name = ref;
    let keyRegion = region;
    if (ref.startsWith('arn:')) {
      if (this.keys.has(ref)) arn = ref;
      const parts = ref.split(':');
      keyRegion = parts[3] || region;
      name = parts
        .slice(5)
        .join(':')
        .replace(/^key\//, '');
    }
    arn ??= this.keyAlias.get(`${keyRegion}/${name}`);
    if (arn) {
      const key = this.keys.get(arn)!.item;
      return { arn, customer: key.keyManager !== 'AWS', known: true };
    }
    if (name.startsWith('alias/aws/')) return { arn: ref, customer: false, known: false };
    const fullArn = ref.startsWith('arn:')
      ? ref
      : `arn:${account.partition}:kms:${keyRegion}:${account.id}:${name.startsWith('alias/') ? name : `key/${name}`}`;
    return { arn: fullArn, customer: true, known: false };
  }

  /** Whether a key in the snapshot can run cryptographic operations (KMS refuses them for a key that is
   *  disabled, pending deletion / import / replica deletion, or unavailable; key-state.html) and is a
   *  symmetric encryption key (a signing or MAC key decrypts nothing). Unknown state or usage: yes. */
  keyCanDecrypt(arn: string): boolean {
    const key = this.keys.get(arn)?.item;
    if (!key) return true;
    const usable = key.keyState === undefined || !UNUSABLE_KEY_STATES.has(key.keyState);
    return usable && (key.keyUsage === undefined || key.keyUsage === 'ENCRYPT_DECRYPT');
  }

  /** Identity policy documents in force for a principal: inline, attached, and (users) its groups'. */
  identityDocuments(arn: string): PolicyDocumentJson[] {
    const docs: PolicyDocumentJson[] = [];
    const addManaged = (policyArn: string) => {
      const policy = this.policies.get(policyArn);
      const version =
        policy?.versions.find((v) => v.versionId === policy.defaultVersionId) ??
        policy?.versions.find((v) => v.isDefault);
      if (version?.document) docs.push(version.document);
    };
    const holder = this.roles.get(arn)?.item ?? this.users.get(arn)?.item;
    if (!holder) return docs;
    for (const p of holder.inlinePolicies) if (p.document) docs.push(p.document);
    holder.attachedPolicies.forEach(addManaged);
    const user = this.users.get(arn);
    if (user) {
      for (const g of this.userGroups(user)) {
        const group = this.groups.get(g)!.item;
        for (const p of group.inlinePolicies) if (p.document) docs.push(p.document);
        group.attachedPolicies.forEach(addManaged);
      }
    }
    return docs;
  }

  /** Credential findings, grouped by the node that holds them (task definition, task or function ARN). */
  findingsByHolder(): Map<string, CredentialFinding[]> {
    const map = new Map<string, CredentialFinding[]>();
    for (const f of this.snapshot.credentialFindings) {
      const holder = findingHolder(f);
      const list = map.get(holder) ?? [];
      list.push(f);
      map.set(holder, list);
    }
    return map;
  }
}

export function findingHolder(f: CredentialFinding): string {
  switch (f.location.kind) {
    case 'ecs-container-environment':
      return f.location.taskDefinitionArn;
    case 'ecs-task-override-environment':
      return f.location.taskArn;
    case 'lambda-environment':
      return f.location.functionArn;
  }
}

/** Node id of a credential: the same value (fingerprint) seen twice is one node. */
export function credentialNodeId(f: CredentialFinding): string {
  return `credential:${f.kind}:${f.fingerprint}`;
}
