import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchHarness, OUTPUT_DIR, waitForOverlay, type Harness } from './harness';

/**
 * Accessibility of OUR UI (issue 3 item 9, G6) in real Chromium on the practice portals:
 * axe-core inside our shadow root only (the portal's own markup is not ours to judge),
 * keyboard reach, Escape, visible focus, reduced motion, 200 % zoom, right-to-left, and the
 * reading settings applied live.
 */
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const HOST = 'cote-a-cote-overlay';
const SHOTS = join(OUTPUT_DIR, 'a11y-screenshots');

let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => h?.close());
// Each test starts from the default settings, whatever the previous one did or where it failed.
afterEach(async () => setSettings(null));

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core on our shadow root only (or on the whole document of an extension page). */
async function axe(page: Page, scope: 'overlay' | 'document' = 'overlay'): Promise<{ violations: Violation[]; checkedNodes: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Extension pages forbid inline scripts (CSP script-src 'self'): evaluate the file there.
    if (scope === 'document') await page.evaluate(readFileSync(AXE, 'utf8'));
    else await page.addScriptTag({ path: AXE });
  }
  return page.evaluate(async (scope) => {
    const context = scope === 'overlay' ? { include: [{ fromShadowDom: ['cote-a-cote-overlay', '.cac-root'] }] } : document;
    // @ts-expect-error axe is the script added above
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    type AxeNode = { target: unknown[]; failureSummary?: string };
    type AxeRule = { id: string; impact: string | null; nodes: AxeNode[] };
    const count = (rules: AxeRule[]) => rules.reduce((n, r) => n + r.nodes.length, 0);
    return {
      violations: (result.violations as AxeRule[]).map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) })),
      checkedNodes: count(result.passes) + count(result.violations) + count(result.incomplete),
    };
  }, scope);
}

/** Runs `fn` inside our shadow root (open mode). */
function inShadow<T, A>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    ({ source, arg }) => {
      const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
      // eslint-disable-next-line no-new-func -- test code running in the page, not extension code
      return (0, eval)(`(${source})`)(root, arg);
    },
    { source: fn.toString(), arg },
  );
}

async function openCaf(path = '/'): Promise<Page> {
  const page = await h.open(`https://www.caf.fr${path}`);
  await waitForOverlay(page);
  await page.locator(`${HOST} .cac-badge__pill`).waitFor();
  return page;
}

async function openBadgeDetails(page: Page) {
  await page.locator(`${HOST} .cac-badge__pill`).click();
  await page.locator(`${HOST} .cac-badge__detail`).waitFor();
}

async function setSettings(value: object | null) {
  const ext = await h.extensionPage();
  await ext.evaluate((v) => (v ? chrome.storage.local.set({ settings: v }) : chrome.storage.local.remove('settings')), value);
}

describe('axe-core inside our shadow root', () => {
  it('really checks inside the shadow root, and only there (planted violations)', async () => {
    const page = await openCaf();
    await inShadow(page, (root) => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.className = 'planted';
      const button = document.createElement('button');
      button.className = 'planted';
      root.querySelector('.cac-root')!.append(img, button);
    });
    await page.evaluate(() => {
      const outside = document.createElement('img'); // in the portal page: not ours, not checked
      outside.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      outside.id = 'planted-outside';
      document.body.append(outside);
    });
    const { violations } = await axe(page);
    const ids = violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    expect(violations.flatMap((v) => v.nodes).some((n) => n.includes('planted-outside'))).toBe(false);
    await page.close();
  });

  it('badge with its details open: 0 violations', async () => {
    const page = await openCaf('/connexion');
    await openBadgeDetails(page);
    const { violations, checkedNodes } = await axe(page);
    expect(violations).toEqual([]);
    expect(checkedNodes).toBeGreaterThan(3);
    await page.close();
  });

  it('badge open in English, at the largest text size: 0 violations', async () => {
    await setSettings({ textScale: 1.5, language: 'en', rate: 0.9 });
    const page = await openCaf('/connexion');
    await page.locator(`${HOST} .cac-root[lang="en"]`).waitFor({ state: 'attached' });
    await openBadgeDetails(page);
    expect((await axe(page)).violations).toEqual([]);
    await page.close();
  });

  it('popup page (with the reading settings): 0 violations on the whole document', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.getByRole('group', { name: 'Texte plus grand' }).waitFor();
    const { violations, checkedNodes } = await axe(page, 'document');
    expect(violations).toEqual([]);
    expect(checkedNodes).toBeGreaterThan(5);
    await page.close();
  });
});

describe('reading settings applied live (storage.onChanged)', () => {
  it('"Texte plus grand" enlarges our text at once, and the language switches', async () => {
    const page = await openCaf();
    const pill = page.locator(`${HOST} .cac-badge__pill`);
    const size = () => pill.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const normal = await size();
    await setSettings({ textScale: 1.5, language: 'fr', rate: 0.9 });
    await expect.poll(size).toBeCloseTo(normal * 1.5, 1);
    await setSettings({ textScale: 1.5, language: 'en', rate: 0.9 });
    await expect.poll(() => pill.textContent()).toContain('Official site');
    await setSettings(null);
    await expect.poll(() => pill.textContent()).toContain('Site officiel');
    await page.close();
  });

  it('the popup saves the choice and the open portal page follows', async () => {
    const page = await openCaf();
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('radio', { name: 'Très grand' }).check();
    await expect.poll(() => page.locator(`${HOST} .cac-root`).getAttribute('data-scale')).toBe('1.5');
    expect(await popup.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--cac-scale').trim())).toBe('1.5');
    await popup.getByRole('radio', { name: 'Normal' }).check();
    await expect.poll(() => page.locator(`${HOST} .cac-root`).getAttribute('data-scale')).toBe('1');
    await popup.close();
    await page.close();
  });
});

describe('keyboard', () => {
  it('Tab reaches every control of our UI, each with a visible focus ring', async () => {
    const page = await openCaf('/connexion');
    await openBadgeDetails(page);
    const controls = await inShadow(page, (root) =>
      [...root.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], [tabindex]:not([tabindex="-1"])')]
        .filter((e) => !e.hasAttribute('disabled') && e.getClientRects().length > 0)
        .map((e, i) => (e.dataset.a11yId = String(i))),
    );
    expect(controls.length).toBeGreaterThan(0);
    const reached = new Map<string, { outline: string; width: number }>();
    for (let i = 0; i < 80 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const host = document.querySelector('cote-a-cote-overlay');
        if (document.activeElement !== host) return null;
        const el = host!.shadowRoot!.activeElement as HTMLElement | null;
        if (!el?.dataset.a11yId) return null;
        const style = getComputedStyle(el);
        return { id: el.dataset.a11yId, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: el.matches(':focus-visible') };
      });
      if (focused) reached.set(focused.id, { outline: focused.outline, width: focused.width });
    }
    expect([...reached.keys()].sort()).toEqual([...controls].sort());
    for (const [id, ring] of reached) expect([id, ring.outline !== 'none' && ring.width >= 2]).toEqual([id, true]);
    await page.close();
  });

  it('Escape closes the badge details and gives the focus back to the badge', async () => {
    const page = await openCaf();
    const pill = page.locator(`${HOST} .cac-badge__pill`);
    await pill.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${HOST} .cac-badge__detail`).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${HOST} .cac-badge__detail`).count()).toBe(0);
    expect(await inShadow(page, (root) => root.activeElement?.className)).toContain('cac-badge__pill');
    await page.close();
  });
});

describe('reduced motion', () => {
  const longestMotion = (page: Page) =>
    inShadow(page, (root) => {
      const seconds = (value: string) => Math.max(0, ...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
      return Math.max(0, ...[...root.querySelectorAll('*')].map((e) => {
        const s = getComputedStyle(e);
        return Math.max(seconds(s.transitionDuration), s.animationName === 'none' ? 0 : seconds(s.animationDuration));
      }));
    });

  it('our UI has no transition nor animation when the person asks for reduced motion', async () => {
    const page = await openCaf('/connexion');
    await openBadgeDetails(page);
    expect(await longestMotion(page)).toBeGreaterThan(0); // the check sees motion when allowed…
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await longestMotion(page)).toBe(0); // …and none when reduced
    await page.close();
  });
});

describe('200 % zoom and right-to-left', () => {
  /** Every visible box of our UI inside the window. */
  const outside = (page: Page) =>
    inShadow(page, (root) => {
      // The window minus its scroll bars: what the person can actually read.
      const w = document.documentElement.clientWidth;
      const hgt = document.documentElement.clientHeight;
      return [...root.querySelectorAll<HTMLElement>('.cac-root *')]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > hgt + 0.5))
        .map(({ e, r }) => `${e.className || e.tagName} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${w}×${hgt}`);
    });

  it.each([
    ['640 px wide (200 % zoom of a 1280 px window)', 640, 1],
    ['640 px wide with "Très grand" text', 640, 1.5],
    ['320 px wide (400 % zoom, WCAG reflow)', 320, 1],
  ])('our cards stay inside the window at %s', async (_name, width, scale) => {
    await setSettings({ textScale: scale, language: 'fr', rate: 0.9 });
    const page = await openCaf('/connexion');
    await page.setViewportSize({ width, height: 700 });
    await page.locator(`${HOST} .cac-root[data-scale="${scale}"]`).waitFor({ state: 'attached' });
    await openBadgeDetails(page);
    expect(await outside(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `zoom-${width}-x${scale}.png`) });
    // The check itself sees a box that leaves the window (planted, then removed).
    await inShadow(page, (root) => {
      const planted = document.createElement('p');
      planted.className = 'planted';
      planted.textContent = 'x';
      planted.setAttribute('style', 'position: fixed; inset-inline-start: -40px; inset-block-start: 10px; margin: 0'); // rtl-ok: test probe
      root.querySelector('.cac-root')!.append(planted);
    });
    expect(await outside(page)).toEqual([expect.stringContaining('planted')]);
    await inShadow(page, (root) => root.querySelector('.planted')?.remove());
    await page.close();
  });

  it('right-to-left (dir="rtl" forced): the badge sits at the inline end (left) and its text starts on the right', async () => {
    const page = await openCaf('/connexion');
    await inShadow(page, (root) => root.querySelector('.cac-root')!.setAttribute('dir', 'rtl'));
    await openBadgeDetails(page);
    const geometry = await inShadow(page, (root) => {
      const badge = root.querySelector('.cac-badge')!.getBoundingClientRect();
      const p = root.querySelector('.cac-badge__detail p')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      return { badgeLeft: badge.left, badgeRight: badge.right, width: window.innerWidth, textRight: text.right, boxRight: p.getBoundingClientRect().right };
    });
    expect(geometry.badgeLeft).toBeLessThan(40);
    expect(geometry.badgeRight).toBeLessThan(geometry.width / 2);
    expect(Math.abs(geometry.boxRight - geometry.textRight)).toBeLessThan(2);
    expect(await outside(page)).toEqual([]);
    expect((await axe(page)).violations).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'rtl-badge.png') });
    await page.close();
  });
});
