// Why a changed statement opens no path, as the policy engine decides it: the request the statement
// allows is still denied by a gate (a permissions boundary, an SCP, an explicit Deny …), or every
// technique that uses the action also needs a permission the principal lacks (PassRole without
// ecs:RunTask), or the role passed does not trust the service. Nothing here evaluates a policy: each
// answer is an AccessModel decision. When no such reason is found, the blocker is `unknown` and the
// report says only that no technique completes.
import { techniques } from '../graph/techniques/index.js';
import type { Permission, TechniqueRecord } from '../graph/techniques/types.js';
import type { AccessModel, BlockedBy } from '../policy/api.js';
import type { Account, Snapshot } from '../snapshot/types.js';
import type { SeenChange, SeenStatement, StatementBlocker } from './diff-seen-changes.js';

export type { StatementBlocker };

/** At most this many actions, resources and principals are asked about per statement. */
const MAX_QUESTIONS = 12;

/** Fills `blockers` on every statement of the changes (a copy; the inputs are not changed). */
export function explainBlockers(changes: SeenChange[], model: AccessModel, after: Snapshot): SeenChange[] {
  const universe = new Map<string, string[]>();
  const allowedAnywhere = new Map<string, boolean>();
  const ctx: Context = { model, after, universe, allowedAnywhere };
  return changes.map((c) => ({
    ...c,
    statements: c.statements.map((s) => ({ ...s, blockers: statementBlockers(s, c.policyId, ctx) })),
  }));
}

interface Context {
  model: AccessModel;
  after: Snapshot;
  universe: Map<string, string[]>;
  allowedAnywhere: Map<string, boolean>;
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function statementBlockers(s: SeenStatement, policyId: string | undefined, ctx: Context): StatementBlocker[] {
  const json = s.statementJson;
  if (json['Effect'] === 'Deny') return [{ kind: 'deny-statement' }];
  // Trust, resource and key policies admit callers rather than grant them: no reason is derived here.
  if (policyId?.includes('#') && !policyId.includes('#inline/')) return [{ kind: 'unknown' }];
  if (json['NotAction'] !== undefined || json['NotResource'] !== undefined) return [{ kind: 'unknown' }];
  const used = techniqueActions();
  const actions = [...new Set(strings(json['Action']).flatMap((p) => ctx.model.expandAction(p)))].filter(
    (a) => used.has(a.toLowerCase()),
  );
  if (!actions.length) return [{ kind: 'no-technique-action' }];
  const blockers: StatementBlocker[] = [];
  for (const principal of s.principals.slice(0, MAX_QUESTIONS)) {
    const resources = concreteResources(strings(json['Resource']), principal, ctx);
    for (const action of actions.slice(0, MAX_QUESTIONS)) {
      const blocker = actionBlocker(principal, action, resources, ctx);
      if (!blocker) return [{ kind: 'unknown' }];
      blockers.push(blocker);
    }
  }
  return blockers.length ? dedupe(blockers) : [{ kind: 'unknown' }];
}

/** A reason the action opens nothing for the principal, or undefined when none was found. */
function actionBlocker(
  principal: string,
  action: string,
  resources: string[],
  ctx: Context,
): StatementBlocker | undefined {
  const decisions = resources.map((resource) => ({
    resource,
    decision: ctx.model.decide({ principal, action, resource }),
  }));
  const allowed = decisions.filter((d) => d.decision.outcome !== 'Deny');
  if (!allowed.length) {
    const first = decisions[0];
    return {
      kind: 'denied',
      principal,
      action,
      resource: first.resource,
      gates: [...first.decision.blockedBy],
      policies: gatePolicies(first.decision.blockedBy, first.decision.deniedBy, principal, ctx.after),
    };
  }
  // The action is allowed: does any technique using it find the rest of what it needs?
  const lackingBy: { technique: string; effort: number; order: number; needs: string[] }[] = [];
  const users: string[] = [];
  const untrustedBy = new Set<string>();
  for (const [order, t] of techniques.entries()) {
    for (const set of principalRequirementSets(t)) {
      const own = set.find((p) => p.actions.some((a) => a.toLowerCase() === action.toLowerCase()));
      if (!own) continue;
      const lacking = set.filter(
        (p) => p !== own && !p.ifBound && !p.as && !mayDoAnywhere(principal, p, ctx),
      );
      if (lacking.length) {
        users.push(t.id);
        lackingBy.push({ technique: t.id, effort: t.effort, order, needs: lacking.map((p) => p.actions[0]) });
        continue;
      }
      // Everything is there. For a role passed to a service, the engine decides the trust.
      const roles = allowed.map((d) => d.resource).filter((r) => /^arn:aws[\w-]*:iam::\d+:role\//.test(r));
      if (t.servicePrincipal && action.toLowerCase() === 'iam:passrole' && roles.length) {
        const trusting = roles.some(
          (role) =>
            ctx.model.decide({ principal: t.servicePrincipal!, action: 'sts:AssumeRole', resource: role })
              .outcome !== 'Deny',
        );
        if (!trusting) {
          users.push(t.id);
          untrustedBy.add(t.servicePrincipal);
          continue;
        }
      }
      return undefined;
    }
  }
  if (!users.length) return undefined;
  // The techniques closest to completing first: what they lack is what the change is missing.
  lackingBy.sort((a, b) => a.needs.length - b.needs.length || a.effort - b.effort || a.order - b.order);
  const needs = new Set(lackingBy.flatMap((l) => l.needs));
  if (untrustedBy.size && !needs.size) {
    const role = allowed.map((d) => d.resource).find((r) => r.includes(':role/')) ?? allowed[0].resource;
    return { kind: 'untrusted', principal, role, services: [...untrustedBy].sort() };
  }
  return {
    kind: 'missing',
    principal,
    action,
    needs: [...needs],
    techniques: [...new Set(lackingBy.map((l) => l.technique))],
  };
}

function principalRequirementSets(t: TechniqueRecord): Permission[][] {
  const sets: Permission[][] = [];
  if (t.actor === 'principal') sets.push(...t.requires.map((r) => r.all));
  if (t.principalVariant) sets.push(...t.principalVariant.requires.map((r) => r.all));
  return sets;
}

/** Whether the principal may do any of the permission's actions on some resource of its account. */
function mayDoAnywhere(principal: string, p: Permission, ctx: Context): boolean {
  const key = `${principal}\n${p.actions.join(',')}`;
  const known = ctx.allowedAnywhere.get(key);
  if (known !== undefined) return known;
  const answer = ctx.model.allowedActions(principal, p.actions, universeOf(principal, ctx)).length > 0;
  ctx.allowedAnywhere.set(key, answer);
  return answer;
}

/** `*`, every ARN of the principal's account, and one ARN of each kind of resource an attacker creates. */
function universeOf(principal: string, ctx: Context): string[] {
  const accountId = principal.split(':')[4] ?? '';
  const cached = ctx.universe.get(accountId);
  if (cached) return cached;
  const account = ctx.after.accounts.find((a) => a.id === accountId);
  const arns = account ? accountArns(account) : [];
  ctx.universe.set(accountId, arns);
  return arns;
}

function accountArns(a: Account): string[] {
  const region = a.regions[0] ?? 'us-east-1';
  const p = a.partition || 'aws';
  return [
    '*',
    ...a.iam.roles.map((r) => r.arn),
    ...a.iam.users.map((u) => u.arn),
    ...a.iam.groups.map((g) => g.arn),
    ...a.iam.policies.map((x) => x.arn),
    ...a.s3Buckets.flatMap((b) => [b.arn, `${b.arn}/*`]),
    ...a.lambda.map((f) => f.arn),
    ...a.secrets.map((s) => s.arn),
    ...a.ssmParameters.map((s) => s.arn),
    ...a.kmsKeys.map((k) => k.arn),
    ...a.ecs.clusters.map((c) => c.arn),
    ...a.ecs.services.map((s) => s.arn),
    ...a.ecs.taskDefinitions.map((t) => t.arn),
    `arn:${p}:ecs:${region}:${a.id}:task-definition/new-task:1`,
    `arn:${p}:ecs:${region}:${a.id}:cluster/new-cluster`,
    `arn:${p}:lambda:${region}:${a.id}:function:new-function`,
    `arn:${p}:iam::${a.id}:role/new-role`,
    `arn:${p}:iam::${a.id}:user/new-user`,
  ];
}

/** The statement's resources as ARNs to ask about: patterns stand for the account's matching ARNs. */
function concreteResources(patterns: string[], principal: string, ctx: Context): string[] {
  const universe = universeOf(principal, ctx);
  const out = new Set<string>();
  for (const pattern of patterns) {
    if (pattern === '*' || !/[*?]/.test(pattern)) {
      out.add(pattern);
      continue;
    }
    const re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    const matches = universe.filter((arn) => arn !== '*' && re.test(arn)).slice(0, MAX_QUESTIONS);
    if (matches.length) for (const m of matches) out.add(m);
    else out.add(pattern);
  }
  return [...out].slice(0, MAX_QUESTIONS);
}

function gatePolicies(
  gates: readonly BlockedBy[],
  deniedBy: readonly { policyId: string }[],
  principal: string,
  after: Snapshot,
): string[] {
  const out = new Set(deniedBy.map((d) => d.policyId));
  if (gates.includes('boundary')) {
    for (const a of after.accounts) {
      const p = [...a.iam.roles, ...a.iam.users].find((x) => x.arn === principal);
      if (p?.permissionsBoundary) out.add(p.permissionsBoundary);
    }
  }
  return [...out].sort();
}

function dedupe(blockers: StatementBlocker[]): StatementBlocker[] {
  const seen = new Set<string>();
  return blockers.filter((b) => {
    const k = JSON.stringify(b);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function techniqueActions(): Set<string> {
  const out = new Set<string>();
  for (const t of techniques)
    for (const set of principalRequirementSets(t))
      for (const p of set) for (const a of p.actions) out.add(a.toLowerCase());
  return out;
}
