// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, waitFor } from '@testing-library/preact';
import { registerPart } from '../lazy/parts';
import { CurtainLayer } from '../privacy/curtain-layer';
import { OverlayRoot } from '../OverlayRoot';
import { createTestPageContext } from '../test-page-context';
import { privacyState, toggleCurtain } from '../privacy/privacy-state';
import { privacyCurtain } from './privacy-curtain';
import { trustedClick } from '../../tests/support/trusted-events';


let page: ReturnType<typeof createTestPageContext>;
let shadow: ShadowRoot;
beforeEach(() => {
  document.body.innerHTML = `<label for="pw">Mot de passe</label><input id="pw" type="password"><label for="q">Rechercher</label><input id="q" type="search">`;
  page = createTestPageContext('https://www.caf.fr/connexion');
  const host = document.createElement('cote-a-cote-overlay');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  render(<OverlayRoot page={page} features={[privacyCurtain]} />, { container });
  registerPart('curtain', { Layer: CurtainLayer }); // the lazy part, as entrypoints/part-curtain.ts does once injected
});
afterEach(() => {
  delete (globalThis as { __cacParts?: Record<string, unknown> }).__cacParts?.curtain;
  cleanup();
  page.abort();
  document.body.innerHTML = '';
});

describe('privacy curtain (C3)', () => {
  it('offers a small button in our overlay while off', () => {
    const button = shadow.querySelector('.cac-curtain-button');
    expect(button?.getAttribute('aria-label')).toContain('Rideau');
    expect(shadow.querySelector('.cac-curtain')).toBeNull();
  });

  it('curtain.toggle turns it on with a banner that says how to remove it, beside (not inside) .cac-root', async () => {
    await act(() => privacyState(page.services).shortcut.set('Alt+Shift+R'));
    let reply: unknown;
    await act(() => void (reply = toggleCurtain(page.services)));
    expect(reply).toEqual({ active: true });
    await waitFor(() => expect(shadow.querySelector('.cac-curtain-wait')).toBeNull());
    const layer = shadow.querySelector('.cac-curtain');
    expect(layer?.textContent).toContain('Rideau activé.');
    expect(layer?.textContent).toContain("Appuyez sur Alt+Shift+R pour l'enlever.");
    expect(layer?.closest('.cac-root')).toBeNull();
    // Our other UI is blurred by a rule on .cac-root while the curtain is on (CSS is inlined at build time).
    expect(layer?.querySelector('style')).not.toBeNull();
    expect(readFileSync(join(import.meta.dirname, '../privacy/curtain.css'), 'utf8')).toMatch(/\.cac-root\s*\{[^}]*filter: blur/);
    expect(shadow.querySelector('.cac-curtain-button')).toBeNull();
  });

  it('says there is a button when no shortcut is set, and a second toggle removes it all', async () => {
    await act(() => void toggleCurtain(page.services));
    await waitFor(() => expect(shadow.querySelector('.cac-curtain')?.textContent).toContain('Appuyez sur le bouton'));
    await act(() => void toggleCurtain(page.services));
    expect(shadow.querySelector('.cac-curtain')).toBeNull();
    expect(shadow.querySelector('.cac-curtain-button')).not.toBeNull();
  });

  it('ignores synthetic clicks on its buttons', async () => {
    await act(() => (shadow.querySelector('.cac-curtain-button') as HTMLButtonElement).click());
    expect(privacyState(page.services).curtain.get()).toBe(false);
  });

  it('hides the whole window at once, before the lazy part has rendered its veils, then only the veils', async () => {
    // happy-dom has no layout: give the two fields a box.
    for (const [id, top] of [['pw', 10], ['q', 60]] as const) {
      const box = { top, left: 10, width: 200, height: 30, right: 210, bottom: top + 30, x: 10, y: top };
      document.getElementById(id)!.getBoundingClientRect = () => ({ ...box, toJSON: () => box }) as DOMRect;
    }
    // The wait layer is there in the same turn as the toggle: no paint shows the fields uncovered.
    act(() => void toggleCurtain(page.services));
    const wait = shadow.querySelector('.cac-curtain-wait');
    expect(wait?.textContent).toBe('Rideau en cours…');
    expect(wait?.closest('.cac-root')).toBeNull();
    expect(shadow.querySelector('style')?.textContent).toMatch(/\.cac-curtain-wait\{position:fixed;inset:0;z-index:2147483647;[^}]*background:var\(--cac-color-curtain\)/);
    // …and that colour is opaque: six hex digits, no alpha, so nothing shows through.
    expect(readFileSync(join(__dirname, '../../components/tokens.css'), 'utf8')).toMatch(/--cac-color-curtain:\s*#[0-9a-f]{6};/i);
    // The part's veils come, then the wait layer goes.
    await waitFor(() => expect(shadow.querySelector('.cac-curtain-wait')).toBeNull());
    const veils = [...shadow.querySelectorAll<HTMLElement>('.cac-curtain__veil')];
    expect(veils.map((v) => v.style.top)).toEqual(['6px']); // the password, not the search box
    expect(shadow.querySelector('.cac-curtain__banner')).not.toBeNull();
  });

  it('keeps the window hidden, with a way out, when the part cannot be loaded', async () => {
    delete (globalThis as { __cacParts?: Record<string, unknown> }).__cacParts?.curtain;
    await act(() => void toggleCurtain(page.services));
    await waitFor(() => expect(shadow.querySelector('.cac-curtain-wait')?.textContent).toContain("Le rideau ne s'affiche pas."));
    expect(shadow.querySelector('.cac-curtain')).toBeNull();
    expect(shadow.querySelector('.cac-curtain-wait button')?.textContent).toBe('Enlever le rideau');
    await act(() => void toggleCurtain(page.services));
    expect(shadow.querySelector('.cac-curtain-wait')).toBeNull();
  });

  it('turned on by its button, the focus goes to "Enlever le rideau"; turned off there, back to the button', async () => {
    const button = shadow.querySelector<HTMLButtonElement>('.cac-curtain-button')!;
    button.focus();
    await act(() => trustedClick(button));
    expect(privacyState(page.services).curtain.get()).toBe(true);
    await waitFor(() => expect(shadow.activeElement?.textContent).toBe('Enlever le rideau'));
    await act(() => trustedClick(shadow.querySelector<HTMLButtonElement>('.cac-curtain__banner button')!));
    expect(privacyState(page.services).curtain.get()).toBe(false);
    expect(shadow.activeElement?.classList.contains('cac-curtain-button')).toBe(true);
  });
});
