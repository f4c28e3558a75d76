// Services that run code with an existing role (techniques that borrow a resource's role):
// CloudFormation stacks, CodeBuild projects, Glue dev endpoints and jobs, SageMaker notebooks.
//
//   normalizeStacks(raw, ctx): CloudFormationStack[]          (describe-stacks)
//   normalizeCodeBuildProjects(raw, ctx): CodeBuildProject[]  (batch-get-projects; env values ignored)
//   normalizeGlueDevEndpoints(raw, ctx): GlueDevEndpoint[]    (get-dev-endpoints)
//   normalizeGlueJobs(raw, ctx): GlueJob[]                    (get-jobs)
//   normalizeNotebookList(raw, ctx): string[]                 (list-notebook-instances → names)
//   normalizeNotebook(raw, ctx): SageMakerNotebook            (describe-notebook-instance)
import type {
  CloudFormationStack,
  CodeBuildProject,
  GlueDevEndpoint,
  GlueJob,
  SageMakerNotebook,
} from '../../snapshot/types.js';
import { type NormalizeContext, eachItem } from './context.js';
import { Json } from './shape.js';

export function normalizeStacks(raw: unknown, ctx: NormalizeContext): CloudFormationStack[] {
  return eachItem(ctx, new Json(raw).list('Stacks'), (s) => {
    const stack: CloudFormationStack = {
      id: s.str('StackId'),
      name: s.str('StackName'),
      region: ctx.region ?? 'unknown',
    };
    const role = s.optStr('RoleARN');
    if (role) stack.roleArn = role;
    const status = s.optStr('StackStatus');
    if (status) stack.status = status;
    return stack;
  });
}

export function normalizeCodeBuildProjects(raw: unknown, ctx: NormalizeContext): CodeBuildProject[] {
  return eachItem(ctx, new Json(raw).list('projects'), (p) => {
    const project: CodeBuildProject = {
      arn: p.str('arn'),
      name: p.str('name'),
      region: ctx.region ?? 'unknown',
    };
    const role = p.optStr('serviceRole');
    if (role) project.serviceRole = role;
    return project;
  });
}

export function normalizeGlueDevEndpoints(raw: unknown, ctx: NormalizeContext): GlueDevEndpoint[] {
  return eachItem(ctx, new Json(raw).list('DevEndpoints'), (e) => {
    const endpoint: GlueDevEndpoint = { name: e.str('EndpointName'), region: ctx.region ?? 'unknown' };
    const role = e.optStr('RoleArn');
    if (role) endpoint.roleArn = role;
    const status = e.optStr('Status');
    if (status) endpoint.status = status;
    return endpoint;
  });
}

export function normalizeGlueJobs(raw: unknown, ctx: NormalizeContext): GlueJob[] {
  return eachItem(ctx, new Json(raw).list('Jobs'), (j) => {
    const job: GlueJob = { name: j.str('Name'), region: ctx.region ?? 'unknown' };
    const role = j.optStr('Role');
    if (role) job.roleArn = role;
    return job;
  });
}

/** A notebook instance as the list names it, with where it is listed (to name it in a diagnostic). */
export interface ListedNotebook {
  name: string;
  file?: string;
  jsonPath: string;
}

export function normalizeNotebookList(raw: unknown, ctx: NormalizeContext): ListedNotebook[] {
  return eachItem(ctx, new Json(raw).list('NotebookInstances'), (n) => ({
    name: n.name('NotebookInstanceName'),
    jsonPath: n.path,
    ...(ctx.file ? { file: ctx.file } : {}),
  }));
}

export function normalizeNotebook(raw: unknown, ctx: NormalizeContext): SageMakerNotebook {
  const n = new Json(raw);
  const notebook: SageMakerNotebook = {
    arn: n.str('NotebookInstanceArn'),
    name: n.str('NotebookInstanceName'),
    region: ctx.region ?? 'unknown',
  };
  for (const [key, field] of [
    ['RoleArn', 'roleArn'],
    ['NotebookInstanceStatus', 'status'],
    ['RootAccess', 'rootAccess'],
    ['DirectInternetAccess', 'directInternetAccess'],
  ] as const) {
    const value = n.optStr(key);
    if (value) notebook[field] = value;
  }
  return notebook;
}
