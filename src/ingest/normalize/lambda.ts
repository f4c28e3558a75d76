// Lambda: list-functions, get-policy and get-function-url-config responses.
//
//   normalizeFunctions(raw, ctx): LambdaFunction[]   (environment classified, values dropped)
//   normalizeFunctionPolicy(raw, ctx, functionArn): PolicyDocumentJson | undefined   ({ Policy: "<json>" })
//   normalizeFunctionUrl(raw): { url, authType }
import type { LambdaFunction, PolicyDocumentJson } from '../../snapshot/types.js';
import { classifyEnvironment } from '../classify-secrets.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

export function normalizeFunctions(raw: unknown, ctx: NormalizeContext): LambdaFunction[] {
  return eachItem(ctx, new Json(raw).list('Functions'), (f) => {
    const arn = f.str('FunctionArn');
    const variables = f.has('Environment') ? f.get('Environment').get('Variables') : new Json(undefined);
    const values: Record<string, string> = {};
    if (variables.value !== undefined && variables.value !== null) {
      for (const name of variables.keys()) values[name] = variables.str(name);
    }
    const { environment, findings } = classifyEnvironment(values, {
      account: ctx.account,
      region: ctx.region,
      location: { kind: 'lambda-environment', functionArn: arn },
      fingerprintKey: ctx.fingerprintKey,
    });
    ctx.findings.push(...findings);
    const fn: LambdaFunction = {
      arn,
      name: f.str('FunctionName'),
      region: ctx.region ?? arn.split(':')[3] ?? 'unknown',
      roleArn: f.str('Role'),
      environment,
    };
    if (f.has('Tags')) fn.tags = f.tags('Tags');
    for (const [key, field] of [
      ['Runtime', 'runtime'],
      ['PackageType', 'packageType'],
      ['KMSKeyArn', 'kmsKeyArn'],
    ] as const) {
      const value = f.optStr(key);
      if (value) fn[field] = value;
    }
    if (f.has('Code')) {
      const image = f.get('Code').optStr('ImageUri');
      if (image) fn.imageUri = image;
    }
    return fn;
  });
}

export function normalizeFunctionPolicy(
  raw: unknown,
  ctx: NormalizeContext,
  functionArn: string,
): PolicyDocumentJson | undefined {
  return readPolicyDocument(ctx, new Json(raw).get('Policy'), functionArn) ?? undefined;
}

export function normalizeFunctionUrl(raw: unknown): { url: string; authType: string } {
  const root = new Json(raw);
  const authType = root.str('AuthType');
  return { url: root.str('FunctionUrl'), authType };
}
