// CodeBuild (regional): projects and their service roles. Plain-text environment variable values are
// redacted (PARAMETER_STORE / SECRETS_MANAGER entries hold only a reference and are kept).
import {
  CodeBuildClient,
  ListProjectsCommand,
  BatchGetProjectsCommand,
  paginateListProjects,
  type Project,
} from '@aws-sdk/client-codebuild';
import { formatRedactionMarker } from '../redaction-marker.js';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { batches, recordCall } from './record-call.js';

export const codebuildCalls = [
  readCall(ListProjectsCommand, 'codebuild:ListProjects'),
  readCall(BatchGetProjectsCommand, 'codebuild:BatchGetProjects'),
];

function redactProject(project: Project): Project {
  const env = project.environment;
  if (!env?.environmentVariables) return project;
  return {
    ...project,
    environment: {
      ...env,
      environmentVariables: env.environmentVariables.map((v) =>
        v.type === 'PARAMETER_STORE' || v.type === 'SECRETS_MANAGER'
          ? v
          : { ...v, value: formatRedactionMarker({}) },
      ),
    },
  };
}

export async function collectCodeBuild(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(CodeBuildClient, region);
  await recordCall(ctx, regionFile(ctx, region, 'codebuild/batch-get-projects.json'), async () => {
    const names: string[] = [];
    for await (const page of paginateListProjects({ client }, {})) names.push(...(page.projects ?? []));
    const projects: Project[] = [];
    const projectsNotFound: string[] = [];
    for (const chunk of batches(names, 100)) {
      const out = await client.send(new BatchGetProjectsCommand({ names: chunk }));
      projects.push(...(out.projects ?? []).map(redactProject));
      projectsNotFound.push(...(out.projectsNotFound ?? []));
    }
    return { projects, projectsNotFound };
  });
  ctx.progress.section(`${ctx.account} ${region} codebuild`);
}
