// Organization benchmark: a synthetic organization (see ./synthetic/organization.ts) of 125, 250 and
// 500 member accounts of 200 roles each — 100,000 roles at the largest — analysed end to end in
// memory, each scale in its own process. Goal on a 2-core, 24 GB machine: 500 accounts under 120 s
// and under 8 GB, growing linearly with the number of accounts.
//   npm run bench -- org [--accounts 125,250,500] [--seed N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillManagedPolicies } from '../src/ingest/managed-policies.js';
import {
  STAGES,
  flagValue,
  measureAnalysis,
  runChild,
  textTable,
  type AnalysisMeasure,
} from './measure-analysis.js';
import { ORGANIZATION_BASE, generateSyntheticOrganization } from './synthetic/organization.js';

interface Row extends AnalysisMeasure {
  accounts: number;
  roles: number;
}

async function one(accounts: number, seed: number): Promise<Row> {
  const snapshot = generateSyntheticOrganization({ accounts, ...ORGANIZATION_BASE, seed });
  // AdministratorAccess and SecurityAudit, as the dump reader fills them.
  fillManagedPolicies(snapshot);
  const roles = snapshot.accounts.reduce((n, a) => n + a.iam.roles.length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'blastmap-bench-org-'));
  try {
    const file = join(dir, 'snapshot.json');
    // Written in pieces: the whole organization in one string would be a few hundred MB.
    writeSnapshot(file, snapshot);
    const measure = await measureAnalysis(file, `${accounts} accounts`);
    return { accounts, roles, ...measure };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeSnapshot(file: string, snapshot: ReturnType<typeof generateSyntheticOrganization>): void {
  const { accounts, ...rest } = snapshot;
  // The organization's own `accounts` come first: cut the top-level list, which is written last.
  const head = JSON.stringify({ ...rest, accounts: [] });
  const cut = head.lastIndexOf('"accounts":[') + '"accounts":['.length;
  const parts = [head.slice(0, cut)];
  accounts.forEach((a, i) => parts.push((i ? ',' : '') + JSON.stringify(a)));
  parts.push(head.slice(cut));
  writeFileSync(file, parts.join(''));
}

export async function run(args: string[]): Promise<void> {
  const seed = Number(flagValue(args, '--seed') ?? 1);
  const only = flagValue(args, '--one');
  if (only) {
    process.stdout.write(`${JSON.stringify(await one(Number(only), seed))}\n`);
    return;
  }
  const scales = (flagValue(args, '--accounts') ?? '125,250,500').split(',').map(Number);
  const rows: Row[] = [];
  for (const accounts of scales) {
    const row = runChild<Row>('org', String(accounts), ['--seed', String(seed)]);
    if (!row) continue;
    rows.push(row);
    process.stderr.write(`org ${accounts} accounts: ${row.seconds.toFixed(2)} s\n`);
  }
  console.log(
    textTable(
      [
        'accounts',
        'roles',
        'nodes',
        'edges',
        'sources',
        'paths',
        ...STAGES.map((s) => `${s} s`),
        'total s',
        'peak RSS MB',
      ],
      rows.map((r) => [
        String(r.accounts),
        String(r.roles),
        String(r.nodes),
        String(r.edges),
        String(r.sources),
        String(r.paths),
        ...STAGES.map((s) => (r.stages[s] ?? 0).toFixed(2)),
        r.seconds.toFixed(2),
        r.peakRssMb.toFixed(0),
      ]),
    ),
  );
  const last = rows[rows.length - 1];
  console.log(
    JSON.stringify({
      bench: 'org',
      accounts: last?.accounts ?? 0,
      roles: last?.roles ?? 0,
      seconds: Number((last?.seconds ?? 0).toFixed(3)),
      peakRssMb: Math.round(last?.peakRssMb ?? 0),
      rows: rows.map((r) => ({
        accounts: r.accounts,
        roles: r.roles,
        edges: r.edges,
        seconds: Number(r.seconds.toFixed(3)),
        stages: Object.fromEntries(Object.entries(r.stages).map(([k, v]) => [k, Number(v.toFixed(3))])),
        peakRssMb: Math.round(r.peakRssMb),
      })),
    }),
  );
}
