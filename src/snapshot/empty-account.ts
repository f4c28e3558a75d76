// An account with nothing in it yet: the one place that lists every collection an Account holds,
// so readers, overlays, generators and tests start from the same shape.
import type { Account, IamData } from './types.js';

export function emptyIam(): IamData {
  return { users: [], groups: [], roles: [], policies: [], instanceProfiles: [] };
}

export function emptyAccount(id: string, options: { partition?: string; regions?: string[] } = {}): Account {
  return {
    id,
    partition: options.partition ?? 'aws',
    regions: options.regions ?? [],
    iam: emptyIam(),
    s3Buckets: [],
    ecs: { clusters: [], services: [], taskDefinitions: [], tasks: [] },
    lambda: [],
    rds: { instances: [], clusters: [] },
    secrets: [],
    ssmParameters: [],
    kmsKeys: [],
    securityGroups: [],
    ec2Instances: [],
    ecrRepositories: [],
    cloudformationStacks: [],
    codebuildProjects: [],
    glueDevEndpoints: [],
    glueJobs: [],
    sagemakerNotebooks: [],
  };
}
