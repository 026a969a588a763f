import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_PAGES } from '../../practice/server.mjs';
import { launchHarness, waitForOverlay, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

const officialHosts = [...new Set(PRACTICE_PAGES.filter((p) => p.portal).map((p) => p.host))];
// Look-alike hosts are not listed here: the guard sends them to the warning page (lookalike.e2e.ts).
const unofficialHosts = [...new Set(PRACTICE_PAGES.filter((p) => !p.portal && p.flow !== 'hameconnage').map((p) => p.host))];
const firstPageOf = (host: string) => PRACTICE_PAGES.find((p) => p.host === host && !p.autoRedirect)!;

describe('official-portal badge in real Chromium', () => {
  it('loads the extension (a service worker with an id)', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it.each(officialHosts)('shows "Site officiel" on %s', async (host) => {
    const entry = firstPageOf(host);
    const page = await h.open(`https://${host}${entry.path}`);
    await waitForOverlay(page);
    const pill = page.locator('cote-a-cote-overlay .cac-badge__pill');
    await pill.waitFor({ state: 'visible' });
    expect(await pill.textContent()).toContain('Site officiel');
    await page.close();
  });

  it.each(unofficialHosts)('shows nothing on the unlisted host %s', async (host) => {
    const page = await h.open(`https://${host}/`);
    await page.waitForTimeout(700);
    expect(await page.locator('cote-a-cote-overlay').count()).toBe(0);
    await page.close();
  });

  it('opens the badge details with a real click and with the keyboard', async () => {
    const page = await h.open('https://www.caf.fr/');
    await waitForOverlay(page);
    // The launcher's button says "✓ Site officiel · CAF"; the details are first in its tray.
    const pill = page.locator('cote-a-cote-overlay .cac-launcher__button');
    const detail = page.locator('cote-a-cote-overlay #cac-launcher-tray .cac-badge__detail');
    await pill.waitFor({ state: 'visible' });
    expect(await pill.textContent()).toContain('Site officiel · CAF');
    expect(await detail.isVisible()).toBe(false);
    await pill.click();
    await detail.waitFor({ state: 'visible' });
    expect(await pill.getAttribute('aria-expanded')).toBe('true');
    expect(await detail.textContent()).toContain('www.caf.fr');
    await pill.focus();
    await page.keyboard.press('Enter');
    await detail.waitFor({ state: 'hidden' });
    expect(await pill.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await detail.waitFor({ state: 'visible' });
    // Escape closes the tray and leaves the focus on the button.
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.querySelector('cote-a-cote-overlay')?.shadowRoot?.activeElement?.classList.contains('cac-launcher__button'))).toBe(true);
    await page.close();
  });

  it('ignores a click synthesised by the page (clickjacking guard)', async () => {
    const page = await h.open('https://www.caf.fr/');
    await waitForOverlay(page);
    await page.locator('cote-a-cote-overlay .cac-launcher__button').waitFor();
    await page.evaluate(() => {
      const host = document.querySelector('cote-a-cote-overlay');
      (host?.shadowRoot?.querySelector('.cac-launcher__button') as HTMLElement | null)?.click();
    });
    await page.waitForTimeout(200);
    expect(await page.locator('cote-a-cote-overlay .cac-badge__detail').isVisible()).toBe(false);
    expect(await page.locator('cote-a-cote-overlay .cac-launcher__button').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('puts the ✓ on the toolbar button of an official tab', async () => {
    const page = await h.open('https://www.ameli.fr/');
    await waitForOverlay(page);
    const ext = await h.extensionPage();
    const badge = await ext.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, page.url());
    expect(badge).toBe('✓');
    await page.close();
  });
});
