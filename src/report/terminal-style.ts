// Colour for the terminal reports: on a terminal only, and never when NO_COLOR is set
// (https://no-color.org). Each report line is escaped first (names from the account cannot act as
// control sequences), then the whole line is wrapped in its style's SGR codes.
import { terminalText } from './escape/terminal.js';

export type LineStyle = 'plain' | 'heading' | 'warning' | 'admin' | 'dim';

/** A report line and how it is shown in colour. */
export interface StyledLine {
  text: string;
  style: LineStyle;
}

export type ReportLine = string | StyledLine;

const SGR: Record<LineStyle, string> = {
  plain: '',
  heading: '\x1b[1m',
  warning: '\x1b[1;33m',
  admin: '\x1b[31m',
  dim: '\x1b[2m',
};

export const styled = (style: LineStyle, text: string): StyledLine => ({ text, style });

/** Whether a report written to stdout gets colour: stdout is a terminal and NO_COLOR is unset or empty. */
export function useColor(stdoutIsTty: boolean, env: NodeJS.ProcessEnv): boolean {
  return stdoutIsTty && !env.NO_COLOR;
}

/** The lines as terminal text, each escaped; coloured when `color`. */
export function terminalLines(lines: readonly ReportLine[], color = false): string {
  const out = lines.map((line) => {
    const { text, style } = typeof line === 'string' ? { text: line, style: 'plain' as const } : line;
    const safe = terminalText(text);
    return color && SGR[style] && safe ? `${SGR[style]}${safe}\x1b[0m` : safe;
  });
  return `${out.join('\n')}\n`;
}
