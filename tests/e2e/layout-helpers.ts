import { expect } from 'vitest';
import type { Page } from 'playwright-core';

// The new overlay layout (issue 9): ONE contextual card `.cac-context` with sections, ONE
// launcher `.cac-launcher` with a tray. Helpers shared by the e2e files that reach them.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

export interface CardView {
  /** The text of the section `section` (or of the whole card). */
  text: string;
  box: Box;
  mode: string | null;
  edge: string | null;
}

/**
 * The one card as a person sees it: null while it is hidden (not placed yet by the lazy part
 * `layout`, or nothing to say) or when it does not hold the section `section` (a `data-section`).
 */
export async function card(page: Page, section?: string): Promise<CardView | null> {
  return page.evaluate((section) => {
    const el = document.querySelector('cote-a-cote-overlay')?.shadowRoot?.querySelector<HTMLElement>('.cac-card.cac-context');
    if (!el || el.hidden || getComputedStyle(el).visibility !== 'visible') return null;
    const part = section ? el.querySelector<HTMLElement>(`.cac-section[data-section="${section}"]`) : el;
    if (!part) return null;
    const { top, left, width, height } = el.getBoundingClientRect();
    return { text: part.textContent ?? '', box: { top, left, width, height }, mode: el.dataset.mode ?? null, edge: el.dataset.edge ?? null };
  }, section);
}

/** Waits until the card shows the section `section` with `text` in it (placed in an animation frame). */
export async function waitCard(page: Page, section: string, text: string, timeout = 5000): Promise<CardView> {
  await expect.poll(async () => (await card(page, section))?.text ?? '', { timeout }).toContain(text);
  return (await card(page, section))!;
}

export async function boxOf(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((el) => {
    const { top, left, width, height } = el.getBoundingClientRect();
    return { top, left, width, height };
  });
}

/** Opens the launcher's tray with a real click on its button (a no-op if it is open). */
export async function openTray(page: Page): Promise<void> {
  const button = page.locator('cote-a-cote-overlay .cac-launcher__button');
  await button.waitFor({ state: 'visible' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('cote-a-cote-overlay #cac-launcher-tray').waitFor({ state: 'visible' });
}

/** The focused element inside our shadow root, as `tag.class1.class2` (or null when the focus is in the page). */
export async function ourFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector('cote-a-cote-overlay')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el ? `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}` : null;
  });
}
