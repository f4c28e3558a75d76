// The Organizations files of a management account: the organization, its root/OU tree, accounts and
// their placement, and SCPs/RCPs with their targets.
//
// `organizations/list-accounts-for-parent/<parent-id>.json` is an extra of the layout (the account's
// place in the OU tree). Without it, accounts of an organization with no OUs hang below the root;
// with OUs, their placement is a gap (SCPs on OUs cannot be applied to them).
import type { OrgAccount, OrgPolicy, OrgUnit, Organization } from '../../snapshot/types.js';
import {
  normalizeOrgAccounts,
  normalizeOrganization,
  normalizePolicyContent,
  normalizePolicySummaries,
  normalizePolicyTargets,
  normalizeRoots,
  normalizeUnits,
} from '../normalize/organizations.js';
import { type DumpContext, fileName, readWith } from './context.js';

export function hasOrganizationFiles(dc: DumpContext): boolean {
  const prefix = `${dc.account}/organizations/`;
  return [...dc.files.all].some((f) => f.startsWith(prefix));
}

const NOT_IN_USE = 'AWSOrganizationsNotInUseException';

/**
 * The organizations error files that say "this account is in no organization". Any one of them is
 * enough (a script may have run every call); they are consumed here, as nothing else reads them.
 */
async function notInUseFiles(dc: DumpContext): Promise<string[]> {
  const prefix = `${dc.account}/organizations/`;
  const out: string[] = [];
  const diagnostics = dc.diagnostics.length;
  for (const file of [...dc.files.all].filter((f) => f.startsWith(prefix) && f.endsWith('.error.json'))) {
    const base = file.slice(0, -'.error.json'.length);
    if (dc.files.has(`${base}.json`)) continue;
    const r = await dc.files.read(base);
    if (r.status === 'error' && r.code === NOT_IN_USE) out.push(file);
    else dc.files.consumed.delete(file); // only probed: its reader reports it
  }
  dc.diagnostics.length = diagnostics; // same: a broken error file is reported once, by its reader
  return out;
}

export async function readOrganization(dc: DumpContext): Promise<Organization | undefined> {
  // Not in an organization: no organization, no SCP/RCP applies; not a coverage gap.
  const describeOk = dc.files.has(`${dc.account}/organizations/describe-organization.json`);
  if (!describeOk && (await notInUseFiles(dc)).length > 0) return undefined;
  const spec = (operation: string, resource?: string) => ({
    path: resource ? `organizations/${operation}/${fileName(resource)}` : `organizations/${operation}`,
    service: 'organizations',
    operation,
    resource,
    paginated: operation.startsWith('list-'), // ids hold no dots: `<id>.2.json` can only be a page
  });
  const org = await readWith(
    dc,
    { ...spec('describe-organization'), noneCodes: [NOT_IN_USE] },
    normalizeOrganization,
  );
  // Not in an organization, or a member account: the tree and policies live in the management folder.
  if (!org || org.managementAccountId !== dc.account) return undefined;
  const roots = (await readWith(dc, spec('list-roots'), normalizeRoots)) ?? [];
  const units: OrgUnit[] = [...roots];
  const queue = roots.map((r) => r.id);
  while (queue.length > 0) {
    const parent = queue.shift() as string;
    const children =
      (await readWith(dc, spec('list-organizational-units-for-parent', parent), (raw, ctx) =>
        normalizeUnits(raw, ctx, parent),
      )) ?? [];
    for (const child of children) {
      if (units.some((u) => u.id === child.id)) continue;
      units.push(child);
      queue.push(child.id);
    }
  }

  const accounts: OrgAccount[] =
    (await readWith(dc, spec('list-accounts'), (raw, ctx) => normalizeOrgAccounts(raw, ctx))) ?? [];
  const placementFolder = `${dc.account}/organizations/list-accounts-for-parent`;
  if (dc.files.names(placementFolder).length > 0) {
    for (const unit of units) {
      const placed = await readWith(dc, spec('list-accounts-for-parent', unit.id), (raw, ctx) =>
        normalizeOrgAccounts(raw, ctx, unit.id),
      );
      for (const p of placed ?? []) {
        const account = accounts.find((a) => a.id === p.id);
        if (account) account.parentId = unit.id;
        else accounts.push(p);
      }
    }
  } else if (units.length === roots.length && roots.length === 1) {
    for (const account of accounts) account.parentId = roots[0].id;
  } else if (accounts.length > 0) {
    dc.gaps.push({
      account: dc.account,
      service: 'organizations',
      operation: 'list-accounts-for-parent',
      file: `${placementFolder}/`,
      code: 'NotCollected',
      message: 'accounts cannot be placed in the OU tree; SCPs/RCPs attached to OUs are not applied to them',
    });
  }

  const policies: OrgPolicy[] = [];
  for (const [file, type] of [
    ['list-policies-service-control-policy', 'SCP'],
    ['list-policies-resource-control-policy', 'RCP'],
  ] as const) {
    const summaries = (await readWith(dc, spec(file), normalizePolicySummaries)) ?? [];
    for (const summary of summaries) {
      if (type === 'RCP') summary.type = 'RESOURCE_CONTROL_POLICY';
      const document = await readWith(dc, spec('describe-policy', summary.id), (raw, ctx) =>
        normalizePolicyContent(raw, ctx, summary.id),
      );
      const targets = await readWith(dc, spec('list-targets-for-policy', summary.id), normalizePolicyTargets);
      policies.push({ ...summary, document: document ?? null, targets: targets ?? [] });
    }
  }
  const organization: Organization = {
    id: org.id,
    managementAccountId: org.managementAccountId,
    units,
    accounts,
    policies,
  };
  if (org.arn) organization.arn = org.arn;
  return organization;
}
