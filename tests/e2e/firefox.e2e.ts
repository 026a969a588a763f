import { describe, expect, it } from 'vitest';
import { firefoxBinary, useFirefox } from '../support/firefox';

// The Firefox build, loaded in Debian's firefox-esr through WebDriver BiDi, on the same
// practice portals. A smoke test: the extension installs, its content script runs on an
// official host only, and page code sees our overlay but no field value in it.

describe.skipIf(!firefoxBinary)('Firefox build in firefox-esr', () => {
  const ff = useFirefox();

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
