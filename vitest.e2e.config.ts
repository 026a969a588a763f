import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's Chromium, on the
// practice portals served locally under the real portal hostnames. One browser at a time:
// the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // Real browsers on 2 shared cores: three guidance walkthrough tests fail in some full-suite
    // runs and pass alone (timing, not logic; under investigation — see the issue notes).
    // A failed e2e test is retried up to twice; vitest still reports the retries.
    retry: 2,
    hookTimeout: 90_000,
    globals: true,
  },
});
