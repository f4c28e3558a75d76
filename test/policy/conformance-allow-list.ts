// Conformance vectors on which our engine deliberately disagrees with the external suite, each
// with the AWS documentation that our reading follows. The conformance test fails if a listed
// vector starts to agree (so this list never goes stale) or if an unlisted vector disagrees.
// Keys are `<file relative to conformance/iam-simulate> :: <vector name>`.

export interface AllowListEntry {
  reason: string;
  reference: string;
}

/** Strict vectors (target: at most 5). */
export const STRICT_ALLOW_LIST: Record<string, AllowListEntry> = {
  'sessionPolicies.json :: Implicit deny in session policy denies even if session ARN in resource policy': {
    reason:
      'AWS documents that when a resource-based policy names the session itself as principal, ' +
      'the session gets the permissions that policy allows in addition to what its session ' +
      'policies allow: the session policy limits the identity-based permissions (and grants to ' +
      'the role or user ARN), not a grant to the session ARN. We allow; the vector encodes the ' +
      'simulator’s stricter reading (its README names this case as ambiguous).',
    reference:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session; ' +
      'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html (Policy parameter)',
  },
};

/** Discovery vectors: where our Conditional outcome differs from the simulator's report. */
export const DISCOVERY_ALLOW_LIST: Record<string, AllowListEntry> = {
  'discoveryMode/allowedConditions/matrix.json :: Known matching condition in allow statement is not returned in conditions':
    {
      reason:
        'The simulator treats the example context value (aws:SecureTransport=true) as a possible ' +
        'world and omits a condition it satisfies. Our discovery mode treats every context value ' +
        'as a hypothesis unless a constraint says it is known, so the Allow depends on ' +
        'aws:SecureTransport too and we name it: a superset of the keys, never a missed one.',
      reference:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html (docs/policy-engine.md: three-valued conditions)',
    },
  'discoveryMode/roleVsSession.json :: Allow when Deny Has a Session and Request Role Matches in Discovery Mode':
    {
      reason:
        'A Deny naming one session ARN of the role applies to the role’s request when the session ' +
        'has that name, which the analysis cannot know. The simulator reports an unconditional ' +
        'Allow; we report Conditional on the session name (sts:RoleSessionName), because an ' +
        'unknown Deny must never make an Allow look unconditional.',
      reference:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-role-session',
    },
};
