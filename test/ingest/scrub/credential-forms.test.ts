// Every credential form the scrubber knows, in the shapes accounts hold them: argv elements, one shell
// line, free text, named values, image references and secret references. The rest is kept as it was.
import { strict as assert } from 'node:assert';
import {
  scrubArgv,
  scrubImage,
  scrubNamedValue,
  scrubText,
  scrubValueFrom,
} from '../../../src/ingest/scrub/credential-forms.js';

describe('scrub: credential forms', () => {
  describe('scrubArgv keeps the argv shape and replaces each value', () => {
    const cases: [string, string[], string[]][] = [
      ['mysql -pVALUE', ['mysql', '-uroot', '-pS3cret', 'app'], ['mysql', '-uroot', '-p<redacted>', 'app']],
      ['mysqldump by path', ['/usr/bin/mysqldump', '-pS3cret'], ['/usr/bin/mysqldump', '-p<redacted>']],
      [
        'curl -u user:password',
        ['curl', '-u', 'admin:S3cret', 'https://x'],
        ['curl', '-u', 'admin:<redacted>', 'https://x'],
      ],
      ['curl -uuser:password', ['curl', '-uadmin:S3cret'], ['curl', '-uadmin:<redacted>']],
      ['curl --user=user:password', ['curl', '--user=admin:S3cret'], ['curl', '--user=admin:<redacted>']],
      ['--api-key VALUE', ['app', '--api-key', 'S3cret'], ['app', '--api-key', '<redacted>']],
      ['--token VALUE', ['app', '--token', 'S3cret'], ['app', '--token', '<redacted>']],
      ['--password=VALUE', ['app', '--password=S3cret'], ['app', '--password=<redacted>']],
      ['--secret VALUE', ['app', '--secret', 'S3cret'], ['app', '--secret', '<redacted>']],
      ['--client-secret=VALUE', ['app', '--client-secret=S3cret'], ['app', '--client-secret=<redacted>']],
      ['--db-password VALUE', ['app', '--db-password', 'S3cret'], ['app', '--db-password', '<redacted>']],
      ['-pass VALUE (openssl)', ['openssl', '-pass', 'S3cret'], ['openssl', '-pass', '<redacted>']],
      ['--auth-token=VALUE', ['app', '--auth-token=S3cret'], ['app', '--auth-token=<redacted>']],
      ['NAME=VALUE assignment', ['PGPASSWORD=S3cret', 'psql'], ['PGPASSWORD=<redacted>', 'psql']],
      ['API_KEY=short value', ['env', 'API_KEY=S3cret', 'app'], ['env', 'API_KEY=<redacted>', 'app']],
      ['URL userinfo', ['psql', 'postgres://app:S3cret@db/app'], ['psql', 'postgres://<redacted>@db/app']],
      ['bare access key id', ['AKIAIOSFODNN7EXAMPLE'], ['<redacted>']],
      ['bare GitHub token', ['ghp_abcdefghijklmnopqrstuvwxyz0123456789'], ['<redacted>']],
    ];
    for (const [label, input, expected] of cases) {
      it(label, () => assert.deepEqual(scrubArgv(input), expected));
    }

    it('scrubs the words of one shell line', () => {
      assert.deepEqual(
        scrubArgv([
          'sh',
          '-c',
          "mysql -uroot -pS3cret db && curl -u admin:S3cret -H 'Authorization: Bearer abc.def.ghi' --token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 https://api",
        ]),
        [
          'sh',
          '-c',
          "mysql -uroot -p<redacted> db && curl -u admin:<redacted> -H 'Authorization: Bearer <redacted>' --token=<redacted> https://api",
        ],
      );
    });

    it('redacts a quoted value that spans words', () => {
      const [line] = scrubArgv(["app --password 'two S3cret words' --verbose"]);
      assert.ok(!line!.includes('S3cret') && !line!.includes('words'), line);
      assert.match(line!, /--password '<redacted>'\s+--verbose$/);
    });

    it('redacts header values named as credentials', () => {
      assert.deepEqual(scrubArgv(['curl', '-H', 'X-Api-Key: S3cret', 'https://x']), [
        'curl',
        '-H',
        'X-Api-Key: <redacted>',
        'https://x',
      ]);
    });

    it('keeps what is no credential: ports, users, flags, file names, ARNs', () => {
      const keep = [
        'docker',
        'run',
        '-p8080:80',
        'psql',
        '-U',
        'app',
        '-h',
        'db',
        '--secret-id',
        'prod/db',
        '--token-file',
        '/run/token',
        'SECRET_ARN=arn:aws:secretsmanager:eu-west-1:111111111111:secret:db',
        'LOG_LEVEL=debug',
        'server.js',
      ];
      assert.deepEqual(scrubArgv(keep), keep);
    });

    it('is idempotent', () => {
      const once = scrubArgv(['mysql', '-pS3cret', '--token', 'x', 'curl', '-u', 'a:b']);
      assert.deepEqual(scrubArgv(once), once);
    });
  });

  describe('scrubText', () => {
    it('redacts credentials in prose and key: value text', () => {
      assert.equal(
        scrubText('db password: S3cret (rotate yearly)'),
        'db password: <redacted> (rotate yearly)',
      );
      assert.equal(scrubText('the password is S3cret'), 'the password is <redacted>');
      assert.equal(scrubText('token=S3cret'), 'token=<redacted>');
      assert.equal(
        scrubText('see postgres://app:S3cret@db:5432/app'),
        'see postgres://<redacted>@db:5432/app',
      );
      assert.equal(scrubText('run with --api-key S3cret'), 'run with --api-key <redacted>');
    });
    it('keeps ordinary descriptions', () => {
      for (const text of [
        'Payments API database password (rotated by Lambda)',
        'Token service for the mobile app',
      ])
        assert.equal(scrubText(text), text);
    });
  });

  describe('scrubNamedValue (tags, docker labels, log driver options)', () => {
    it('redacts the whole value under a credential name', () => {
      assert.equal(scrubNamedValue('db-password', 'S3cret'), '<redacted>');
      assert.equal(scrubNamedValue('splunk-token', 'S3cret-0000-1111'), '<redacted>');
      assert.equal(scrubNamedValue('apikey', 'S3cret'), '<redacted>');
      assert.equal(scrubNamedValue('note', 'password: S3cret'), 'password: <redacted>');
    });
    it('keeps ordinary values, references and flags', () => {
      assert.equal(scrubNamedValue('data-classification', 'confidential'), 'confidential');
      assert.equal(scrubNamedValue('awslogs-group', '/ecs/payments'), '/ecs/payments');
      assert.equal(scrubNamedValue('token-rotation', 'enabled'), 'enabled');
      assert.equal(
        scrubNamedValue('secret', 'arn:aws:secretsmanager:eu-west-1:1:secret:x'),
        'arn:aws:secretsmanager:eu-west-1:1:secret:x',
      );
    });
  });

  describe('scrubImage', () => {
    it('drops userinfo and keeps registry, repository, tag and digest', () => {
      assert.equal(
        scrubImage('deploy:S3cret@registry.example.com/app:1.2'),
        '<redacted>@registry.example.com/app:1.2',
      );
      assert.equal(
        scrubImage('https://deploy:S3cret@registry.example.com/app'),
        'https://<redacted>@registry.example.com/app',
      );
      for (const image of [
        '111111111111.dkr.ecr.eu-west-1.amazonaws.com/app:1.2',
        'registry.example.com:5000/app:1.2',
        `app:1.2@sha256:${'a'.repeat(64)}`,
        `nginx@sha256:${'b'.repeat(64)}`,
      ])
        assert.equal(scrubImage(image), image);
    });
  });

  describe('scrubValueFrom', () => {
    it('keeps ARNs and parameter names', () => {
      for (const ref of [
        'arn:aws:secretsmanager:eu-west-1:111111111111:secret:db-AbCdEf:password::',
        'arn:aws:ssm:eu-west-1:111111111111:parameter/prod/db/password',
        '/prod/db/password',
        'payments-db-password',
      ])
        assert.equal(scrubValueFrom(ref), ref);
    });
    it('redacts a literal value where a reference belongs', () => {
      for (const value of [
        'S3cret!pass',
        'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
        'Zk8pQ2vX9mLr4TnB7wYc',
        'postgres://app:S3cret@db/app',
        'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      ])
        assert.equal(scrubValueFrom(value), '<redacted>', value);
    });
  });
});
