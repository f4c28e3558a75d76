// Group F: Bedrock AgentCore code interpreters, agent runtimes and browsers run with an execution
// role. Either the attacker creates one with a chosen role (PassRole), or it uses an existing one —
// AgentCore is not in the snapshot, so that way rests on the assumption that such a resource runs
// as the role. Both lead only to roles whose trust policy admits the AgentCore service.
import { on, passRole } from './permissions.js';
import type { TechniqueRecord } from './types.js';

const agentCore = 'bedrock-agentcore.amazonaws.com';
const notCollected = (what: string) =>
  `an existing ${what} runs as this role (Bedrock AgentCore is not collected)`;

function agentCoreRecord(
  r: Pick<TechniqueRecord, 'id' | 'title' | 'prerequisites' | 'references' | 'effort'> & {
    create: TechniqueRecord['requires'][number]['all'];
    use: TechniqueRecord['requires'][number]['all'];
    existing: string;
    gain: string;
  },
): TechniqueRecord {
  return {
    id: r.id,
    title: r.title,
    group: 'F',
    module: 'bedrock-agentcore',
    actor: 'principal',
    targets: 'roles-trusting-service',
    servicePrincipal: agentCore,
    requires: [
      { all: [passRole, ...r.create, ...r.use] },
      { all: r.use, assumptions: [notCollected(r.existing)] },
    ],
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: r.gain },
    effort: r.effort,
    prerequisites: r.prerequisites,
    references: r.references,
  };
}

export const bedrockTechniques: TechniqueRecord[] = [
  agentCoreRecord({
    id: 'bedrock-code-interpreter',
    title: 'Run code in an AgentCore code interpreter with its execution role',
    create: [on('any', 'bedrock-agentcore:CreateCodeInterpreter')],
    use: [
      on('new:bedrock-agentcore:code-interpreter-custom', 'bedrock-agentcore:StartCodeInterpreterSession'),
      on('new:bedrock-agentcore:code-interpreter-custom', 'bedrock-agentcore:InvokeCodeInterpreter'),
    ],
    existing: 'code interpreter',
    gain: 'interpreter role',
    effort: 2,
    prerequisites: 'role trusts bedrock-agentcore (or existing interpreter)',
    references: { pathfindingCloud: ['bedrock-001', 'bedrock-002'] },
  }),
  agentCoreRecord({
    id: 'bedrock-agent-runtime',
    title: 'Run a command in an AgentCore agent runtime with its execution role',
    create: [
      on('any', 'bedrock-agentcore:CreateAgentRuntime'),
      on('new:bedrock-agentcore:runtime', 'bedrock-agentcore:CreateAgentRuntimeEndpoint'),
      on('new:bedrock-agentcore:workload-identity-directory', 'bedrock-agentcore:CreateWorkloadIdentity'),
    ],
    use: [on('new:bedrock-agentcore:runtime', 'bedrock-agentcore:InvokeAgentRuntimeCommand')],
    existing: 'agent runtime using IAM inbound auth',
    gain: 'runtime role',
    effort: 3,
    prerequisites: 'runtime using IAM inbound auth',
    references: { pathfindingCloud: ['bedrock-003', 'bedrock-004', 'bedrock-005'] },
  }),
  agentCoreRecord({
    id: 'bedrock-browser',
    title: 'Drive an AgentCore browser session with its execution role',
    create: [on('any', 'bedrock-agentcore:CreateBrowser')],
    use: [
      on('new:bedrock-agentcore:browser-custom', 'bedrock-agentcore:StartBrowserSession'),
      on('any', 'bedrock-agentcore:ConnectBrowserAutomationStream'),
    ],
    existing: 'browser',
    gain: 'browser role',
    effort: 3,
    prerequisites: 'browser with execution role',
    references: { pathfindingCloud: ['bedrock-006', 'bedrock-007'] },
  }),
];
