// Regional SSM Parameter Store file: parameter metadata (values are never collected).
import type { SsmParameter } from '../../snapshot/types.js';
import { normalizeParameters } from '../normalize/secrets.js';
import { type DumpContext, readWith } from './context.js';

export async function readSsmParameters(dc: DumpContext, region: string): Promise<SsmParameter[]> {
  return (
    (await readWith(
      dc,
      {
        path: `${region}/ssm/describe-parameters`,
        region,
        service: 'ssm',
        operation: 'describe-parameters',
        paginated: true,
      },
      normalizeParameters,
    )) ?? []
  );
}
