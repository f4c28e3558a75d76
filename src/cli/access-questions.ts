// The policy questions' common steps, for `can` and `who-can --action`: prepare the access model,
// resolve the names given, ask, render in the chosen format.
import {
  askAccess,
  resolveAction,
  resolvePrincipal,
  resolveResource,
  whoCanAction,
} from '../queries/access-question.js';
import { coverageOf } from '../queries/coverage.js';
import {
  renderAccessAnswerJson,
  renderAccessAnswerMarkdown,
  renderAccessAnswerTable,
  renderWhoCanActionJson,
  renderWhoCanActionMarkdown,
  renderWhoCanActionTable,
} from '../report/access-answer.js';
import { InputError } from '../snapshot/errors.js';
import { preparePolicyQuestion } from './analysis-input.js';
import type { TextFormat } from './input-command.js';
import type { CliIo } from './io.js';
import { emit } from './output-options.js';

interface Common {
  context?: Record<string, string | string[]>;
  format: TextFormat;
  output?: string;
}

export async function askCan(
  input: string,
  question: { principal: string; action: string; resource?: string },
  values: Common,
  io: CliIo,
): Promise<number> {
  const action = resolveAction(question.action);
  const prepared = await preparePolicyQuestion(input);
  const principal = resolvePrincipal(prepared.nodes, question.principal);
  const resource = resolveResource(prepared.nodes, question.resource ?? '*', action);
  const answer = askAccess(prepared.model, { principal, action, resource, context: values.context ?? {} });
  const coverage = coverageOf(prepared.snapshot);
  const text =
    values.format === 'json'
      ? renderAccessAnswerJson(answer, coverage)
      : values.format === 'markdown'
        ? renderAccessAnswerMarkdown(answer, coverage)
        : renderAccessAnswerTable(answer, coverage);
  await emit(text, values.output, io);
  return 0;
}

export async function askWhoCanAction(
  input: string,
  values: Common & {
    action?: string;
    resource?: string;
    account?: string;
    top?: number;
    from?: string[];
    allPrincipals?: boolean;
    cluster?: string;
    minScore?: number;
  },
  io: CliIo,
): Promise<number> {
  const misplaced = (
    [
      ['--from', values.from],
      ['--all-principals', values.allPrincipals || undefined],
      ['--cluster', values.cluster],
      ['--min-score', values.minScore],
    ] as const
  ).find(([, v]) => v !== undefined);
  if (misplaced) {
    throw new InputError(
      `${misplaced[0]} goes with an asset (attack paths), not with --action (a policy decision)`,
      {},
      { hint: '--account and --top narrow the principals of --action' },
    );
  }
  const action = resolveAction(values.action!);
  const prepared = await preparePolicyQuestion(input);
  const resource = resolveResource(prepared.nodes, values.resource ?? '*', action);
  const full = whoCanAction(prepared.nodes, prepared.model, {
    action,
    resource,
    context: values.context ?? {},
    ...(values.account ? { account: values.account } : {}),
  });
  const result = values.top === undefined ? full : { ...full, allowed: full.allowed.slice(0, values.top) };
  const coverage = coverageOf(prepared.snapshot);
  const text =
    values.format === 'json'
      ? renderWhoCanActionJson(result, coverage)
      : values.format === 'markdown'
        ? renderWhoCanActionMarkdown(result, coverage)
        : renderWhoCanActionTable(result, coverage);
  await emit(text, values.output, io);
  return 0;
}
