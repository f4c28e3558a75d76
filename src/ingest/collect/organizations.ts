// Organizations (management account only): the organization, its roots and OU tree, the accounts,
// and the SCPs and RCPs with their documents and targets. Returns the member accounts so that
// --org-role can visit them.
import {
  OrganizationsClient,
  DescribeOrganizationCommand,
  ListRootsCommand,
  ListAccountsCommand,
  ListOrganizationalUnitsForParentCommand,
  ListAccountsForParentCommand,
  ListPoliciesCommand,
  DescribePolicyCommand,
  ListTargetsForPolicyCommand,
  paginateListRoots,
  paginateListAccounts,
  paginateListOrganizationalUnitsForParent,
  paginateListAccountsForParent,
  paginateListPolicies,
  paginateListTargetsForPolicy,
  type PolicyType,
} from '@aws-sdk/client-organizations';
import { type AccountContext, accountFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const organizationsCalls = [
  readCall(DescribeOrganizationCommand, 'organizations:DescribeOrganization'),
  readCall(ListRootsCommand, 'organizations:ListRoots'),
  readCall(ListAccountsCommand, 'organizations:ListAccounts'),
  readCall(ListOrganizationalUnitsForParentCommand, 'organizations:ListOrganizationalUnitsForParent'),
  readCall(ListAccountsForParentCommand, 'organizations:ListAccountsForParent'),
  readCall(ListPoliciesCommand, 'organizations:ListPolicies'),
  readCall(DescribePolicyCommand, 'organizations:DescribePolicy'),
  readCall(ListTargetsForPolicyCommand, 'organizations:ListTargetsForPolicy'),
];

export interface OrganizationView {
  managementAccountId: string;
  /** Every account of the organization (management included) with its status. */
  accounts: { id: string; status?: string }[];
}

const POLICY_FILES: [PolicyType, string][] = [
  ['SERVICE_CONTROL_POLICY', 'list-policies-service-control-policy'],
  ['RESOURCE_CONTROL_POLICY', 'list-policies-resource-control-policy'],
];

/** Undefined when the account is in no organization, or is not its management account. */
export async function collectOrganization(ctx: AccountContext): Promise<OrganizationView | undefined> {
  const client = ctx.clients.get(OrganizationsClient, ctx.globalRegion);
  const file = (name: string): string => accountFile(ctx, `organizations/${name}.json`);
  const org = await recordCall(
    ctx,
    file('describe-organization'),
    () => client.send(new DescribeOrganizationCommand({})),
    {
      none: ['AWSOrganizationsNotInUseException'],
    },
  );
  const managementAccountId = org?.Organization?.MasterAccountId;
  if (!managementAccountId || managementAccountId !== ctx.account) {
    if (managementAccountId) {
      ctx.progress.warn(
        `${ctx.account} is not the management account (${managementAccountId}): SCPs and RCPs are not collected`,
      );
    }
    return undefined;
  }

  const roots = await recordPages(ctx, file('list-roots'), () => paginateListRoots({ client }, {}));
  const accounts = await recordPages(ctx, file('list-accounts'), () => paginateListAccounts({ client }, {}));

  // The OU tree, breadth first: one file per parent (root or OU) for its OUs, and one for its
  // accounts (`list-accounts-for-parent`, an extra of the layout that places accounts in the tree).
  let parents = (roots?.Roots ?? []).flatMap((r) => (r.Id ? [r.Id] : []));
  while (parents.length > 0) {
    const children = await Promise.all(
      parents.map(async (ParentId) => {
        const [units] = await Promise.all([
          recordPages(ctx, file(`list-organizational-units-for-parent/${namePart(ParentId)}`), () =>
            paginateListOrganizationalUnitsForParent({ client }, { ParentId }),
          ),
          recordPages(ctx, file(`list-accounts-for-parent/${namePart(ParentId)}`), () =>
            paginateListAccountsForParent({ client }, { ParentId }),
          ),
        ]);
        return units;
      }),
    );
    parents = children.flatMap((c) => (c?.OrganizationalUnits ?? []).flatMap((ou) => (ou.Id ? [ou.Id] : [])));
  }

  for (const [Filter, name] of POLICY_FILES) {
    const listing = await recordPages(ctx, file(name), () => paginateListPolicies({ client }, { Filter }));
    await Promise.all(
      (listing?.Policies ?? []).flatMap((p) =>
        p.Id
          ? [
              recordCall(ctx, file(`describe-policy/${namePart(p.Id)}`), () =>
                client.send(new DescribePolicyCommand({ PolicyId: p.Id })),
              ),
              recordPages(ctx, file(`list-targets-for-policy/${namePart(p.Id)}`), () =>
                paginateListTargetsForPolicy({ client }, { PolicyId: p.Id }),
              ),
            ]
          : [],
      ),
    );
  }
  ctx.progress.section(`${ctx.account} organizations`);
  return {
    managementAccountId,
    accounts: (accounts?.Accounts ?? []).flatMap((a) => (a.Id ? [{ id: a.Id, status: a.Status }] : [])),
  };
}
