// Credentials inside free text from an account, replaced by `<redacted>` with the structure kept:
// an argv stays an argv of the same length, `--password=x` stays `--password=<redacted>`, an image
// reference keeps its registry and repository. Used by the live collector before it writes a dump and
// by the dump reader when it reads one (through scrubAwsResponse, src/ingest/scrub/aws-response.ts).
//
//   scrubArgv(args)            a command / entryPoint / healthCheck command (each arg may itself be a
//                              shell line: `sh -c "mysql -uroot -pS3cret db"`)
//   scrubText(text)            a description, a label value, any free text
//   scrubNamedValue(name, v)   a value under a name (tag, docker label, log driver option): the whole
//                              value when the name says it is a credential, else scrubText
//   scrubImage(image)          `user:password@registry/repo:tag` → `<redacted>@registry/repo:tag`
//   scrubValueFrom(valueFrom)  `secrets[].valueFrom` must be an ARN or a parameter name; a value that
//                              is neither (a literal token) becomes `<redacted>`
//
// Over-redaction is the safe side: a scrubbed value loses a detail, a missed one leaks a credential.
import { classifyValue, looksRandom } from '../classify-secrets.js';

export const REDACTED = '<redacted>';

/** A flag whose value is a credential: `--password`, `--api-key`, `--token`, `--client-secret`, `-pass` … */
const CREDENTIAL_FLAG =
  /^--?(?:[a-z0-9]+[-_.])*(?:password|passwd|pass|pwd|passphrase|secret|token|api[-_]?key|apikey|access[-_]?key|secret[-_]?key|private[-_]?key|signing[-_]?key|auth|credentials?)$/i;
/** A name in a `NAME=value` assignment or `Name: value` header that says the value is a credential. */
const CREDENTIAL_WORD =
  /(?:password|passwd|pwd|passphrase|secret|token|api[-_]?key|apikey|access[-_]?key|private[-_]?key|credential|authorization|(?:^|[-_])pass(?:$|[-_])|(?:^|[-_])auth(?:$|[-_]))/i;
/** `-u user:password`, `--user user:password` (curl, wget, httpie …). */
const USER_FLAG = /^(?:-u|--user|--proxy-user|-U|--basic-auth)$/;
/** Programs whose `-pVALUE` is a password (not a port): the MySQL / MariaDB clients. */
const MYSQL_FAMILY =
  /(?:^|\/)(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb|mariadb-dump|mariadb-admin)$/;
const COMMAND_SEPARATOR = /^(?:;|&&|\|\||\||&)$/;
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest)$/i;
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^:/?#@\s]*:[^@\s/]+@/gi;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_.-]*)([=:])(.+)$/s;
const EMBEDDED = [
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g,
  /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|(?:sk|rk)_live_[A-Za-z0-9]{10,}|glpat-[A-Za-z0-9_-]{20}|npm_[A-Za-z0-9]{36}|AIza[0-9A-Za-z_-]{35})\b/g,
  /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g,
];

/** What the next word of the stream is, after the word just read. */
type Expect = 'value' | 'user' | 'text';

interface Word {
  text: string;
  /** Index of the argv element and of the word inside it, to put the result back in place. */
  arg: number;
  piece: number;
}

/** Splits an argument into words and the whitespace between them (kept, so the text is rebuilt exactly). */
function pieces(arg: string): string[] {
  return arg.split(/(\s+)/);
}

function unquote(word: string): { open: string; body: string; close: string } {
  const m = /^(['"]?)(.*?)(['"]?[;,]?)$/s.exec(word)!;
  return { open: m[1]!, body: m[2]!, close: m[3]! };
}

/** `raw` with its first `part` replaced (a function replacement: no `$&` patterns from the data). */
function swap(raw: string, part: string, replacement: string): string {
  return raw.replace(part, () => replacement);
}

function redactWord(word: string): string {
  const { open, close } = unquote(word);
  return `${open}${REDACTED}${close}`;
}

/** The credential parts inside one word that is not the value of a credential flag. */
function scrubInline(word: string): string {
  const { open, body, close } = unquote(word);
  const assignment = ASSIGNMENT.exec(body);
  if (assignment) {
    const [, name, sep, value] = assignment as unknown as [string, string, string, string];
    const reference = value.startsWith('<redacted') || /^arn:/.test(value);
    if (value !== '' && !reference && (CREDENTIAL_WORD.test(name) || classifyValue(name, value))) {
      return `${open}${name}${sep}${REDACTED}${close}`;
    }
  }
  let out = body.replace(URL_USERINFO, `$1${REDACTED}@`);
  for (const re of EMBEDDED) out = out.replace(re, REDACTED);
  if (out === body && classifyValue('', body)) out = REDACTED;
  return `${open}${out}${close}`;
}

/**
 * Scrubs the words of `args` as one stream, so a flag in one element and its value in the next
 * (`["--token", "x"]`) are seen together, as are the words of one shell line.
 */
export function scrubArgv(args: readonly string[]): string[] {
  const split = args.map(pieces);
  const words: Word[] = [];
  split.forEach((ps, arg) =>
    ps.forEach((text, piece) => {
      if (text !== '' && !/^\s+$/.test(text)) words.push({ text, arg, piece });
    }),
  );
  let expect = 'text' as Expect;
  let quote = '';
  let mysql = false;
  for (const w of words) {
    const raw = w.text;
    // Inside a quoted credential that spans words (`--password 'two words'`): redact up to its end.
    if (quote) {
      if (raw.includes(quote)) quote = '';
      split[w.arg]![w.piece] = '';
      continue;
    }
    const bare = unquote(raw).body;
    // `Authorization: Bearer x`: the scheme is kept, the word after it is the credential.
    if (expect === 'value' && AUTH_SCHEME.test(bare)) continue;
    if (expect === 'value' && !/^-./.test(bare)) {
      expect = 'text';
      const opener = /^['"]/.exec(raw)?.[0];
      if (opener && !raw.slice(1).includes(opener)) quote = opener;
      split[w.arg]![w.piece] = quote ? `${opener}${REDACTED}${opener}` : redactWord(raw);
      continue;
    }
    if (expect === 'user') {
      expect = 'text';
      split[w.arg]![w.piece] = scrubUser(raw);
      continue;
    }
    expect = 'text';
    if (COMMAND_SEPARATOR.test(bare)) mysql = false;
    if (MYSQL_FAMILY.test(bare)) mysql = true;
    split[w.arg]![w.piece] = scrubWord(raw, bare, mysql, (next) => (expect = next));
  }
  return split.map((ps) => ps.join(''));
}

function scrubUser(word: string): string {
  const { open, body, close } = unquote(word);
  const colon = body.indexOf(':');
  return colon < 0 ? word : `${open}${body.slice(0, colon + 1)}${REDACTED}${close}`;
}

function scrubWord(raw: string, bare: string, mysql: boolean, expectNext: (e: Expect) => void): string {
  // --password=x, --api-key=x
  const eq = bare.indexOf('=');
  if (bare.startsWith('-') && eq > 0) {
    const flag = bare.slice(0, eq);
    const value = bare.slice(eq + 1);
    if (CREDENTIAL_FLAG.test(flag) && value !== '') return swap(raw, bare, `${flag}=${REDACTED}`);
    if (USER_FLAG.test(flag)) return swap(raw, bare, `${flag}=${scrubUser(value)}`);
  }
  if (CREDENTIAL_FLAG.test(bare)) {
    expectNext('value');
    return raw;
  }
  if (USER_FLAG.test(bare)) {
    expectNext('user');
    return raw;
  }
  // -uadmin:S3cret (attached), and -pS3cret for the MySQL clients.
  if (/^-u[^-\s]/.test(bare) && bare.includes(':')) return swap(raw, bare, `-u${scrubUser(bare.slice(2))}`);
  if (mysql && /^-p./.test(bare)) return swap(raw, bare, `-p${REDACTED}`);
  // `Authorization: Bearer x`, `X-Api-Key: x`, `password: x`, `password is x`
  if (/^Bearer$/i.test(bare)) {
    expectNext('value');
    return raw;
  }
  if (/[:=]$/.test(bare) && CREDENTIAL_WORD.test(bare.slice(0, -1))) {
    expectNext('value');
    return raw;
  }
  return scrubInline(raw);
}

/** Free text (a description, a label value): the same rules, over its words. */
export function scrubText(text: string): string {
  let out = scrubArgv([text])[0]!;
  // `password is x` / `token = x` in prose: the word after the credential word and its verb.
  out = out.replace(
    /\b((?:password|passwd|passphrase|secret|token|api[-_ ]?key)\s+(?:is|=|:)\s+)(['"]?)([^\s'"]+)\2/gi,
    (whole, lead: string, q: string, value: string) =>
      value.startsWith('<redacted') ? whole : `${lead}${q}${REDACTED}${q}`,
  );
  return out;
}

/** A value stored under a name (tag, docker label, log driver option, driver option). */
export function scrubNamedValue(name: string, value: string): string {
  if (value === '' || value.startsWith('<redacted')) return value;
  if (
    classifyValue(name, value) ||
    (CREDENTIAL_WORD.test(name) && !/^arn:/.test(value) && looksSecretish(value))
  )
    return REDACTED;
  return scrubText(value);
}

/** Under a credential name, any value but a reference or a plain flag word is taken as the credential. */
function looksSecretish(value: string): boolean {
  return !/^(?:true|false|yes|no|on|off|enabled|disabled|none|\d{1,4})$/i.test(value.trim());
}

// `name:tag@sha256:…` is a digest, not userinfo.
const IMAGE_USERINFO =
  /^((?:[a-z][a-z0-9+.-]*:\/\/)?)([^/@\s]*)@(?![a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})/;

/** An image reference without userinfo: `user:password@host/repo` → `<redacted>@host/repo`. */
export function scrubImage(image: string): string {
  const m = IMAGE_USERINFO.exec(image);
  if (m && m[2]!.length > 0) return `${m[1]}${REDACTED}@${image.slice(m[0].length)}`;
  return scrubText(image);
}

/** An SSM parameter name: letters, digits and `_ . - /` (the parameter store's rule). */
const PARAMETER_NAME = /^[A-Za-z0-9_.\-/]{1,2048}$/;

/**
 * `valueFrom` of a container secret or a log driver's secretOption: an ARN (Secrets Manager or SSM)
 * or an SSM parameter name. Anything else is a value pasted where a reference belongs.
 */
export function scrubValueFrom(valueFrom: string): string {
  if (/^arn:[a-z-]+:[a-z0-9-]+:/.test(valueFrom)) return valueFrom;
  if (!PARAMETER_NAME.test(valueFrom)) return REDACTED;
  if (classifyValue('', valueFrom) || scrubText(valueFrom) !== valueFrom) return REDACTED;
  // A random-looking word without the separators names use (`Zk8pQ2vX9mLr4TnB`) is a value.
  if (!/[-_./]/.test(valueFrom) && looksRandom(valueFrom) && /[0-9]/.test(valueFrom)) return REDACTED;
  return valueFrom;
}
