// Runs a composite action's steps the way the GitHub Actions runner does, on this machine: action.yml
// parsed, each step's `if:` evaluated (with the implicit `success()`), `${{ … }}` substituted in
// `env`, `with` and `run` from the inputs (defaults applied), `github.*` (the event JSON included),
// `steps.<id>.outputs.*`, `env.*` and `runner.*`; every `run:` step executed with
// `bash --noprofile --norc -eo pipefail` in the workspace, with fresh GITHUB_OUTPUT / GITHUB_ENV /
// GITHUB_PATH / GITHUB_STEP_SUMMARY files per step, parsed afterwards (`name=value` and the
// `name<<DELIMITER` form). A `uses:` step is not run (its `if:` and `with` are evaluated and
// reported), so the test says what each one means: setting up Node is the machine's own Node.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export interface ActionStepRecord {
  index: number;
  id?: string;
  name: string;
  /** `success`/`failure` for run steps, `skipped` when `if:` was false, `not-run` for `uses:` steps. */
  outcome: 'success' | 'failure' | 'skipped' | 'not-run';
  uses?: string;
  with?: Record<string, string>;
  exitCode?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

export interface CompositeRun {
  steps: ActionStepRecord[];
  /** The action's outputs (`outputs.*.value`, evaluated after the steps). */
  outputs: Record<string, string>;
  /** The job summary the steps wrote, concatenated in step order. */
  summary: string;
  /** Workflow commands (`::error …::message`) the steps printed. */
  annotations: { level: string; message: string }[];
  /** 0 when every step succeeded, else 1 (the runner marks the action's step failed). */
  exitCode: number;
}

export interface RunOptions {
  actionPath: string;
  inputs: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  eventName: string;
  event: Record<string, unknown>;
  repository: string;
  token?: string;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: StepYaml[] };
}
interface StepYaml {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

export function readAction(actionPath: string): ActionYaml {
  return load(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as ActionYaml;
}

export async function runCompositeAction(opts: RunOptions): Promise<CompositeRun> {
  const action = readAction(opts.actionPath);
  if (action.runs.using !== 'composite') throw new Error(`not a composite action: ${action.runs.using}`);
  const eventPath = join(opts.runnerTemp, '_github_workflow', 'event.json');
  mkdirSync(join(opts.runnerTemp, '_github_workflow'), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(opts.event));
  const github = {
    action_path: opts.actionPath,
    event: opts.event,
    event_name: opts.eventName,
    event_path: eventPath,
    repository: opts.repository,
    token: opts.token ?? '',
    workspace: opts.workspace,
  };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const jobEnv: Record<string, string> = {};
  const context: Context = {
    github,
    inputs: {},
    steps,
    env: jobEnv,
    runner: { temp: opts.runnerTemp, os: 'Linux' },
  };
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const given = opts.inputs[name];
    context.inputs[name] = given !== undefined ? given : substitute(String(spec.default ?? ''), context);
  }
  for (const name of Object.keys(opts.inputs)) {
    if (!(name in context.inputs)) throw new Error(`input ${name} is not declared in action.yml`);
  }

  const records: ActionStepRecord[] = [];
  let failed = false;
  let summary = '';
  const annotations: CompositeRun['annotations'] = [];
  const path: string[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    context.status = failed ? 'failure' : 'success';
    const record: ActionStepRecord = {
      index,
      ...(step.id ? { id: step.id } : {}),
      name: step.name ?? step.uses ?? `step ${index}`,
      outcome: 'skipped',
      stdout: '',
      stderr: '',
      outputs: {},
    };
    records.push(record);
    const condition = step.if === undefined ? 'success()' : stripWrapper(step.if);
    const guarded = /\b(success|failure|always|cancelled)\s*\(/.test(condition)
      ? condition
      : `success() && (${condition})`;
    if (!truthy(evaluate(guarded, context))) {
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped' };
      continue;
    }
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), context)]),
    );
    if (step.uses) {
      record.uses = step.uses;
      record.with = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), context)]),
      );
      record.outcome = 'not-run';
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'success' };
      continue;
    }
    if (step.shell !== 'bash') throw new Error(`step ${record.name}: only shell: bash is simulated`);
    const files = fileCommands(opts.runnerTemp, index);
    const script = join(opts.runnerTemp, `_step_${index}.sh`);
    writeFileSync(script, substitute(String(step.run ?? ''), context));
    const result = await execBash(script, {
      cwd: step['working-directory'] ? substitute(step['working-directory'], context) : opts.workspace,
      env: {
        PATH: [...path, process.env['PATH'] ?? ''].join(':'),
        HOME: process.env['HOME'] ?? '/root',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_PATH: opts.actionPath,
        GITHUB_WORKSPACE: opts.workspace,
        GITHUB_EVENT_NAME: opts.eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: opts.repository,
        RUNNER_TEMP: opts.runnerTemp,
        RUNNER_OS: 'Linux',
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STEP_SUMMARY: files.summary,
        ...jobEnv,
        ...env,
      },
    });
    record.exitCode = result.code;
    record.stdout = result.stdout;
    record.stderr = result.stderr;
    record.outcome = result.code === 0 ? 'success' : 'failure';
    record.outputs = parseFileCommand(readFileSync(files.output, 'utf8'));
    Object.assign(jobEnv, parseFileCommand(readFileSync(files.env, 'utf8')));
    path.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse());
    summary += readFileSync(files.summary, 'utf8');
    for (const line of result.stdout.split('\n')) {
      const m = /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(line);
      if (m) annotations.push({ level: m[1], message: m[2] });
    }
    if (step.id) steps[step.id] = { outputs: record.outputs, outcome: record.outcome };
    if (result.code !== 0) failed = true;
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs ?? {}).map(([k, v]) => [k, substitute(String(v.value), context)]),
  );
  return { steps: records, outputs, summary, annotations, exitCode: failed ? 1 : 0 };
}

function fileCommands(runnerTemp: string, index: number) {
  const dir = join(runnerTemp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const files = {
    output: join(dir, `set_output_${index}`),
    env: join(dir, `set_env_${index}`),
    path: join(dir, `add_path_${index}`),
    summary: join(dir, `step_summary_${index}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

/** `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks, as the runner reads them. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated ${heredoc[1]}<<${heredoc[2]}`);
      values[heredoc[1]] = body.join('\n');
    } else if (eq > 0) {
      values[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`invalid file command line: ${line}`);
    }
  }
  return values;
}

function execBash(script: string, opts: { cwd: string; env: Record<string, string> }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

// ---- expressions (the subset action.yml files use) ----

interface Context {
  github: Record<string, unknown>;
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string }>;
  env: Record<string, string>;
  runner: Record<string, string>;
  status?: 'success' | 'failure';
}
type Value = string | number | boolean | null | Record<string, unknown> | unknown[];

function stripWrapper(expr: string): string {
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(expr);
  return m ? m[1] : expr;
}

/** Replaces every `${{ expr }}` in a string by the expression's value as a string. */
export function substitute(text: string, context: Context): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => asString(evaluate(expr, context)));
}

function asString(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function truthy(v: Value): boolean {
  return !(v === false || v === null || v === '' || v === 0 || (typeof v === 'number' && Number.isNaN(v)));
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** GitHub's loose equality: same type compares directly (strings case-insensitively), else as numbers. */
function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (a === null || typeof a !== 'object')) return a === b;
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  return toNumber(a) === toNumber(b);
}

export function evaluate(expr: string, context: Context): Value {
  const tokens: string[] = [];
  const token = /\s*('(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][A-Za-z0-9_.-]*|\d+(?:\.\d+)?)\s*/y;
  while (token.lastIndex < expr.length) {
    const at = token.lastIndex;
    const m = token.exec(expr);
    if (!m) throw new Error(`cannot read expression at ${at}: ${expr}`);
    tokens.push(m[1]);
  }
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const primary = (): Value => {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of expression: ${expr}`);
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new Error(`missing ) in ${expr}`);
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (peek() === '(') {
      next();
      if (next() !== ')') throw new Error(`only argument-less functions are simulated: ${expr}`);
      const status = context.status ?? 'success';
      if (t === 'success') return status === 'success';
      if (t === 'failure') return status === 'failure';
      if (t === 'always') return true;
      if (t === 'cancelled') return false;
      throw new Error(`unknown function ${t}()`);
    }
    return lookup(t, context);
  };
  const comparison = (): Value => {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = primary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`cannot parse expression: ${expr}`);
  return value;
}

function lookup(path: string, context: Context): Value {
  const [root, ...rest] = path.split('.');
  let v: unknown = (context as unknown as Record<string, unknown>)[root];
  if (v === undefined) throw new Error(`unknown context ${root} in ${path}`);
  for (const key of rest) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
    if (v === undefined) return null;
  }
  return v as Value;
}
