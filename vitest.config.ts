import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: core/ and lib/ run in Node; files named *.dom.test.ts(x) run in happy-dom.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**', 'practice/**'],
    environment: 'node',
    globals: true,
  },
});
