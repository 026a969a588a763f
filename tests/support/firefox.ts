import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPracticeServer } from '../../practice/server.mjs';
import { findFirefox } from '../../scripts/lib/firefox.mjs';
import { startFirefox, type FirefoxSession } from '../e2e/firefox-bidi';
import { OUTPUT_DIR } from '../e2e/harness';

/** Debian's firefox-esr, when installed (the Firefox tests are skipped without it). */
export const firefoxBinary = findFirefox();

/** The Firefox build (`npm run build:firefox`). */
export const FIREFOX_BUILD = resolve(OUTPUT_DIR, 'firefox-mv2');

/**
 * For a describe block: the practice portals, firefox-esr driven through WebDriver BiDi,
 * and the Firefox build installed, before all its tests; all closed after them. Returns
 * the session, filled in by the time the tests run.
 */
export function useFirefox(): FirefoxSession {
  const session = {} as FirefoxSession;
  let closeServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npm run build:firefox\`.`);
    const server = await startPracticeServer();
    closeServer = server.close;
    Object.assign(session, await startFirefox(firefoxBinary!, server.port));
    await session.installExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await session.close?.();
    await closeServer?.();
  });
  return session;
}
