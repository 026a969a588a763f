import { describe, expect, it } from 'vitest';
import { firefoxBinary, useFirefox } from '../support/firefox';

// G1 in the Firefox build (firefox-esr through WebDriver BiDi): webNavigation, tabs.update
// to our moz-extension:// warning page, and an ordinary site left alone.

describe.skipIf(!firefoxBinary)('look-alike guard in firefox-esr', () => {
  const ff = useFirefox();

  /** The address once the tab has settled (the replaced navigation reports NS_BINDING_ABORTED). */
  async function settledAt(url: string, until: (href: string) => boolean): Promise<string> {
    await ff.navigate(url).catch(() => undefined);
    let href = '';
    for (let i = 0; i < 50; i++) {
      href = await ff.evaluate<string>('location.href').catch(() => '');
      if (until(href)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return href;
  }

  it('replaces ameli-frconnect.fr by the warning page', async () => {
    const href = await settledAt('https://ameli-frconnect.fr/', (h) => h.startsWith('moz-extension:'));
    expect(href).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/warning\.html(\?back=2)?#https%3A%2F%2Fameli-frconnect\.fr%2F$/);
    expect(await ff.evaluate<string>('document.querySelector("h1").textContent')).toContain("ce site n'est peut-être pas le vrai site Ameli");
    expect(await ff.evaluate<number>('document.querySelectorAll("input, textarea").length')).toBe(0);
  });

  it('leaves an ordinary site alone', async () => {
    const href = await settledAt('https://www.site-non-officiel.test/', (h) => h.startsWith('https://www.site-non-officiel.test/'));
    await new Promise((r) => setTimeout(r, 500));
    expect(await ff.evaluate<string>('location.href')).toBe(href);
    expect(href).toBe('https://www.site-non-officiel.test/');
  });
});
