import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchHarness, OUTPUT_DIR, waitForOverlay, type Harness } from './harness';
import { openTray } from './layout-helpers';

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
    // Our shadow root holds .cac-root and, beside it, the privacy curtain's layer.
    const root = document.querySelector('cote-a-cote-overlay')?.shadowRoot;
    const layers = ['.cac-root', '.cac-curtain'].filter((css) => root?.querySelector(css));
    const context = scope === 'overlay' ? { include: layers.map((css) => ({ fromShadowDom: ['cote-a-cote-overlay', css] })) } : document;
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
  await page.locator(`${HOST} .cac-launcher__button`).waitFor();
  return page;
}

/** The site's details are first in the launcher's tray: a real click on the launcher's button opens it. */
async function openBadgeDetails(page: Page) {
  await openTray(page);
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

/** The longest transition or animation (seconds) on any element of our shadow root. */
const longestMotion = (page: Page) =>
  inShadow(page, (root) => {
    const seconds = (value: string) => Math.max(0, ...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
    return Math.max(0, ...[...root.querySelectorAll('*')].map((e) => {
      const s = getComputedStyle(e);
      return Math.max(seconds(s.transitionDuration), s.animationName === 'none' ? 0 : seconds(s.animationDuration));
    }));
  });

/**
 * Boxes of our UI that leave the window minus its scroll bars: the elements matching
 * `selector` (cards, panels, buttons; a card may scroll inside itself).
 */
const outside = (page: Page, selector: string) =>
  inShadow(page, (root, selector) => {
    const w = document.documentElement.clientWidth;
    const hgt = document.documentElement.clientHeight;
    return [...root.querySelectorAll<HTMLElement>(selector)]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.cac-sr, .cac-sr-only'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > hgt + 0.5))
      .map(({ e, r }) => `${e.className || e.tagName} ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${w}×${hgt}`);
  }, selector);

/**
 * Presses Tab until every visible control inside `scope` (in our shadow root) has had the
 * focus; returns the controls never reached and those without a visible focus ring.
 */
async function tabReach(page: Page, scope: string, maxPresses = 200) {
  const controls = await inShadow(
    page,
    (root, scope) =>
      [...root.querySelectorAll<HTMLElement>(`:is(${scope}, ${scope} *):is(button, select, input, textarea, a[href], [tabindex]:not([tabindex="-1"]))`)]
        .filter((e) => !e.hasAttribute('disabled') && e.getClientRects().length > 0)
        .map((e, i) => {
          e.dataset.a11yId = String(i);
          return `${i} ${e.tagName.toLowerCase()} «${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}»`;
        }),
    scope,
  );
  const reached = new Set<string>();
  const noRing: string[] = [];
  for (let i = 0; i < maxPresses && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const host = document.querySelector('cote-a-cote-overlay');
      if (document.activeElement !== host) return null;
      const el = host!.shadowRoot!.activeElement as HTMLElement | null;
      if (!el?.dataset.a11yId) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.a11yId, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && el.matches(':focus-visible') };
    });
    if (focused && !reached.has(focused.id)) {
      reached.add(focused.id);
      if (!focused.ring) noRing.push(controls[Number(focused.id)]!);
    }
  }
  return { controls, unreached: controls.filter((c) => !reached.has(c.split(' ')[0]!)), noRing };
}

describe('keyboard', () => {
  it('Tab reaches every control of our UI, each with a visible focus ring', async () => {
    const page = await openCaf('/connexion');
    await openBadgeDetails(page);
    const { controls, unreached, noRing } = await tabReach(page, '.cac-launcher');
    expect(controls.length).toBeGreaterThan(0);
    expect({ unreached, noRing }).toEqual({ unreached: [], noRing: [] });
    await page.close();
  });

  it('Escape closes the launcher tray (the site details) and gives the focus back to its button', async () => {
    const page = await openCaf();
    const pill = page.locator(`${HOST} .cac-launcher__button`);
    await pill.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${HOST} .cac-badge__detail`).waitFor();
    // From inside the launcher, as a keyboard user would be (the tray follows its button in the Tab order).
    await page.keyboard.press('Tab');
    expect(await inShadow(page, (root) => root.activeElement?.closest('.cac-launcher') != null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(`${HOST} .cac-badge__detail`).waitFor({ state: 'hidden' });
    expect(await inShadow(page, (root) => root.activeElement?.className)).toContain('cac-launcher__button');
    await page.close();
  });
});

describe('keyboard order of the new layout (issue 9)', () => {
  /** Where the focus is: `ours:<classes>` in our shadow root, or `page:#id` / `page:TAG`. */
  const where = (page: Page) =>
    page.evaluate(() => {
      const host = document.querySelector('cote-a-cote-overlay')!;
      if (document.activeElement === host) {
        const el = host.shadowRoot!.activeElement as HTMLElement | null;
        const section = el?.closest('.cac-context') ? 'card' : el?.closest('.cac-launcher') ? 'launcher' : el?.classList.contains('cac-help__q') ? 'mark' : 'other';
        return `ours:${section}:${el?.className ?? ''}`;
      }
      const el = document.activeElement as HTMLElement | null;
      return `page:${el?.id ? `#${el.id}` : el?.tagName}`;
    });

  it('"Commencer le guide" comes early in the Tab order; starting it puts the focus in the step card; Escape gives it back to the page', async () => {
    const page = await openCaf('/connexion');
    const start = page.locator(`${HOST} .cac-walk--start .cac-btn--main`);
    await start.waitFor({ state: 'visible' });
    // Our host is the first element of the page: a few Tabs from the top reach the guide's start.
    let reached = false;
    for (let i = 0; i < 4 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await start.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => where(page), { timeout: 5_000 }).toMatch(/^ours:card:/);
    expect(await page.locator(`${HOST} .cac-context .cac-walk[data-step]`).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => where(page)).toMatch(/^page:/);
    await page.locator(`${HOST} .cac-context__actions`).getByRole('button', { name: 'Arrêter le guide' }).click();
    await page.close();
  });

  it('Tab from a field goes to its "?" and the card about it, then on to the next page element; Shift+Tab walks back', async () => {
    const page = await openCaf('/connexion');
    await page.locator(`${HOST} .cac-help__q >> visible=true`).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    // The page's own next control after the NIR field, found by the test (document order of tabbables).
    const next = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
      );
      const nir = document.getElementById('nir')!;
      const after = all.filter((e) => nir.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
      return after[0]?.id ? `page:#${after[0].id}` : `page:${after[0]?.tagName}`;
    });
    await page.locator('#nir').click();
    await expect.poll(async () => (await page.locator(`${HOST} .cac-context`).getAttribute('data-mode')) ?? '', { timeout: 5_000 }).not.toBe('');
    const path: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const at = await where(page);
      path.push(at);
      if (at.startsWith('page:')) break;
    }
    // Into our UI about this field first (its "?" and/or the card), never the launcher, then the next page control.
    expect(path.length).toBeGreaterThan(1);
    expect(path.slice(0, -1).every((p) => /^ours:(mark|card):/.test(p))).toBe(true);
    expect(path.at(-1)).toBe(next);
    // Shift+Tab from the next page control goes back to the field; from inside our chain it walks back to the field too.
    await page.keyboard.press('Shift+Tab');
    expect(await where(page)).toBe('page:#nir');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await where(page)).toMatch(/^ours:(mark|card):/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await where(page)).toBe('page:#nir');
    await page.close();
  });
});

describe('reduced motion', () => {
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
    expect(await outside(page, '.cac-launcher, .cac-launcher *')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `zoom-${width}-x${scale}.png`) });
    // The check itself sees a box that leaves the window (planted, then removed).
    await inShadow(page, (root) => {
      const planted = document.createElement('p');
      planted.className = 'planted';
      planted.textContent = 'x';
      planted.setAttribute('style', 'position: fixed; inset-inline-start: -40px; inset-block-start: 10px; margin: 0'); // rtl-ok: test probe
      root.querySelector('.cac-root')!.append(planted);
    });
    expect(await outside(page, '.cac-launcher *, .planted')).toEqual([expect.stringContaining('planted')]);
    await inShadow(page, (root) => root.querySelector('.planted')?.remove());
    await page.close();
  });

  it('right-to-left (dir="rtl" forced): the launcher sits at the inline end (left) and its text starts on the right', async () => {
    const page = await openCaf('/connexion');
    await inShadow(page, (root) => root.querySelector('.cac-root')!.setAttribute('dir', 'rtl'));
    await openBadgeDetails(page);
    const geometry = await inShadow(page, (root) => {
      const badge = root.querySelector('.cac-launcher')!.getBoundingClientRect();
      const p = root.querySelector('.cac-badge__detail p')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      return { badgeLeft: badge.left, badgeRight: badge.right, width: window.innerWidth, textRight: text.right, boxRight: p.getBoundingClientRect().right };
    });
    expect(geometry.badgeLeft).toBeLessThan(40);
    expect(geometry.badgeRight).toBeLessThan(geometry.width / 2);
    expect(Math.abs(geometry.boxRight - geometry.textRight)).toBeLessThan(2);
    expect(await outside(page, '.cac-launcher, .cac-launcher *')).toEqual([]);
    expect((await axe(page)).violations).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'rtl-badge.png') });
    await page.close();
  });
});

describe('right-to-left on a guided form (dir="rtl" forced on our root)', () => {
  it('walkthrough step with read-aloud controls: mirrored, inside the window (screenshot to look at)', async () => {
    const page = await h.open(CAF_FORM);
    await waitForOverlay(page);
    await inShadow(page, (root) => root.querySelector('.cac-root')!.setAttribute('dir', 'rtl'));
    await click('.cac-walk--start .cac-btn--main')(page);
    await page.locator(`${HOST} .cac-walk[data-step] .cac-read`).waitFor();
    const geometry = await inShadow(page, (root) => {
      const controls = root.querySelector('.cac-walk[data-step] .cac-read__controls')!.getBoundingClientRect();
      const first = root.querySelector('.cac-walk[data-step] .cac-read__btn')!.getBoundingClientRect();
      const card = root.querySelector('.cac-walk[data-step]')!;
      return { controlsRight: controls.right, firstRight: first.right, direction: getComputedStyle(card).direction };
    });
    expect(geometry.direction).toBe('rtl');
    expect(Math.abs(geometry.controlsRight - geometry.firstRight)).toBeLessThan(2); // "Lire" comes first, on the right
    expect(await outside(page, '.cac-context, .cac-context *')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'rtl-walkthrough-step.png') });
    await page.close();
  });
});

/**
 * Every feature of overlay/registry.ts, with its UI open: axe (0 violations), Tab reaches
 * every control of the card with a visible focus ring, Escape closes it, no motion when
 * reduced motion is asked, and the card stays inside a 640 px window (200 % zoom).
 */
interface View {
  /** The feature id (file name in overlay/features/). */
  feature: string;
  name: string;
  url: string;
  /** Opens the UI with real (trusted) input. */
  open: (page: Page) => Promise<void>;
  /** The card or panel this view opens, in our shadow root. */
  card: string;
  /** What must stay inside the window, when not `card` itself: the one card (its body may scroll, its foot may not), the tray. */
  box?: string;
  /** Escape closes the card (cards, panels, lists). */
  escape: boolean;
  /** Tab reaches its controls (false for a hover card: its keyboard path is the glossary list). */
  keyboard: boolean;
}

const CAF_FORM = 'https://www.caf.fr/espace/declaration-trimestrielle';
/** The one card and the buttons of its foot (its body scrolls inside it). */
const CARD = '.cac-card.cac-context, .cac-context__actions button';
const PROSE = 'https://www.service-public.gouv.fr/particuliers/vosdroits/F19778';
const click = (selector: string) => async (page: Page) => page.locator(`${HOST} ${selector}`).first().click();
/** "Commencer le guide" (pinned beside the launcher), then the first step in the card. */
const startGuide = async (page: Page) => {
  await click('.cac-walk--start .cac-btn--main')(page);
  await page.locator(`${HOST} .cac-context .cac-walk[data-step]`).waitFor();
};

const VIEWS: View[] = [
  { feature: 'official-badge', name: 'launcher tray with the site\'s details', url: 'https://www.caf.fr/connexion', open: openTray, card: '.cac-launcher', escape: true, keyboard: true },
  {
    feature: 'field-help',
    name: 'field-help card opened with "?"',
    // A form where the "?" marks find a free spot (guidance.e2e.ts checks the CAF form shows some too).
    url: 'https://cfspart.impots.gouv.fr/connexion',
    open: async (page) => {
      // "?" buttons are drawn for fields in view only: bring the form's first field into view.
      await page.locator('main input:visible').first().scrollIntoViewIfNeeded();
      // The first "?" on screen (marks without a free spot beside their field are hidden).
      await page.locator(`${HOST} .cac-help__q >> visible=true`).first().click();
    },
    // The whole card: the help's "Fermer l'aide" is in the card's foot.
    card: '.cac-context',
    box: CARD,
    escape: true,
    keyboard: true,
  },
  {
    feature: 'field-help',
    name: 'field-help card opened by focusing the field',
    url: CAF_FORM,
    open: async (page) => {
      // Focus the page's fields one by one until one the guide pack knows opens its card.
      const fields = page.locator('main input:visible, main select:visible, main textarea:visible');
      for (let i = 0; i < (await fields.count()); i++) {
        await fields.nth(i).focus();
        if (await page.locator(`${HOST} .cac-help`).count()) return;
      }
      throw new Error('no field opened a help card');
    },
    card: '.cac-help',
    box: CARD,
    escape: true,
    keyboard: false, // focus stays in the field being typed in; the card's controls are tested above
  },
  { feature: 'walkthrough', name: 'walkthrough start beside the launcher', url: CAF_FORM, open: async () => undefined, card: '.cac-walk--start', escape: false, keyboard: true },
  // The step and its buttons (in the card's foot): the whole card.
  { feature: 'walkthrough', name: 'walkthrough step', url: CAF_FORM, open: startGuide, card: '.cac-context:has(.cac-walk[data-step])', box: CARD, escape: false, keyboard: true },
  {
    feature: 'glossary',
    name: 'glossary list with a term explained',
    url: PROSE,
    open: async (page) => {
      await openTray(page);
      await click('.cac-gloss__open')(page);
      await click('.cac-gloss__term')(page);
      await page.locator(`${HOST} .cac-gloss__details`).first().waitFor();
    },
    card: '.cac-gloss__panel',
    box: '#cac-launcher-tray', // its list scrolls inside it
    escape: true,
    keyboard: true,
  },
  {
    feature: 'glossary',
    name: 'glossary card on hover',
    url: PROSE,
    open: async (page) => {
      await page.waitForFunction(() => (CSS.highlights.get('cac-glossary')?.size ?? 0) > 0, null, { timeout: 10_000 });
      const point = await page.evaluate(async () => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const prose = [...(CSS.highlights.get('cac-glossary') ?? [])].filter((r) => r.startContainer.parentElement?.closest('main p') != null); // not the header menu
        const pointOf = (r: AbstractRange) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const box = range.getClientRects()[0]; // its first line, should the term wrap
          if (!box || box.width === 0 || box.top < 80 || box.bottom > innerHeight - 80) return null;
          const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          // Visible under the pointer, not under our own UI (the corner strip at 640 px, a card):
          // there the pointer is "over us" and no card opens, by design.
          return document.elementFromPoint(at.x, at.y)?.contains(r.startContainer) ? at : null;
        };
        for (const r of prose) {
          const at = pointOf(r);
          if (at) return at;
        }
        // None in view and uncovered (small window, big text): bring terms to the middle, one by one.
        for (const r of prose) {
          r.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
          await frame();
          const at = pointOf(r);
          if (at) return at;
        }
        return null;
      });
      if (!point) throw new Error('no marked term in view and uncovered');
      await page.mouse.move(point.x - 20, point.y);
      await page.mouse.move(point.x, point.y, { steps: 4 });
    },
    card: '.cac-gloss__hover',
    box: CARD,
    escape: true,
    keyboard: false,
  },
  // C2 reminders: each behaviour fills the one shared bubble (reminder-bubble).
  { feature: 'secret-reminder', name: 'password: "À vous de taper"', url: 'https://www.caf.fr/connexion', open: async (page) => page.locator('#password-caf-input').click(), card: '.cac-reminder', box: CARD, escape: true, keyboard: false },
  { feature: 'identifier-reminder', name: 'NIR: not on paper', url: 'https://www.caf.fr/connexion', open: async (page) => page.locator('#nir').click(), card: '.cac-reminder', box: CARD, escape: true, keyboard: false },
  { feature: 'shared-computer-reminder', name: '"remember me" on a shared computer', url: 'https://www.caf.fr/connexion', open: async (page) => page.locator('label[for="remember-caf"]').click(), card: '.cac-reminder', box: CARD, escape: true, keyboard: false },
  { feature: 'document-reminder', name: 'upload field: the file stays here', url: 'https://www.caf.fr/espace/envoyer-document', open: async (page) => page.locator('#justificatif').focus(), card: '.cac-reminder', box: CARD, escape: true, keyboard: false },
  { feature: 'reminder-bubble', name: 'the bubble with its buttons', url: 'https://www.caf.fr/connexion', open: async (page) => page.locator('#password-caf-input').click(), card: '.cac-context', box: CARD, escape: true, keyboard: true }, // its buttons are in the card's foot
  // C3 curtain: the button, then the curtain on (its layer sits beside .cac-root).
  { feature: 'privacy-curtain', name: 'curtain button in the tray', url: 'https://www.caf.fr/connexion', open: openTray, card: '.cac-curtain-button', escape: false, keyboard: true },
  {
    feature: 'privacy-curtain',
    name: 'curtain on, with its banner',
    url: 'https://www.caf.fr/connexion',
    open: async (page) => (await openTray(page), await click('.cac-curtain-button')(page)),
    card: '.cac-curtain__banner',
    escape: false,
    keyboard: true,
  },
];

describe('every overlay feature with its UI open', () => {
  it('covers every feature listed in overlay/registry.ts', () => {
    const registry = readFileSync(join(import.meta.dirname, '../../overlay/registry.ts'), 'utf8');
    const features = [...registry.matchAll(/from '\.\/features\/([a-z0-9-]+)'/g)].map((m) => m[1]!);
    expect(features.length).toBeGreaterThan(0);
    expect(features.filter((id) => !VIEWS.some((v) => v.feature === id))).toEqual([]);
  });

  async function openView(view: View): Promise<Page> {
    const page = await h.open(view.url);
    await waitForOverlay(page);
    await page.waitForTimeout(300); // the features' first render (packs and glossary come from the background)
    await view.open(page);
    await page.locator(`${HOST} ${view.card}`).first().waitFor();
    return page;
  }

  describe.each(VIEWS.map((v) => [`${v.feature}: ${v.name}`, v] as const))('%s', (_name, view) => {
    it('axe: 0 violations in our shadow root', async () => {
      const page = await openView(view);
      const { violations, checkedNodes } = await axe(page);
      expect(violations).toEqual([]);
      expect(checkedNodes).toBeGreaterThan(3);
      await page.close();
    });

    it.runIf(view.keyboard)('Tab reaches every control of the card, with a visible focus ring', async () => {
      const page = await openView(view);
      const { controls, unreached, noRing } = await tabReach(page, view.card);
      expect(controls.length).toBeGreaterThan(0);
      expect({ unreached, noRing }).toEqual({ unreached: [], noRing: [] });
      await page.close();
    });

    it.runIf(view.escape)('Escape closes it', async () => {
      const page = await openView(view);
      await page.keyboard.press('Escape');
      // Closed as a person sees it: removed, or (the launcher) its tray hidden again.
      const stillOpen = view.card === '.cac-launcher' ? '.cac-badge__detail' : view.card;
      await expect.poll(() => page.locator(`${HOST} ${stillOpen}`).first().isVisible()).toBe(false);
      await page.close();
    });

    it('no transition nor animation with reduced motion', async () => {
      const page = await openView(view);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await longestMotion(page)).toBe(0);
      await page.close();
    });

    it('stays inside a 640 px window (200 % zoom) with "Très grand" text', async () => {
      await setSettings({ textScale: 1.5, language: 'fr', rate: 0.9 });
      const page = await h.open(view.url);
      await page.setViewportSize({ width: 640, height: 720 });
      await waitForOverlay(page);
      await page.locator(`${HOST} .cac-root[data-scale="1.5"]`).waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      await view.open(page);
      await page.locator(`${HOST} ${view.card}`).first().waitFor();
      await page.waitForTimeout(150); // placement settles on the next frames
      // The view's own card or control (other features' boxes are checked by their own views).
      expect(await outside(page, view.box ?? view.card)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `640-x1.5-${view.feature}-${view.name.replace(/\W+/g, '-')}.png`) });
      await page.close();
    });
  });
});

describe('extension pages: 0 axe violations', () => {
  it.each([
    ['look-alike warning page', `warning.html#${encodeURIComponent('https://ameli-frconnect.fr/')}`, '#warning-title'],
    ['clean-desk page', 'clean-desk.html', 'h1'],
  ])('%s', async (_name, path, ready) => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(300);
    const { violations, checkedNodes } = await axe(page, 'document');
    expect(violations).toEqual([]);
    expect(checkedNodes).toBeGreaterThan(5);
    await page.close();
  });
});

describe('live regions', () => {
  it('a walkthrough step change is announced in a status region', async () => {
    const page = await h.open(CAF_FORM);
    await waitForOverlay(page);
    await startGuide(page);
    const status = page.locator(`${HOST} [data-feature="walkthrough"] [role="status"]`);
    const before = await status.allTextContents();
    await page.locator(`${HOST} .cac-context__actions`).getByRole('button', { name: 'Suivant' }).click(); // in the card's foot
    await expect.poll(() => status.allTextContents()).not.toEqual(before);
    expect((await status.allTextContents()).join(' ')).toMatch(/2/);
    await page.close();
  });
});

describe('our own controls never cover each other (640 px window, "Très grand" text)', () => {
  it.each([['https://www.caf.fr/connexion'], [CAF_FORM], [PROSE]])('%s', async (url) => {
    await setSettings({ textScale: 1.5, language: 'fr', rate: 0.9 });
    const page = await h.open(url);
    await page.setViewportSize({ width: 640, height: 720 });
    await waitForOverlay(page);
    await page.locator(`${HOST} .cac-root[data-scale="1.5"]`).waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    /** Our surfaces on screen (launcher button, pinned items, open tray, the card, "?" marks) that overlap. */
    const overlaps = () =>
      inShadow(page, (root) => {
        const surfaces = [...root.querySelectorAll<HTMLElement>('.cac-launcher__button, .cac-launcher__pinned > .cac-launcher__item, #cac-launcher-tray, .cac-card.cac-context, .cac-help__q')].filter(
          (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible',
        );
        const found: string[] = [];
        surfaces.forEach((a, i) =>
          surfaces.slice(i + 1).forEach((b) => {
            const r = a.getBoundingClientRect();
            const q = b.getBoundingClientRect();
            if (r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom) found.push(`${a.className || a.id} × ${b.className || b.id}`);
          }),
        );
        return { found, count: surfaces.length };
      });
    const resting = await overlaps();
    expect(resting.count).toBeGreaterThan(0);
    expect(resting.found).toEqual([]);
    // With the tray open (a real click), and with a field focused (the card and the "?" marks beside it).
    await openTray(page);
    await page.waitForTimeout(200);
    expect((await overlaps()).found).toEqual([]);
    const field = page.locator('main input:visible').first();
    if (await field.count()) {
      await field.focus();
      await page.waitForTimeout(400);
      expect((await overlaps()).found).toEqual([]);
    }
    await page.screenshot({ path: join(SHOTS, `corner-640-x1.5-${new URL(url).hostname}.png`) });
    await page.close();
  });
});
