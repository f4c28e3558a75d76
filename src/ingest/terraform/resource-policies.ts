// Resource policies of a plan applied to the snapshot: S3 bucket policies (and new buckets), Lambda
// permissions (each one a statement of the function's resource policy, as Lambda stores it), Secrets
// Manager secret policies (and new secrets) and KMS key policies (and new keys).
import type { PolicyDocumentJson } from '../../snapshot/types.js';
import { UNKNOWN_UNTIL_APPLY_KEY, type OverlayContext } from './context.js';
import type { Handler } from './iam.js';
import type { ResourceChange } from './plan.js';

function missing(ctx: OverlayContext, change: ResourceChange, what: string): void {
  ctx.unsupported.push({
    address: change.address,
    type: change.type,
    action: change.action,
    reason: `${what} is neither in the snapshot nor created by the plan`,
  });
}

const bucket: Handler = (ctx, change) => {
  const buckets = ctx.account.s3Buckets;
  const name = change.action === 'delete' ? ctx.beforeStr(change, 'bucket') : ctx.nameOf(change);
  const prior = buckets.find((b) => b.name === name);
  if (change.action === 'delete') {
    if (prior) buckets.splice(buckets.indexOf(prior), 1);
    return ctx.record(change, `bucket ${name} deleted`, []);
  }
  if (prior)
    return ctx.record(change, `bucket ${name} ${change.action} (policy managed separately)`, [prior.arn]);
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const tags = change.after?.['tags'];
  buckets.push({
    name: name ?? change.name,
    arn,
    region: ctx.region,
    policy: null,
    tags: tags && typeof tags === 'object' ? (tags as Record<string, string>) : {},
  });
  ctx.record(change, `bucket ${name} created`, [arn]);
};

const bucketPolicy: Handler = (ctx, change) => {
  const name = change.action === 'delete' ? ctx.beforeStr(change, 'bucket') : ctx.str(change, 'bucket');
  const target = ctx.account.s3Buckets.find((b) => b.name === name || b.arn === name);
  if (!target) return missing(ctx, change, `bucket ${name ?? '(unknown until apply)'}`);
  target.policy = change.action === 'delete' ? null : ctx.policy(change, 'policy', 'resource');
  ctx.record(
    change,
    `bucket policy of ${target.name} ${change.action}`,
    [target.arn],
    `${target.arn}#resource-policy`,
  );
};

/** aws_lambda_permission → one statement of the function policy, shaped as Lambda writes it. */
const lambdaPermission: Handler = (ctx, change) => {
  const ref =
    change.action === 'delete' ? ctx.beforeStr(change, 'function_name') : ctx.str(change, 'function_name');
  const fn = ctx.account.lambda.find(
    (f) => f.name === ref || f.arn === ref || (ref && f.arn.startsWith(`${ref}:`)),
  );
  if (!fn) return missing(ctx, change, `function ${ref ?? '(unknown until apply)'}`);
  const priorSid = ctx.beforeStr(change, 'statement_id');
  const statements = statementList(fn.resourcePolicy).filter(
    (s) => change.action === 'create' || s['Sid'] !== priorSid,
  );
  if (change.action !== 'delete') statements.push(permissionStatement(ctx, change, fn.arn));
  fn.resourcePolicy = statements.length
    ? { Version: '2012-10-17', Id: 'default', Statement: statements }
    : null;
  ctx.record(
    change,
    `function policy of ${fn.name}: permission ${change.action}`,
    [fn.arn],
    `${fn.arn}#resource-policy`,
  );
};

function permissionStatement(
  ctx: OverlayContext,
  change: ResourceChange,
  functionArn: string,
): Record<string, unknown> {
  const known = ctx.str(change, 'principal');
  const principal = known ?? '*';
  const condition: Record<string, Record<string, string>> = {};
  // A principal known only after apply may be anyone: allow, but only under an unresolvable condition.
  if (!known) {
    condition['Bool'] = { [UNKNOWN_UNTIL_APPLY_KEY]: 'true' };
    ctx.unknown(change, 'principal', 'conservative: any principal, under an unresolvable condition');
  }
  const sourceArn = ctx.str(change, 'source_arn');
  if (sourceArn) condition['ArnLike'] = { 'AWS:SourceArn': sourceArn };
  const sourceAccount = ctx.str(change, 'source_account');
  if (sourceAccount) condition['StringEquals'] = { 'AWS:SourceAccount': sourceAccount };
  const orgId = ctx.str(change, 'principal_org_id');
  if (orgId) condition['StringEquals'] = { ...condition['StringEquals'], 'aws:PrincipalOrgID': orgId };
  const urlAuth = ctx.str(change, 'function_url_auth_type');
  if (urlAuth)
    condition['StringEquals'] = { ...condition['StringEquals'], 'lambda:FunctionUrlAuthType': urlAuth };
  const qualifier = ctx.str(change, 'qualifier');
  return {
    Sid: ctx.str(change, 'statement_id') ?? change.name,
    Effect: 'Allow',
    Principal:
      principal === '*'
        ? '*'
        : principal.endsWith('.amazonaws.com')
          ? { Service: principal }
          : { AWS: principal },
    Action: ctx.str(change, 'action') ?? 'lambda:InvokeFunction',
    Resource: qualifier ? `${functionArn}:${qualifier}` : functionArn,
    ...(Object.keys(condition).length ? { Condition: condition } : {}),
  };
}

function statementList(doc: PolicyDocumentJson | null | undefined): Record<string, unknown>[] {
  const raw = doc?.['Statement'];
  if (Array.isArray(raw))
    return raw.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
  return raw && typeof raw === 'object' ? [raw as Record<string, unknown>] : [];
}

const secret: Handler = (ctx, change) => {
  const secrets = ctx.account.secrets;
  const prior = secrets.find((s) => s.arn === ctx.beforeStr(change, 'arn'));
  if ((change.action === 'delete' || change.action === 'replace') && prior)
    secrets.splice(secrets.indexOf(prior), 1);
  if (change.action === 'delete') return ctx.record(change, `secret ${prior?.name ?? '?'} deleted`, []);
  const arn = ctx.arnOf(change);
  const keep = change.action === 'update' ? prior : undefined;
  const policySet = change.after?.['policy'] !== undefined && change.after?.['policy'] !== null;
  const next = {
    arn,
    name: ctx.nameOf(change),
    region: ctx.region,
    tags: keep?.tags ?? {},
    resourcePolicy: policySet ? ctx.policy(change, 'policy', 'resource') : (keep?.resourcePolicy ?? null),
    ...(ctx.str(change, 'kms_key_id') ? { kmsKeyId: ctx.str(change, 'kms_key_id') } : {}),
  };
  if (keep) secrets.splice(secrets.indexOf(keep), 1, next);
  else secrets.push(next);
  ctx.record(
    change,
    `secret ${next.name} ${change.action}`,
    [arn],
    policySet ? `${arn}#resource-policy` : undefined,
  );
};

const secretPolicy: Handler = (ctx, change) => {
  const ref =
    change.action === 'delete' ? ctx.beforeStr(change, 'secret_arn') : ctx.str(change, 'secret_arn');
  const target = ctx.account.secrets.find((s) => s.arn === ref || s.name === ref);
  if (!target) return missing(ctx, change, `secret ${ref ?? '(unknown until apply)'}`);
  target.resourcePolicy = change.action === 'delete' ? null : ctx.policy(change, 'policy', 'resource');
  ctx.record(
    change,
    `secret policy of ${target.name} ${change.action}`,
    [target.arn],
    `${target.arn}#resource-policy`,
  );
};

const kmsKey: Handler = (ctx, change) => {
  const keys = ctx.account.kmsKeys;
  const prior = keys.find((k) => k.arn === ctx.beforeStr(change, 'arn'));
  if ((change.action === 'delete' || change.action === 'replace') && prior)
    keys.splice(keys.indexOf(prior), 1);
  if (change.action === 'delete')
    return ctx.record(change, `key ${prior?.id ?? '?'} scheduled for deletion`, []);
  const arn = ctx.arnOf(change);
  const keep = change.action === 'update' ? prior : undefined;
  // A key created without a policy gets the default key policy (account root), which the engine knows.
  const hasPolicy = ctx.isUnknown(change, 'policy') || Boolean(change.after?.['policy']);
  const next = {
    arn,
    id: keep?.id ?? arn.split('/').pop() ?? change.address,
    region: ctx.region,
    keyManager: 'CUSTOMER',
    aliases: keep?.aliases ?? [],
    policy: hasPolicy ? ctx.policy(change, 'policy', 'resource') : defaultKeyPolicy(ctx),
    ...(ctx.str(change, 'description') ? { description: ctx.str(change, 'description') } : {}),
  };
  if (keep) keys.splice(keys.indexOf(keep), 1, next);
  else keys.push(next);
  ctx.record(change, `key ${next.id} ${change.action}`, [arn], `${arn}#key-policy`);
};

const kmsKeyPolicy: Handler = (ctx, change) => {
  const ref = change.action === 'delete' ? ctx.beforeStr(change, 'key_id') : ctx.str(change, 'key_id');
  const target = ctx.account.kmsKeys.find((k) => k.id === ref || k.arn === ref);
  if (!target) return missing(ctx, change, `KMS key ${ref ?? '(unknown until apply)'}`);
  target.policy =
    change.action === 'delete' ? defaultKeyPolicy(ctx) : ctx.policy(change, 'policy', 'resource');
  ctx.record(change, `key policy of ${target.id} ${change.action}`, [target.arn], `${target.arn}#key-policy`);
};

function defaultKeyPolicy(ctx: OverlayContext): PolicyDocumentJson {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:${ctx.partition}:iam::${ctx.account.id}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

export const resourcePolicyHandlers: Record<string, Handler> = {
  aws_s3_bucket: bucket,
  aws_s3_bucket_policy: bucketPolicy,
  aws_lambda_permission: lambdaPermission,
  aws_secretsmanager_secret: secret,
  aws_secretsmanager_secret_policy: secretPolicy,
  aws_kms_key: kmsKey,
  aws_kms_key_policy: kmsKeyPolicy,
};
