// `blastmap collect`: read an AWS account (or organization) live, read-only, into a dump folder.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { InputError } from '../../snapshot/errors.js';
import { collect } from '../../ingest/collect/collect.js';
import { createProgress } from '../../ingest/collect/progress.js';
import type { Command } from '../io.js';
import { commands } from '../registry.js';

const usage = `Usage: blastmap collect [options]

Reads the account of the current AWS credentials (standard chain: --profile / AWS_PROFILE, env vars,
SSO, instance roles) with read-only List/Get/Describe calls, and writes a dump folder that
\`blastmap analyze\` reads. Environment values are classified and redacted before anything is written.

Options:
  --profile P         AWS profile (default: AWS_PROFILE, then the default chain)
  --regions LIST      comma-separated regions, or 'all' for every enabled region
                      (default: AWS_REGION or the profile's region)
  --out DIR           dump folder to create (default: blastmap-dump-<date>-<time>)
  --org-role NAME     from the management account: assume role NAME in every member account
  --endpoint-url URL  send every call to URL (an emulator; default: AWS_ENDPOINT_URL)
  --concurrency N     API calls in flight at once (default 8)
  --analyze           run \`blastmap analyze\` on the dump when done
  --quiet             no progress or warnings on stderr

Denied, unsupported or throttled calls become gap files (<file>.error.json) and warnings; the
analysis then reports its coverage as partial. The dump appears only when collection is complete.
`;

function defaultOut(): string {
  const t = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `blastmap-dump-${t}`;
}

export const command: Command = {
  name: 'collect',
  summary: 'read an AWS account or organization live (read-only) into a dump folder',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        profile: { type: 'string' },
        regions: { type: 'string' },
        out: { type: 'string' },
        'org-role': { type: 'string' },
        'endpoint-url': { type: 'string' },
        concurrency: { type: 'string' },
        analyze: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
    const regionList = values.regions?.trim();
    let regions: string[] | 'all' | undefined;
    if (regionList === 'all') regions = 'all';
    else if (regionList) {
      regions = regionList
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      const bad = regions.find((r) => !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r));
      if (bad)
        throw new InputError(
          `not a region name: '${bad}'`,
          {},
          { hint: 'e.g. --regions eu-west-1,us-east-1 or --regions all' },
        );
    } else if (io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION) {
      regions = [(io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION)!];
    }
    const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new InputError(`--concurrency must be an integer from 1 to 64, not '${values.concurrency}'`);
    }
    const out = resolve(io.cwd, values.out ?? defaultOut());
    const progress = createProgress({ write: io.stderr, isTty: io.isTty, quiet: values.quiet });
    const result = await collect({
      out,
      profile: values.profile ?? io.env.AWS_PROFILE,
      regions,
      orgRole: values['org-role'],
      endpoint: values['endpoint-url'] ?? io.env.AWS_ENDPOINT_URL,
      concurrency,
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
    const analyze = commands.find((c) => c.name === 'analyze');
    if (!analyze) {
      io.stderr('blastmap collect: --analyze: the analyze command is not available in this build\n');
      return 1;
    }
    return (await analyze.load()).run([result.dir], io);
  },
};
