// EC2: describe-security-groups, describe-instances, and ssm describe-instance-information (which
// instances SSM can run commands on).
//
//   normalizeSecurityGroups(raw, ctx): SecurityGroup[]
//   normalizeInstances(raw, ctx): Ec2Instance[]         (ssmManaged left undefined)
//   normalizeManagedInstanceIds(raw, ctx): Set<string>
import type { Ec2Instance, SecurityGroup, SecurityGroupRule } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { Json } from './shape.js';

function rules(ctx: NormalizeContext, list: Json[]): SecurityGroupRule[] {
  return eachItem(ctx, list, (r) => {
    const rule: SecurityGroupRule = {
      protocol: r.optStr('IpProtocol') ?? '-1',
      cidrs: r.list('IpRanges').map((x) => x.str('CidrIp')),
      ipv6Cidrs: r.list('Ipv6Ranges').map((x) => x.str('CidrIpv6')),
      groups: r.list('UserIdGroupPairs').map((x) => x.str('GroupId')),
      prefixLists: r.list('PrefixListIds').map((x) => x.str('PrefixListId')),
    };
    const from = r.optNum('FromPort');
    if (from !== undefined) rule.fromPort = from;
    const to = r.optNum('ToPort');
    if (to !== undefined) rule.toPort = to;
    return rule;
  });
}

export function normalizeSecurityGroups(raw: unknown, ctx: NormalizeContext): SecurityGroup[] {
  const region = ctx.region ?? 'unknown';
  return eachItem(ctx, new Json(raw).list('SecurityGroups'), (g) => {
    const id = g.str('GroupId');
    const group: SecurityGroup = {
      id,
      arn:
        g.optStr('SecurityGroupArn') ??
        `arn:${ctx.partition}:ec2:${region}:${g.optStr('OwnerId') ?? ctx.account}:security-group/${id}`,
      name: g.optStr('GroupName') ?? id,
      region,
      ingress: rules(ctx, g.list('IpPermissions')),
      egress: rules(ctx, g.list('IpPermissionsEgress')),
    };
    const vpc = g.optStr('VpcId');
    if (vpc) group.vpcId = vpc;
    const description = g.optStr('Description');
    if (description) group.description = description;
    return group;
  });
}

export function normalizeInstances(raw: unknown, ctx: NormalizeContext): Ec2Instance[] {
  const region = ctx.region ?? 'unknown';
  const reservations = new Json(raw).list('Reservations');
  return eachItem(
    ctx,
    reservations.flatMap((r) => r.list('Instances')),
    (i) => {
      const id = i.str('InstanceId');
      const instance: Ec2Instance = {
        id,
        arn: `arn:${ctx.partition}:ec2:${region}:${ctx.account}:instance/${id}`,
        region,
        securityGroupIds: i.list('SecurityGroups').map((g) => g.str('GroupId')),
        tags: i.tags('Tags'),
      };
      if (i.has('State')) {
        const state = i.get('State').optStr('Name');
        if (state) instance.state = state;
      }
      if (i.has('IamInstanceProfile')) {
        const profile = i.get('IamInstanceProfile').optStr('Arn');
        if (profile) instance.instanceProfileArn = profile;
      }
      const subnet = i.optStr('SubnetId');
      if (subnet) instance.subnetId = subnet;
      const vpc = i.optStr('VpcId');
      if (vpc) instance.vpcId = vpc;
      if (i.has('MetadataOptions')) {
        const m = i.get('MetadataOptions');
        const options: NonNullable<Ec2Instance['metadataOptions']> = {};
        const tokens = m.optStr('HttpTokens');
        if (tokens) options.httpTokens = tokens;
        const endpoint = m.optStr('HttpEndpoint');
        if (endpoint) options.httpEndpoint = endpoint;
        const hops = m.optNum('HttpPutResponseHopLimit');
        if (hops !== undefined) options.httpPutResponseHopLimit = hops;
        instance.metadataOptions = options;
      }
      return instance;
    },
  );
}

export function normalizeManagedInstanceIds(raw: unknown, ctx: NormalizeContext): Set<string> {
  return new Set(eachItem(ctx, new Json(raw).list('InstanceInformationList'), (i) => i.str('InstanceId')));
}
