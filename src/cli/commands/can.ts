// `blastmap can <input> <principal> <action> [<resource>]`: the policy engine's decision on one
// request, with the statements that allow or deny it and the condition keys it depends on.
import { askCan } from '../access-questions.js';
import { TEXT_FORMATS, inputCommand, reportOptions } from '../input-command.js';
import { contextPairs } from '../option-specs.js';

export const command = inputCommand({
  name: 'can',
  description: `Decides one request as AWS would (explicit deny, SCPs, RCPs, resource policy, permissions boundary,
identity policy; same- and cross-account rules) and prints Allow, Deny or Conditional with the
statements behind it: the ones that allow it, the ones that deny it (and at which gate), and the
condition keys the answer depends on. A task definition asks as its task role. Without a resource,
the question is "on some resource". JSON: docs/access-question.schema.json.`,
  arguments: [
    {
      name: '<principal>',
      description: 'user, role, task definition or task: ARN or unique short name (web:3, a role name)',
    },
    { name: '<action>', description: 'one action, service:Action (e.g. s3:GetObject)' },
    {
      name: '[resource]',
      description:
        'resource ARN (arn:aws:s3:::bucket/key), a unique short name (a bucket name), or * (default)',
    },
  ],
  arityError: {
    message: 'can takes an input, a principal, an action and optionally a resource',
    hint: 'blastmap can ./dump web:3 s3:GetObject arn:aws:s3:::my-bucket/*',
  },
  options: {
    context: contextPairs(
      '--context <key=value>',
      'a request context value the answer may depend on (repeatable; a key given twice is a list)',
    ),
    ...reportOptions(TEXT_FORMATS, 'table', 'the answer'),
  },
  async run(input, [principal, action, resource], values, io) {
    return askCan(input, { principal, action, resource }, values, io);
  },
});
