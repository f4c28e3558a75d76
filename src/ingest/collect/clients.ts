// SDK v3 clients for one set of credentials: adaptive retry (backs off on throttling and timeouts,
// bounded attempts), a connection and a request timeout (an endpoint that never answers ends the call,
// not the run), an optional endpoint for every service (an emulator or a private endpoint; S3 then uses
// path-style addressing), and a guard that refuses any command outside the collector's read-only call table.
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

export interface ClientSettings {
  /** `--endpoint-url` / `AWS_ENDPOINT_URL`. */
  endpoint?: string;
  /** `--profile` / `AWS_PROFILE` (used by the default credential chain and region lookup). */
  profile?: string;
  /** Explicit credentials (an assumed member-account role); default: the standard chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  maxAttempts: number;
  /** Time to establish a connection, per attempt (ms); default 10 s. */
  connectTimeoutMs?: number;
  /** Time for the whole answer, per attempt (ms); default 60 s. */
  requestTimeoutMs?: number;
}

/** Generous for AWS endpoints (a connection takes well under a second, a large page a few seconds). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Thrown when code tries to send a command that is not in the call table: a bug, never a user error. */
export class NotReadOnlyError extends Error {
  constructor(command: string) {
    super(`blastmap collect refused to send ${command}: it is not in the read-only call table`);
    this.name = 'NotReadOnlyError';
  }
}

interface GuardableClient {
  middlewareStack: { add: (...args: never[]) => void };
  destroy(): void;
}

type Middleware = (
  next: (args: unknown) => Promise<unknown>,
  context: { commandName?: string },
) => (args: unknown) => Promise<unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClientClass<C> = new (config: any) => C;

export class ClientPool {
  private readonly clients = new Map<string, GuardableClient>();

  constructor(
    private readonly settings: ClientSettings,
    private readonly allowedCommands: ReadonlySet<string>,
  ) {}

  get<C extends GuardableClient>(ctor: ClientClass<C>, region: string): C {
    const key = `${ctor.name}@${region}`;
    const existing = this.clients.get(key);
    if (existing) return existing as C;
    const client = new ctor({
      region,
      endpoint: this.settings.endpoint,
      profile: this.settings.profile,
      credentials: this.settings.credentials,
      retryMode: 'adaptive',
      maxAttempts: this.settings.maxAttempts,
      // S3 only (other clients ignore them): emulators serve buckets by path, and a bucket in
      // another region is followed instead of failing.
      forcePathStyle: this.settings.endpoint !== undefined,
      followRegionRedirects: true,
      // Without these a call that is never answered waits forever. The SDK's request timeout only
      // logs unless told to throw; the thrown TimeoutError is retried like any transient error.
      requestHandler: {
        connectionTimeout: this.settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
        requestTimeout: this.settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        throwOnRequestTimeout: true,
      },
    });
    const allowed = this.allowedCommands;
    const guard: Middleware = (next, context) => async (args) => {
      const name = context.commandName ?? '(unnamed command)';
      if (!allowed.has(name)) throw new NotReadOnlyError(name);
      return next(args);
    };
    (client.middlewareStack.add as (m: Middleware, o: object) => void)(guard, {
      step: 'initialize',
      name: 'blastmapReadOnlyGuard',
      priority: 'high',
    });
    this.clients.set(key, client);
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
