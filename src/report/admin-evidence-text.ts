// Why a principal is already administrator, in its policies' own words: "AdministratorAccess
// attached to role ops (statement 0: Allow * on *)", "Allow * on * in <policy> statement 0". The
// admin-equivalent step's evidence is one item per action the technique checks; a person reads the
// statements behind them, once each.
import type { EvidenceItem } from '../graph/model.js';
import type { PathHop } from '../queries/types.js';
import { nodeLabel } from './node-label.js';

type Statement = EvidenceItem['statements'][number];

// The actions of the technique's first alternative (`*` on `*`): a statement that allows all of them
// on any resource is, for this question, `Allow * on *`.
const EVERYTHING = [
  'iam:PassRole',
  's3:GetObject',
  'ec2:RunInstances',
  'ecs:RunTask',
  'lambda:CreateFunction',
];
const MANAGED = /^arn:[^:]*:iam::[^:]*:policy\/(?:.*\/)?([^/]+)$/;

function grants(s: Statement): boolean {
  return s.policyType === 'identity' || s.policyType === 'session';
}

function what(actions: Set<string>): string {
  if (EVERYTHING.every((a) => actions.has(a))) return 'Allow * on *';
  if ([...actions].every((a) => a.startsWith('iam:'))) return 'Allow IAM write on every role and user';
  return `Allow ${[...actions].sort().join(', ')} on any resource`;
}

export function adminEvidenceText(h: PathHop): string {
  const byStatement = new Map<string, { s: Statement; actions: Set<string> }>();
  for (const e of h.evidence) {
    for (const s of e.statements) {
      if (!grants(s)) continue;
      const key = `${s.policyId}\u0000${s.versionId ?? ''}\u0000${s.statement}`;
      const entry = byStatement.get(key) ?? { s, actions: new Set<string>() };
      entry.actions.add(e.action);
      byStatement.set(key, entry);
    }
  }
  if (!byStatement.size) return 'administrator of its account';
  const ctx = h.from.split(':')[4];
  const holder = nodeLabel(h.from, ctx);
  // A user's managed policy may come from a group; a role's is attached to the role.
  const verb = h.from.includes(':role/') ? 'attached to' : 'held by';
  return [...byStatement.values()]
    .map(({ s, actions }) => {
      const sid = s.sid ? ` "${s.sid}"` : '';
      const m = MANAGED.exec(s.policyId);
      const version = s.versionId ? ` ${s.versionId}` : '';
      if (m)
        return `${m[1]} ${verb} ${holder} (${s.policyId}${version} statement ${s.statement}${sid}: ${what(actions)})`;
      return `${what(actions)} in ${s.policyId} statement ${s.statement}${sid}`;
    })
    .join('; ');
}
