// Network reach from ECS workloads to RDS databases, decided from security groups: a database's
// ingress admits the workload's security group, or (in the same VPC) a CIDR covering the task's
// private address; and the workload's own security groups allow the traffic out.
import type { RdsCluster, RdsInstance, SecurityGroupRule } from '../snapshot/types.js';
import type { Inventory } from './inventory.js';

interface WorkloadNetwork {
  securityGroups: string[];
  addresses: string[];
  vpcIds: string[];
}

export class NetworkReach {
  private readonly byRole = new Map<string, WorkloadNetwork[]>();

  constructor(private readonly inv: Inventory) {
    for (const { item: s } of inv.services.values()) {
      const role = inv.taskDefinitions.get(s.taskDefinitionArn)?.item.taskRoleArn;
      if (!role || !s.network) continue;
      const addresses = [...inv.tasks.values()]
        .filter(({ item: t }) => t.group === `service:${s.name}` && t.clusterArn === s.clusterArn)
        .flatMap(({ item: t }) => t.privateIpv4Addresses);
      const vpcIds = s.network.securityGroups
        .map((id) => inv.securityGroups.get(id)?.item.vpcId)
        .filter((v): v is string => !!v);
      this.add(role, { securityGroups: s.network.securityGroups, addresses, vpcIds });
    }
    for (const { item: t } of inv.tasks.values()) {
      const role = inv.taskRoleOfTask(t);
      if (role && t.privateIpv4Addresses.length)
        this.add(role, { securityGroups: [], addresses: t.privateIpv4Addresses, vpcIds: [] });
    }
  }

  private add(role: string, n: WorkloadNetwork) {
    const list = this.byRole.get(role) ?? [];
    list.push(n);
    this.byRole.set(role, list);
  }

  /** True when a workload running as `roleArn` is admitted by the database's security groups and its
   *  own security groups let the traffic out. False means "not shown by the snapshot": the technique
   *  then rests on a network assumption. */
  roleReaches(roleArn: string, db: RdsInstance | RdsCluster): boolean {
    const workloads = this.byRole.get(roleArn);
    if (!workloads || !db.endpoint) return false;
    const port = db.endpoint.port;
    const dbVpc = 'vpcId' in db ? db.vpcId : undefined;
    for (const sgId of db.securityGroupIds) {
      const sg = this.inv.securityGroups.get(sgId)?.item;
      if (!sg) continue;
      const vpc = sg.vpcId ?? dbVpc;
      for (const rule of sg.ingress) {
        if (!coversPort(rule, port)) continue;
        for (const w of workloads) {
          // VPCs are isolated: an address range names the task only inside the database's VPC
          // (another VPC may reuse the range; peering and transit gateways are not collected).
          const sameVpc = vpc !== undefined && w.vpcIds.includes(vpc);
          const admitted =
            rule.groups.some((g) => w.securityGroups.includes(g)) ||
            (sameVpc && rule.cidrs.some((c) => w.addresses.some((a) => cidrContains(c, a)))) ||
            (sameVpc && rule.cidrs.includes('0.0.0.0/0'));
          if (admitted && this.egressAllows(w, db, port)) return true;
        }
      }
    }
    return false;
  }

  /** Some security group of the workload has an outbound rule for the port towards the database (one
   *  of its groups, or 0.0.0.0/0). A group missing from the snapshot, or a CIDR rule (the database's
   *  address is not collected), proves nothing. */
  private egressAllows(w: WorkloadNetwork, db: RdsInstance | RdsCluster, port: number): boolean {
    return w.securityGroups.some((id) => {
      const sg = this.inv.securityGroups.get(id)?.item;
      return !!sg?.egress.some(
        (rule) =>
          coversPort(rule, port) &&
          (rule.cidrs.includes('0.0.0.0/0') || rule.groups.some((g) => db.securityGroupIds.includes(g))),
      );
    });
  }
}

function coversPort(rule: SecurityGroupRule, port: number): boolean {
  if (rule.protocol === '-1') return true;
  if (rule.protocol !== 'tcp' && rule.protocol !== '6') return false;
  if (rule.fromPort === undefined || rule.toPort === undefined) return true;
  return rule.fromPort <= port && port <= rule.toPort;
}

function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}

export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = Number(bitsText ?? 32);
  const b = ipToInt(base);
  const a = ipToInt(ip);
  if (b === undefined || a === undefined || !(bits >= 0 && bits <= 32)) return false;
  if (bits === 0) return true;
  const mask = (~0 << (32 - bits)) >>> 0;
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}
