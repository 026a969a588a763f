// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import type { OverlayFeature } from '../feature';
import { officialBadge } from '../features/official-badge';
import { privacyCurtain } from '../features/privacy-curtain';
import { OverlayRoot } from '../OverlayRoot';
import { createTestPageContext } from '../test-page-context';
import { startKeyboard } from './keyboard';
import { LauncherItem } from './Launcher';
import { launcherButton, pinned, tray, trustedClick, trustedKey } from './test-layout';

/**
 * The one launcher (overlay/layout/Launcher.tsx): "✓ Site officiel · CAF" opens a tray of
 * tools on demand; pinned items stay in view beside it. Rendered in our shadow root, as on
 * a real page. Its corner is the coordinator's choice (needs layout: e2e), not tested here.
 */
const pinnedItem: OverlayFeature = {
  id: 'pinned-test',
  appliesTo: () => true,
  View: () => (
    <>
      <LauncherItem slot="pinned" order={20}><button type="button" class="late">Plus tard</button></LauncherItem>
      <LauncherItem slot="pinned" order={5}><button type="button" class="early">Arrêter</button></LauncherItem>
    </>
  ),
};

let page: ReturnType<typeof createTestPageContext>;
let shadow: ShadowRoot;
function mount(url = 'https://www.caf.fr/connexion', features: OverlayFeature[] = [officialBadge, privacyCurtain, pinnedItem]) {
  page = createTestPageContext(url);
  const host = document.createElement('cote-a-cote-overlay');
  document.body.prepend(host);
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  render(<OverlayRoot page={page} features={features} />, { container });
}

beforeEach(() => {
  document.body.innerHTML = '<label for="q">Rechercher</label><input id="q"><a href="/aide">Aide</a>';
});
afterEach(() => {
  cleanup();
  page.abort();
  document.body.innerHTML = '';
});

/** Inside [hidden] (or hidden itself): not shown, not reachable with Tab. */
const hiddenIn = (el: Element | null | undefined) => !el || el.closest('[hidden]') !== null;

describe('launcher', () => {
  it('one button "✓ Site officiel · CAF" that controls a closed tray; pinned items visible without opening it', () => {
    mount();
    expect(shadow.querySelectorAll('.cac-launcher')).toHaveLength(1);
    const button = launcherButton(shadow)!;
    expect(button.textContent).toBe('✓Site officiel · CAF');
    expect(button.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('title')).toBe('Voir les détails du site');
    expect(button.getAttribute('aria-controls')).toBe('cac-launcher-tray');
    expect(tray(shadow)?.hidden).toBe(true);
    expect(tray(shadow)?.getAttribute('aria-label')).toBe('Outils de Côte à côte');
    // Tab goes from the button into the open tray (the DOM order; CSS draws it above the bar).
    expect(button.compareDocumentPosition(tray(shadow)!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The tray holds the site's details and the curtain: out of the way until asked for.
    expect(tray(shadow)?.querySelector('#cac-badge-detail')?.textContent).toContain('www.caf.fr');
    expect(tray(shadow)?.querySelector('.cac-curtain-button')).not.toBeNull();
    expect(hiddenIn(shadow.querySelector('#cac-badge-detail'))).toBe(true);
    // Pinned: beside the button, in view, in their order.
    const items = [...pinned(shadow)!.querySelectorAll('button')];
    expect(items.map((b) => b.textContent)).toEqual(['Plus tard', 'Arrêter']); // DOM order; `order` sorts them on screen
    expect(items.map((b) => (b.parentElement as HTMLElement).style.order)).toEqual(['20', '5']);
    expect(items.every((b) => !hiddenIn(b))).toBe(true);
    expect(tray(shadow)?.contains(items[0]!)).toBe(false);
  });

  it('opens and closes the tray on the person\'s clicks only', async () => {
    mount();
    const button = launcherButton(shadow)!;
    await act(() => button.click()); // a page script's click
    await act(() => void button.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(tray(shadow)?.hidden).toBe(true);
    trustedClick(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(tray(shadow)?.hidden).toBe(false);
    expect(hiddenIn(shadow.querySelector('#cac-badge-detail'))).toBe(false);
    expect(button.getAttribute('title')).toBe('Réduire');
    trustedClick(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(tray(shadow)?.hidden).toBe(true);
  });

  it('Escape in the tray closes it and gives the focus back to the button; an untrusted Escape does nothing', async () => {
    mount();
    const button = launcherButton(shadow)!;
    trustedClick(button);
    const curtain = tray(shadow)!.querySelector<HTMLButtonElement>('.cac-curtain-button')!;
    curtain.focus();
    expect(shadow.activeElement).toBe(curtain);
    trustedKey(curtain, 'Escape', {}, false);
    expect(tray(shadow)?.hidden).toBe(false);
    expect(shadow.activeElement).toBe(curtain);
    trustedKey(curtain, 'Escape');
    expect(tray(shadow)?.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(button);
  });

  it('folds its tray away when a card comes up about a page field, not when the card is about our UI or the same field', () => {
    mount();
    const button = launcherButton(shadow)!;
    const field = document.getElementById('q')!;
    const declare = (anchor: Element) => act(() => void page.services.layout.declare({ id: 'help', kind: 'field', priority: 1, anchor }));
    trustedClick(button);
    expect(tray(shadow)?.hidden).toBe(false);
    declare(button); // about something of ours: the tray stays
    expect(tray(shadow)?.hidden).toBe(false);
    declare(field);
    expect(tray(shadow)?.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    trustedClick(button); // opened again while the card is about that same field: it stays open
    declare(field);
    expect(tray(shadow)?.hidden).toBe(false);
  });

  it('Escape with the keyboard order running (overlay/layout/keyboard.ts): the focus stays on the launcher\'s button', async () => {
    mount();
    const keys = new AbortController();
    try {
      startKeyboard(page.services.layout, shadow, keys.signal);
      page.services.layout.lastPageFocus.set(document.getElementById('q')); // what the coordinator remembers on focusin
      trustedClick(launcherButton(shadow)!);
      const curtain = tray(shadow)!.querySelector<HTMLButtonElement>('.cac-curtain-button')!;
      curtain.focus();
      trustedKey(curtain, 'Escape');
      await act(() => new Promise((r) => setTimeout(r, 10)));
      expect(tray(shadow)?.hidden).toBe(true);
      expect(shadow.activeElement).toBe(launcherButton(shadow));
    } finally {
      keys.abort();
    }
  });

  it('the shortcut jumps into the launcher and back to where the person was in the page', async () => {
    mount();
    const keys = new AbortController();
    try {
      const { focusToggle } = startKeyboard(page.services.layout, shadow, keys.signal);
      const field = document.getElementById('q')!;
      field.focus();
      page.services.layout.lastPageFocus.set(field); // what the coordinator remembers on focusin
      expect(focusToggle()).toBe(true);
      expect(shadow.activeElement).toBe(launcherButton(shadow));
      expect(focusToggle()).toBe(true);
      expect(document.activeElement).toBe(field);
    } finally {
      keys.abort();
    }
  });

  it('the tray\'s items render in it once the person opens it, and keep their state when closed', async () => {
    mount();
    trustedClick(launcherButton(shadow)!);
    const curtain = tray(shadow)!.querySelector('.cac-curtain-button')!;
    trustedClick(launcherButton(shadow)!);
    trustedClick(launcherButton(shadow)!);
    await waitFor(() => expect(tray(shadow)?.hidden).toBe(false));
    expect(tray(shadow)!.querySelector('.cac-curtain-button')).toBe(curtain);
  });

  // PRODUCT BUG (reported to the lead, not fixed here): the launcher says "✓ Site officiel ·
  // <host>" whatever the portal: entrypoints/portal.content/start.ts mounts the overlay with
  // portal null when overlay.resources fails or findPortal refuses the URL (e.g. https://user@www.caf.fr/,
  // which the manifest pattern still matches). The old badge showed nothing then.
  // `it.fails` keeps the suite green while the bug is there; when fixed, make it a plain `it`.
  it('never says "Site officiel" on a page no official portal was found for', () => {
    mount('https://www.exemple.org/', [officialBadge]);
    expect(shadow.textContent).not.toContain('Site officiel');
  });
});
