// The clients refuse any command outside the call table before anything leaves the process: a
// mutating call is impossible even if a future change tried to send one.
import { strict as assert } from 'node:assert';
import { S3Client, CreateBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { ClientPool, NotReadOnlyError } from '../../../src/ingest/collect/clients.js';
import { allowedCommandNames } from '../../../src/ingest/collect/read-only-calls.js';

describe('read-only guard on every collector client', () => {
  // Port 9 (discard) on loopback: a request that got through would fail with a network error instead.
  const pool = new ClientPool(
    {
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    },
    allowedCommandNames(),
  );
  after(() => pool.destroy());

  it('refuses a mutating command (CreateBucket) before sending it', async () => {
    const s3 = pool.get(S3Client, 'eu-west-1');
    await assert.rejects(s3.send(new CreateBucketCommand({ Bucket: 'x' })), NotReadOnlyError);
  });

  it('refuses GetSecretValue: the collector never reads a secret value', async () => {
    const sm = pool.get(SecretsManagerClient, 'eu-west-1');
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'x' })), NotReadOnlyError);
  });

  it('lets a table command through to the network', async () => {
    const s3 = pool.get(S3Client, 'eu-west-1');
    await assert.rejects(
      s3.send(new ListBucketsCommand({})),
      (err: Error) => !(err instanceof NotReadOnlyError),
    );
  });
});
