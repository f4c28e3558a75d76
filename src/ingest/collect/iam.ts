// IAM (global): the authorization details (users, groups, roles, policies with every version), and
// per user the access key ids and whether a console password exists.
import {
  IAMClient,
  GetAccountAuthorizationDetailsCommand,
  ListAccessKeysCommand,
  GetLoginProfileCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListAccessKeys,
} from '@aws-sdk/client-iam';
import { type AccountContext, accountFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const iamCalls = [
  readCall(GetAccountAuthorizationDetailsCommand, 'iam:GetAccountAuthorizationDetails'),
  readCall(ListAccessKeysCommand, 'iam:ListAccessKeys'),
  readCall(GetLoginProfileCommand, 'iam:GetLoginProfile'),
];

export async function collectIam(ctx: AccountContext): Promise<void> {
  const client = ctx.clients.get(IAMClient, ctx.globalRegion);
  const details = await recordPages(ctx, accountFile(ctx, 'iam/get-account-authorization-details.json'), () =>
    paginateGetAccountAuthorizationDetails({ client }, {}),
  );
  const users = (details?.UserDetailList ?? []).flatMap((u) => (u.UserName ? [u.UserName] : []));
  await Promise.all(
    users.flatMap((user) => [
      recordPages(ctx, accountFile(ctx, `iam/list-access-keys/${namePart(user)}.json`), () =>
        paginateListAccessKeys({ client }, { UserName: user }),
      ),
      recordCall(
        ctx,
        accountFile(ctx, `iam/get-login-profile/${namePart(user)}.json`),
        () => client.send(new GetLoginProfileCommand({ UserName: user })),
        { none: ['NoSuchEntity', 'NoSuchEntityException'] },
      ),
    ]),
  );
  ctx.progress.section(`${ctx.account} iam`);
}
