import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPack, practiceUrlFor, readPacks } from '../../scripts/lib/pack-health.mjs';
import { launchHarness, waitForOverlay, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

const packs = readPacks();

/** The harness as the health check's browser: the real extension, the practice portals. */
function browser() {
  const tabKey = async (page: Page) => {
    const ext = await h.extensionPage();
    return ext.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return `walkthrough:${tab?.id}`;
    }, page.url());
  };
  return {
    open: (url: string) => h.open(url),
    goto: async (page: Page, url: string) => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForOverlay(page);
    },
    report: (page: Page) => h.pageReport(page),
    // The pack becomes the tab's running walkthrough, so it wins on pages other packs cover too.
    force: async (page: Page, packId: string) => {
      const key = await tabKey(page);
      const ext = await h.extensionPage();
      await ext.evaluate(([k, id]) => chrome.storage.session.set({ [k]: { v: 1, packId: id, step: 0 } }), [key, packId] as const);
    },
    release: async (page: Page) => {
      const key = await tabKey(page);
      await (await h.extensionPage()).evaluate((k) => chrome.storage.session.remove(k), key);
      await page.close();
    },
  };
}

describe('every selector set of a ready pack finds exactly its element on its practice page (real engine, real extension)', () => {
  it('has a practice page for every page of every pack', () => {
    for (const pack of packs) for (const page of pack.pages) expect([pack.id, page.id, practiceUrlFor(page) !== null]).toEqual([pack.id, page.id, true]);
  });

  it.each(packs.filter((p) => p.stage === 'ready').map((p) => [p.id, p] as const))('%s', async (_id, pack) => {
    const rows = await checkPack(browser(), pack);
    expect(rows.length).toBe(pack.steps.filter((s: { target?: unknown }) => s.target).length + pack.fields.length);
    expect(rows.filter((r) => r.status !== 'found')).toEqual([]);
  });
});
