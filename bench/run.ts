// `npm run bench -- <name> [args]`: runs one benchmark. Each prints a readable table and ends with
// one JSON line. Add a benchmark here, one line each.
interface Bench {
  run(args: string[]): Promise<void>;
}

const benches: Record<string, () => Promise<Bench>> = {
  analyze: () => import('./analyze.js'),
  collect: () => import('./collect.js'),
  fuzz: () => import('./fuzz.js'),
  neo4j: () => import('./neo4j.js'),
  org: () => import('./org.js'),
  policy: () => import('./policy.js'),
  'read-dump': () => import('./read-dump.js'),
  report: () => import('./report.js'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? benches[name] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(benches).sort().join('|')}> [args]\n`);
  process.exit(2);
}
await (await load()).run(args);
