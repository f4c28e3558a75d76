// Properties of the decision procedure over seeded random scenarios (the differential test's
// generator): narrowing any policy never widens the outcome. Outcomes are ordered
// Deny < Conditional < Allow; each mutation below may only keep or lower that rank.
// On failure fast-check prints the seed and the shrunk scenario. POLICY_PROP_SEED overrides the seed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Outcome } from '../../src/policy/api.js';
import { evaluate } from '../../src/policy/evaluate.js';
import {
  doc,
  scenario,
  statement,
  toEvaluationInput,
  type Doc,
  type Scenario,
  type Statement,
} from '../support/policy-generator.js';

const SEED = Number(process.env.POLICY_PROP_SEED ?? 20261128);
const RUNS = 2_000;
const RANK: Record<Outcome, number> = { Deny: 0, Conditional: 1, Allow: 2 };
type Mode = 'strict' | 'discovery';

function outcome(s: Scenario, mode: Mode): Outcome {
  return evaluate({ ...toEvaluationInput(s), unknownKeys: mode }).outcome;
}

// ---------------------------------------------------------------- where a policy document sits

type SlotKind = 'identity' | 'resource' | 'boundary' | 'session' | 'scp' | 'rcp';
interface Slot {
  kind: SlotKind;
  get(s: Scenario): Doc;
  set(s: Scenario, d: Doc): Scenario;
}

/** Every policy document of a scenario, with a way to replace it. */
function slots(s: Scenario): Slot[] {
  const out: Slot[] = [];
  s.identity.forEach((_, i) =>
    out.push({
      kind: 'identity',
      get: (x) => x.identity[i],
      set: (x, d) => ({ ...x, identity: x.identity.map((o, j) => (j === i ? d : o)) }),
    }),
  );
  if (s.resourcePolicy)
    out.push({
      kind: 'resource',
      get: (x) => x.resourcePolicy!,
      set: (x, d) => ({ ...x, resourcePolicy: d }),
    });
  (s.boundary ?? []).forEach((_, i) =>
    out.push({
      kind: 'boundary',
      get: (x) => x.boundary![i],
      set: (x, d) => ({ ...x, boundary: x.boundary!.map((o, j) => (j === i ? d : o)) }),
    }),
  );
  if (s.session) out.push({ kind: 'session', get: (x) => x.session!, set: (x, d) => ({ ...x, session: d }) });
  for (const kind of ['scp', 'rcp'] as const) {
    (s[`${kind}s`] ?? []).forEach((level, i) =>
      level.forEach((_, j) =>
        out.push({
          kind,
          get: (x) => x[`${kind}s`]![i][j],
          set: (x, d) => ({
            ...x,
            [`${kind}s`]: x[`${kind}s`]!.map((l, a) => (a === i ? l.map((o, b) => (b === j ? d : o)) : l)),
          }),
        }),
      ),
    );
  }
  return out;
}

/** An Allow statement that matches no request the generator makes: what is left of a document
 *  whose last Allow was removed (an empty document would read as "no boundary" or be invalid). */
const INERT: Statement = {
  Effect: 'Allow',
  Action: 'iam:GetUser',
  Resource: 'arn:aws:iam::999999999999:user/nobody',
};

const denies = fc.record({
  plain: statement({ effect: 'Deny' }),
  resource: statement({ effect: 'Deny', principal: true }),
  trust: statement({ effect: 'Deny', principal: true, resource: false }),
  rcp: statement({ effect: 'Deny', principal: true, rcp: true }),
});
type Denies = { plain: Statement; resource: Statement; trust: Statement; rcp: Statement };

function addDeny(s: Scenario, slot: Slot, d: Denies, at: number): Scenario {
  const deny =
    slot.kind === 'rcp'
      ? d.rcp
      : slot.kind === 'resource'
        ? s.target.policy === 'trust'
          ? d.trust
          : d.resource
        : d.plain;
  const statements = [...slot.get(s).Statement];
  statements.splice(at % (statements.length + 1), 0, deny);
  return slot.set(s, doc(statements));
}

/** The scenario without one Allow statement (chosen by `pick`), or undefined if it has none. */
function removeAllow(s: Scenario, kinds: readonly SlotKind[], pick: number): Scenario | undefined {
  const candidates: [Slot, number][] = [];
  for (const slot of slots(s).filter((x) => kinds.includes(x.kind)))
    slot.get(s).Statement.forEach((st, i) => st.Effect === 'Allow' && candidates.push([slot, i]));
  if (!candidates.length) return undefined;
  const [slot, index] = candidates[pick % candidates.length];
  const rest = slot.get(s).Statement.filter((_, i) => i !== index);
  return slot.set(s, doc(rest.some((st) => st.Effect === 'Allow') ? rest : [INERT, ...rest]));
}

const ALL: SlotKind[] = ['identity', 'resource', 'boundary', 'session', 'scp', 'rcp'];
const GUARDRAILS: SlotKind[] = ['scp', 'boundary'];

/** How often a mutation lowered the outcome: a property that never sees its mutation bite
 *  proves nothing, so each test also asserts this is non-zero. */
const lowered = { count: 0 };

function neverWidens(before: Scenario, after: Scenario, mode: Mode): boolean {
  const a = outcome(before, mode);
  const b = outcome(after, mode);
  if (RANK[b] > RANK[a]) throw new Error(`${mode}: ${a} became ${b}`);
  if (RANK[b] < RANK[a]) lowered.count++;
  return true;
}

function assertBites() {
  assert.ok(lowered.count > 0, 'the mutation never lowered an outcome: the generator misses this case');
}

describe('policy properties: narrowing a policy never grants', function () {
  this.timeout(120_000);
  const params = { seed: SEED, numRuns: RUNS };
  beforeEach(() => (lowered.count = 0));

  for (const mode of ['strict', 'discovery'] as const) {
    describe(`${mode} mode`, function () {
      it('adding a Deny statement to any policy never grants', function () {
        fc.assert(
          fc.property(scenario(), denies, fc.nat(), fc.nat(), (s, d, which, at) => {
            const all = slots(s);
            fc.pre(all.length > 0);
            return neverWidens(s, addDeny(s, all[which % all.length], d, at), mode);
          }),
          params,
        );
        assertBites();
      });

      it('removing an Allow statement from any policy never grants', function () {
        fc.assert(
          fc.property(scenario(), fc.nat(), (s, pick) => {
            const after = removeAllow(s, ALL, pick);
            fc.pre(after !== undefined);
            return neverWidens(s, after!, mode);
          }),
          params,
        );
        assertBites();
      });

      it('narrowing an SCP or a permissions boundary (remove an Allow, add a Deny) never grants', function () {
        const guarded = scenario().filter((s) => !!s.scps || !!s.boundary);
        fc.assert(
          fc.property(guarded, denies, fc.nat(), fc.nat(), fc.boolean(), (s, d, which, at, remove) => {
            const guards = slots(s).filter((x) => GUARDRAILS.includes(x.kind));
            const after = remove
              ? removeAllow(s, GUARDRAILS, which)
              : addDeny(s, guards[which % guards.length], d, at);
            fc.pre(after !== undefined);
            return neverWidens(s, after!, mode);
          }),
          params,
        );
        assertBites();
      });
    });
  }

  it('adding a condition on an unknown key to an Allow statement never turns Conditional (or Deny) into Allow', function () {
    // Keys the generator never puts in a request: in discovery mode their value is unknown.
    const unknownCondition = fc.record({
      op: fc.constantFrom(
        'StringEquals',
        'StringNotEquals',
        'StringLike',
        'Bool',
        'Null',
        'StringEqualsIfExists',
      ),
      key: fc.constantFrom(
        'aws:SourceVpce',
        'aws:ViaAWSService',
        'aws:PrincipalIsAWSService',
        'aws:SourceVpc',
      ),
      value: fc.constantFrom('true', 'false', 'vpce-1a2b3c', 'vpc-*'),
    });
    const seen = { conditional: 0, allowToConditional: 0 };
    fc.assert(
      fc.property(scenario(), unknownCondition, fc.nat(), (s, c, pick) => {
        const candidates: [Slot, number][] = [];
        for (const slot of slots(s))
          slot.get(s).Statement.forEach((st, i) => st.Effect === 'Allow' && candidates.push([slot, i]));
        fc.pre(candidates.length > 0);
        const [slot, index] = candidates[pick % candidates.length];
        const statements = slot.get(s).Statement.map((st, i) => {
          if (i !== index) return st;
          const condition = { ...((st.Condition ?? {}) as Record<string, Record<string, unknown>>) };
          condition[c.op] = { ...(condition[c.op] ?? {}), [c.key]: c.value };
          return { ...st, Condition: condition };
        });
        const before = outcome(s, 'discovery');
        const after = outcome(slot.set(s, doc(statements)), 'discovery');
        if (before === 'Conditional') seen.conditional++;
        if (before === 'Allow' && after === 'Conditional') seen.allowToConditional++;
        if (before !== 'Allow' && after === 'Allow') throw new Error(`${before} became Allow`);
        return RANK[after] <= RANK[before];
      }),
      params,
    );
    // The property only means something if the generator reaches Conditional outcomes.
    assert.ok(seen.conditional > 0 && seen.allowToConditional > 0, JSON.stringify(seen));
  });
});
