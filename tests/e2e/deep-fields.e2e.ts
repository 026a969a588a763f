import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PageReport } from '../../core/protocol/page-report';
import labels from '../fixtures/real-forms/labels.json';
import { launchHarness, waitForOverlay, type Harness } from './harness';

// C1–C3 beyond the document: fields in an open shadow root (a web component's login box)
// and in a same-origin frame are in page.report with keys that find them again, covered by
// the curtain and met by the secret reminder. Then the real third-party pages of
// ../shared/corpus/real-forms (read at run time, never copied here), served under an
// official host: page.report in Chromium gives our labels (tests/fixtures/real-forms).

const BASE = 'https://www.impots.gouv.fr/cac-deep/';
const ROOT = join(import.meta.dirname, '../..');
const REAL = ['..', '../..', '../../..'].map((up) => join(ROOT, up, 'shared/corpus/real-forms')).find((dir) => existsSync(dir)) ?? '';
const TRUTH = labels as unknown as Record<string, Record<string, string>>;

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Champs profonds</title></head><body>
<main><h1>Connexion</h1>
<label for="email">Adresse électronique</label><input id="email" type="email">
<login-box></login-box>
<iframe src="${BASE}frame.html" title="Vérification" style="display:block;width:600px;height:220px;border:0;margin-top:40px"></iframe>
</main>
<script>
customElements.define('login-box', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML = '<form><label for="pw">Mot de passe</label><input id="pw" type="password"><label for="user">Identifiant</label><input id="user"></form>';
  }
});
</script></body></html>`;
const FRAME = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>
<h2>Validation en deux étapes</h2><label for="code">Code reçu par SMS</label><input id="code" maxlength="6" inputmode="numeric">
<label for="ville">Ville</label><input id="ville"></body></html>`;

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
  await h.context.route(`${BASE}**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice('/cac-deep/'.length));
    if (path === 'page.html') return route.fulfill({ body: PAGE, contentType: 'text/html' });
    if (path === 'frame.html') return route.fulfill({ body: FRAME, contentType: 'text/html' });
    if (REAL && path.startsWith('real/') && /^[\w.-]+\.html$/.test(path.slice(5))) {
      return route.fulfill({ body: readFileSync(join(REAL, path.slice(5))), contentType: 'text/html' });
    }
    return route.fulfill({ status: 404, body: '' });
  });
});
afterAll(async () => h?.close());

async function openDeep(): Promise<Page> {
  const page = await h.open(`${BASE}page.html`);
  await waitForOverlay(page);
  await page.frameLocator('iframe').locator('#code').waitFor();
  return page;
}

interface Box { x: number; y: number; width: number; height: number }

/** Veil boxes of the curtain, in the top window. */
async function veils(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelectorAll('.cac-curtain__veil')).map((v) => {
      const r = v.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }),
  );
}
const covers = (veil: Box, field: Box) =>
  veil.x <= field.x + 0.5 && veil.y <= field.y + 0.5 && veil.x + veil.width >= field.x + field.width - 0.5 && veil.y + veil.height >= field.y + field.height - 0.5;

describe('fields in open shadow roots and same-origin frames', () => {
  it('are in page.report, classified, with keys that find them again', async () => {
    const page = await openDeep();
    const report = PageReport.parse(await h.pageReport(page));
    const byLabel = Object.fromEntries(report.fields.map((f) => [f.label, f]));
    expect(byLabel['Adresse électronique']?.sensitivity).toBe('contact');
    expect(byLabel['Mot de passe']?.sensitivity).toBe('password');
    expect(byLabel['Identifiant']?.sensitivity).toBe('none');
    expect(byLabel['Code reçu par SMS']?.sensitivity).toBe('one-time-code');
    expect(byLabel['Ville']?.sensitivity).toBe('contact');
    expect(byLabel['Mot de passe']!.key).toContain(' >>> ');
    expect(byLabel['Code reçu par SMS']!.key).toContain(' >>> ');
    // Each key walks to exactly its field: a selector per root, host or frame first.
    const found = await page.evaluate((keys) => keys.map((key) => {
      let root: Document | ShadowRoot | null = document;
      let el: Element | null = null;
      for (const step of key.split(' >>> ')) {
        if (!root) return null;
        const all: Element[] = Array.from(root.querySelectorAll(step));
        if (all.length !== 1) return null;
        el = all[0]!;
        root = el.shadowRoot ?? (el as HTMLIFrameElement).contentDocument ?? null;
      }
      return el?.id ?? null;
    }), report.fields.map((f) => f.key));
    expect(found).toEqual(['email', 'pw', 'user', 'code', 'ville']);
    await page.close();
  });

  it('are covered by the curtain, in the top window', async () => {
    const page = await openDeep();
    const ext = await h.extensionPage();
    await ext.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.runtime.sendMessage({ type: 'curtain.toggleTab', payload: { tabId: tab!.id } });
    }, page.url());
    const password = (await page.locator('login-box #pw').boundingBox())!;
    const code = (await page.frameLocator('iframe').locator('#code').boundingBox())!;
    await expect.poll(async () => (await veils(page)).some((v) => covers(v, password)), { timeout: 5000 }).toBe(true);
    await expect.poll(async () => (await veils(page)).some((v) => covers(v, code)), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('a secret focused in a frame or a shadow root brings the secret reminder', async () => {
    const page = await openDeep();
    const bubble = () => page.evaluate(() => Boolean(document.querySelector('cote-a-cote-overlay')?.shadowRoot?.querySelector('[data-reminder="secret"]')));
    await page.frameLocator('iframe').locator('#code').click();
    await expect.poll(bubble, { timeout: 5000 }).toBe(true);
    await page.locator('#email').click();
    await expect.poll(bubble, { timeout: 5000 }).toBe(false);
    await page.locator('login-box #pw').click();
    await expect.poll(bubble, { timeout: 5000 }).toBe(true);
    await page.close();
  });
});

/** The labels.json key of each report field, computed in the page from the report's own keys (top document only). */
async function labelKeys(page: Page, keys: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const seen = new Map<string, number>();
    return list.map((key, index) => {
      const el = document.querySelector(key)!;
      const id = el.getAttribute('id');
      const name = el.getAttribute('name');
      const base = id ? `#${id}` : name ? `${name}:` : `@${index}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      if (id) return n === 0 ? base : `${base}~${n}`;
      return name ? `${base}${n}` : base;
    });
  }, keys);
}

describe.skipIf(!REAL)('real third-party pages under an official host (page.report in Chromium)', () => {
  const files = REAL ? readdirSync(REAL).filter((f) => f.endsWith('.html')).sort() : [];

  it('give our labels for every field: secrets all found, none invented', async () => {
    const wrong: string[] = [];
    let fields = 0;
    for (const file of files) {
      const page = await h.open(`${BASE}real/${file}`);
      await waitForOverlay(page);
      const report = PageReport.parse(await h.pageReport(page));
      const keys = await labelKeys(page, report.fields.map((f) => f.key));
      report.fields.forEach((field, i) => {
        fields++;
        const truth = TRUTH[file]?.[keys[i]!];
        if (truth !== field.sensitivity) wrong.push(`${file} ${keys[i]} «${field.label.slice(0, 50)}»: truth ${truth}, got ${field.sensitivity}`);
      });
      await page.close();
    }
    console.info(`real-forms in Chromium: ${fields} fields in ${files.length} pages, ${fields - wrong.length} as labelled`);
    expect(wrong).toEqual([]);
    expect(fields).toBeGreaterThanOrEqual(120);
  }, 120_000);
});
