// Group D: Lambda.
import { on, passRole } from './permissions.js';
import type { TechniqueRecord } from './types.js';

const lambdaService = 'lambda.amazonaws.com';
const invoked = 'the function is invoked by its trigger';

export const lambdaTechniques: TechniqueRecord[] = [
  {
    id: 'lambda-create-function-passrole',
    title: 'Create a function with a chosen role and trigger it',
    group: 'D',
    module: 'lambda',
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: lambdaService,
    requires: [
      {
        all: [
          passRole,
          on('new-function', 'lambda:CreateFunction'),
          on('new-function', 'lambda:InvokeFunction'),
        ],
      },
      {
        all: [
          passRole,
          on('new-function', 'lambda:CreateFunction'),
          on('new-function', 'lambda:AddPermission'),
        ],
        assumptions: ['a trigger the attacker can fire once the function policy admits it'],
      },
      {
        all: [
          passRole,
          on('new-function', 'lambda:CreateFunction'),
          on('any', 'lambda:CreateEventSourceMapping'),
        ],
        assumptions: ['an event source (stream or queue) the attacker can write to'],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'chosen role' },
    effort: 2,
    prerequisites: 'role trusts lambda; event source for ESM variant',
    references: { pathfindingCloud: ['lambda-001', 'lambda-002', 'lambda-006'] },
  },
  {
    id: 'lambda-update-function-code',
    title: "Replace an existing function's code",
    group: 'D',
    module: 'lambda',
    actor: 'principal',
    targets: 'functions',
    requires: [
      { all: [on('target', 'lambda:UpdateFunctionCode'), on('invocable-function', 'lambda:InvokeFunction')] },
      { all: [on('target', 'lambda:UpdateFunctionCode')], assumptions: [invoked] },
    ],
    preconditions: [],
    gain: { edge: 'CAN_BECOME', summary: 'function role' },
    effort: 2,
    prerequisites: 'existing function with privileged role',
    references: { pathfindingCloud: ['lambda-003', 'lambda-004', 'lambda-005'] },
  },
  {
    id: 'lambda-swap-role',
    title: "Swap an existing function's role for a chosen one and replace its code",
    group: 'D',
    module: 'lambda',
    actor: 'principal',
    targets: 'functions-to-swap',
    servicePrincipal: lambdaService,
    requires: [
      {
        all: [
          passRole,
          on('function', 'lambda:UpdateFunctionConfiguration'),
          on('function', 'lambda:UpdateFunctionCode'),
        ],
        assumptions: [invoked],
      },
    ],
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'chosen role' },
    effort: 3,
    prerequisites: 'existing function; new role trusts lambda',
    references: {},
  },
  {
    id: 'lambda-update-configuration',
    title: "Change an existing function's configuration (layers, handler, environment) to run attacker code",
    group: 'D',
    module: 'lambda',
    actor: 'principal',
    targets: 'functions',
    requires: [{ all: [on('target', 'lambda:UpdateFunctionConfiguration')], assumptions: [invoked] }],
    preconditions: [],
    gain: { edge: 'CAN_BECOME', summary: 'function role' },
    effort: 3,
    assumptions: ['a layer or handler change the attacker controls runs in the function'],
    prerequisites: 'existing privileged function',
    references: {},
  },
  {
    id: 'lambda-read-config-secrets',
    title: "Read credentials from a function's environment variables",
    group: 'D',
    module: 'lambda',
    actor: 'principal',
    targets: 'function-credentials',
    requires: [{ all: [on('function', 'lambda:GetFunctionConfiguration', 'lambda:GetFunction')] }],
    preconditions: [],
    gain: { edge: 'HOLDS_CREDENTIAL', summary: 'secrets' },
    effort: 1,
    prerequisites: 'secrets in env vars or code',
    references: {},
  },
  {
    id: 'lambda-invoke-existing',
    title: 'Invoke an existing function',
    group: 'D',
    module: 'lambda',
    actor: 'principal',
    targets: 'function-assets',
    requires: [{ all: [on('invocable-function', 'lambda:InvokeFunction', 'lambda:InvokeFunctionUrl')] }],
    preconditions: [],
    gain: { edge: 'CAN_INVOKE', access: 'invoke', summary: 'confused-deputy actions' },
    effort: 1,
    prerequisites: 'privileged function acts on caller input',
    references: {},
  },
];
