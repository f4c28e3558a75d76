// Renders an Inventory (src/queries/inventory.ts) as text: counts per kind and account, the
// organizations, credential findings (name, kind, fingerprint — never a value), and the coverage
// gaps, announced as PARTIAL VIEW when there are any.
import { INVENTORY_KINDS, type Inventory } from '../queries/inventory.js';
import { formatLocated } from '../snapshot/errors.js';
import { terminalText } from './escape/terminal.js';

const MAX_DIAGNOSTICS = 40;

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

export function renderInventory(inv: Inventory): string {
  const out: string[] = [];
  const partial = inv.partial
    ? `PARTIAL VIEW: ${inv.gaps.reduce((n, g) => n + g.count, 0)} coverage gap(s) — what is missing is unknown, not absent`
    : 'complete view: no coverage gaps';
  out.push(`blastmap inventory of ${inv.source.kind} ${inv.source.location ?? ''}`.trimEnd());
  out.push(partial, '');

  for (const org of inv.organizations) {
    out.push(
      `Organization ${org.id} (management account ${org.managementAccountId}): ${org.roots} root, ${org.organizationalUnits} OUs, ` +
        `${org.accounts} accounts, ${org.scps} SCPs, ${org.rcps} RCPs`,
    );
  }
  if (inv.organizations.length) out.push('');

  const header = ['kind', ...inv.accounts.map((a) => terminalText(a.name ? `${a.id} (${a.name})` : a.id))];
  if (inv.accounts.length > 1) header.push('total');
  const rows = INVENTORY_KINDS.map(([kind, label]) => {
    const cells = [label, ...inv.accounts.map((a) => String(a.counts[kind]))];
    if (inv.accounts.length > 1) cells.push(String(inv.totals[kind]));
    return cells;
  });
  const regions = ['regions', ...inv.accounts.map((a) => terminalText(a.regions.join(',')) || '-')];
  if (inv.accounts.length > 1) regions.push('');
  out.push(...table([header, regions, ...rows]), '');

  out.push(
    `Credential findings (${inv.credentialFindings.length}): values were dropped; name, kind and fingerprint only`,
  );
  for (const f of inv.credentialFindings) {
    const extra = [
      f.accessKeyId ? `key ${f.accessKeyId}${f.keyOwner ? ` of ${f.keyOwner}` : ''}` : '',
      f.target ? `target ${f.target}` : '',
    ].filter(Boolean);
    out.push(
      `  ${f.variable}  ${f.kind}  sha256:${f.fingerprint}  in ${f.where}${extra.length ? `  (${extra.join(', ')})` : ''}`,
    );
  }
  out.push('');

  if (inv.partial) {
    out.push(`PARTIAL VIEW — coverage gaps (${inv.gaps.length} kinds):`);
    for (const g of inv.gaps) {
      const scope = [g.account, g.region].filter(Boolean).join('/');
      const times = g.count > 1 ? ` ×${g.count}` : '';
      const example = g.example ? ` e.g. ${g.example}` : '';
      out.push(
        `  ${scope ? `${scope} ` : ''}${g.service} ${g.operation}: ${g.code}${times}${example} — ${g.message}`,
      );
    }
  } else {
    out.push('Coverage gaps: none');
  }
  out.push('');

  const { errors, warnings, items } = inv.diagnostics;
  out.push(`Diagnostics: ${errors} error(s), ${warnings} warning(s)`);
  for (const d of items.slice(0, MAX_DIAGNOSTICS)) {
    out.push(`  ${d.severity}: ${formatLocated(d.message, d)}`);
  }
  if (items.length > MAX_DIAGNOSTICS)
    out.push(`  … and ${items.length - MAX_DIAGNOSTICS} more (see the snapshot's diagnostics)`);
  for (const d of inv.dataSources) out.push(`Data source: ${d.package}@${d.version} (${d.usedFor})`);
  // Names, tags, messages and file names from the dump: no control character reaches the terminal.
  return `${out.map(terminalText).join('\n')}\n`;
}
