// `evaluate`: one request against explicitly given policies (no snapshot). Pure apart from the
// action catalog it reads once. Used by the conformance suite and by differential tests; the
// access model runs the same decision procedure (decide.ts) over a snapshot's compiled policies.
import type { Diagnostic } from '../snapshot/types.js';
import type { Decision, EvaluationInput, PolicyInput, PolicyType } from './api.js';
import { actionCatalog } from './catalog.js';
import {
  compilePolicy,
  preparedRequest,
  unknownActionDiagnostics,
  type CompiledPolicy,
  type PreparedRequest,
} from './compile.js';
import { MapRequestContext } from './conditions/context.js';
import { decideRequest, policySets, serviceVerdicts, type PolicySets } from './decide.js';
import { arnAccount } from './match/arn.js';
import { describePrincipal } from './match/principal.js';
import { hasWildcard } from './match/wildcard.js';
import { parsePolicy } from './parse/policy.js';

export interface EvaluationResult extends Decision {
  /** Problems in the given policies (a bad policy grants nothing; its readable Denies count). */
  diagnostics?: Diagnostic[];
}

function isWrapped(
  input: PolicyInput,
): input is { id: string; document: Record<string, unknown> | null; versionId?: string } {
  if (input === null || typeof input !== 'object') return false;
  return typeof (input as { id?: unknown }).id === 'string' && 'document' in input && !('Statement' in input);
}

export function evaluate(input: EvaluationInput): EvaluationResult {
  const catalog = actionCatalog();
  const diagnostics: Diagnostic[] = [];
  const compile = (policy: PolicyInput, fallbackId: string, type: PolicyType): CompiledPolicy => {
    const wrapped = isWrapped(policy);
    const parsed = parsePolicy(wrapped ? policy.document : policy, wrapped ? policy.id : fallbackId, type, {
      versionId: wrapped ? policy.versionId : undefined,
    });
    diagnostics.push(...parsed.diagnostics, ...unknownActionDiagnostics(parsed.policy, catalog));
    return compilePolicy(parsed.policy, catalog);
  };

  const { request } = input;
  const catalogAction = catalog.get(request.action);
  const discovery = input.unknownKeys === 'discovery';
  const absentNames = new Set<string>();
  const absentFamilies: RegExp[] = [];
  for (const k of input.knownAbsentKeys ?? []) {
    if (typeof k === 'string') absentNames.add(k.toLowerCase());
    else absentFamilies.push(k);
  }
  const context = new MapRequestContext(request.context ?? {}, {
    missing: discovery ? 'unknown' : 'absent',
    knownAbsent: (key) => absentNames.has(key) || absentFamilies.some((re) => re.test(key)),
    unknownKeys: input.unknownValueKeys,
  });
  const boundaries = input.permissionBoundaries ?? [];
  const req: PreparedRequest = preparedRequest();
  req.principal = describePrincipal(request.principal);
  req.action = request.action.toLowerCase();
  req.actionId = catalogAction?.id;
  req.resource = request.resource;
  req.resourceIsSet = hasWildcard(request.resource);
  req.wildcardOnly =
    (request.wildcardOnlyAction ?? catalogAction?.wildcardOnly ?? false) && request.resource === '*';
  req.context = context;
  req.principalHasBoundary = boundaries.length > 0;
  req.sessionNameUnknown = discovery && (req.principal.kind === 'role' || req.principal.kind === 'session');
  req.unresolvedVariablesUnknown = discovery;
  const verdicts = serviceVerdicts(req, catalogAction);
  const service = req.action.slice(0, req.action.indexOf(':'));
  const rcpApplies = !input.resourceExemptFromRcps && catalog.rcpServices.has(service);

  const sets: PolicySets = policySets(
    (input.identityPolicies ?? []).map((p, i) => compile(p, String(i), 'identity')),
    input.resourcePolicyType ?? verdicts.resourceType ?? 'resource',
  );
  sets.boundary = boundaries.map((p, i) => compile(p, `boundary-${i}`, 'boundary'));
  sets.resourceAccount = request.resourceAccount ?? arnAccount(request.resource);
  sets.serviceDeny = verdicts.serviceDeny;
  sets.alwaysAllowed = verdicts.alwaysAllowed;
  if (input.resourcePolicy) {
    sets.resource = compile(input.resourcePolicy, 'resource-policy', sets.resourceType);
  }
  if (input.sessionPolicy) sets.session = compile(input.sessionPolicy, 'session-policy', 'session');
  const serviceLinked = /:role\/aws-service-role\/|:assumed-role\/AWSServiceRoleFor/.test(request.principal);
  if (input.serviceControlPolicies && !(input.principalExemptFromScps ?? serviceLinked)) {
    sets.scp = input.serviceControlPolicies.map((level) => ({
      id: level.id,
      policies: level.policies.map((p, i) => compile(p, `${level.id}/${i}`, 'scp')),
    }));
  }
  if (input.resourceControlPolicies && rcpApplies) {
    sets.rcp = input.resourceControlPolicies.map((level) => ({
      id: level.id,
      policies: level.policies.map((p, i) => compile(p, `${level.id}/${i}`, 'rcp')),
    }));
  }
  if (input.endpointPolicies)
    sets.endpoint = input.endpointPolicies.map((p, i) => compile(p, `endpoint-${i}`, 'endpoint'));
  const decision: EvaluationResult = decideRequest(sets, req);
  if (diagnostics.length) decision.diagnostics = diagnostics;
  return decision;
}
