// SageMaker (regional): notebook instances and their roles (root access, internet access).
import {
  SageMakerClient,
  ListNotebookInstancesCommand,
  DescribeNotebookInstanceCommand,
  paginateListNotebookInstances,
} from '@aws-sdk/client-sagemaker';
import { type AccountContext, regionFile } from './account-context.js';
import { readCall } from './call-spec.js';
import { namePart } from './dump-writer.js';
import { recordCall, recordPages } from './record-call.js';

export const sagemakerCalls = [
  readCall(ListNotebookInstancesCommand, 'sagemaker:ListNotebookInstances'),
  readCall(DescribeNotebookInstanceCommand, 'sagemaker:DescribeNotebookInstance'),
];

export async function collectSageMaker(ctx: AccountContext, region: string): Promise<void> {
  const client = ctx.clients.get(SageMakerClient, region);
  const file = (path: string): string => regionFile(ctx, region, `sagemaker/${path}.json`);
  const listing = await recordPages(ctx, file('list-notebook-instances'), () =>
    paginateListNotebookInstances({ client }, {}),
  );
  await Promise.all(
    (listing?.NotebookInstances ?? []).flatMap((n) =>
      n.NotebookInstanceName
        ? [
            recordCall(ctx, file(`describe-notebook-instance/${namePart(n.NotebookInstanceName)}`), () =>
              client.send(
                new DescribeNotebookInstanceCommand({ NotebookInstanceName: n.NotebookInstanceName }),
              ),
            ),
          ]
        : [],
    ),
  );
  ctx.progress.section(`${ctx.account} ${region} sagemaker`);
}
