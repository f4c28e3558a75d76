// One scenario through both engines: ours (`evaluate`) and the external simulator
// (@cloud-copilot/iam-simulate, AGPL: a devDependency used only by tests and benchmarks) in
// Strict mode, reduced to AWS's three verdicts.
import { anonymousPrincipal, runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { Decision } from '../../src/policy/api.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { toEvaluationInput, type Scenario } from '../support/policy-generator.js';

export type Verdict = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied' | 'Conditional';

export function toSimulation(s: Scenario): Simulation {
  const named = (docs: unknown[], prefix: string) =>
    docs.map((policy, i) => ({ name: `${prefix}-${i}`, policy }));
  return {
    request: {
      principal: s.principal.kind === 'anonymous' ? anonymousPrincipal : s.principal.arn,
      action: s.target.action,
      resource: { resource: s.target.resource, accountId: s.target.resourceAccount },
      contextVariables: s.context,
    },
    identityPolicies: named(s.identity, 'identity'),
    resourcePolicy: s.resourcePolicy,
    permissionBoundaryPolicies: s.boundary ? named(s.boundary, 'boundary') : undefined,
    sessionPolicy: s.session,
    serviceControlPolicies: (s.scps ?? []).map((level, i) => ({
      orgIdentifier: `scp-level-${i}`,
      policies: named(level, `scp-${i}`),
    })),
    resourceControlPolicies: (s.rcps ?? []).map((level, i) => ({
      orgIdentifier: `rcp-level-${i}`,
      policies: named(level, `rcp-${i}`),
    })),
  };
}

export function ourVerdict(d: Decision): Verdict {
  if (d.outcome === 'Allow') return 'Allowed';
  if (d.outcome === 'Conditional') return 'Conditional';
  return d.blockedBy.includes('explicit-deny') ? 'ExplicitlyDenied' : 'ImplicitlyDenied';
}

export interface Comparison {
  ours: Verdict;
  theirs?: Verdict;
  /** The simulator refused the input (its validation); the case is not compared. */
  simulatorError?: string;
  decision: Decision;
  /** Context keys the simulator filtered out as not applicable to the action (we drop them too). */
  ignoredKeys: string[];
}

export async function compare(s: Scenario): Promise<Comparison> {
  const sim = await runSimulation(toSimulation(s), { simulationMode: 'Strict' });
  if (sim.resultType === 'error') {
    const decision = evaluate(toEvaluationInput(s));
    return {
      ours: ourVerdict(decision),
      decision,
      ignoredKeys: [],
      simulatorError: JSON.stringify(sim.errors),
    };
  }
  // The simulator drops context keys its catalog says do not apply to the action; a real request
  // would not carry them either, so our engine sees the same context.
  const ignoredKeys = sim.resultType === 'single' ? (sim.result.ignoredContextKeys ?? []) : [];
  const input = toEvaluationInput(s);
  if (ignoredKeys.length) {
    const context = { ...input.request.context };
    for (const k of ignoredKeys) delete context[k];
    input.request.context = context;
  }
  const decision = evaluate(input);
  return { ours: ourVerdict(decision), theirs: sim.overallResult as Verdict, decision, ignoredKeys };
}
