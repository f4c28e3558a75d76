// The key the suite's fingerprints are made with (set by test/support/test-environment.ts).
import { fingerprintKey } from '../../src/ingest/fingerprint-key.js';

export const TEST_FINGERPRINT_KEY = fingerprintKey();
