// Every CLI command, loaded on demand so that `blastmap snapshot` does not pay for the Neo4j driver.
import type { AnyCommandSpec } from './command-spec.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<AnyCommandSpec>;
}

// prettier-ignore
export const commands: CommandEntry[] = [
  // Commands are added here, one line each, in the order `blastmap --help` lists them.
  { name: 'snapshot', summary: 'read an AWS CLI dump into a snapshot JSON file', load: async () => (await import('./commands/snapshot.js')).command },
  { name: 'inventory', summary: 'count what a dump or snapshot holds, with credential findings and coverage gaps', load: async () => (await import('./commands/inventory.js')).command },
  { name: 'analyze', summary: 'rank ECS/Fargate tasks by blast radius, with explained attack paths', load: async () => (await import('./commands/analyze.js')).command },
  { name: 'report', summary: 'write a self-contained HTML report (or one source as DOT / Mermaid)', load: async () => (await import('./commands/report.js')).command },
  { name: 'who-can', summary: 'list the sources that reach an asset (best path each), or the principals allowed an action', load: async () => (await import('./commands/who-can.js')).command },
  { name: 'can', summary: 'decide one request (principal, action, resource) with the statements behind the decision', load: async () => (await import('./commands/can.js')).command },
  { name: 'explain', summary: 'explain the best attack path from a source to a target, step by step', load: async () => (await import('./commands/explain.js')).command },
  { name: 'collect', summary: 'read an AWS account or organization live (read-only) into a dump folder', load: async () => (await import('./commands/collect.js')).command },
  { name: 'diff', summary: 'compare attack paths before/after a change (two inputs, or an input and a Terraform plan)', load: async () => (await import('./commands/diff.js')).command },
  { name: 'baseline', summary: 'write the current attack paths as a baseline of accepted paths for diff', load: async () => (await import('./commands/baseline.js')).command },
  { name: 'neo4j', summary: 'push the attack graph into Neo4j for exploration in Neo4j Browser', load: async () => (await import('./commands/neo4j.js')).command },
];
