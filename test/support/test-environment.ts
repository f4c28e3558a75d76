// Loaded before every test file (.mocharc `require`): the suite's fingerprints use a fixed key from
// the environment, so no test run creates a key file in the user's config folder. The key-file path
// itself is tested with its own temporary folder (test/ingest/fingerprint-key.test.ts).
process.env.BLASTMAP_FINGERPRINT_KEY ??= 'blastmap-test-suite-fingerprint-key';
