// `blastmap collect`: read an AWS account (or organization) live, read-only, into a dump folder.
// Option names are the AWS CLI's where it has one (--profile, --region, --endpoint-url).
import { resolve } from 'node:path';
import { collect } from '../../ingest/collect/collect.js';
import { createProgress } from '../../ingest/collect/progress.js';
import { defaultValues, defineCommand } from '../command-spec.js';
import { flag, outputFile, regionList, text, wholeNumber } from '../option-specs.js';

function defaultOut(): string {
  const t = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `blastmap-dump-${t}`;
}

export const command = defineCommand({
  name: 'collect',
  description: `Reads the account of the current AWS credentials (standard chain: --profile / AWS_PROFILE, env vars,
SSO, instance roles) with read-only List/Get/Describe calls, and writes a dump folder that
\`blastmap analyze\` reads. Environment values are classified and redacted before anything is written.`,
  arguments: [],
  arityError: { message: 'collect takes no arguments', hint: 'blastmap collect --region eu-west-1 -o dump' },
  options: {
    profile: text('--profile <name>', 'AWS profile (default: AWS_PROFILE, then the default chain)'),
    region: regionList(
      '--region <region>',
      "region to read (repeatable or comma-separated; 'all' = every enabled region; " +
        "default: AWS_REGION or the profile's region)",
    ),
    regions: { ...regionList('--regions <list>', 'alias of --region'), hidden: true },
    output: outputFile('dump folder to create (default: blastmap-dump-<date>-<time>)', '-o, --output <dir>'),
    out: { ...outputFile('alias of --output', '--out <dir>'), hidden: true },
    orgRole: text(
      '--org-role <name>',
      'from the management account: assume role NAME in every member account',
    ),
    endpointUrl: text(
      '--endpoint-url <url>',
      'send every call to URL (an emulator; default: AWS_ENDPOINT_URL)',
    ),
    concurrency: wholeNumber('--concurrency <n>', 'API calls in flight at once', {
      min: 1,
      max: 64,
      default: 8,
    }),
    analyze: flag('--analyze', 'run `blastmap analyze` on the dump when done'),
    quiet: flag('--quiet', 'no progress or warnings on stderr'),
  },
  epilog: `Denied, unsupported or throttled calls become gap files (<file>.error.json) and warnings; the
analysis then reports its coverage as partial. The dump appears only when collection is complete.`,
  async run(_positionals, values, io) {
    const named = [...(values.region ?? []), ...(values.regions ?? [])];
    let regions: string[] | 'all' | undefined;
    if (named.includes('all')) regions = 'all';
    else if (named.length) regions = [...new Set(named)];
    else if (io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION) {
      regions = [(io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION)!];
    }
    const out = resolve(io.cwd, values.output ?? values.out ?? defaultOut());
    const progress = createProgress({ write: io.stderr, isTty: io.isTty, quiet: values.quiet });
    const result = await collect({
      out,
      profile: values.profile ?? io.env.AWS_PROFILE,
      regions,
      orgRole: values.orgRole,
      endpoint: values.endpointUrl ?? io.env.AWS_ENDPOINT_URL,
      concurrency: values.concurrency,
      // AWS_MAX_ATTEMPTS is the SDK's own convention; the default rides out long throttling.
      maxAttempts: io.env.AWS_MAX_ATTEMPTS ? Math.max(1, Number(io.env.AWS_MAX_ATTEMPTS) || 1) : 10,
      progress,
    });
    const partial =
      result.gaps.length > 0 ? `, ${result.gaps.length} gaps (coverage is partial)` : ', complete';
    io.stdout(
      `dump written to ${result.dir}: ${result.accounts.length} account(s), ${result.regions.length} region(s)${partial}, ${result.seconds.toFixed(1)} s\n`,
    );
    if (!values.analyze) return 0;
    // Imported here, not through the registry: the registry lists this command.
    const { command: analyze } = await import('./analyze.js');
    return analyze.run([result.dir], defaultValues(analyze.options), io);
  },
});
