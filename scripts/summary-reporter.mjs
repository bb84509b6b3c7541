// Prints the plain closing line `N passed, N failed[, N skipped]` that CI reads, counting a test
// file that failed to load or whose hook threw as a failure (web-test-runner's own summary does not),
// and writes the counts to a file for `npm test` to add its own checks to.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter({ outFile } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file whose hook failed or that never ran its tests: at least one failure.
        const fileFailed = !session.passed && totals.failed === before;
        if (fileFailed) totals.failed++;
      }
      if (outFile) writeFileSync(outFile, JSON.stringify(totals));
      else console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    },
    async reportTestFileResults() {},
    getTestProgress() {
      return '';
    },
  };
}
