// Group F: other services that run code as a role — PassRole to a new resource, or abuse of an
// existing resource (stack, build project, dev endpoint, notebook) and the role it already has.
import { on, passRole, passRoleTo } from './permissions.js';
import type { Permission, TechniqueRecord } from './types.js';

const chosen = { edge: 'CAN_BECOME', summary: 'chosen role' } as const;

/** A PassRole-to-a-new-resource record: the chosen role must trust `service`. */
function passRoleRecord(
  id: string,
  title: string,
  module: string,
  service: string,
  permissions: Permission[],
  extra: Partial<TechniqueRecord> & { prerequisites: string },
): TechniqueRecord {
  return {
    id,
    title,
    group: 'F',
    module,
    actor: 'principal',
    targets: 'roles-to-pass',
    servicePrincipal: service,
    requires: [{ all: [passRole, ...permissions] }],
    preconditions: ['target-trusts-service'],
    gain: chosen,
    effort: 2,
    references: {},
    ...extra,
  };
}

export const serviceRoleTechniques: TechniqueRecord[] = [
  passRoleRecord(
    'cfn-create-stack',
    'Create a stack that runs as a chosen role',
    'cloudformation',
    'cloudformation.amazonaws.com',
    [on('new:cloudformation:stack', 'cloudformation:CreateStack')],
    {
      prerequisites: 'role trusts cloudformation',
      references: { pathfindingCloud: ['cloudformation-001'] },
    },
  ),
  {
    id: 'cfn-update-stack',
    title: 'Update a stack that runs as a privileged role',
    group: 'F',
    module: 'cloudformation',
    actor: 'principal',
    targets: 'cfn-stacks',
    requires: [{ all: [on('target', 'cloudformation:UpdateStack')] }],
    servicePrincipal: 'cloudformation.amazonaws.com',
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'stack role' },
    effort: 2,
    prerequisites: 'stack with privileged RoleARN',
    references: { pathfindingCloud: ['cloudformation-002'] },
  },
  {
    id: 'cfn-change-set',
    title: 'Create and execute a change set on a stack with a privileged role',
    group: 'F',
    module: 'cloudformation',
    actor: 'principal',
    targets: 'cfn-stacks',
    requires: [
      {
        all: [
          on('target', 'cloudformation:CreateChangeSet'),
          on('target', 'cloudformation:ExecuteChangeSet'),
        ],
      },
    ],
    servicePrincipal: 'cloudformation.amazonaws.com',
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'stack role' },
    effort: 2,
    prerequisites: 'stack with privileged RoleARN',
    references: { pathfindingCloud: ['cloudformation-005'] },
  },
  passRoleRecord(
    'codebuild-create-project',
    'Create a build project with a chosen service role and start a build',
    'codebuild',
    'codebuild.amazonaws.com',
    [
      on('new:codebuild:project', 'codebuild:CreateProject'),
      on('new:codebuild:project', 'codebuild:StartBuild', 'codebuild:StartBuildBatch'),
    ],
    {
      prerequisites: 'role trusts codebuild',
      references: { pathfindingCloud: ['codebuild-001', 'codebuild-004'] },
    },
  ),
  {
    id: 'codebuild-start-existing',
    title: 'Start a build of an existing project with a buildspec override',
    group: 'F',
    module: 'codebuild',
    actor: 'principal',
    targets: 'codebuild-projects',
    requires: [{ all: [on('target', 'codebuild:StartBuild', 'codebuild:StartBuildBatch')] }],
    servicePrincipal: 'codebuild.amazonaws.com',
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'project role' },
    effort: 2,
    assumptions: ['the project allows a buildspec override'],
    prerequisites: 'project with privileged service role; buildspec override allowed',
    references: { pathfindingCloud: ['codebuild-002', 'codebuild-003'] },
  },
  passRoleRecord(
    'glue-dev-endpoint',
    'Create a Glue development endpoint with a chosen role',
    'glue',
    'glue.amazonaws.com',
    [on('any', 'glue:CreateDevEndpoint')],
    {
      prerequisites: 'role trusts glue',
      references: { pathfindingCloud: ['glue-001'] },
    },
  ),
  {
    id: 'glue-update-dev-endpoint',
    title: 'Add an SSH key to an existing Glue development endpoint',
    group: 'F',
    module: 'glue',
    actor: 'principal',
    targets: 'glue-dev-endpoints',
    requires: [{ all: [on('target', 'glue:UpdateDevEndpoint')] }],
    servicePrincipal: 'glue.amazonaws.com',
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'endpoint role' },
    effort: 2,
    prerequisites: 'endpoint with privileged role',
    references: { pathfindingCloud: ['glue-002'] },
  },
  passRoleRecord(
    'glue-job',
    'Create (or update) a Glue job with a chosen role and run it',
    'glue',
    'glue.amazonaws.com',
    [on('new:glue:job', 'glue:CreateJob'), on('new:glue:job', 'glue:StartJobRun')],
    {
      requires: [
        { all: [passRole, on('new:glue:job', 'glue:CreateJob'), on('new:glue:job', 'glue:StartJobRun')] },
        {
          all: [passRole, on('new:glue:job', 'glue:CreateJob'), on('new:glue:trigger', 'glue:CreateTrigger')],
        },
        {
          all: [passRole, on('glue-job', 'glue:UpdateJob'), on('glue-job', 'glue:StartJobRun')],
          needs: ['glue-job'],
        },
        // An existing job's role swapped, then run by a new trigger (StartOnCreation) instead of StartJobRun.
        {
          all: [passRole, on('glue-job', 'glue:UpdateJob'), on('new:glue:trigger', 'glue:CreateTrigger')],
          needs: ['glue-job'],
        },
      ],
      prerequisites: 'role trusts glue',
      references: { pathfindingCloud: ['glue-003', 'glue-004', 'glue-005', 'glue-006'] },
    },
  ),
  passRoleRecord(
    'glue-interactive-session',
    'Open a Glue interactive session with a chosen role',
    'glue',
    'glue.amazonaws.com',
    [on('new:glue:session', 'glue:CreateSession'), on('new:glue:session', 'glue:RunStatement')],
    { prerequisites: 'role trusts glue', references: { pathfindingCloud: ['glue-007'] } },
  ),
  passRoleRecord(
    'datapipeline',
    'Create a data pipeline that runs as a chosen role',
    'datapipeline',
    'datapipeline.amazonaws.com',
    [
      on('any', 'datapipeline:CreatePipeline'),
      on('new:datapipeline:pipeline', 'datapipeline:PutPipelineDefinition'),
      on('new:datapipeline:pipeline', 'datapipeline:ActivatePipeline'),
    ],
    { prerequisites: 'role trusts datapipeline', references: { pathfindingCloud: ['datapipeline-001'] } },
  ),
  passRoleRecord(
    'sagemaker-notebook',
    'Create a notebook instance with a chosen role',
    'sagemaker',
    'sagemaker.amazonaws.com',
    [on('new:sagemaker:notebook-instance', 'sagemaker:CreateNotebookInstance')],
    {
      prerequisites: 'role trusts sagemaker',
      references: { pathfindingCloud: ['sagemaker-001'] },
    },
  ),
  passRoleRecord(
    'sagemaker-training-job',
    'Create a training job with a chosen role',
    'sagemaker',
    'sagemaker.amazonaws.com',
    [on('new:sagemaker:training-job', 'sagemaker:CreateTrainingJob')],
    {
      prerequisites: 'role trusts sagemaker',
      references: { pathfindingCloud: ['sagemaker-002'] },
    },
  ),
  passRoleRecord(
    'sagemaker-processing-job',
    'Create a processing job with a chosen role',
    'sagemaker',
    'sagemaker.amazonaws.com',
    [on('new:sagemaker:processing-job', 'sagemaker:CreateProcessingJob')],
    {
      prerequisites: 'role trusts sagemaker',
      references: { pathfindingCloud: ['sagemaker-003'] },
    },
  ),
  {
    id: 'sagemaker-presigned-url',
    title: 'Open an existing notebook through a presigned URL',
    group: 'F',
    module: 'sagemaker',
    actor: 'principal',
    targets: 'sagemaker-notebooks',
    requires: [{ all: [on('target', 'sagemaker:CreatePresignedNotebookInstanceUrl')] }],
    servicePrincipal: 'sagemaker.amazonaws.com',
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'notebook role' },
    effort: 1,
    prerequisites: 'notebook with privileged role',
    references: { pathfindingCloud: ['sagemaker-004'] },
  },
  {
    id: 'sagemaker-lifecycle-config',
    title: 'Attach a lifecycle script to an existing notebook and restart it',
    group: 'F',
    module: 'sagemaker',
    actor: 'principal',
    targets: 'sagemaker-notebooks',
    requires: [
      {
        all: [
          on(
            'new:sagemaker:notebook-instance-lifecycle-config',
            'sagemaker:CreateNotebookInstanceLifecycleConfig',
          ),
          on('target', 'sagemaker:StopNotebookInstance'),
          on('target', 'sagemaker:UpdateNotebookInstance'),
          on('target', 'sagemaker:StartNotebookInstance'),
        ],
      },
    ],
    servicePrincipal: 'sagemaker.amazonaws.com',
    preconditions: ['target-trusts-service'],
    gain: { edge: 'CAN_BECOME', summary: 'notebook role' },
    effort: 3,
    prerequisites: 'notebook with privileged role',
    references: { pathfindingCloud: ['sagemaker-005'] },
  },
  passRoleRecord(
    'apprunner-create',
    'Create an App Runner service with a chosen instance role',
    'apprunner',
    'tasks.apprunner.amazonaws.com',
    [on('new:apprunner:service', 'apprunner:CreateService')],
    {
      // The role is passed to App Runner itself (AWSAppRunnerFullAccess scopes PassRole to
      // apprunner.amazonaws.com); the instance role trusts the tasks principal.
      requires: [
        {
          all: [
            passRoleTo('apprunner.amazonaws.com'),
            on('new:apprunner:service', 'apprunner:CreateService'),
          ],
        },
      ],
      prerequisites: 'role trusts tasks.apprunner.amazonaws.com',
      references: { pathfindingCloud: ['apprunner-001'] },
    },
  ),
  passRoleRecord(
    'batch-job',
    'Register a Batch job definition with a chosen job role and submit it',
    'batch',
    'ecs-tasks.amazonaws.com',
    [
      on('new:batch:job-definition', 'batch:RegisterJobDefinition'),
      on('new:batch:job-definition', 'batch:SubmitJob'),
      on('new:batch:job-queue', 'batch:SubmitJob'),
    ],
    {
      prerequisites: 'job role trusts batch (001) / ecs-tasks (003); queue for 001',
      assumptions: ['a job queue exists (or may be created)'],
      references: { pathfindingCloud: ['batch-001', 'batch-003'] },
    },
  ),
  passRoleRecord(
    'braket-job',
    'Create a Braket job with a chosen role',
    'braket',
    'braket.amazonaws.com',
    [on('new:braket:job', 'braket:CreateJob')],
    {
      prerequisites: 'role trusts braket',
      references: { pathfindingCloud: ['braket-001'] },
    },
  ),
  passRoleRecord(
    'emr-serverless',
    'Create an EMR Serverless application and run a job as a chosen role',
    'emr-serverless',
    'emr-serverless.amazonaws.com',
    [
      on('any', 'emr-serverless:CreateApplication'),
      on('new:emr-serverless:application', 'emr-serverless:StartJobRun'),
    ],
    { prerequisites: 'role trusts emr-serverless', references: { pathfindingCloud: ['emrserverless-001'] } },
  ),
  passRoleRecord(
    'kinesisanalytics',
    'Create and start a Kinesis Analytics application with a chosen role',
    'kinesisanalytics',
    'kinesisanalytics.amazonaws.com',
    [
      on('any', 'kinesisanalytics:CreateApplication'),
      on('new:kinesisanalytics:application', 'kinesisanalytics:StartApplication'),
    ],
    {
      prerequisites: 'role trusts kinesisanalytics',
      references: { pathfindingCloud: ['kinesisanalytics-001'] },
    },
  ),
  passRoleRecord(
    'omics-workflow',
    'Create an Omics workflow and start a run as a chosen role',
    'omics',
    'omics.amazonaws.com',
    [on('any', 'omics:CreateWorkflow'), on('new:omics:workflow', 'omics:StartRun')],
    { prerequisites: 'role trusts omics', references: { pathfindingCloud: ['omics-001'] } },
  ),
];
