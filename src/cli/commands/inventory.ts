// `blastmap inventory <dump|snapshot>`: what the input holds, per kind and account, its credential
// findings and its coverage gaps (PARTIAL VIEW when any).
import { parseArgs } from 'node:util';
import { loadInput } from '../../ingest/load-input.js';
import { inventory } from '../../queries/inventory.js';
import { renderInventory } from '../../report/inventory.js';
import { InputError } from '../../snapshot/errors.js';
import type { Command } from '../io.js';

const usage = `Usage: blastmap inventory <dump-folder|snapshot.json> [--json]

Counts what the input holds (principals, policies, SCPs/RCPs, ECS, buckets, databases, functions,
secrets, keys, …) per account, lists credential-like environment variables (name, kind, fingerprint;
never a value), and the coverage gaps: a view with gaps is PARTIAL, not safe.

Options:
  --json    print the inventory as JSON
`;

export const command: Command = {
  name: 'inventory',
  summary: 'count what a dump or snapshot holds, with credential findings and coverage gaps',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) {
      throw new InputError(
        'inventory takes one input: a dump folder or a snapshot file',
        {},
        { hint: 'blastmap inventory ./dump' },
      );
    }
    const { snapshot } = await loadInput(positionals[0]);
    const inv = inventory(snapshot);
    io.stdout(values.json ? `${JSON.stringify(inv, null, 2)}\n` : renderInventory(inv));
    return 0;
  },
};
