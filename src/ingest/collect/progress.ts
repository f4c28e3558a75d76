// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise, nothing with --quiet.
// Warnings (gaps) are always printed unless quiet; they name the call and the AWS error code.
export interface Progress {
  /** A call (or a paginated sequence of calls) starts / ends. */
  callStarted(): void;
  callFinished(): void;
  /** A part of the collection is done (e.g. `123456789012 eu-west-1 ecs`). */
  section(label: string): void;
  warn(message: string): void;
  /** Ends the bar line. */
  close(): void;
}

export function createProgress(options: {
  write: (text: string) => void;
  isTty: boolean;
  quiet: boolean;
}): Progress {
  const { write, isTty, quiet } = options;
  let started = 0;
  let finished = 0;
  let last = '';
  let barShown = false;
  let drawnAt = 0;
  const bar = (force = false): void => {
    if (quiet || !isTty) return;
    // At most ~10 redraws a second: a large account makes thousands of calls.
    const now = Date.now();
    if (!force && barShown && now - drawnAt < 100) return;
    drawnAt = now;
    const width = 24;
    const ratio = started === 0 ? 0 : finished / started;
    const filled = Math.round(ratio * width);
    write(
      `\r\x1b[Kcollect [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${finished}/${started} calls ${last}`,
    );
    barShown = true;
  };
  const line = (text: string): void => {
    if (quiet) return;
    if (barShown) write('\r\x1b[K');
    write(`${text}\n`);
    bar(true);
  };
  return {
    callStarted() {
      started += 1;
      bar();
    },
    callFinished() {
      finished += 1;
      bar();
    },
    section(label) {
      last = label;
      if (isTty) bar(true);
      else line(`collect: ${label} done (${finished} calls so far)`);
    },
    warn(message) {
      line(`warning: ${message}`);
    },
    close() {
      if (!quiet && isTty && barShown) {
        bar(true);
        write('\n');
      }
    },
  };
}
