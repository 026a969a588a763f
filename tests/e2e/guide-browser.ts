import type { Page } from 'playwright-core';
import { waitForOverlay, type Harness } from './harness';

/**
 * The harness as scripts/lib/pack-health.mjs expects a browser: open pages, read
 * page.report, and make a pack the tab's running walkthrough (through storage.session, as
 * the background keeps it) so that it wins on pages other packs cover too.
 */
export function guideBrowser(h: Harness) {
  const tabKey = async (page: Page) =>
    (await h.extensionPage()).evaluate(async (url) => `walkthrough:${(await chrome.tabs.query({})).find((t) => t.url === url)?.id}`, page.url());
  return {
    open: (url: string) => h.open(url),
    goto: async (page: Page, url: string) => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForOverlay(page);
    },
    report: (page: Page) => h.pageReport(page),
    force: async (page: Page, packId: string) => {
      const key = await tabKey(page);
      await (await h.extensionPage()).evaluate(([k, id]) => chrome.storage.session.set({ [k]: { v: 1, packId: id, step: 0 } }), [key, packId] as const);
    },
    release: async (page: Page) => {
      const key = await tabKey(page);
      await (await h.extensionPage()).evaluate((k) => chrome.storage.session.remove(k), key);
      await page.close();
    },
  };
}
