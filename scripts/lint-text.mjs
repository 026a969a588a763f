// `npm run lint:text`: the plain-language report over every person-facing string
// (locales/fr, packs, glossary): FALC findings by rule and level, readability (LIX,
// Kandel & Moles), then each finding. It runs tests/contract/plain-language.test.ts, so it
// fails exactly when `npm test` would: on F01 and F03 errors, or a glossary hard to read.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['vitest', 'run', 'tests/contract/plain-language.test.ts', 'tests/contract/ui-css.test.ts', '--reporter=dot'],
  { stdio: 'inherit', env: { ...process.env, CAC_LINT_TEXT_REPORT: '1' } },
);
process.exit(result.status ?? 1);
