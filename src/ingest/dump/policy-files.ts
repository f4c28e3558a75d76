// Where a policy lives in a dump folder: the file (relative to the dump root) that holds a policy the
// snapshot read, and the line its document starts on, so that a report can point a reviewer (and
// code scanning) at it. The files follow the dump layout the reader uses: IAM policies in the
// account's authorization-details pages, resource and key policies in one file per resource.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../../snapshot/types.js';
import { fileName } from './context.js';
import { GAAD } from './iam.js';

export interface PolicyFileLocation {
  /** Path relative to the dump root, `/`-separated. */
  file: string;
  /** 1-based line where the policy (or its owner's entry) starts; 1 when not found in the text. */
  line: number;
}

/** The dump file of each policy id that has one (SCPs, and policies from other sources, have none). */
export async function locatePolicyFiles(
  root: string,
  snapshot: Snapshot,
  policyIds: string[],
): Promise<Record<string, PolicyFileLocation>> {
  const texts = new Map<string, string | null>();
  const read = async (file: string): Promise<string | null> => {
    if (!texts.has(file)) texts.set(file, await readFile(join(root, file), 'utf8').catch(() => null));
    return texts.get(file) ?? null;
  };
  const pages = new Map<string, string[]>();
  for (const account of snapshot.accounts) pages.set(account.id, await gaadPages(root, account.id));
  const found: Record<string, PolicyFileLocation> = {};
  for (const id of [...new Set(policyIds)].sort()) {
    const candidate = candidateFile(snapshot, id, (account) => pages.get(account) ?? []);
    if (!candidate) continue;
    for (const file of candidate.files) {
      const text = await read(file);
      if (text === null) continue;
      const line = candidate.needles.length ? lineOf(text, candidate.needles) : 1;
      if (line === undefined) continue;
      found[id] = { file, line };
      break;
    }
  }
  return found;
}

interface Candidate {
  files: string[];
  /** Patterns to find in order (each after the previous one); empty: the whole file is the policy. */
  needles: RegExp[];
}

function candidateFile(
  snapshot: Snapshot,
  id: string,
  gaadOf: (account: string) => string[],
): Candidate | undefined {
  const hash = id.indexOf('#');
  const owner = hash < 0 ? id : id.slice(0, hash);
  const part = hash < 0 ? '' : id.slice(hash + 1);
  // `"Key": "value"` as the AWS CLI prints it (any spacing); the value JSON-escaped as in the file.
  const field = (key: string, value: string) =>
    new RegExp(`"${key}"\\s*:\\s*${escapeRegExp(JSON.stringify(value))}`, 'g');
  for (const account of snapshot.accounts) {
    const gaad = gaadOf(account.id);
    const principal = [...account.iam.roles, ...account.iam.users, ...account.iam.groups].find(
      (p) => p.arn === owner,
    );
    if (principal && part.startsWith('inline/')) {
      return {
        files: gaad,
        needles: [field('Arn', principal.arn), field('PolicyName', part.slice('inline/'.length))],
      };
    }
    if (principal && part === 'trust') {
      return { files: gaad, needles: [field('Arn', principal.arn), /"AssumeRolePolicyDocument"/g] };
    }
    if (!part && account.iam.policies.some((p) => p.arn === id && !p.awsManaged)) {
      return { files: gaad, needles: [field('Arn', id)] };
    }
    if (part === 'resource-policy') {
      const bucket = account.s3Buckets.find((b) => b.arn === owner);
      if (bucket) return whole(`${account.id}/s3api/get-bucket-policy/${fileName(bucket.name)}.json`);
      const fn = account.lambda.find((f) => f.arn === owner);
      if (fn) return whole(`${account.id}/${fn.region}/lambda/get-policy/${fileName(fn.name)}.json`);
      const secret = account.secrets.find((s) => s.arn === owner);
      if (secret) {
        return whole(
          `${account.id}/${secret.region}/secretsmanager/get-resource-policy/${fileName(secret.name)}.json`,
        );
      }
    }
    if (part === 'key-policy') {
      const key = account.kmsKeys.find((k) => k.arn === owner);
      if (key) return whole(`${account.id}/${key.region}/kms/get-key-policy/${fileName(key.id)}.json`);
    }
  }
  return undefined;
}

function whole(file: string): Candidate {
  return { files: [file], needles: [] };
}

/** The authorization-details file, unpaged or as numbered pages (the reader accepts both), in order. */
async function gaadPages(root: string, account: string): Promise<string[]> {
  const dir = `${account}/${GAAD.slice(0, GAAD.lastIndexOf('/'))}`;
  const base = GAAD.slice(GAAD.lastIndexOf('/') + 1);
  const names = await readdir(join(root, dir)).catch(() => [] as string[]);
  const page = (name: string) => {
    const m = new RegExp(`^${base}(?:\\.(\\d+))?\\.json$`).exec(name);
    return m ? Number(m[1] ?? 0) : undefined;
  };
  return names
    .filter((n) => page(n) !== undefined)
    .sort((a, b) => page(a)! - page(b)!)
    .map((n) => `${dir}/${n}`);
}

/** 1-based line of the last needle, each found after the previous one; undefined when one is missing. */
function lineOf(text: string, needles: RegExp[]): number | undefined {
  let at = 0;
  for (const needle of needles) {
    needle.lastIndex = at;
    const m = needle.exec(text);
    if (!m) return undefined;
    at = m.index;
  }
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
