// Every CLI command, loaded on demand so that `blastmap snapshot` does not pay for the Neo4j driver.
import type { Command } from './io.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const commands: CommandEntry[] = [
  // Commands are added here, one line each, in the order `blastmap --help` lists them.
  { name: 'collect', summary: 'read an AWS account or organization live (read-only) into a dump folder', load: async () => (await import('./commands/collect.js')).command },
];
