// `blastmap inventory <dump|snapshot>`: what the input holds, per kind and account, its credential
// findings and its coverage gaps (PARTIAL VIEW when any).
import { loadInput } from '../../ingest/load-input.js';
import { inventory } from '../../queries/inventory.js';
import { renderInventory } from '../../report/inventory.js';
import { inputCommand, reportOptions } from '../input-command.js';
import { flag } from '../option-specs.js';
import { emit } from '../output-options.js';

export const command = inputCommand({
  name: 'inventory',
  description: `Counts what the input holds (principals, policies, SCPs/RCPs, ECS, buckets, databases, functions,
secrets, keys, …) per account, lists credential-like environment variables (name, kind, fingerprint;
never a value), and the coverage gaps: a view with gaps is PARTIAL, not safe.`,
  arityError: {
    message: 'inventory takes one input: a dump folder or a snapshot file',
    hint: 'blastmap inventory ./dump',
  },
  options: {
    ...reportOptions(['table', 'json'] as const, 'table', 'the inventory'),
    json: { ...flag('--json', 'deprecated: use --format json'), hidden: true },
  },
  async run(input, _rest, values, io) {
    if (values.json) io.stderr('blastmap inventory: --json is deprecated; use --format json\n');
    const { snapshot } = await loadInput(input);
    const inv = inventory(snapshot);
    const json = values.json || values.format === 'json';
    await emit(json ? `${JSON.stringify(inv, null, 2)}\n` : renderInventory(inv), values.output, io);
    return 0;
  },
});
