// AWS Organizations responses (management account only).
//
//   normalizeOrganization(raw): { id, arn?, managementAccountId }      (describe-organization)
//   normalizeRoots(raw, ctx): OrgUnit[]                                  (list-roots)
//   normalizeUnits(raw, ctx, parentId): OrgUnit[]                        (list-organizational-units-for-parent)
//   normalizeOrgAccounts(raw, ctx, parentId?): OrgAccount[]              (list-accounts / list-accounts-for-parent)
//   normalizePolicySummaries(raw, ctx): Omit<OrgPolicy, 'document' | 'targets'>[]   (list-policies)
//   normalizePolicyContent(raw, ctx, policyId): PolicyDocumentJson | null            (describe-policy)
//   normalizePolicyTargets(raw, ctx): string[]                           (list-targets-for-policy)
import type { OrgAccount, OrgPolicy, OrgUnit, PolicyDocumentJson } from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { readPolicyDocument } from './policy-document.js';
import { Json } from './shape.js';

export function normalizeOrganization(raw: unknown): {
  id: string;
  arn?: string;
  managementAccountId: string;
} {
  const o = new Json(raw).get('Organization');
  const org: { id: string; arn?: string; managementAccountId: string } = {
    id: o.str('Id'),
    managementAccountId: o.str('MasterAccountId'),
  };
  const arn = o.optStr('Arn');
  if (arn) org.arn = arn;
  return org;
}

function unit(u: Json, kind: OrgUnit['kind'], parentId?: string): OrgUnit {
  const out: OrgUnit = { id: u.str('Id'), name: u.optStr('Name') ?? u.str('Id'), kind };
  const arn = u.optStr('Arn');
  if (arn) out.arn = arn;
  if (parentId) out.parentId = parentId;
  return out;
}

export function normalizeRoots(raw: unknown, ctx: NormalizeContext): OrgUnit[] {
  return eachItem(ctx, new Json(raw).list('Roots'), (r) => unit(r, 'root'));
}

export function normalizeUnits(raw: unknown, ctx: NormalizeContext, parentId: string): OrgUnit[] {
  return eachItem(ctx, new Json(raw).list('OrganizationalUnits'), (u) => unit(u, 'ou', parentId));
}

export function normalizeOrgAccounts(raw: unknown, ctx: NormalizeContext, parentId?: string): OrgAccount[] {
  return eachItem(ctx, new Json(raw).list('Accounts'), (a) => {
    const account: OrgAccount = { id: a.str('Id') };
    for (const [key, field] of [
      ['Arn', 'arn'],
      ['Name', 'name'],
      ['Email', 'email'],
      ['Status', 'status'],
    ] as const) {
      const value = a.optStr(key);
      if (value) account[field] = value;
    }
    if (parentId) account.parentId = parentId;
    return account;
  });
}

export function normalizePolicySummaries(
  raw: unknown,
  ctx: NormalizeContext,
): Omit<OrgPolicy, 'document' | 'targets'>[] {
  return eachItem(ctx, new Json(raw).list('Policies'), (p) => {
    const type = p.str('Type');
    const policy: Omit<OrgPolicy, 'document' | 'targets'> = {
      id: p.str('Id'),
      name: p.str('Name'),
      type: type === 'RESOURCE_CONTROL_POLICY' ? 'RESOURCE_CONTROL_POLICY' : 'SERVICE_CONTROL_POLICY',
      awsManaged: p.bool('AwsManaged', false),
    };
    const arn = p.optStr('Arn');
    if (arn) policy.arn = arn;
    return policy;
  });
}

export function normalizePolicyContent(
  raw: unknown,
  ctx: NormalizeContext,
  policyId: string,
): PolicyDocumentJson | null {
  return readPolicyDocument(ctx, new Json(raw).get('Policy').get('Content'), policyId);
}

export function normalizePolicyTargets(raw: unknown, ctx: NormalizeContext): string[] {
  return eachItem(ctx, new Json(raw).list('Targets'), (t) => t.str('TargetId'));
}
