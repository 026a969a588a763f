import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHarness, waitForOverlay, type Harness } from './harness';
import { openTray } from './layout-helpers';

// C3 on the practice portals. The keyboard command cannot be pressed in headless Chromium
// (browser accelerators do not reach a headless window), so the test asks the background
// for `curtain.toggleTab` from an extension page: it runs `toggleCurtain(tabId)`, the very
// function the `commands.onCommand` handler calls. The overlay button gets a real click.

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => h?.close());

interface Box { top: number; left: number; width: number; height: number }

/** Toggles the curtain of `page`'s tab through the background, as the keyboard command does. */
async function toggleThroughBackground(page: Page): Promise<unknown> {
  const ext = await h.extensionPage();
  return ext.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.runtime.sendMessage({ type: 'curtain.toggleTab', payload: { tabId: tab!.id } });
  }, page.url());
}

/** Veil boxes in our shadow root and the banner text. */
async function curtain(page: Page): Promise<{ veils: Box[]; banner: string | null; rootFilter: string; veilBackground: string | null }> {
  return page.evaluate(() => {
    const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
    const veils = Array.from(root.querySelectorAll('.cac-curtain__veil')).map((v) => {
      const { top, left, width, height } = v.getBoundingClientRect();
      return { top, left, width, height };
    });
    const banner = root.querySelector('.cac-curtain__banner')?.textContent ?? null;
    const cacRoot = root.querySelector('.cac-root');
    const veil = root.querySelector('.cac-curtain__veil');
    return { veils, banner, rootFilter: cacRoot ? getComputedStyle(cacRoot).filter : '', veilBackground: veil ? getComputedStyle(veil).backgroundColor : null };
  });
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((el) => {
    const { top, left, width, height } = el.getBoundingClientRect();
    return { top, left, width, height };
  });
}

const covers = (veil: Box, field: Box) =>
  veil.left <= field.left && veil.top <= field.top && veil.left + veil.width >= field.left + field.width && veil.top + veil.height >= field.top + field.height;

/** Brings the field into the window, then waits until a veil covers it (veils follow in the next frames). */
async function expectCovered(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const field = await boxOf(page, selector);
      return (await curtain(page)).veils.some((v) => covers(v, field));
    }, { timeout: 5000 })
    .toBe(true);
}

describe('privacy curtain on the practice portals (C3)', () => {
  it('the command path (background → tab) veils the NIR and the password, blurs our UI, and a second toggle removes it', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    expect(await toggleThroughBackground(page)).toEqual({ active: true });
    await expectCovered(page, '#nir');
    await expectCovered(page, '#password-caf-input');
    const on = await curtain(page);
    expect(on.banner).toContain('Rideau activé.');
    expect(on.banner).toMatch(/Appuyez sur .+ pour l'enlever\./);
    expect(on.rootFilter).toContain('blur');
    // Nearly opaque whatever the renderer does with backdrop-filter: what is typed cannot be read through it.
    const alpha = Number(/rgba?\([^)]*,\s*([\d.]+)\)/.exec(on.veilBackground ?? '')?.[1] ?? '1');
    expect(alpha).toBeGreaterThanOrEqual(0.9);
    // The "Se souvenir de moi" box is not sensitive: no veil over it.
    const remember = await boxOf(page, '#remember-caf');
    expect(on.veils.some((v) => covers(v, remember))).toBe(false);
    // The page stays usable under the curtain: the person can still type.
    await page.locator('#password-caf-input').click({ force: true });
    await page.keyboard.type('x');
    expect(await page.locator('#password-caf-input').inputValue()).toBe('x');
    expect(await toggleThroughBackground(page)).toEqual({ active: false });
    await expect.poll(async () => (await curtain(page)).banner).toBeNull();
    expect((await curtain(page)).veils).toEqual([]);
    await page.close();
  });

  it('the veils are a lazy part: from the first frame the curtain shows, the NIR is hidden (wait layer, then veils)', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    expect(await page.evaluate(() => document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelector('.cac-curtain, .cac-curtain-wait'))).toBeNull();
    // Every animation frame, in the page: is anything of the curtain there, is the NIR hidden (wait layer or a veil over it)?
    await page.evaluate(() => {
      const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
      const frames: Array<{ curtain: boolean; hidden: boolean }> = [];
      (window as unknown as { frames_: typeof frames }).frames_ = frames;
      const tick = () => {
        const f = document.querySelector('#nir')!.getBoundingClientRect();
        const wait = root.querySelector('.cac-curtain-wait');
        const veiled = [...root.querySelectorAll('.cac-curtain__veil')].some((v) => {
          const r = v.getBoundingClientRect();
          return r.left <= f.left && r.top <= f.top && r.right >= f.right && r.bottom >= f.bottom;
        });
        frames.push({ curtain: !!(wait || root.querySelector('.cac-curtain')), hidden: !!wait || veiled });
        if (frames.length < 600) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    expect(await toggleThroughBackground(page)).toEqual({ active: true });
    await expectCovered(page, '#nir');
    await expect.poll(() => page.evaluate(() => !document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelector('.cac-curtain-wait'))).toBe(true);
    const frames = await page.evaluate(() => (window as unknown as { frames_: Array<{ curtain: boolean; hidden: boolean }> }).frames_);
    const on = frames.findIndex((f) => f.curtain);
    expect(on).toBeGreaterThanOrEqual(0);
    expect(frames.slice(on).filter((f) => !f.hidden)).toEqual([]);
    await toggleThroughBackground(page);
    await page.close();
  });

  it('the overlay button (real click) turns it on, the banner button turns it off', async () => {
    const page = await h.open('https://cfspart.impots.gouv.fr/declaration');
    await waitForOverlay(page);
    // The curtain's button is in the launcher's tray: a real click opens it first.
    await openTray(page);
    await page.locator('cote-a-cote-overlay #cac-launcher-tray .cac-curtain-button').click();
    await expectCovered(page, '#iban');
    await page.locator('cote-a-cote-overlay .cac-curtain__banner button').click();
    await expect.poll(async () => (await curtain(page)).banner).toBeNull();
    await page.close();
  });

  it('follows scrolling and a revealed password', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await toggleThroughBackground(page);
    await expectCovered(page, '#password-caf-input');
    await page.locator('label[for="password-caf-show"]').click({ force: true });
    expect(await page.locator('#password-caf-input').getAttribute('type')).toBe('text');
    await page.mouse.wheel(0, 250);
    await expectCovered(page, '#password-caf-input');
    await toggleThroughBackground(page);
    await page.close();
  });

  it('survives ANTS SPA step changes: fields of the new step get a veil', async () => {
    const page = await h.open('https://passeport.ants.gouv.fr/demarches/carte-identite');
    await waitForOverlay(page);
    await toggleThroughBackground(page);
    await expect.poll(async () => (await curtain(page)).banner).toContain('Rideau activé.');
    await page.locator('section[data-etape="1"] button[data-vers="2"]').click();
    await page.locator('#nom').waitFor();
    await expectCovered(page, '#nom');
    await expectCovered(page, '#naissance-jour');
    await page.locator('section[data-etape="2"] button[data-vers="3"]').click();
    await expectCovered(page, '#adresse-ligne1');
    await page.close();
  });

  it('comes back after a page load in the same tab (CAF login → code page), and covers the one-time code', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(page);
    await toggleThroughBackground(page);
    await expectCovered(page, '#nir');
    await page.goto('https://www.caf.fr/connexion/code');
    await waitForOverlay(page);
    await expectCovered(page, '#code-sms');
    await toggleThroughBackground(page);
    await page.close();
  });

  it('the manifest declares the command with its suggested shortcut (the person can change it)', async () => {
    const ext = await h.extensionPage();
    const command = await ext.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'toggle-privacy-curtain'));
    expect(command?.description).toContain('Rideau');
    const manifest = await ext.evaluate(() => chrome.runtime.getManifest() as { commands?: Record<string, { suggested_key?: { default?: string } }> });
    expect(manifest.commands?.['toggle-privacy-curtain']?.suggested_key?.default).toBe('Alt+Shift+R');
  });
});
