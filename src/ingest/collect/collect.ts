// `collect(options)`: reads one account (or, with an org role, the whole organization) through the
// SDK and writes a dump in the layout of shared/DUMP-LAYOUT.md, staged in a temporary folder and
// renamed into place at the end. Gaps (denied, unsupported, throttled calls) are `.error.json` files.
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { InputError } from '../../snapshot/errors.js';
import { fingerprintKey } from '../fingerprint-key.js';
import { type AccountContext, type CollectedGap, accountFile, globalRegionOf } from './account-context.js';
import { ClientPool } from './clients.js';
import { collectAccount } from './collect-account.js';
import { DumpWriter } from './dump-writer.js';
import { enabledRegions } from './ec2.js';
import { createLimiter, forEachBounded, type Limiter } from './limiter.js';
import type { Progress } from './progress.js';
import { allowedCommandNames } from './read-only-calls.js';
import { errorOf } from './record-call.js';
import { createRedactor } from './redact-environment.js';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from './sts.js';

export interface CollectOptions {
  /** Dump folder to create (must not exist, or be empty). */
  out: string;
  profile?: string;
  /** Regions to read; `'all'` = every region enabled for the account; absent = the configured region. */
  regions?: string[] | 'all';
  /** Role name to assume in each member account (from the management account). */
  orgRole?: string;
  /** Endpoint for every client (emulator / private endpoint). */
  endpoint?: string;
  /** Calls in flight at once (default 8). */
  concurrency?: number;
  /** Member accounts read at once with an org role (default 4). */
  accountConcurrency?: number;
  /** SDK attempts per call, adaptive retry (default 10). */
  maxAttempts?: number;
  /** Per attempt: time to connect (default 10 s) and to get the whole answer (default 60 s), in ms. */
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  progress: Progress;
  /** Key of credential fingerprints in redaction markers (default: fingerprintKey() of the environment). */
  fingerprintKey?: Buffer;
}

export interface CollectResult {
  dir: string;
  /** Accounts with a folder in the dump (members that could not be assumed included). */
  accounts: string[];
  regions: string[];
  gaps: CollectedGap[];
  seconds: number;
}

interface Identity {
  account: string;
  partition: string;
}

async function callerIdentity(clients: ClientPool, region: string): Promise<Identity & { raw: object }> {
  const out = await clients.get(STSClient, region).send(new GetCallerIdentityCommand({}));
  const { $metadata: _m, ...raw } = out;
  const partition = /^arn:([^:]+):/.exec(out.Arn ?? '')?.[1] ?? 'aws';
  if (!out.Account) throw new Error('GetCallerIdentity returned no account');
  return { account: out.Account, partition, raw };
}

async function configuredRegion(profile: string | undefined, endpoint: string | undefined): Promise<string> {
  const probe = new STSClient({ profile, endpoint });
  try {
    return await probe.config.region();
  } catch {
    throw new InputError(
      'no AWS region configured',
      {},
      { hint: 'pass --regions, or set AWS_REGION or a region in the profile' },
    );
  } finally {
    probe.destroy();
  }
}

/** Credentials for a member account's role, refreshed by AssumeRole shortly before they expire. */
async function assumedRole(sts: STSClient, roleArn: string): Promise<AwsCredentialIdentityProvider> {
  let current: AwsCredentialIdentity | undefined;
  const refresh = async (): Promise<AwsCredentialIdentity> => {
    const expiresSoon = current?.expiration && current.expiration.getTime() - Date.now() < 5 * 60_000;
    if (!current || expiresSoon) {
      const out = await sts.send(
        new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'blastmap-collect' }),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
      current = {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
      };
    }
    return current;
  };
  await refresh(); // fail now, not inside every call, when the role cannot be assumed
  return refresh;
}

export async function collect(options: CollectOptions): Promise<CollectResult> {
  const started = Date.now();
  const allowed = allowedCommandNames();
  const settings = {
    endpoint: options.endpoint,
    profile: options.profile,
    maxAttempts: options.maxAttempts ?? 10,
    connectTimeoutMs: options.connectTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs,
  };
  const clients = new ClientPool(settings, allowed);
  const limit: Limiter = createLimiter(options.concurrency ?? 8);
  const gaps: CollectedGap[] = [];
  const pools: ClientPool[] = [clients];
  try {
    await DumpWriter.assertUsableTarget(options.out); // before any network call
    const key = options.fingerprintKey ?? fingerprintKey();
    const homeRegion =
      options.regions && options.regions !== 'all' && options.regions[0]
        ? options.regions[0]
        : await configuredRegion(options.profile, options.endpoint);
    let identity: Identity & { raw: object };
    try {
      identity = await callerIdentity(clients, homeRegion);
    } catch (err) {
      const e = errorOf(err);
      throw new InputError(
        `cannot identify the caller: ${e.code}: ${e.message}`,
        {},
        {
          hint: 'check the credentials (--profile, AWS_PROFILE, AWS_ACCESS_KEY_ID…) and --endpoint-url',
        },
      );
    }
    let regions = options.regions === 'all' ? [] : (options.regions ?? [homeRegion]);
    if (options.regions === 'all') {
      try {
        regions = await enabledRegions(clients, homeRegion);
      } catch (err) {
        const e = errorOf(err);
        throw new InputError(
          `cannot list the enabled regions (ec2:DescribeRegions): ${e.code}: ${e.message}`,
          {},
          {
            hint: 'pass the regions explicitly: --regions eu-west-1,us-east-1',
          },
        );
      }
    }

    const dump = await DumpWriter.open(options.out);
    const context = (account: string, partition: string, pool: ClientPool): AccountContext => ({
      account,
      partition,
      globalRegion: options.endpoint ? homeRegion : globalRegionOf(partition),
      clients: pool,
      dump,
      limit,
      progress: options.progress,
      gaps,
      redact: createRedactor(account, key),
    });

    const main = context(identity.account, identity.partition, clients);
    await dump.writeJson(accountFile(main, 'sts/get-caller-identity.json'), identity.raw);
    const organization = await collectAccount(main, regions, { organization: true });
    const accounts = [identity.account];

    if (options.orgRole) {
      if (!organization) {
        options.progress.warn(
          '--org-role ignored: the credentials are not those of an organization management account',
        );
      } else {
        const sts = clients.get(STSClient, homeRegion);
        const collectMember = async (memberId: string): Promise<void> => {
          const roleArn = `arn:${identity.partition}:iam::${memberId}:role/${options.orgRole}`;
          const memberCtx = context(memberId, identity.partition, clients);
          let credentials: AwsCredentialIdentityProvider;
          try {
            credentials = await limit(() => assumedRole(sts, roleArn));
          } catch (err) {
            // The account becomes a gap: its required IAM file is an error file naming the role.
            const e = errorOf(err);
            const error = { code: e.code, message: `could not assume ${roleArn}: ${e.message}` };
            const file = accountFile(memberCtx, 'iam/get-account-authorization-details.json');
            await dump.writeError(file, error);
            gaps.push({ file: file.replace(/\.json$/, '.error.json'), ...error });
            options.progress.warn(`${memberId}: ${error.code}: ${error.message}`);
            return;
          }
          const pool = new ClientPool({ ...settings, profile: undefined, credentials }, allowed);
          pools.push(pool);
          const memberIdentity = await callerIdentity(pool, homeRegion).catch(() => undefined);
          if (memberIdentity)
            await dump.writeJson(accountFile(memberCtx, 'sts/get-caller-identity.json'), memberIdentity.raw);
          await collectAccount({ ...memberCtx, clients: pool }, regions, { organization: false });
        };
        const members = organization.accounts
          .filter((m) => m.id !== identity.account && (!m.status || m.status === 'ACTIVE'))
          .map((m) => m.id);
        accounts.push(...members);
        // Member accounts are read a few at a time: their calls share the one call limiter, so a
        // slow account's tail no longer leaves the others waiting.
        await forEachBounded(members, options.accountConcurrency ?? 4, collectMember);
      }
    }

    // Concurrent members record their gaps in completion order: sort them for a stable result.
    gaps.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const dir = await dump.commit();
    return { dir, accounts, regions, gaps, seconds: (Date.now() - started) / 1000 };
  } finally {
    options.progress.close();
    for (const pool of pools) pool.destroy();
  }
}
