// Mocha's spec reporter, plus one plain closing line ("mocha: N passed, N failed, N skipped")
// that CI reads to count the tests that ran. Registered after the spec epilogue, so it prints last.
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats || { passes: 0, failures: 0, pending: 0 };
      console.log(`mocha: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
    });
  }
}

module.exports = SummaryReporter;
