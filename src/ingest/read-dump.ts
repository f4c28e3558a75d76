// readDump(dir): an AWS CLI dump folder (see docs/snapshot.md and the dump layout) → Snapshot.
//
// What stops the reading (InputError, exit code 2): no such folder, no account folder, two account
// folders that are the same directory, a caller identity that contradicts its folder, and authorization
// details missing or unusable in every account. Everything else is recorded and the reading goes on:
// absent files are coverage gaps, malformed files are error diagnostics plus gaps, unknown files warnings
// (notes such as README.md at the root or in an account folder, and .DS_Store, are not unknown).
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { canonicalizeSnapshot } from '../snapshot/canonical.js';
import { InputError } from '../snapshot/errors.js';
import { encodeUriPart } from '../snapshot/well-formed.js';
import { SNAPSHOT_SCHEMA_VERSION, type Organization, type Snapshot } from '../snapshot/types.js';
import { VERSION } from '../version.js';
import { readAccount } from './dump/account.js';
import { attributeByArn } from './dump/attribute-accounts.js';
import type { DumpContext } from './dump/context.js';
import { DumpFiles } from './dump/files.js';
import { GAAD } from './dump/iam.js';
import { hasOrganizationFiles, readOrganization } from './dump/organizations.js';
import { fingerprintKey } from './fingerprint-key.js';
import { fillManagedPolicies } from './managed-policies.js';

const ACCOUNT_ID = /^\d{12}$/;

export interface ReadDumpOptions {
  /** How to name the dump in `source.location` (default: `dir` as given). */
  location?: string;
  /** Key of credential fingerprints (default: fingerprintKey() of the environment). */
  fingerprintKey?: Buffer;
}

export async function readDump(dir: string, options: ReadDumpOptions = {}): Promise<Snapshot> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new InputError('no such file or folder', { file: dir });
  if (!info.isDirectory())
    throw new InputError(
      'not a dump folder',
      { file: dir },
      { hint: 'give a dump folder or a snapshot .json file' },
    );

  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'blastmap', version: VERSION },
    source: { kind: 'dump', location: options.location ?? dir },
    dataSources: [],
    organizations: [],
    accounts: [],
    credentialFindings: [],
    gaps: [],
    diagnostics: [],
  };
  const key = options.fingerprintKey ?? fingerprintKey();
  const files = await DumpFiles.open(dir, snapshot.diagnostics);

  const folders = files.folders('');
  const accountIds = folders.filter((f) => ACCOUNT_ID.test(f));
  for (const f of folders.filter((name) => !ACCOUNT_ID.test(name))) {
    for (const file of [...files.all].filter((x) => x.startsWith(`${f}/`))) files.consumed.add(file);
    const message = 'not an account folder (the name must be a 12-digit account id); ignored';
    snapshot.diagnostics.push({ severity: 'warning', file: `${f}/`, message });
    // What it holds is not read: the view lacks it (it may be an account filed under another name).
    snapshot.gaps.push({
      service: 'dump',
      operation: 'read-folder',
      resource: `${f}/`,
      file: `${f}/`,
      code: 'NotAnAccountFolder',
      message,
    });
  }
  if (accountIds.length === 0) {
    if (folders.includes('iam') || folders.includes('s3api')) {
      throw new InputError(
        'this looks like one account folder, not a dump',
        { file: dir },
        { hint: 'give the folder that holds the <12-digit-account-id>/ folders' },
      );
    }
    throw new InputError(
      'no account folder in the dump',
      { file: dir },
      {
        hint: 'a dump holds one folder per account, named by its 12-digit id, e.g. 123456789012/iam/get-account-authorization-details.json',
      },
    );
  }
  const realPaths = new Map<string, string>();
  for (const id of accountIds) {
    const real = await realpath(path.join(dir, id));
    const other = realPaths.get(real);
    if (other)
      throw new InputError(`account folders ${other} and ${id} are the same folder (duplicate account)`, {
        file: `${id}/`,
      });
    realPaths.set(real, id);
  }

  const organizations: Organization[] = [];
  let iamAccounts = 0;
  for (const id of accountIds) {
    const dc: DumpContext = {
      files,
      account: id,
      partition: 'aws',
      diagnostics: snapshot.diagnostics,
      gaps: snapshot.gaps,
      findings: snapshot.credentialFindings,
      fingerprintKey: key,
    };
    const { account, iamRead } = await readAccount(dc);
    if (iamRead) iamAccounts++;
    else {
      snapshot.diagnostics.push({
        severity: 'error',
        file: `${id}/${GAAD}.json`,
        message:
          'the IAM authorization details are missing or unusable: principals and policies of this account are unknown',
      });
    }
    snapshot.accounts.push(account);
    if (hasOrganizationFiles(dc)) {
      const org = await readOrganization(dc);
      if (org) organizations.push(org);
    }
  }
  if (iamAccounts === 0) {
    const first = snapshot.diagnostics.find(
      (d) => d.severity === 'error' && d.file?.includes('get-account-authorization-details'),
    );
    const detail = snapshot.gaps.find((g) => g.operation === 'get-account-authorization-details');
    throw new InputError(
      `required IAM authorization details unusable in every account (${detail?.code ?? 'missing'}: '${detail?.message ?? 'absent'}')`,
      {
        file: detail?.file ?? first?.file,
        jsonPath: snapshot.diagnostics.find((d) => d.file === detail?.file)?.jsonPath,
      },
      { hint: 'run `aws iam get-account-authorization-details --output json` into <account-id>/iam/' },
    );
  }

  for (const org of organizations) {
    for (const member of org.accounts) {
      const account = snapshot.accounts.find((a) => a.id === member.id);
      if (!account) continue;
      account.organizationId = org.id;
      if (member.name && !account.name) account.name = member.name;
    }
  }
  snapshot.organizations = organizations;

  attributeByArn(snapshot);
  reportUnknownFiles(files, snapshot);
  fillManagedPolicies(snapshot);
  return canonicalizeSnapshot(snapshot);
}

/**
 * Files people keep beside the data: notes (`README.md`, `*.md`) at the dump root or in an account
 * folder, and the Finder's `.DS_Store` in any folder. Not data, so not "unknown".
 */
function isDocumentation(file: string): boolean {
  const parts = file.split('/');
  const name = parts[parts.length - 1];
  if (name === '.DS_Store') return true;
  const atTop = parts.length === 1 || (parts.length === 2 && ACCOUNT_ID.test(parts[0]));
  return atTop && /\.(md|markdown)$/i.test(name);
}

/** Every file nobody read: a warning, with a hint when it looks like a name that was not URI-encoded. */
function reportUnknownFiles(files: DumpFiles, snapshot: Snapshot): void {
  // `<account>/[<region>/]<service>/` of each gap read from a file of the layout.
  const gapFolders = snapshot.gaps.flatMap((g) => {
    const m = g.file ? /^(\d{12}\/(?:[a-z]{2}(?:-[a-z]+)+-\d{1,2}\/)?[^/]+\/)[^/]/.exec(g.file) : null;
    return m ? [m[1]] : [];
  });
  for (const file of files.all) {
    if (files.consumed.has(file) || isDocumentation(file)) continue;
    let message = 'unknown file (not part of the dump layout, or not referenced by its listing); ignored';
    for (const expected of files.expectedMissing) {
      const folder = expected.slice(0, expected.lastIndexOf('/') + 1);
      if (!file.startsWith(folder)) continue;
      const rest = file.slice(folder.length).replace(/\.json$/, '');
      if (`${folder}${encodeUriPart(rest)}.json` === expected) {
        message = `resource name not URI-encoded: expected ${expected}; ignored`;
        break;
      }
    }
    snapshot.diagnostics.push({ severity: 'warning', file, message });
    // Files of a service whose listing is already a gap (e.g. per-function files beside a failed
    // list-functions) are what that gap says is missing: the warning is enough.
    if (gapFolders.some((folder) => file.startsWith(folder))) continue;
    const account = file.split('/')[0];
    snapshot.gaps.push({
      ...(ACCOUNT_ID.test(account) ? { account } : {}),
      service: 'dump',
      operation: 'read-file',
      resource: file,
      file,
      code: 'UnknownFile',
      message,
    });
  }
}
