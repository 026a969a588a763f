import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRACTICE_PAGES } from '../../practice/server.mjs';
import { launchHarness, waitForOverlay, type Harness } from './harness';

// Principle 1: what people type never leaves the field. Distinctive values are typed into
// every field of every practice page; none may show up in page.report, extension storage,
// messages the content script sends, or any console.

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
  await startCapturingBackgroundMessages();
});
afterAll(async () => h?.close());

const pages = PRACTICE_PAGES.filter((p) => p.portal && !p.autoRedirect);
const typedCanaries = new Set<string>();

/** Every message that reaches the background is recorded by an extra listener, serialised. */
async function startCapturingBackgroundMessages() {
  const worker = h.context.serviceWorkers()[0]!;
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __captured: string[] };
    g.__captured = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      g.__captured.push(JSON.stringify({ message, url: sender.url }));
    });
  });
}

async function capturedMessages(): Promise<string[]> {
  const worker = h.context.serviceWorkers()[0]!;
  return worker.evaluate(() => (globalThis as unknown as { __captured: string[] }).__captured ?? []);
}

/** Types a canary into every field that takes text; attaches a canary-named file to file inputs. */
async function typeCanaries(page: Page, prefix: string): Promise<void> {
  const fields = page.locator('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]):not([type=date]):not([type=reset]):not([type=image]), textarea');
  const count = await fields.count();
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable().catch(() => false))) continue;
    const type = (await field.getAttribute('type')) ?? 'text';
    if (type === 'file') {
      const name = `${prefix}F${i}ZQX`;
      await field.setInputFiles({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}-CONTENT`) });
      typedCanaries.add(name);
      continue;
    }
    const value = type === 'number' ? `86${i}7${prefix.length}309` : `${prefix}${i}ZQX`;
    await field.fill(value);
    // The page may cut the value (maxlength): search for what is really in the field.
    const kept = await field.inputValue();
    if (kept.length >= 6) typedCanaries.add(kept);
  }
}

describe('canary: typed values never reach the extension', () => {
  it.each(pages.map((p) => [`${p.host}${p.path}`, p] as const))('types canaries on %s', async (_name, entry) => {
    const page = await h.open(`https://${entry.host}${entry.path}`);
    await waitForOverlay(page);
    const prefix = `CNRY${entry.flow.slice(0, 3).toUpperCase()}`;
    await typeCanaries(page, prefix);
    // Reveal passwords the way people do, then ask for the report (the side panel would).
    for (const toggle of await page.locator('.fr-password__checkbox input[type=checkbox], input[id$="-show"]').all()) {
      if (await toggle.isVisible().catch(() => false)) await toggle.check({ force: true }).catch(() => {});
    }
    const reply = await h.pageReport(page);
    expect(reply).toHaveProperty('fields');
    const text = JSON.stringify(reply);
    for (const canary of typedCanaries) expect([canary, text.includes(canary)]).toEqual([canary, false]);
    await page.close();
  });

  it('typed at least one canary per page, so the checks above could fail', () => {
    expect(typedCanaries.size).toBeGreaterThanOrEqual(pages.length);
  });

  it('no canary in storage.local, storage.session or storage.sync', async () => {
    const storage = await h.dumpStorage();
    for (const canary of typedCanaries) expect([canary, storage.includes(canary)]).toEqual([canary, false]);
  });

  it('no canary in any message sent to the background (and messages were seen)', async () => {
    const messages = await capturedMessages();
    expect(messages.some((m) => m.includes('page.hello'))).toBe(true);
    const all = messages.join('\n');
    for (const canary of typedCanaries) expect([canary, all.includes(canary)]).toEqual([canary, false]);
  });

  it('no canary in any console (pages, content scripts, service worker)', () => {
    const all = h.consoleLines.join('\n');
    for (const canary of typedCanaries) expect([canary, all.includes(canary)]).toEqual([canary, false]);
  });
});
