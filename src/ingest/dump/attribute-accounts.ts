// Entities belong to the account their ARN names, not to the folder they were read from. A file can
// mix accounts (a public sample authorization file holds users of 012345678901 inside
// 200611803367's): taking them as the folder's would make user/obama of one account an
// administrator of the other. Each such entity moves to its own account; an account that has no
// folder of its own is added, holding only those entities, with a `ForeignAccount` gap (the rest of
// it was not collected). A diagnostic names each folder that mixes accounts.
import { emptyAccount } from '../../snapshot/empty-account.js';
import type { Account, Snapshot } from '../../snapshot/types.js';

const ACCOUNT_ID = /^\d{12}$/;

type Collection = { kind: string; file: string; list: (a: Account) => { arn?: unknown }[] };

/** Every collection of an Account whose items carry their own ARN, with the dump file it comes from. */
const COLLECTIONS: Collection[] = [
  { kind: 'user', file: 'iam/get-account-authorization-details.json', list: (a) => a.iam.users },
  { kind: 'group', file: 'iam/get-account-authorization-details.json', list: (a) => a.iam.groups },
  { kind: 'role', file: 'iam/get-account-authorization-details.json', list: (a) => a.iam.roles },
  { kind: 'policy', file: 'iam/get-account-authorization-details.json', list: (a) => a.iam.policies },
  {
    kind: 'instance profile',
    file: 'iam/get-account-authorization-details.json',
    list: (a) => a.iam.instanceProfiles,
  },
  { kind: 'ECS cluster', file: '<region>/ecs/', list: (a) => a.ecs.clusters },
  { kind: 'ECS service', file: '<region>/ecs/describe-services/', list: (a) => a.ecs.services },
  {
    kind: 'task definition',
    file: '<region>/ecs/describe-task-definition/',
    list: (a) => a.ecs.taskDefinitions,
  },
  { kind: 'ECS task', file: '<region>/ecs/describe-tasks/', list: (a) => a.ecs.tasks },
  { kind: 'Lambda function', file: '<region>/lambda/list-functions.json', list: (a) => a.lambda },
  { kind: 'DB instance', file: '<region>/rds/describe-db-instances.json', list: (a) => a.rds.instances },
  { kind: 'DB cluster', file: '<region>/rds/describe-db-clusters.json', list: (a) => a.rds.clusters },
  { kind: 'secret', file: '<region>/secretsmanager/list-secrets.json', list: (a) => a.secrets },
  { kind: 'SSM parameter', file: '<region>/ssm/describe-parameters.json', list: (a) => a.ssmParameters },
  { kind: 'KMS key', file: '<region>/kms/', list: (a) => a.kmsKeys },
  {
    kind: 'security group',
    file: '<region>/ec2/describe-security-groups.json',
    list: (a) => a.securityGroups,
  },
  { kind: 'EC2 instance', file: '<region>/ec2/describe-instances.json', list: (a) => a.ec2Instances },
  { kind: 'ECR repository', file: '<region>/ecr/describe-repositories.json', list: (a) => a.ecrRepositories },
  { kind: 'CodeBuild project', file: '<region>/codebuild/', list: (a) => a.codebuildProjects },
  { kind: 'SageMaker notebook', file: '<region>/sagemaker/', list: (a) => a.sagemakerNotebooks },
];

/** The account an ARN names (`arn:aws:iam::012345678901:user/x` → 012345678901); undefined for none or `aws`. */
function accountOf(arn: unknown): string | undefined {
  if (typeof arn !== 'string' || !arn.startsWith('arn:')) return undefined;
  const account = arn.split(':')[4];
  return account && ACCOUNT_ID.test(account) ? account : undefined;
}

export function attributeByArn(snapshot: Snapshot): void {
  const byId = new Map(snapshot.accounts.map((a) => [a.id, a]));
  const folders = new Set(byId.keys());
  for (const source of [...snapshot.accounts]) {
    if (!folders.has(source.id)) continue; // an account added here holds only moved entities
    // owner account → what moved there, per kind, and the files involved
    const moved = new Map<string, { kinds: Map<string, number>; files: Set<string>; sample: string[] }>();
    for (const c of COLLECTIONS) {
      const list = c.list(source);
      const keep: typeof list = [];
      for (const item of list) {
        const owner = accountOf(item.arn);
        if (owner === undefined || owner === source.id) {
          keep.push(item);
          continue;
        }
        let target = byId.get(owner);
        if (!target) {
          target = emptyAccount(owner, { partition: source.partition });
          byId.set(owner, target);
          snapshot.accounts.push(target);
        }
        const targetList = c.list(target);
        if (!targetList.some((x) => x.arn === item.arn)) targetList.push(item);
        let m = moved.get(owner);
        if (!m) moved.set(owner, (m = { kinds: new Map(), files: new Set(), sample: [] }));
        m.kinds.set(c.kind, (m.kinds.get(c.kind) ?? 0) + 1);
        m.files.add(`${source.id}/${c.file}`);
        if (m.sample.length < 3) m.sample.push(item.arn as string);
      }
      if (keep.length !== list.length) list.splice(0, list.length, ...keep);
    }
    for (const [owner, m] of [...moved].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const counts = [...m.kinds].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');
      const files = [...m.files].sort();
      const more = [...m.kinds.values()].reduce((a, b) => a + b, 0) > m.sample.length ? ', …' : '';
      snapshot.diagnostics.push({
        severity: 'warning',
        file: files.length === 1 ? files[0] : `${source.id}/`,
        message: `the folder of account ${source.id} mixes accounts: ${counts} of account ${owner} (${m.sample.join(', ')}${more}) are attributed to ${owner}, the account their ARN names`,
      });
      if (!folders.has(owner)) {
        snapshot.gaps.push({
          account: owner,
          service: 'dump',
          operation: 'read-account',
          resource: owner,
          file: files.length === 1 ? files[0] : `${source.id}/`,
          code: 'ForeignAccount',
          message: `account ${owner} has no folder in the dump: only the ${counts} found in account ${source.id}'s files are known of it`,
        });
      }
    }
  }
}
