import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRACTICE_PAGES } from '../../practice/server.mjs';
import { PageReport } from '../../core/protocol/page-report';
import { launchHarness, waitForOverlay, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

const officialPages = PRACTICE_PAGES.filter((p) => p.portal && !p.autoRedirect);

async function reportOf(page: Page) {
  await waitForOverlay(page);
  return PageReport.parse(await h.pageReport(page));
}

/** The page's own list of form controls, as a reference the report must cover. */
function pageFieldCount(page: Page) {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('input, select, textarea')].filter(
        (el) => !['hidden', 'submit', 'button', 'reset', 'image'].includes((el as HTMLInputElement).type) && !el.closest('[hidden]'),
      ).length,
  );
}

describe('page.report on the practice portals', () => {
  it.each(officialPages.map((p) => [`${p.host}${p.path}`, p] as const))('%s: right portal, every field once, keys unique', async (_name, entry) => {
    const page = await h.open(`https://${entry.host}${entry.path}`);
    const report = await reportOf(page);
    expect(report.portal).toBe(entry.portal);
    expect(report.official).toBe(true);
    expect(report.url).toBe(`https://${entry.host}${entry.path.split('?')[0]}`);
    expect(report.fields.length).toBe(await pageFieldCount(page));
    for (const field of report.fields) {
      const matches = await page.evaluate((key) => document.querySelectorAll(key).length, field.key);
      expect([field.key, matches]).toEqual([field.key, 1]);
    }
    await page.close();
  });

  it('names the CAF login fields and flags the secrets', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    const report = await reportOf(page);
    const byLabel = (re: RegExp) => report.fields.find((f) => re.test(f.label));
    expect(byLabel(/sécurité sociale|NIR/i)?.sensitivity).toBe('social-security-number');
    expect(byLabel(/^Mot de passe/i)?.sensitivity).toBe('password');
    expect(byLabel(/Se souvenir de moi/i)?.sensitivity).toBe('none');
    await page.close();
  });

  it('keeps a password a password after "Afficher" turned it into text', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await page.locator('label[for="password-caf-show"]').click();
    expect(await page.locator('#password-caf-input').getAttribute('type')).toBe('text');
    const report = await reportOf(page);
    expect(report.fields.find((f) => f.key.includes('password-caf-input'))?.sensitivity).toBe('password');
    await page.close();
  });

  it('understands the Ameli quirks: two-part NIR, unlabelled code personnel, one box per digit', async () => {
    const login = await h.open('https://assure.ameli.fr/connexion');
    const loginReport = await reportOf(login);
    const kinds = loginReport.fields.map((f) => f.sensitivity);
    expect(kinds.filter((k) => k === 'social-security-number').length).toBe(2);
    expect(kinds).toContain('password');
    await login.close();
    const code = await h.open('https://assure.ameli.fr/connexion/code');
    const codeReport = await reportOf(code);
    expect(codeReport.fields.filter((f) => f.sensitivity === 'one-time-code').length).toBe(6);
    await code.close();
  });

  it('is not answered on a host that is not official (no content script there)', async () => {
    const page = await h.open('https://www.site-non-officiel.test/');
    await page.waitForTimeout(500);
    // The extension has no access there: it cannot even read the tab's address (no "tabs"
    // permission, no host permission), and no content script would answer.
    await expect(h.pageReport(page)).rejects.toThrow(/no tab for|Receiving end does not exist|Could not establish connection/);
    await page.close();
  });

  it('answers a hostile or malformed message with an error and leaves the page working', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    for (const message of ['page.report', { type: 'page.report', payload: 'x' }, { type: '__proto__', payload: {} }, { type: 'storage.dump' }, null]) {
      const reply = (await h.sendRawToTab(page, message)) as { error?: { code: string } };
      expect(reply.error?.code).toMatch(/^(bad-envelope|unknown-type|bad-request)$/);
    }
    expect(h.consoleLines.some((line) => line.includes('[Côte à côte] message refusé'))).toBe(true);
    const report = await reportOf(page);
    expect(report.fields.length).toBeGreaterThan(0);
    await page.close();
  });
  it('answers on a huge and deep page with odd ids, and forged or odd events never throw (issue 12)', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    // Every uncaught exception, in the page's world and in our content script's.
    const cdp = await h.context.newCDPSession(page);
    const thrown: string[] = [];
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => thrown.push(exceptionDetails.exception?.description ?? exceptionDetails.text));
    await cdp.send('Runtime.enable');
    await page.evaluate(() => {
      // A field in a label nested 10,000 elements deep (the recursive text reading overflowed).
      // `display: contents`: Chromium's own layout crashes the tab from ~3,000 nested boxes,
      // with or without the extension; the DOM stays 10,000 deep.
      const label = document.createElement('label');
      let node: Element = label;
      for (let i = 0; i < 10_000; i++) {
        node = node.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
        node.setAttribute('style', 'display: contents');
      }
      node.append('Numéro fiscal \u202Eonu\u202C', Object.assign(document.createElement('input'), { id: 'profond' }));
      document.body.append(label);
      // Ids and names that need escaping in a selector.
      for (const id of ['x y', '1st', ':r1:', 'a"b', '\u202Eid']) {
        const input = Object.assign(document.createElement('input'), { id, name: `n"${id}` });
        document.body.append(input, Object.assign(document.createElement('input'), { name: `n"${id}` }));
      }
      // Forged events: WXT's location event with odd details, focus events with odd targets.
      for (const detail of [undefined, null, 42, { newUrl: 'javascript:alert(1)' }, { newUrl: { href: null } }]) {
        window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail }));
      }
      window.dispatchEvent(new Event('wxt:locationchange'));
      document.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      document.body.firstChild?.dispatchEvent(new Event('focusin', { bubbles: true, composed: true }));
      document.createElement('input').dispatchEvent(new FocusEvent('focusin', { bubbles: true, relatedTarget: window as never }));
      document.body.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: document as never }));
    });
    await page.locator('#profond').focus(); // our reminders describe the focused field
    await page.waitForTimeout(300);
    const report = await reportOf(page);
    expect(report.fields.length).toBe(await pageFieldCount(page));
    for (const field of report.fields) {
      const found = await page.evaluate((key) => document.querySelectorAll(key).length, field.key);
      expect([field.key, found]).toEqual([field.key, 1]);
    }
    expect(report.fields.find((f) => f.key === '#profond')?.label).toContain('Numéro fiscal');
    expect(thrown).toEqual([]);
    await page.close();
  });
});
