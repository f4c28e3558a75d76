// Policy engine benchmark on the seeded synthetic account of the analyze benchmark (5,000 roles
// with an inline policy, 1–2 shared managed policies and a trust policy each; 20,000 resources;
// wildcards, NotAction, conditions, resource scoping):
//   - compile: buildAccessModel over the whole snapshot;
//   - bulk: the question the graph builder asks, allowedActions(principal, actions, resources),
//     with the ~120 actions the technique records name, each against the resources of its
//     service; every (action, resource) pair counts as one decision;
//   - fast-path check: a sample of bulk answers against single `decide` calls;
//   - the external simulator (@cloud-copilot/iam-simulate, a devDependency) on a sample of the
//     same requests through its public entry point runSimulation, timed, for the ratio
//     (runUnsafeSimulation, which skips validation, crashes on a resource policy without metadata);
//   - peak RSS.
//   npm run bench -- policy [--seed N] [--principals N] [--simulate N]
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { AccessModel, Outcome } from '../src/policy/api.js';
import { buildAccessModel } from '../src/policy/access-model.js';
import { actionCatalog } from '../src/policy/catalog.js';
import { techniques } from '../src/graph/techniques/index.js';
import type { PolicyDocumentJson, Role, Snapshot } from '../src/snapshot/types.js';
import { SeededRandom } from './synthetic/random.js';
import { generateSyntheticSnapshot, MAIN_ACCOUNT } from './synthetic/generate.js';

const SCALE = { roles: 5000, taskDefinitions: 1000, resources: 20000 };

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** Every action a technique record names: what the graph builder asks the engine about. */
function interestingActions(): string[] {
  const actions = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (Array.isArray(record.actions) && typeof record.on === 'string')
        for (const a of record.actions) actions.add(String(a));
      else Object.values(record).forEach(walk);
    }
  };
  walk(techniques);
  return [...actions].sort();
}

/** Resources of the snapshot by `service:resource-type` as the action catalog names them
 *  (roles under iam:role and sts:role). An object ARN stands for its bucket's contents. */
function resourcesByType(snapshot: Snapshot): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (type: string, arn: string) => {
    const list = out.get(type);
    if (list) list.push(arn);
    else out.set(type, [arn]);
  };
  for (const a of snapshot.accounts) {
    for (const r of a.iam.roles) {
      add('iam:role', r.arn);
      add('sts:role', r.arn);
    }
    for (const u of a.iam.users) add('iam:user', u.arn);
    for (const g of a.iam.groups) add('iam:group', g.arn);
    for (const p of a.iam.policies) add('iam:policy', p.arn);
    for (const b of a.s3Buckets) {
      add('s3:bucket', b.arn);
      add('s3:object', `${b.arn}/data/export.csv`);
    }
    for (const s of a.secrets) add('secretsmanager:secret', s.arn);
    for (const p of a.ssmParameters) add('ssm:parameter', p.arn);
    for (const k of a.kmsKeys) add('kms:key', k.arn);
    for (const f of a.lambda) add('lambda:function', f.arn);
    for (const d of a.rds.instances) add('rds:db', d.arn);
    for (const t of a.ecs.taskDefinitions) add('ecs:task-definition', t.arn);
  }
  return out;
}

interface Question {
  actions: string[];
  resources: string[];
}

/** The bulk questions for one principal, as the graph builder groups them: each action against
 *  the resources of the types it acts on; wildcard-only actions (and actions on types the
 *  snapshot does not hold) against `*`. */
function questions(actions: string[], resources: Map<string, string[]>): Question[] {
  const catalog = actionCatalog();
  const groups = new Map<string, Set<string>>();
  const join = (key: string, action: string) => groups.set(key, (groups.get(key) ?? new Set()).add(action));
  for (const action of actions) {
    const entry = catalog.get(action);
    const service = action.slice(0, action.indexOf(':')).toLowerCase();
    const types = (entry?.resourceTypes ?? [])
      .map((t) => `${service}:${t.toLowerCase()}`)
      .filter((t) => resources.has(t));
    if (!types.length) join('*', action);
    for (const t of types) join(t, action);
  }
  return [...groups].map(([key, list]) => ({
    actions: [...list],
    resources: key === '*' ? ['*'] : resources.get(key)!,
  }));
}

// ------------------------------------------------------------------ the external simulator

const docOf = (snapshot: Snapshot) => {
  const managed = new Map<string, PolicyDocumentJson | null>();
  for (const a of snapshot.accounts)
    for (const p of a.iam.policies)
      managed.set(p.arn, p.versions.find((v) => v.versionId === p.defaultVersionId)?.document ?? null);
  const resourcePolicies = new Map<string, PolicyDocumentJson>();
  for (const a of snapshot.accounts) {
    for (const b of a.s3Buckets) if (b.policy) resourcePolicies.set(b.arn, b.policy);
    for (const k of a.kmsKeys) if (k.policy) resourcePolicies.set(k.arn, k.policy);
    for (const s of a.secrets) if (s.resourcePolicy) resourcePolicies.set(s.arn, s.resourcePolicy);
    for (const f of a.lambda) if (f.resourcePolicy) resourcePolicies.set(f.arn, f.resourcePolicy);
  }
  const roles = new Map<string, Role>();
  for (const a of snapshot.accounts) for (const r of a.iam.roles) roles.set(r.arn, r);
  return { managed, resourcePolicies, roles };
};

function simulation(
  lookup: ReturnType<typeof docOf>,
  role: Role,
  action: string,
  resource: string,
): Simulation {
  const identityPolicies = [
    ...role.inlinePolicies.map((p) => ({ name: p.name, policy: p.document })),
    ...role.attachedPolicies.map((arn) => ({ name: arn, policy: lookup.managed.get(arn) })),
  ].filter((p) => p.policy);
  const bucket = /^(arn:aws:s3:::[^/]+)/.exec(resource)?.[1];
  const resourcePolicy =
    action.toLowerCase().startsWith('sts:assumerole') && lookup.roles.has(resource)
      ? lookup.roles.get(resource)!.trustPolicy
      : lookup.resourcePolicies.get(bucket ?? resource);
  const context: Record<string, string> = {
    'aws:PrincipalArn': role.arn,
    'aws:PrincipalAccount': MAIN_ACCOUNT,
  };
  for (const [k, v] of Object.entries(role.tags)) context[`aws:PrincipalTag/${k}`] = v;
  return {
    request: {
      principal: role.arn,
      action,
      resource: { resource, accountId: MAIN_ACCOUNT },
      contextVariables: context,
    },
    identityPolicies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(resourcePolicy ? { resourcePolicy } : {}),
  };
}

// --------------------------------------------------------------------------------- the run

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function run(args: string[]): Promise<void> {
  const seed = option(args, '--seed', 1);
  const nPrincipals = option(args, '--principals', 20);
  const nSimulate = option(args, '--simulate', 2000);
  const rng = new SeededRandom(seed);

  const snapshot = generateSyntheticSnapshot({ ...SCALE, seed });
  const account = snapshot.accounts.find((a) => a.id === MAIN_ACCOUNT)!;
  const policyCount = account.iam.roles.reduce(
    (n, r) => n + r.inlinePolicies.length + r.attachedPolicies.length + (r.trustPolicy ? 1 : 0),
    0,
  );

  let t = performance.now();
  const model: AccessModel = buildAccessModel(snapshot);
  const compileSeconds = (performance.now() - t) / 1000;

  const actions = interestingActions();
  const qs = questions(actions, resourcesByType(snapshot));
  const principals = rng.sample(account.iam.roles, nPrincipals);

  // Bulk: every question for every sampled principal.
  let decisions = 0;
  let allowed = 0;
  const answers = new Map<string, Outcome>();
  t = performance.now();
  for (const p of principals) {
    for (const q of qs) {
      const entries = model.allowedActions(p.arn, q.actions, q.resources);
      decisions += q.actions.length * q.resources.length;
      allowed += entries.length;
      for (const e of entries)
        answers.set(`${p.arn} ${e.action.toLowerCase()} ${e.resource}`, e.decision.outcome);
    }
  }
  const bulkSeconds = (performance.now() - t) / 1000;
  const decisionsPerSecond = decisions / bulkSeconds;

  // The same requests, one at a time: a sample drawn from the bulk questions, half of them among
  // the pairs the bulk form allowed (so that Allow answers are checked too).
  const allowedKeys = [...answers.keys()];
  const requests: { role: Role; action: string; resource: string }[] = [];
  const roleOf = new Map(principals.map((p) => [p.arn, p]));
  for (let i = 0; i < nSimulate; i++) {
    if (i % 2 === 0 && allowedKeys.length) {
      const [arn, action, resource] = rng.pick(allowedKeys).split(' ');
      requests.push({ role: roleOf.get(arn)!, action, resource });
    } else {
      const q = rng.pick(qs);
      requests.push({
        role: rng.pick(principals),
        action: rng.pick(q.actions),
        resource: rng.pick(q.resources),
      });
    }
  }

  // Fast path vs single decisions.
  let agree = 0;
  const mismatches: string[] = [];
  t = performance.now();
  const single: Outcome[] = [];
  for (const r of requests) {
    const d = model.decide({ principal: r.role.arn, action: r.action, resource: r.resource });
    single.push(d.outcome);
  }
  const decideSeconds = (performance.now() - t) / 1000;
  requests.forEach((r, i) => {
    const bulk = answers.get(`${r.role.arn} ${r.action.toLowerCase()} ${r.resource}`) ?? 'Deny';
    if (bulk === single[i]) agree++;
    else if (mismatches.length < 5)
      mismatches.push(`${r.role.arn} ${r.action} ${r.resource}: bulk ${bulk}, decide ${single[i]}`);
  });

  // The external simulator on the same requests.
  const lookup = docOf(snapshot);
  const sims = requests.map((r) => simulation(lookup, r.role, r.action, r.resource));
  // Requests on `*` for an action that takes a resource mean "all resources" to the simulator (it
  // expands the pattern into several simulations); to us `*` is one literal resource. Those are
  // neither timed (they would flatter the ratio) nor compared. Requests it refuses (an action whose
  // resource type does not fit the ARN …) return early: not timed either.
  const catalog = actionCatalog();
  const patternRequest = (r: { action: string; resource: string }) =>
    r.resource === '*' && !(catalog.get(r.action)?.wildcardOnly ?? false);
  const safe: string[] = [];
  const refusals = new Map<string, number>();
  let simSeconds = 0;
  let simTimed = 0;
  for (const [i, s] of sims.entries()) {
    const start = performance.now();
    const res = await runSimulation(s, { simulationMode: 'Strict' });
    const elapsed = (performance.now() - start) / 1000;
    if (res.resultType === 'error') {
      safe.push('error');
      refusals.set(res.errors.message, (refusals.get(res.errors.message) ?? 0) + 1);
    } else {
      safe.push(res.overallResult);
      if (!patternRequest(requests[i])) {
        simSeconds += elapsed;
        simTimed++;
      }
    }
  }
  const simErrors = safe.filter((x) => x === 'error').length;
  const iamSimulatePerSecond = simTimed / simSeconds;
  // Verdicts side by side where ours is definite (Conditional has no Strict counterpart).
  let definite = 0;
  let sameVerdict = 0;
  const verdictDiffs: string[] = [];
  requests.forEach((r, i) => {
    if (single[i] === 'Conditional' || safe[i] === 'error' || patternRequest(r)) return;
    definite++;
    if ((single[i] === 'Allow') === (safe[i] === 'Allowed')) sameVerdict++;
    else if (process.env.BENCH_POLICY_DEBUG)
      verdictDiffs.push(
        `${r.role.arn} ${r.action} ${r.resource}: ours ${single[i]}, iam-simulate ${safe[i]}`,
      );
  });
  for (const d of verdictDiffs.slice(0, 10)) console.log(`  verdict differs: ${d}`);

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const ratioVsIamSimulate = decisionsPerSecond / iamSimulatePerSecond;

  const rows: [string, string][] = [
    [
      'synthetic account',
      `${fmt(account.iam.roles.length)} roles, ${fmt(policyCount)} role policies (inline + managed + trust), ${fmt(SCALE.resources)} resources, seed ${seed}`,
    ],
    ['compile (buildAccessModel)', `${fmt(compileSeconds, 2)} s`],
    ['bulk questions', `${nPrincipals} principals × ${qs.length} action groups (${actions.length} actions)`],
    ['bulk decisions', `${fmt(decisions)} in ${fmt(bulkSeconds, 2)} s (${fmt(allowed)} Allow/Conditional)`],
    ['bulk decisions / s', fmt(decisionsPerSecond)],
    ['single decide / s', fmt(requests.length / decideSeconds)],
    ['bulk vs decide agreement', `${agree}/${requests.length}`],
    [
      'iam-simulate runSimulation / s',
      `${fmt(iamSimulatePerSecond, 1)} (${simTimed} requests timed; ${sims.length - simTimed - simErrors} pattern requests and ${simErrors} refused untimed ${JSON.stringify(Object.fromEntries(refusals))})`,
    ],
    ['ratio (bulk / iam-simulate)', `${fmt(ratioVsIamSimulate)}×`],
    [
      'same verdict as iam-simulate',
      `${sameVerdict}/${definite} (ours not Conditional, resource not a pattern; informational)`,
    ],
    ['peak RSS', `${fmt(peakRssMb)} MB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('policy engine benchmark');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  for (const m of mismatches) console.log(`  fast-path mismatch: ${m}`);
  console.log(
    JSON.stringify({
      bench: 'policy',
      compileSeconds: Number(compileSeconds.toFixed(3)),
      decisionsPerSecond: Math.round(decisionsPerSecond),
      iamSimulatePerSecond: Number(iamSimulatePerSecond.toFixed(1)),
      ratioVsIamSimulate: Math.round(ratioVsIamSimulate),
      peakRssMb: Math.round(peakRssMb),
      bulkAgreement: `${agree}/${requests.length}`,
    }),
  );
  if (agree !== requests.length) process.exitCode = 1;
}
