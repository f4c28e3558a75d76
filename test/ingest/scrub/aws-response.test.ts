// scrubAwsResponse finds the free-text fields of any AWS response by name, keeps the shape, and leaves
// environment values to the classifier.
import { strict as assert } from 'node:assert';
import { scrubAwsResponse } from '../../../src/ingest/scrub/aws-response.js';

describe('scrub: AWS responses', () => {
  it('scrubs every free-text field of a task definition and keeps the structure', () => {
    const body = {
      taskDefinition: {
        containerDefinitions: [
          {
            name: 'api',
            image: 'deploy:S3cret1@registry.example.com/api:1',
            command: ['sh', '-c', 'mysql -uroot -pS3cret2 app'],
            entryPoint: ['/entry', '--token', 'S3cret3'],
            environment: [{ name: 'DB_PASSWORD', value: 'kept-for-the-classifier' }],
            secrets: [{ name: 'API', valueFrom: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' }],
            dockerLabels: { 'com.example.db-password': 'S3cret4', team: 'payments' },
            logConfiguration: {
              logDriver: 'splunk',
              options: { 'splunk-token': 'S3cret5', 'splunk-url': 'https://splunk' },
              secretOptions: [{ name: 'splunk-token', valueFrom: 'S3cret6!' }],
            },
            healthCheck: { command: ['CMD-SHELL', 'curl -u admin:S3cret7 http://localhost/health'] },
          },
        ],
        volumes: [{ name: 'v', dockerVolumeConfiguration: { driverOpts: { password: 'S3cret8' } } }],
      },
      tags: [
        { key: 'db-password', value: 'S3cret9' },
        { key: 'team', value: 'payments' },
      ],
    };
    const out = scrubAwsResponse(structuredClone(body));
    const text = JSON.stringify(out);
    for (let i = 1; i <= 9; i++) assert.ok(!text.includes(`S3cret${i}`), `S3cret${i} in ${text}`);
    const c = out.taskDefinition.containerDefinitions[0]!;
    assert.equal(c.image, '<redacted>@registry.example.com/api:1');
    assert.deepEqual(c.command, ['sh', '-c', 'mysql -uroot -p<redacted> app']);
    assert.deepEqual(c.entryPoint, ['/entry', '--token', '<redacted>']);
    assert.deepEqual(c.environment, body.taskDefinition.containerDefinitions[0]!.environment);
    assert.deepEqual(c.dockerLabels, { 'com.example.db-password': '<redacted>', team: 'payments' });
    assert.deepEqual(c.logConfiguration.options, {
      'splunk-token': '<redacted>',
      'splunk-url': 'https://splunk',
    });
    assert.deepEqual(c.healthCheck.command, [
      'CMD-SHELL',
      'curl -u admin:<redacted> http://localhost/health',
    ]);
    assert.deepEqual(out.tags, [
      { key: 'db-password', value: '<redacted>' },
      { key: 'team', value: 'payments' },
    ]);
  });

  it('scrubs tag lists, tag maps and descriptions of any service', () => {
    const out = scrubAwsResponse({
      Parameters: [{ Name: '/x', Description: 'admin password: S3cretA' }],
      Tags: { 'api-key': 'S3cretB', env: 'prod' },
      TagList: [{ Key: 'Token', Value: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' }],
    });
    assert.deepEqual(out, {
      Parameters: [{ Name: '/x', Description: 'admin password: <redacted>' }],
      Tags: { 'api-key': '<redacted>', env: 'prod' },
      TagList: [{ Key: 'Token', Value: '<redacted>' }],
    });
  });

  it('walks a deeply nested document without overflowing the stack', () => {
    const leaf = { Description: 'token=S3cretC' };
    let deep: unknown = leaf;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    scrubAwsResponse(deep);
    assert.equal(leaf.Description, 'token=<redacted>');
  });
});
