import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPracticeServer } from '../../practice/server.mjs';
import { findFirefox } from '../../scripts/lib/firefox.mjs';
import { startFirefox, type FirefoxSession } from './firefox-bidi';
import { OUTPUT_DIR } from './harness';

// The Firefox build, loaded in Debian's firefox-esr through WebDriver BiDi, on the same
// practice portals. A smoke test: the extension installs, its content script runs on an
// official host only, and page code sees our overlay but no field value in it.
const FIREFOX_BUILD = resolve(OUTPUT_DIR, 'firefox-mv2');
const firefox = findFirefox();

describe.skipIf(!firefox)('Firefox build in firefox-esr', () => {
  let ff: FirefoxSession;
  let closeServer: () => Promise<void>;

  beforeAll(async () => {
    if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npm run build:firefox\`.`);
    const server = await startPracticeServer();
    closeServer = server.close;
    ff = await startFirefox(firefox!, server.port);
    await ff.installExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await ff?.close();
    await closeServer?.();
  });

  const badgeText = `new Promise((done) => {
    const started = Date.now();
    const look = () => {
      const pill = document.querySelector('cote-a-cote-overlay')?.shadowRoot?.querySelector('.cac-badge__pill');
      if (pill || Date.now() - started > 5000) return done(pill ? pill.textContent : null);
      setTimeout(look, 100);
    };
    look();
  })`;

  it('shows the official badge on the practice CAF login page', async () => {
    await ff.navigate('https://www.caf.fr/connexion');
    expect(await ff.evaluate<string | null>(badgeText)).toContain('Site officiel');
  });

  it('stays away from a host that is not official', async () => {
    await ff.navigate('https://www.site-non-officiel.test/');
    await new Promise((r) => setTimeout(r, 800));
    expect(await ff.evaluate<boolean>(`document.querySelector('cote-a-cote-overlay') !== null`)).toBe(false);
  });
});
