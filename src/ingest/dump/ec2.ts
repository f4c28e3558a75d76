// Regional EC2 files: security groups, instances, and which instances SSM manages.
import type { Ec2Instance, SecurityGroup } from '../../snapshot/types.js';
import {
  normalizeInstances,
  normalizeManagedInstanceIds,
  normalizeSecurityGroups,
} from '../normalize/ec2.js';
import { type DumpContext, readWith } from './context.js';

export async function readEc2(
  dc: DumpContext,
  region: string,
): Promise<{ securityGroups: SecurityGroup[]; instances: Ec2Instance[] }> {
  const spec = (service: string, operation: string) => ({
    path: `${region}/${service}/${operation}`,
    region,
    service,
    operation,
    paginated: true,
  });
  const securityGroups =
    (await readWith(dc, spec('ec2', 'describe-security-groups'), normalizeSecurityGroups)) ?? [];
  const instances = (await readWith(dc, spec('ec2', 'describe-instances'), normalizeInstances)) ?? [];
  const managed = await readWith(
    dc,
    spec('ssm', 'describe-instance-information'),
    normalizeManagedInstanceIds,
  );
  if (managed) for (const instance of instances) instance.ssmManaged = managed.has(instance.id);
  return { securityGroups, instances };
}
