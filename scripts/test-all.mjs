// `npm test`: everything, in the order a failure is cheapest to see — type check, unit
// tests, both builds, the Firefox linter, then the end-to-end suite in real Chromium.
// Ends with one line `N passed, N failed` (tests counted one by one, steps as one each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureOpenssl } from './lib/chromium.mjs';
import { ensureFirefox } from './lib/firefox.mjs';

const reports = mkdtempSync(join(tmpdir(), 'cac-test-'));
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
/** Tests that passed only on a retry (vitest.e2e.config.ts): named, so flakiness stays visible. */
const retried = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function step(label, command, args) {
  const ok = run(label, command, args);
  ok ? tally.passed++ : (tally.failed++, failures.push(label));
  return ok;
}

function vitestSuite(label, configArgs) {
  const out = join(reports, `${label}.json`);
  const flaky = join(reports, `${label}.flaky.txt`);
  process.env.CAC_FLAKY_FILE = flaky;
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', '--reporter=./scripts/lib/flaky-reporter.mjs', `--outputFile.json=${out}`]);
  if (existsSync(flaky)) retried.push(...readFileSync(flaky, 'utf8').split('\n').filter(Boolean));
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests;
    tally.skipped += report.numPendingTests + report.numTodoTests;
    // A file that fails to load counts as a failure even though it ran no test.
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    tally.failed += brokenFiles;
    if (!ok || report.numFailedTests || brokenFiles) failures.push(label);
  } catch {
    tally.failed++;
    failures.push(`${label} (no report)`);
  }
}

try {
  ensureOpenssl();
  ensureChromium();
  ensureFirefox(); // optional: without it the Firefox smoke test is reported as skipped
} catch (error) {
  console.error(String(error.message ?? error));
  tally.failed++;
  failures.push('browser set-up');
}

step('prepare', 'npx', ['wxt', 'prepare']);
step('type check', 'npx', ['tsc', '--noEmit']);
vitestSuite('unit', []);
const built = step('build chrome', 'npx', ['wxt', 'build']) & step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--warnings-as-errors=false']);
// The guidance walkthrough tests run in their own vitest run. Three of them used to fail in
// some full-suite runs: the reminder bubble swallowed a Tab when it could not take the focus
// (fixed in 877cd3b). The separate run stays (it costs one browser launch); every test still runs.
const GUIDANCE_E2E = 'tests/e2e/guidance.e2e.ts';
if (built) {
  vitestSuite('e2e (guidance)', ['--config', 'vitest.e2e.config.ts', GUIDANCE_E2E]);
  vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts', '--exclude', GUIDANCE_E2E]);
}
else (tally.failed++, failures.push('e2e (skipped: build failed)'));

// The README's other command, headless: it builds, serves the practice portals and walks
// every page (a broken demo went unnoticed once: the look-alike page's aborted navigation).
if (built) step('demo (headless)', 'node', ['scripts/demo.mjs', '--headless']);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
if (retried.length) console.log(`\nPassed only on a retry (flaky, to look at):\n- ${retried.join('\n- ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed ? 1 : 0);
