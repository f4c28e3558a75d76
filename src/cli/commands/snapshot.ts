// `blastmap snapshot <dump> -o snapshot.json`: reads a dump (or re-validates a snapshot) and writes the
// canonical snapshot atomically. Prints a one-line summary and the view's coverage to stderr.
import { loadInput } from '../../ingest/load-input.js';
import { writeSnapshot } from '../../ingest/write-snapshot.js';
import { canonicalizeSnapshot, serializeSnapshot } from '../../snapshot/canonical.js';
import { terminalText } from '../../report/escape/terminal.js';
import { formatLocated } from '../../snapshot/errors.js';
import { inputCommand } from '../input-command.js';
import { outputFile } from '../option-specs.js';

export const command = inputCommand({
  name: 'snapshot',
  description: `Reads an AWS CLI dump (docs/snapshot.md) into one versioned snapshot document
(docs/snapshot.schema.json). Environment values are classified and dropped: no value is written.
The same dump always gives the same bytes.`,
  arityError: {
    message: 'snapshot takes one input: a dump folder',
    hint: 'blastmap snapshot ./dump -o snapshot.json',
  },
  options: { output: outputFile('write the snapshot to FILE (atomically) instead of standard output') },
  async run(input, _rest, values, io) {
    const { snapshot } = await loadInput(input);
    if (values.output) await writeSnapshot(values.output, snapshot);
    else io.stdout(serializeSnapshot(canonicalizeSnapshot(snapshot)));

    const errors = snapshot.diagnostics.filter((d) => d.severity === 'error');
    const warnings = snapshot.diagnostics.length - errors.length;
    for (const d of errors.slice(0, 20))
      io.stderr(`blastmap snapshot: error: ${terminalText(formatLocated(d.message, d))}\n`);
    if (errors.length > 20)
      io.stderr(`blastmap snapshot: … and ${errors.length - 20} more errors in the snapshot's diagnostics\n`);
    const roles = snapshot.accounts.reduce((n, a) => n + a.iam.roles.length, 0);
    const view = snapshot.gaps.length
      ? `PARTIAL VIEW (${snapshot.gaps.length} coverage gaps)`
      : 'complete view';
    io.stderr(
      `blastmap snapshot: ${values.output ? `wrote ${values.output}: ` : ''}${snapshot.accounts.length} account(s), ${roles} roles, ` +
        `${snapshot.credentialFindings.length} credential finding(s), ${errors.length} error(s), ${warnings} warning(s); ${view}\n`,
    );
    return 0;
  },
});
