// A Neo4j fault the CLI renders as one line naming the server: unreachable, refused credentials,
// unsupported version, missing database, interrupted push. The URI's userinfo never reaches a message.

/**
 * `uri` without userinfo: everything between `scheme://` and the last `@` (a password may hold `/`,
 * `?` or `#` unescaped, so the authority is not parsed first), e.g. `bolt://<redacted>@host:7687`.
 */
export function withoutUserinfo(uri: string): string {
  const start = uri.indexOf('://');
  const at = uri.lastIndexOf('@');
  if (start < 0 || at < start) return uri;
  return `${uri.slice(0, start + 3)}<redacted>${uri.slice(at)}`;
}

/** True when the URI carries a user or a password (`bolt://user:password@host`). */
export function hasUserinfo(uri: string): boolean {
  return withoutUserinfo(uri) !== uri;
}

export class Neo4jPushError extends Error {
  readonly uri: string;
  /** 2: the user's settings are wrong (URI, credentials, database); 1: the server or the push failed. */
  readonly exitCode: number;

  constructor(uri: string, reason: string, exitCode: number) {
    const shown = withoutUserinfo(uri);
    // A driver's message may quote the URI it was given.
    super(`${shown}: ${uri === shown ? reason : reason.split(uri).join(shown)}`);
    this.name = 'Neo4jPushError';
    this.uri = shown;
    this.exitCode = exitCode;
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}

/** Turns a driver error into the one-line reason a user can act on. */
export function describeDriverError(uri: string, err: unknown, doing: string): Neo4jPushError {
  if (err instanceof Neo4jPushError) return err;
  const code = (err as { code?: string } | undefined)?.code ?? '';
  const message = firstLine(err instanceof Error ? err.message : String(err));
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new Neo4jPushError(uri, `authentication failed (check --user and --password-env): ${message}`, 2);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jPushError(uri, `database not found: ${message}`, 2);
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/.test(message)
  ) {
    return new Neo4jPushError(uri, `cannot reach Neo4j while ${doing}: ${message}`, 1);
  }
  return new Neo4jPushError(uri, `${doing} failed: ${code ? `${code}: ` : ''}${message}`, 1);
}
