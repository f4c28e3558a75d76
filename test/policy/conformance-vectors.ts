// Adapter between the external conformance vectors (an independent IAM simulator's test data,
// read from the shared folder, never copied into this repository) and our `evaluate`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Decision, EvaluationInput, PolicyInput } from '../../src/policy/api.js';

export interface Vector {
  name: string;
  file: string;
  request: {
    principal: string | { type: string };
    action: string;
    resource: { resource: string; accountId: string };
    context?: Record<string, string | string[]>;
    wildcardOnlyAction?: boolean;
  };
  identityPolicies: PolicyInput[];
  resourcePolicy?: PolicyInput;
  resourcePolicies?: PolicyInput[];
  permissionBoundaries?: PolicyInput[];
  sessionPolicy?: PolicyInput;
  serviceControlPolicies?: { orgIdentifier: string; policies: PolicyInput[] }[];
  resourceControlPolicies?: { orgIdentifier: string; policies: PolicyInput[] }[];
  endpointPolicies?: PolicyInput[];
  simulation?: {
    mode: 'Strict' | 'Discovery';
    discoveryContextKeyConstraints?: { keyName: string; presenceIsKnown: boolean; valueIsKnown: boolean }[];
  };
  expected: {
    response: 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';
    blockedBy?: string[];
    ignoredConditions?: unknown;
    conditions?: unknown;
    ignoredRoleSessionName?: boolean;
  };
}

export function loadVectors(root: string): Vector[] {
  const vectors: Vector[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.json')) {
        const list = JSON.parse(readFileSync(path, 'utf8')) as Omit<Vector, 'file'>[];
        for (const v of list) vectors.push({ ...v, file: relative(root, path) });
      }
    }
  };
  walk(root);
  return vectors;
}

export const vectorId = (v: Vector): string => `${v.file} :: ${v.name}`;
export const isDiscovery = (v: Vector): boolean => v.simulation?.mode === 'Discovery';

/** AWS attaches RCPFullAWSAccess at every level and it cannot be detached; the vectors' harness
 *  adds it, so we do too. */
const RCP_FULL_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
};

export function toEvaluationInput(v: Vector): EvaluationInput {
  const r = v.request;
  const discovery = isDiscovery(v);
  const context = { ...(r.context ?? {}) };
  const knownAbsentKeys: (string | RegExp)[] = [];
  const unknownValueKeys: string[] = [];
  const constraints = (v.simulation?.discoveryContextKeyConstraints ?? []).map((c) => {
    const regex = /^\/(.*)\/$/.exec(c.keyName);
    const test = regex ? new RegExp(`^${regex[1]}$`, 'i') : undefined;
    return {
      ...c,
      matches: (key: string) => (test ? test.test(key) : key.toLowerCase() === c.keyName.toLowerCase()),
    };
  });
  for (const c of constraints) {
    if (c.presenceIsKnown)
      knownAbsentKeys.push(
        /^\/.*\/$/.test(c.keyName) ? new RegExp(`^${c.keyName.slice(1, -1)}$`, 'i') : c.keyName,
      );
  }
  for (const key of Object.keys(context)) {
    const c = constraints.find((x) => x.matches(key));
    if (discovery && (!c || !c.valueIsKnown)) unknownValueKeys.push(key);
  }
  return {
    request: {
      principal: typeof r.principal === 'string' ? r.principal : '*',
      action: r.action,
      resource: r.resource.resource,
      resourceAccount: r.resource.accountId,
      context,
      // The vectors describe the request completely: not flagged means a plain resource request.
      wildcardOnlyAction: r.wildcardOnlyAction ?? false,
    },
    identityPolicies: v.identityPolicies,
    resourcePolicy: v.resourcePolicy ?? v.resourcePolicies?.[0],
    permissionBoundaries: v.permissionBoundaries,
    sessionPolicy: v.sessionPolicy,
    serviceControlPolicies: v.serviceControlPolicies?.map((l) => ({
      id: l.orgIdentifier,
      policies: l.policies,
    })),
    resourceControlPolicies: v.resourceControlPolicies?.map((l) => ({
      id: l.orgIdentifier,
      policies: [RCP_FULL_ACCESS, ...l.policies],
    })),
    endpointPolicies: v.endpointPolicies,
    unknownKeys: discovery ? 'discovery' : 'strict',
    knownAbsentKeys,
    unknownValueKeys,
  };
}

const GATE_NAMES: Record<string, string> = { pb: 'boundary', vpce: 'endpoint' };

/** Every condition key the vector's end-to-end `conditions` (what the Allow depends on) names;
 *  a dependency on the session name maps to our pseudo key sts:RoleSessionName. */
export function expectedKeys(v: Vector): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.key === 'string' && typeof record.op === 'string') keys.add(record.key.toLowerCase());
      else if (record.conditionType === 'sessionName') keys.add('sts:rolesessionname');
      else Object.values(record).forEach(walk);
    }
  };
  walk(v.expected.conditions);
  return [...keys].sort();
}

/** Why our decision disagrees with the vector, or undefined when it agrees. */
export function disagreement(v: Vector, d: Decision): string | undefined {
  const explicit = d.blockedBy.includes('explicit-deny');
  const ours =
    d.outcome === 'Allow'
      ? 'Allowed'
      : d.outcome === 'Conditional'
        ? 'Conditional'
        : explicit
          ? 'ExplicitlyDenied'
          : 'ImplicitlyDenied';
  if (!isDiscovery(v)) {
    if (ours !== v.expected.response) return `expected ${v.expected.response}, got ${ours}`;
    if (v.expected.blockedBy) {
      const want = v.expected.blockedBy.map((g) => GATE_NAMES[g] ?? g).sort();
      const got = d.blockedBy.filter((g) => g !== 'explicit-deny' && g !== 'service-rule').sort();
      if (want.join() !== got.join()) return `expected blockedBy [${want}], got [${got}]`;
    }
    return undefined;
  }
  const keys = expectedKeys(v);
  const conditional = v.expected.response === 'Allowed' && v.expected.conditions !== undefined;
  const want = conditional ? 'Conditional' : v.expected.response;
  if (ours !== want)
    return `expected ${want}${keys.length ? ` [${keys}]` : ''}, got ${ours} [${d.conditionKeys}]`;
  if (want === 'Conditional') {
    const got = d.conditionKeys.map((k) => k.toLowerCase()).sort();
    if (got.join() !== keys.join()) return `expected keys [${keys}], got [${got}]`;
  }
  return undefined;
}
