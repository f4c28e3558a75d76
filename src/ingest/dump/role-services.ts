// Regional files of services that run code with an existing role: CloudFormation, CodeBuild, Glue,
// SageMaker notebooks.
import type { Account } from '../../snapshot/types.js';
import {
  normalizeCodeBuildProjects,
  normalizeGlueDevEndpoints,
  normalizeGlueJobs,
  normalizeNotebook,
  normalizeNotebookList,
  normalizeStacks,
} from '../normalize/role-services.js';
import { type DumpContext, fileName, readWith } from './context.js';
import { warnDescribedOther } from './described-other.js';

type RoleServices = Pick<
  Account,
  'cloudformationStacks' | 'codebuildProjects' | 'glueDevEndpoints' | 'glueJobs' | 'sagemakerNotebooks'
>;

export async function readRoleServices(dc: DumpContext, region: string): Promise<RoleServices> {
  const spec = (service: string, operation: string) => ({
    path: `${region}/${service}/${operation}`,
    region,
    service,
    operation,
    paginated: true,
  });
  const out: RoleServices = {
    cloudformationStacks:
      (await readWith(dc, spec('cloudformation', 'describe-stacks'), normalizeStacks)) ?? [],
    codebuildProjects:
      (await readWith(dc, spec('codebuild', 'batch-get-projects'), normalizeCodeBuildProjects)) ?? [],
    glueDevEndpoints:
      (await readWith(dc, spec('glue', 'get-dev-endpoints'), normalizeGlueDevEndpoints)) ?? [],
    glueJobs: (await readWith(dc, spec('glue', 'get-jobs'), normalizeGlueJobs)) ?? [],
    sagemakerNotebooks: [],
  };
  const names =
    (await readWith(dc, spec('sagemaker', 'list-notebook-instances'), normalizeNotebookList)) ?? [];
  for (const listed of names) {
    const describeFile = `${region}/sagemaker/describe-notebook-instance/${fileName(listed.name)}`;
    const notebook = await readWith(
      dc,
      {
        path: describeFile,
        region,
        service: 'sagemaker',
        operation: 'describe-notebook-instance',
        resource: listed.name,
      },
      normalizeNotebook,
    );
    if (!notebook) continue;
    out.sagemakerNotebooks.push(notebook);
    if (notebook.name !== listed.name) {
      warnDescribedOther(dc, listed, 'notebook instance', listed.name, describeFile, notebook.name);
    }
  }
  return out;
}
