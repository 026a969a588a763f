import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Request } from 'playwright-core';
import { launchHarness, waitForOverlay, type Harness } from './harness';
import { openTray } from './layout-helpers';

// Principle 1, end to end: every practice flow walked as a person would (real clicks into
// the fields so the reminders show, typing, "Afficher" on passwords, codes, the privacy
// curtain, a download, an upload with a canary-named file, submits), then nothing typed
// may appear in extension storage, in messages to the background or to extension pages,
// in any console, in page.report, or in any network request the extension makes.
//
// Limits, said plainly: Ameli's one-box-per-digit code and the NIR "clé" (2 digits), the
// postal codes (5) and birth dates cut by maxlength cannot carry a distinctive canary;
// they get ordinary fillers and are not counted. Every other text field gets a canary.

let h: Harness;
const canaries = new Set<string>();
const reports: string[] = [];
const extensionRequests: string[] = [];
const cdpSessions: CDPSession[] = [];
let bubblesSeen = 0;

beforeAll(async () => {
  h = await launchHarness();
  h.context.on('request', (request) => recordIfExtension(request));
  await captureInServiceWorker();
  await captureInExtensionPage();
});
afterAll(async () => {
  for (const cdp of cdpSessions) await cdp.detach().catch(() => undefined);
  await h?.close();
});

// --- capture -------------------------------------------------------------------------

/** Requests from the service worker or an extension page (Playwright sees both in Chromium). */
function recordIfExtension(request: Request) {
  const frameUrl = (() => {
    try {
      return request.frame().url();
    } catch {
      return '';
    }
  })();
  if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) {
    extensionRequests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
  }
}

/** Every message reaching the background, and every fetch / WebSocket it would open. */
async function captureInServiceWorker() {
  const worker = h.context.serviceWorkers()[0]!;
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __captured: string[]; __net: string[]; fetch: typeof fetch; WebSocket: typeof WebSocket };
    g.__captured = [];
    g.__net = [];
    chrome.runtime.onMessage.addListener((message, sender) => void g.__captured.push(JSON.stringify({ message, url: sender.url })));
    const realFetch = g.fetch.bind(g);
    g.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      g.__net.push(`fetch ${String(input instanceof Request ? input.url : input)} ${String(init?.body ?? '')}`);
      return realFetch(input, init);
    };
    const RealSocket = g.WebSocket;
    g.WebSocket = class extends RealSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        g.__net.push(`websocket ${String(url)}`);
        super(url, protocols);
      }
    };
  });
}

/** Messages that extension pages receive (content scripts' runtime messages reach them too). */
async function captureInExtensionPage() {
  const ext = await h.extensionPage();
  await ext.evaluate(() => {
    const g = globalThis as unknown as { __captured: string[] };
    g.__captured = [];
    chrome.runtime.onMessage.addListener((message, sender) => void g.__captured.push(JSON.stringify({ message, url: sender.url })));
  });
}

/** Opens a page with a CDP session that records requests whose initiator is our content script. */
async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  cdpSessions.push(cdp);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string; postData?: string }; initiator: unknown }) => {
    if (JSON.stringify(event.initiator).includes('chrome-extension://')) extensionRequests.push(`content ${event.request.url} ${event.request.postData ?? ''}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitForOverlay(page);
  return page;
}

// --- typing --------------------------------------------------------------------------

let counter = 0;
/** A distinctive value that fits the field: letters where allowed, long digit runs for numeric fields. */
function canaryFor(prefix: string, numeric: boolean, maxLength: number | null): string | null {
  counter += 1;
  if (numeric || (maxLength !== null && maxLength < 12)) {
    const digits = `8${String(counter).padStart(3, '0')}905317284613`;
    const length = Math.min(maxLength ?? 13, 13);
    return length >= 6 ? digits.slice(0, length) : null;
  }
  const value = `CNRY${prefix}${counter}ZQX`;
  return maxLength !== null ? (value.length <= maxLength ? value : null) : value;
}

/** Clicks into the field (reminders show), types a canary (or a filler), and remembers what the field kept. */
async function typeInto(page: Page, selector: string, prefix: string): Promise<void> {
  const field = page.locator(selector);
  await field.scrollIntoViewIfNeeded();
  await field.click();
  if (await bubbleShown(page)) bubblesSeen += 1;
  const maxAttr = await field.getAttribute('maxlength');
  const maxLength = maxAttr ? Number(maxAttr) : null;
  const numeric = (await field.getAttribute('inputmode')) === 'numeric';
  const email = (await field.getAttribute('type')) === 'email'; // the browser checks its shape before submitting
  const value = email ? `cnry${prefix.toLowerCase()}${++counter}zqx@exemple.fr` : (canaryFor(prefix, numeric, maxLength) ?? '7'.repeat(Math.min(maxLength ?? 1, 5)));
  await field.fill(value);
  const kept = await field.inputValue();
  if (kept.length >= 6 && value === kept && !/^7+$/.test(kept)) canaries.add(kept);
}

/** Every visible text field of the page (not radios, checkboxes, files), in order. */
async function typeEverywhere(page: Page, prefix: string, within = 'body'): Promise<void> {
  const ids = await page.locator(`${within} input, ${within} textarea`).evaluateAll((els) =>
    els
      .filter((el) => {
        const type = (el.getAttribute('type') ?? 'text').toLowerCase();
        const box = el.getBoundingClientRect();
        return !['hidden', 'submit', 'button', 'checkbox', 'radio', 'file', 'reset', 'image', 'search'].includes(type) && box.width > 0 && box.height > 0 && !(el as HTMLInputElement).disabled;
      })
      .map((el) => el.id),
  );
  for (const id of ids) await typeInto(page, `[id="${id}"]`, prefix);
}

async function bubbleShown(page: Page): Promise<boolean> {
  await page.waitForTimeout(60); // placed in the next animation frame
  return page.evaluate(() => Boolean(document.querySelector('cote-a-cote-overlay')?.shadowRoot?.querySelector('.cac-reminder')?.textContent));
}

/** "Afficher": the password becomes plain text on screen, the way people check what they typed. */
async function reveal(page: Page, showId: string) {
  await page.locator(`label[for="${showId}"]`).click();
}

/** page.report after typing: kept for the final check. */
async function report(page: Page) {
  const reply = await h.pageReport(page);
  expect(reply).toHaveProperty('fields');
  reports.push(JSON.stringify(reply));
}

/**
 * Clicks a page button. Another feature's card (the walkthrough, bottom-left) can sit over
 * page buttons at 1280×900; then the button's own click() is used (the page's handler
 * runs, the flow goes on) — reported to the lead as a layout issue of that card.
 */
async function pageClick(page: Page, selector: string) {
  const target = page.locator(selector).last();
  try {
    await target.click({ timeout: 3000 });
  } catch {
    await target.evaluate((el) => (el as HTMLElement).click());
  }
}

async function submit(page: Page, button = 'button[type="submit"]:not(.fr-connect)') {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), pageClick(page, button)]);
  await waitForOverlay(page);
}

// --- flows ---------------------------------------------------------------------------

describe('canary flows: what people type never reaches the extension', () => {
  it('CAF: login (password shown) → SMS code → declaration of resources → submit', async () => {
    const page = await open('https://www.caf.fr/connexion');
    await typeInto(page, '#nir', 'CAF');
    await typeInto(page, '#password-caf-input', 'CAFPW');
    await reveal(page, 'password-caf-show');
    await page.locator('label[for="remember-caf"]').click();
    await report(page);
    await submit(page);
    expect(page.url()).toContain('/connexion/code');
    await typeInto(page, '#code-sms', 'CAFOTP');
    await report(page);
    await submit(page);
    await page.locator('a[href="/espace/declaration-trimestrielle"]').first().click();
    await page.waitForLoadState('load');
    await waitForOverlay(page);
    await typeEverywhere(page, 'CAFDTR', '#declaration-trimestrielle');
    await page.locator('#certification-honneur').check({ force: true });
    await report(page);
    await submit(page);
    expect(page.url()).toContain('/declaration-trimestrielle/confirmation');
    await report(page);
    await page.close();
  });

  it('CAF upload with a canary-named file', async () => {
    const page = await open('https://www.caf.fr/espace/envoyer-document');
    await page.locator('#justificatif').focus();
    if (await bubbleShown(page)) bubblesSeen += 1;
    const name = 'CNRYUPLOADFILEZQX';
    await page.locator('#justificatif').setInputFiles({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}-CONTENT`) });
    canaries.add(name);
    canaries.add(`${name}-CONTENT`);
    await report(page);
    await submit(page);
    expect(page.url()).toContain('/envoyer-document/confirmation');
    await page.close();
  });

  it('Ameli: login (NIR + clé + unlabelled code personnel) → code in six boxes → attestation download', async () => {
    const page = await open('https://assure.ameli.fr/connexion');
    await typeInto(page, '#input-35', 'AMELI');
    await typeInto(page, '#input-37', 'AMELI'); // 2 digits: filler only
    await typeInto(page, '#input-41', 'AMELIPW');
    await report(page);
    await submit(page);
    // One digit per box: no distinctive canary fits (said in the header).
    for (let i = 51; i <= 56; i++) {
      await page.locator(`#input-${i}`).click();
      await page.keyboard.type(String((i * 7) % 10));
    }
    if (await bubbleShown(page)) bubblesSeen += 1;
    await report(page);
    await submit(page);
    await page.locator('a[href="/compte/attestation-droits"]').click();
    await page.waitForLoadState('load');
    await waitForOverlay(page);
    const link = page.locator('a.fr-download__link');
    await link.hover();
    if (await bubbleShown(page)) bubblesSeen += 1;
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe('attestation-droits.pdf');
    await report(page);
    await page.close();
  });

  it('impots.gouv: two-step login (password shown) → declaration with IBAN → submit, under the privacy curtain for a while', async () => {
    const page = await open('https://cfspart.impots.gouv.fr/connexion');
    await typeInto(page, '#spi', 'IMPOTS');
    await report(page);
    await submit(page);
    await typeInto(page, '#pwd-impots-input', 'IMPOTSPW');
    await reveal(page, 'pwd-impots-show');
    await report(page);
    await submit(page);
    await page.locator('a[href="/declaration"]').click();
    await page.waitForLoadState('load');
    await waitForOverlay(page);
    await openTray(page); // the curtain's button is in the launcher's tray
    await page.locator('cote-a-cote-overlay .cac-curtain-button').click(); // the curtain must not leak either
    await typeEverywhere(page, 'IMPDEC');
    await report(page);
    await page.locator('cote-a-cote-overlay .cac-curtain__banner button').click();
    await submit(page);
    expect(page.url()).toContain('/declaration/confirmation');
    await page.close();
  });

  it('France Travail: login (password shown) → actualisation with an added employer → submit', async () => {
    const page = await open('https://candidat.francetravail.fr/connexion');
    await typeInto(page, '#identifiant', 'FT');
    await typeInto(page, '#pwd-ft-input', 'FTPW');
    await reveal(page, 'pwd-ft-show');
    await report(page);
    await submit(page);
    await page.locator('label[for="travail-oui"]').click();
    await page.locator('#ajouter-employeur').click();
    await page.locator('#employeur-2-nom').waitFor();
    await typeEverywhere(page, 'FTACT', '#actualisation');
    for (const q of ['recherche-oui', 'formation-non', 'arret-maladie-non', 'retraite-non']) await page.locator(`label[for="${q}"]`).click();
    await report(page);
    await submit(page);
    expect(page.url()).toContain('/actualisation/confirmation');
    await page.close();
  });

  it('ANTS: SPA steps 1 → 4 and submit', async () => {
    const page = await open('https://passeport.ants.gouv.fr/demarches/carte-identite');
    await page.locator('label[for="motif-renouvellement"]').click();
    await pageClick(page, 'section[data-etape="1"] button[data-vers="2"]');
    await typeEverywhere(page, 'ANTS', 'section[data-etape="2"]');
    await page.locator('label[for="sexe-f"]').click();
    await report(page);
    await pageClick(page, 'section[data-etape="2"] button[data-vers="3"]');
    await typeEverywhere(page, 'ANTSADR', 'section[data-etape="3"]');
    await report(page);
    await pageClick(page, 'section[data-etape="3"] button[data-vers="4"]');
    await page.locator('label[for="certification"]').click();
    await report(page); // the recap shows typed values in the page: never in the report
    await submit(page);
    expect(page.url()).toContain('/carte-identite/confirmation');
    await page.close();
  });

  it('FranceConnect chain: CAF → FranceConnect → impots.gouv identity provider (password shown) → back to CAF', async () => {
    const page = await open('https://www.caf.fr/connexion');
    await Promise.all([page.waitForNavigation(), page.locator('#connect-caf').click()]);
    await waitForOverlay(page);
    await Promise.all([page.waitForNavigation(), page.locator('a[href*="idp.impots.gouv.fr"]').click()]);
    await waitForOverlay(page);
    await typeInto(page, '#spi', 'FCSPI');
    await typeInto(page, '#pwd-idp-input', 'FCPW');
    await reveal(page, 'pwd-idp-show');
    await report(page);
    await submit(page);
    await page.waitForURL('https://www.caf.fr/espace', { timeout: 10_000 });
    await waitForOverlay(page);
    await report(page);
    await page.close();
  });

  // --- the checks ----------------------------------------------------------------------

  it('typed many canaries, and the reminders were showing while people typed', () => {
    expect(canaries.size).toBeGreaterThanOrEqual(60);
    expect(bubblesSeen).toBeGreaterThanOrEqual(10);
  });

  const absent = (haystack: string) => [...canaries].filter((c) => haystack.includes(c));

  it('no canary in page.report (asked on every step)', () => {
    expect(reports.length).toBeGreaterThanOrEqual(15);
    expect(absent(reports.join('\n'))).toEqual([]);
  });

  it('no canary in storage.local, storage.session or storage.sync (and the session state was written)', async () => {
    const storage = await h.dumpStorage();
    expect(storage).toContain('privacy:curtain-tabs');
    expect(absent(storage)).toEqual([]);
  });

  it('no canary in any message to the background or to an extension page (and messages were seen)', async () => {
    const worker = h.context.serviceWorkers()[0]!;
    const toBackground = await worker.evaluate(() => (globalThis as unknown as { __captured: string[] }).__captured);
    const toPages = await (await h.extensionPage()).evaluate(() => (globalThis as unknown as { __captured: string[] }).__captured);
    expect(toBackground.some((m) => m.includes('privacy.state'))).toBe(true);
    expect(toBackground.some((m) => m.includes('privacy.set'))).toBe(true);
    expect(toPages.length).toBeGreaterThan(0);
    expect(absent([...toBackground, ...toPages].join('\n'))).toEqual([]);
  });

  it('no canary in any console (pages, content scripts, service worker)', () => {
    expect(absent(h.consoleLines.join('\n'))).toEqual([]);
  });

  it('the extension made no http(s) request at all: service worker, extension pages, content scripts', async () => {
    const worker = h.context.serviceWorkers()[0]!;
    const fromWorker = await worker.evaluate(() => (globalThis as unknown as { __net: string[] }).__net);
    const all = [...fromWorker, ...extensionRequests];
    expect(all.filter((line) => /https?:\/\//.test(line))).toEqual([]);
    expect(absent(all.join('\n'))).toEqual([]);
  });
});
