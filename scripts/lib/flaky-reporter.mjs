import { appendFileSync } from 'node:fs';

/**
 * A vitest reporter that writes one line per test that passed only on a retry to the file
 * named by CAC_FLAKY_FILE (`npm test` prints them): retries must not hide flakiness.
 */
export default class FlakyReporter {
  onTestCaseResult(testCase) {
    const file = process.env.CAC_FLAKY_FILE;
    const diagnostic = testCase.diagnostic();
    if (!file || !diagnostic?.flaky) return;
    appendFileSync(file, `${testCase.fullName} (${diagnostic.retryCount} retr${diagnostic.retryCount > 1 ? 'ies' : 'y'})\n`);
  }
}
