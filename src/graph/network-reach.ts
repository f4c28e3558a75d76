// Network reach from ECS workloads to RDS databases, decided from security groups: a database's
// ingress admits the workload's security group, or a CIDR covering the task's private address.
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

  /** True when a workload running as `roleArn` is admitted by the database's security groups. */
  roleReaches(roleArn: string, db: RdsInstance | RdsCluster): boolean {
    const workloads = this.byRole.get(roleArn);
    if (!workloads || !db.endpoint) return false;
    const port = db.endpoint.port;
    const dbVpc = 'vpcId' in db ? db.vpcId : undefined;
    for (const sgId of db.securityGroupIds) {
      const sg = this.inv.securityGroups.get(sgId)?.item;
      if (!sg) continue;
      for (const rule of sg.ingress) {
        if (!coversPort(rule, port)) continue;
        for (const w of workloads) {
          if (rule.groups.some((g) => w.securityGroups.includes(g))) return true;
          if (rule.cidrs.some((c) => w.addresses.some((a) => cidrContains(c, a)))) return true;
          const sameVpc = w.vpcIds.includes(sg.vpcId ?? dbVpc ?? '');
          if (sameVpc && rule.cidrs.includes('0.0.0.0/0')) return true;
        }
      }
    }
    return false;
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
