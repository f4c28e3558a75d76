#!/usr/bin/env node
// Stands in for the AWS CLI when testing scripts/aws-cli-dump.sh: answers each call from a dump folder
// (FAKE_AWS_DUMP) for the account named by AWS_PROFILE, as `aws … --output json` would print it, and
// fails like the CLI ("An error occurred (Code) when calling the Op operation: message", exit 254)
// where the dump holds an `.error.json` file. Every call is appended to FAKE_AWS_LOG.
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const [service, op, ...rest] = process.argv.slice(2);
const root = process.env.FAKE_AWS_DUMP;
const account = process.env.AWS_PROFILE;
if (process.env.FAKE_AWS_LOG)
  appendFileSync(process.env.FAKE_AWS_LOG, `${service} ${op} ${rest.join(' ')}\n`);

/** `--flag a b --other c` → { flag: ['a', 'b'], other: ['c'] } */
const options = {};
let current;
for (const word of rest) {
  if (word.startsWith('--')) options[(current = word.slice(2))] = [];
  else if (current) options[current].push(word);
}
const opt = (name) => options[name]?.[0];
const region = opt('region') ?? process.env.AWS_DEFAULT_REGION;
const enc = encodeURIComponent;
const operationName = op
  .split('-')
  .map((w) => w[0].toUpperCase() + w.slice(1))
  .join('');

function fail(code, message) {
  process.stderr.write(
    `\nAn error occurred (${code}) when calling the ${operationName} operation: ${message}\n`,
  );
  process.exit(254);
}
function print(value) {
  process.stdout.write(JSON.stringify(value, null, 4) + '\n');
  process.exit(0);
}
/** The fixture for a path relative to the account folder: its JSON, or the CLI's failure. */
function load(rel) {
  const file = join(root, account, rel);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const errorFile = file.replace(/\.json$/, '.error.json');
  if (existsSync(errorFile)) {
    const { error } = JSON.parse(readFileSync(errorFile, 'utf8'));
    fail(error.code, error.message);
  }
  fail('FakeFixtureMissing', `no fixture ${account}/${rel}`);
}
const answer = (rel) => print(load(rel));
const named = (flag) => answer(`${dir}/${op}/${enc(opt(flag))}.json`);
const dir = ['iam', 's3api', 'organizations', 'sts'].includes(service) ? service : `${region}/${service}`;
const clusterName = () => opt('cluster').replace(/.*\//, '');

switch (`${service} ${op}`) {
  case 'sts get-caller-identity':
    if (!existsSync(join(root, account ?? '')))
      fail('InvalidClientTokenId', 'The security token included in the request is invalid.');
    answer('sts/get-caller-identity.json');
    break;
  case 'iam get-account-authorization-details': {
    if (existsSync(join(root, account, 'iam/get-account-authorization-details.json')))
      answer(`iam/${op}.json`);
    // The CLI follows Marker itself: merge the stored pages into one document.
    const merged = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
    for (let page = 1; existsSync(join(root, account, `iam/${op}.${page}.json`)); page++) {
      const part = load(`iam/${op}.${page}.json`);
      for (const key of Object.keys(merged)) merged[key].push(...(part[key] ?? []));
    }
    print(merged);
    break;
  }
  case 'iam list-access-keys':
  case 'iam get-login-profile':
    named('user-name');
    break;
  case 's3api get-bucket-policy':
  case 's3api get-public-access-block':
  case 's3api get-bucket-tagging':
  case 's3api get-bucket-encryption':
    named('bucket');
    break;
  case 'organizations describe-organization': {
    // Member accounts can describe their organization too: answer from the management account.
    const holder = readdirSync(root).find((a) =>
      existsSync(join(root, a, 'organizations/describe-organization.json')),
    );
    if (!holder)
      fail('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    print(JSON.parse(readFileSync(join(root, holder, 'organizations/describe-organization.json'), 'utf8')));
    break;
  }
  case 'organizations list-organizational-units-for-parent':
  case 'organizations list-accounts-for-parent':
    named('parent-id');
    break;
  case 'organizations list-policies':
    answer(`organizations/list-policies-${opt('filter').toLowerCase().replace(/_/g, '-')}.json`);
    break;
  case 'organizations describe-policy':
  case 'organizations list-targets-for-policy':
    named('policy-id');
    break;
  case 'ecs describe-clusters': {
    const all = load(`${dir}/describe-clusters.json`);
    print({ ...all, clusters: all.clusters.filter((c) => options.clusters.includes(c.clusterArn)) });
    break;
  }
  case 'ecs list-services':
    print({
      serviceArns: load(`${dir}/describe-services/${enc(clusterName())}.json`).services.map(
        (s) => s.serviceArn,
      ),
    });
    break;
  case 'ecs describe-services': {
    const all = load(`${dir}/describe-services/${enc(clusterName())}.json`);
    if (options.services.length > 10)
      fail('InvalidParameterException', 'At most 10 services can be described.');
    print({ ...all, services: all.services.filter((s) => options.services.includes(s.serviceArn)) });
    break;
  }
  case 'ecs list-tasks':
    print({ taskArns: load(`${dir}/describe-tasks/${enc(clusterName())}.json`).tasks.map((t) => t.taskArn) });
    break;
  case 'ecs describe-tasks': {
    const all = load(`${dir}/describe-tasks/${enc(clusterName())}.json`);
    print({ ...all, tasks: all.tasks.filter((t) => options.tasks.includes(t.taskArn)) });
    break;
  }
  case 'ecs list-task-definitions': {
    const folder = join(root, account, dir, 'describe-task-definition');
    const arns = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => !f.endsWith('.error.json'))
          .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')).taskDefinition.taskDefinitionArn)
      : [];
    print({ taskDefinitionArns: arns.sort().reverse() });
    break;
  }
  case 'ecs describe-task-definition':
    answer(
      `${dir}/describe-task-definition/${enc(opt('task-definition').replace(/.*task-definition\//, ''))}.json`,
    );
    break;
  case 'lambda get-policy':
  case 'lambda get-function-url-config':
    named('function-name');
    break;
  case 'secretsmanager get-resource-policy': {
    const secret = load(`${dir}/list-secrets.json`).SecretList.find((s) => s.ARN === opt('secret-id'));
    if (!secret) fail('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    answer(`${dir}/get-resource-policy/${enc(secret.Name)}.json`);
    break;
  }
  case 'kms describe-key':
  case 'kms get-key-policy':
    named('key-id');
    break;
  case 'ecr get-repository-policy':
    named('repository-name');
    break;
  case 'codebuild list-projects':
    print({ projects: load(`${dir}/batch-get-projects.json`).projects.map((p) => p.name) });
    break;
  case 'codebuild batch-get-projects': {
    const all = load(`${dir}/batch-get-projects.json`);
    print({ ...all, projects: all.projects.filter((p) => options.names.includes(p.name)) });
    break;
  }
  case 'sagemaker describe-notebook-instance':
    named('notebook-instance-name');
    break;
  default:
    answer(`${dir}/${op}.json`);
}
