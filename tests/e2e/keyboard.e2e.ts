import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHarness, waitForOverlay, type Harness } from './harness';

/**
 * Keyboard order of our UI (issue "One calm overlay", item 3), with real key presses in
 * Chromium on the practice CAF login page: "Commencer le guide" comes early in the Tab
 * order (our host is the first element of the page) and starting the guide moves the
 * focus into the step card; a field's "?" and the card about the field come right after
 * the field, then the page goes on; Shift+Tab walks back; Escape gives the focus back to
 * the field; nothing of ours is reachable only with Shift+Tab.
 */
let h: Harness;
beforeAll(async () => {
  h = await launchHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The focused element, through our shadow root: "ours:<tag>.<class> text" or "page:<tag>#id". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const top = document.activeElement;
    const inner = top?.shadowRoot?.activeElement;
    const el = inner ?? top;
    if (!el) return 'none';
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
    return `${inner ? 'ours' : 'page'}:${name} ${(el.textContent ?? '').trim().slice(0, 40)}`;
  });

async function ready(page: Page) {
  await waitForOverlay(page);
  // The launcher's guide start is pinned once the guide pack is anchored.
  await page.locator('.cac-walk--start button').waitFor({ state: 'visible', timeout: 15_000 });
}

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.waitForTimeout(250);
  return focused(page);
}

describe('keyboard order of our UI', () => {
  it('"Commencer le guide" is among the first Tab stops, and starting the guide puts the focus in the step card', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await ready(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) stops.push(await press(page, 'Tab'));
    const at = stops.findIndex((s) => s.includes('Commencer le guide'));
    expect(at, stops.join('\n')).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(3);
    // Back to it and Enter.
    await page.locator('.cac-walk--start button').focus();
    await page.keyboard.press('Enter');
    // The step card comes after two round trips to the background: poll for the focus.
    await expect.poll(() => focused(page), { timeout: 5000 }).toMatch(/^ours:h2 .*sécurité sociale/);
    await page.close();
  });

  it('Tab from a field goes to its "?", into the card about it, then on to the page; Shift+Tab walks back; Escape returns to the field', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await ready(page);
    await page.focus('#password-caf-input');
    await page.locator('.cac-context[data-mode]').waitFor({ state: 'visible', timeout: 10_000 });
    const forward: string[] = [];
    // Tab until the focus is back in the page (at most 12 stops).
    for (let i = 0; i < 12 && !forward.at(-1)?.startsWith('page:'); i++) forward.push(await press(page, 'Tab'));
    expect(forward[0]).toMatch(/^ours:button\.cac-help__q/);
    // Then the card's controls, then the page element after the field (never the page's footer first).
    const leave = forward.findIndex((s) => s.startsWith('page:'));
    expect(leave, forward.join('\n')).toBeGreaterThan(1);
    expect(forward.slice(1, leave).every((s) => s.startsWith('ours:'))).toBe(true);
    expect(forward[leave]).not.toMatch(/footer/i);
    // Shift+Tab back from the page element comes into our card again (its last control).
    expect(await press(page, 'Shift+Tab')).toMatch(/^ours:/);
    // Escape: the focus goes back where it was in the page (the element Shift+Tab came from).
    expect(await press(page, 'Escape')).toBe(forward[leave]);
    // Shift+Tab from our first control ("?") goes back to the field; Escape from the card too.
    await page.focus('#password-caf-input');
    expect(await press(page, 'Tab')).toMatch(/^ours:button\.cac-help__q/);
    expect(await press(page, 'Shift+Tab')).toMatch(/^page:input#password-caf-input/);
    await press(page, 'Tab');
    await press(page, 'Tab');
    expect(await press(page, 'Escape')).toMatch(/^page:input#password-caf-input/);
    await page.close();
  });

  it('every control of ours in the card is reachable with Tab alone (none only with Shift+Tab)', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await ready(page);
    await page.focus('#password-caf-input');
    await page.locator('.cac-context[data-mode]').waitFor({ state: 'visible', timeout: 10_000 });
    const inCard = await page.evaluate(() => {
      const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>('.cac-context button, .cac-context summary, .cac-context select')].filter((el) => el.getClientRects().length > 0).length;
    });
    const reached = new Set<string>();
    for (let i = 0; i < inCard + 2; i++) {
      const at = await press(page, 'Tab');
      if (at.startsWith('ours:')) reached.add(at);
    }
    expect(reached.size).toBeGreaterThanOrEqual(inCard); // the card's controls, plus the "?"
    await page.close();
  });

  it('the focus-overlay command (overlay.focus, as the background sends it) jumps into the launcher and back', async () => {
    const page = await h.open('https://www.caf.fr/connexion');
    await ready(page);
    await page.focus('#nir');
    expect(await h.sendRawToTab(page, { type: 'overlay.focus' })).toEqual({ moved: true });
    await expect.poll(() => focused(page)).toMatch(/^ours:button\.cac-badge__pill/);
    expect(await h.sendRawToTab(page, { type: 'overlay.focus' })).toEqual({ moved: true });
    await expect.poll(() => focused(page)).toMatch(/^page:input#nir/);
    await page.close();
  });
});
