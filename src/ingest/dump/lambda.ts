// Regional Lambda files: the function list (environment classified and dropped by the normalizer)
// and, per function, its resource policy and function URL.
import type { LambdaFunction } from '../../snapshot/types.js';
import { normalizeFunctionPolicy, normalizeFunctionUrl, normalizeFunctions } from '../normalize/lambda.js';
import { type DumpContext, fileName, readWith } from './context.js';

export async function readLambda(dc: DumpContext, region: string): Promise<LambdaFunction[]> {
  const base = `${region}/lambda`;
  const functions =
    (await readWith(
      dc,
      {
        path: `${base}/list-functions`,
        region,
        service: 'lambda',
        operation: 'list-functions',
        paginated: true,
      },
      normalizeFunctions,
    )) ?? [];
  for (const fn of functions) {
    const spec = (operation: string) => ({
      path: `${base}/${operation}/${fileName(fn.name)}`,
      region,
      service: 'lambda',
      operation,
      resource: fn.arn,
      noneCodes: ['ResourceNotFoundException'],
    });
    const policy = await readWith(dc, spec('get-policy'), (raw, ctx) =>
      normalizeFunctionPolicy(raw, ctx, fn.arn),
    );
    if (policy !== undefined) fn.resourcePolicy = policy;
    const url = await readWith(dc, spec('get-function-url-config'), normalizeFunctionUrl);
    if (url !== undefined) fn.url = url;
  }
  return functions;
}
